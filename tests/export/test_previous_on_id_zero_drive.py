"""`wtfc export report --previous` on a network drive that gives every file the id 0 compares
the two workshops instead of refusing last time's as "this workshop's own file"."""

from __future__ import annotations

import pytest

from tests.model.test_same_file import drive  # noqa: F401  (a fixture)
from wtfc.export.cli import read_last_time
from wtfc.export.errors import ExportError
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop


def test_export_previous_compares_two_files_on_such_a_drive(drive):  # noqa: F811
    last, this = drive / "Spring 2026.wtfc", drive / "Autumn 2026.wtfc"
    save_workshop(Workshop(title="Spring 2026"), last)
    save_workshop(Workshop(title="Autumn 2026"), this)
    said: list[str] = []
    assert read_last_time(str(last), this, Workshop(title="Autumn 2026"),
                          said.append).title == "Spring 2026"
    with pytest.raises(ExportError, match="this workshop's own file"):
        read_last_time(str(this), this, Workshop(title="Autumn 2026"), said.append)
