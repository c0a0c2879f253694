"""The workshop file format changes only with a new format number.

A field added without raising ``SCHEMA_VERSION`` makes two formats under one number: an
earlier wtfc of that same number then refuses every file this one writes ("a field this
version does not know"), not even opening it read-only, as ``Person.former_codes`` once did.
``workshop_schema_N.json`` beside this file keeps ``Workshop``'s JSON schema for format N
(without the docstrings, which may change freely); a change to the schema fails here until
the number is raised, a migration added and the new format's snapshot written::

    .venv/bin/python tests/model/test_schema_snapshot.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from wtfc.model.migrations import MIGRATIONS
from wtfc.model.workshop import SCHEMA_VERSION, Workshop

HERE = Path(__file__).parent


def snapshot_path(version: int) -> Path:
    return HERE / f"workshop_schema_{version}.json"


def _structure(schema: Any) -> Any:
    """The schema without the words (descriptions, titles): what a file may hold, only."""
    if isinstance(schema, dict):
        return {k: _structure(v) for k, v in schema.items() if k not in ("description", "title")}
    if isinstance(schema, list):
        return [_structure(v) for v in schema]
    return schema


def current_schema() -> Any:
    return _structure(Workshop.model_json_schema())


def test_the_format_changes_only_with_a_new_format_number():
    path = snapshot_path(SCHEMA_VERSION)
    assert path.exists(), (
        f"No snapshot of format {SCHEMA_VERSION}'s schema: once the migration from format "
        f"{SCHEMA_VERSION - 1} is in, write it with: .venv/bin/python {Path(__file__).name}")
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert current_schema() == kept, (
        f"The workshop file format changed but SCHEMA_VERSION is still {SCHEMA_VERSION}: "
        f"bump SCHEMA_VERSION and add a migration (wtfc/model/migrations.py), so an earlier "
        f"wtfc of format {SCHEMA_VERSION} opens the new files read-only rather than refusing "
        f"them; then write the new format's snapshot: .venv/bin/python "
        f"tests/model/{Path(__file__).name}")


def test_every_format_snapshot_kept_has_its_migration():
    """A snapshot is written for a format that exists: each older one migrates forward."""
    for path in HERE.glob("workshop_schema_*.json"):
        version = int(path.stem.rsplit("_", 1)[1])
        assert version == SCHEMA_VERSION or version in MIGRATIONS, path.name


if __name__ == "__main__":  # write the snapshot of a new format, never over an existing one
    target = snapshot_path(SCHEMA_VERSION)
    if target.exists():
        sys.exit(f"{target.name} is there already: format {SCHEMA_VERSION} does not change.")
    target.write_text(json.dumps(current_schema(), indent=1, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"wrote {target}")
