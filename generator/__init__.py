"""The fact sheet generator: YAML under data/ → a checked fact sheet → Markdown pages under docs/.

Three stages, one folder each, each importing only from the ones before it:

    data/    reading and checking (YAML with positions, field types, records, the model, problems)
    site/    what readers get (routes, queries, page contexts, templates, downloads, pictures)
    build/   the pipeline, fast and safe (fingerprints, the cache, the atomic writer, MkDocs)

At the top, the entry points: cli.py (`python -m generator`), hooks.py (MkDocs' hook), and the
editors' tools newrecord.py (`new`) and changes.py (a pull request's summary).
"""
