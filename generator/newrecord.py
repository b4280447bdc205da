"""`python -m generator new KIND`: append a skeleton record to the right data file, as text.

The file's comments and formatting are kept: the record is appended, nothing is rewritten.
The skeleton has a free id and the date it is given (today's unless told), and a statement goes
into the file of its own month; the fields only an editor can know are left
empty, so that `check` points at each until it is filled (a placeholder never publishes).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import jinja2

from generator.build.write import atomic_write
from generator.data import dates, schemafiles, yamlload
from generator.data.load import data_files
from generator.data.recordtypes import ID_STEMS, RECORD_TYPES

RECORD_TYPES_NEW = ("statement", "actor", "source", "country")


def add(record_type: str, data_dir: Path, today: dt.date, file: Path | None = None,
        date: dates.Date | None = None) -> tuple[Path, int, str]:
    """Append a skeleton record of `record_type`; return the file, the line of its `- id:`, and its
    id. A statement is dated `date` (today where not given) and filed in that month's file."""
    when = date or dates.parse(today.isoformat())
    assert isinstance(when, dates.Date)
    target = file or _default_file(record_type, data_dir, when)
    record_id = _free_id(ID_STEMS[record_type].format(today=today.isoformat()), _ids(record_type, data_dir))
    env = jinja2.Environment(loader=jinja2.PackageLoader("generator.data", "new"),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    skeleton = env.get_template(f"{record_type}.yaml.j2").render(id=record_id, today=today.isoformat(),
                                                                 date=when.text)
    existing = target.read_text(encoding="utf-8") if target.exists() else _header(record_type, target, data_dir)
    gap = "" if not existing.strip() else "\n" if existing.endswith("\n") else "\n\n"
    atomic_write(target, (existing + gap + skeleton).encode("utf-8"))
    return target, (existing + gap).count("\n") + 1, record_id


def _default_file(record_type: str, data_dir: Path, date: dates.Date) -> Path:
    """A statement's month's file (`statements/2025-03.yaml`; `statements/2025.yaml` for a year
    alone); for other records, their one file."""
    if record_type == "statement":
        month = f"-{date.month:02}" if date.month else ""
        return data_dir / "statements" / f"{date.year}{month}.yaml"
    return data_files(data_dir)[record_type][0]


def _header(record_type: str, target: Path, data_dir: Path) -> str:
    """A new file's first line, naming its JSON Schema for the editor's YAML language server."""
    schema = data_dir.parent / "schema" / schemafiles.file_name(RECORD_TYPES[record_type])
    return f"# yaml-language-server: $schema={os.path.relpath(schema, target.parent)}\n"


def _ids(record_type: str, data_dir: Path) -> set[str]:
    """The ids in use, read leniently: the data may be half-edited."""
    ids = set()
    for path in data_files(data_dir)[record_type]:
        root, _ = yamlload.read_nodes(path) if path.is_file() else (None, [])
        for node in getattr(root, "items", ()):
            entry = getattr(node, "entries", {}).get("id")
            ids.add(getattr(entry.value, "text", "") if entry else "")
    return ids


def _free_id(stem: str, taken: set[str]) -> str:
    if not stem:
        return ""
    candidates = (stem if n == 1 else f"{stem}-{n}" for n in range(1, len(taken) + 2))
    return next(c for c in candidates if c not in taken)
