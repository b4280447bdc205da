"""What readers get: the checked fact sheet → the pages' Markdown and the downloads, in memory.

routes (where each record's page lives) → queries (what pages ask of the sheet) → plan (one
context per page, contexts.py) → render (templates/, environment.py) → downloads, pictures
(worldmap, timeaxis). Imports only from generator.data.
"""
