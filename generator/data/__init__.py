"""Reading and checking: data/ and content/ → one checked fact sheet, or every problem found.

yamlload (YAML with positions) → load (every file read) → records, fieldtypes, recordtypes (each
field read and typed) → validate (the whole sheet checked, quotes against the stored texts) → model.
Nothing here knows about pages or files written.
"""
