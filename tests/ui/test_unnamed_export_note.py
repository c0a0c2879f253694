"""The app's "Export saved" says which themes are not named yet, for every export (they print
as "Group 1 (not named yet)"), as it says a clock behind the record (``record_note``)."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop
from wtfc.ui.export_notes import record_note


@pytest.mark.parametrize("key", ["posters", "action-poster", "report", "feedback", "data"])
def test_export_saved_says_the_groups_not_named_yet(key):
    ws = load_workshop(demo_path()).workshop
    today = dt.date(2026, 11, 26)
    assert "not named yet" not in record_note(key, ws, today=today)
    group = ws.themes[-1].model_copy(update={"name": "Group 2 (not named yet)"})
    ws = ws.model_copy(update={"themes": [*ws.themes[:-1], group]})
    note = record_note(key, ws, today=today)
    assert "\n\nPlease check: 1 theme is not named yet: “Group 2 (not named yet)”" in note
