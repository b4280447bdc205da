"""Fingerprints of what a build reads: the data files, the prose, the generator's own code and
templates, its settings. Equal fingerprints give equal pages (write.up_to_date, cache.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.data import yamlload
from generator.data.load import STRAY_KIND, TEXT_KIND, data_files, file_digest, stray_files, text_files

CODE = Path(__file__).parent.parent
"""The generator's package: its code and templates."""


def inputs_digest(data: dict[str, tuple[str, str]], content_dir: Path, settings: str = "") -> str:
    """A fingerprint of everything a build reads: the data (its files' fingerprints,
    `data_digests`), the prose, the generator's own code and templates, and its `settings` (as
    text). Equal fingerprints give equal pages."""
    digest = hashlib.sha256(f"{sorted(data.items())!r}\0{settings}".encode())
    for root in (content_dir, CODE):
        _feed_tree(digest, root)
    return digest.hexdigest()


def code_digest() -> str:
    """A fingerprint of the generator's own code and templates: what every page is made with."""
    return tree_digest(CODE)


def tree_digest(root: Path) -> str:
    """A fingerprint of every file under `root`: their names and their bytes."""
    digest = hashlib.sha256()
    _feed_tree(digest, root)
    return digest.hexdigest()


def _feed_tree(digest, root: Path) -> None:
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(f"{path.relative_to(root)}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())


def data_digests(data_dir: Path) -> dict[str, tuple[str, str]]:
    """Each data file's record type and fingerprint as it is now, by its path as messages show
    it (the fingerprint of a file that cannot be read is empty)."""
    found = {}
    for name, paths in data_files(data_dir).items():
        for path in paths:
            raw, _ = yamlload.read(path)
            found[yamlload.display_path(path)] = (name, file_digest(raw) if raw is not None else "")
    for path in text_files(data_dir):
        raw, _ = yamlload.read(path)
        found[yamlload.display_path(path)] = (TEXT_KIND, file_digest(raw) if raw is not None else "")
    for path in stray_files(data_dir):  # refused by name: any change to them is a change to the data
        found[yamlload.display_path(path)] = (STRAY_KIND, "")
    return found
