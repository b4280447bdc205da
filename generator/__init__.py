"""The fact sheet generator: YAML under data/ → validated model → Markdown pages under docs/.

The pipeline, one module a stage: yamlload → validate (→ model) → pages → render → write,
tied together by build.
"""
