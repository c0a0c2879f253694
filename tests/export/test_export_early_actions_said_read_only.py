"""An action dated before the workshop, said after the posters are exported from a workshop open
read-only (session 35, 816ec255; mutation check M1): the warning says to put the date right in a
copy saved with Save As, as it does for the report, since the file open cannot be changed."""

from __future__ import annotations

import datetime as dt

from wtfc.export.record_said import record_warnings_for
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop


def test_the_posters_warning_of_an_early_action_read_only_says_to_save_a_copy():
    ws = load_workshop(demo_path()).workshop  # its workshop on 12 November 2026
    actions = [a.model_copy(update={"by_when": dt.date(2026, 10, 1), "agreed_by_when": None})
               if i == 0 else a for i, a in enumerate(ws.actions)]
    ws = ws.model_copy(update={"actions": actions})
    for what in ("action-poster", "posters"):
        said = record_warnings_for(what, ws, today=dt.date(2026, 11, 12), read_only=True)
        early = [line for line in said if "before the workshop itself" in line]
        assert early and all("Once you have saved a copy with Save As" in line
                             for line in early), (what, said)
