"""Making it fast and safe: the pipeline (pipeline.py) runs data → site, renders again only what
changed (fingerprint, cache, inputs) and writes docs/ and site/ atomically (write.py, mkdocs.py).
Imports from generator.data and generator.site, never the other way.
"""
