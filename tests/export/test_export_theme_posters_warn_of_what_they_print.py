"""``wtfc export posters`` and the app's "Export saved" for Theme posters said "An action's
date is before the workshop itself … print it as late" for actions no theme poster prints: a
dropped one (the posters leave them off) and one on a theme that is no priority (no poster is
made for it). The facilitator looked for a "late" action that was not there. The theme posters
now warn only of what they print; the action poster prints every action and warns of each
(code review A20 R3). A theme poster short of room leaves some actions off too ("Not shown
here: Care managers (1)"), and one of those was still said as printed (code review A22 R1)."""

from __future__ import annotations

import datetime as dt
import subprocess

from wtfc.export.record_said import record_warnings_for
from wtfc.export.theme_poster import export_theme_posters
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop
from wtfc.ui.export_notes import record_note

DAY = dt.date(2026, 11, 12)  # the demo's workshop
EARLY = "An action's date is before the workshop itself (12 November 2026)"


def _dated_before(action_id: str, **changes):
    ws = load_workshop(demo_path()).workshop
    action = next(a for a in ws.actions if a.id == action_id)
    action.by_when = dt.date(2026, 10, 1)
    for key, value in changes.items():
        setattr(action, key, value)
    return ws


def _early(what: str, ws, today: dt.date = DAY) -> list[str]:
    return [w for w in record_warnings_for(what, ws, today=today) if w.startswith(EARLY)]


def test_a_dropped_action_is_said_for_the_action_poster_only():
    ws = _dated_before("a09")  # on t05, a priority theme; dropped
    assert _early("posters", ws) == []
    assert len(_early("action-poster", ws)) == 1


def test_an_action_on_a_theme_with_no_poster_is_said_for_the_action_poster_only():
    ws = _dated_before("a02", theme_id="t01")  # t01: not a priority
    later = dt.date(2026, 11, 30)
    assert _early("posters", ws, later) == []
    assert len(_early("action-poster", ws, later)) == 1


def test_an_action_a_theme_poster_prints_is_still_said():
    ws = _dated_before("a03")
    said = _early("posters", ws)
    assert len(said) == 1 and "1 October 2026" in said[0]
    theme = next(t for t in ws.themes if t.id == ws.actions[[a.id for a in ws.actions].index(
        "a03")].theme_id)
    assert theme.priority.chosen  # on a poster


def _printed(ws, out, today: dt.date) -> str:
    export_theme_posters(ws, out, today=today)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def test_an_action_a_crowded_theme_poster_leaves_off_is_not_said(tmp_path):
    """t04's poster has room for 4 of its 5 actions: a04, done, is left off."""
    ws = _dated_before("a04")
    today = dt.date(2026, 12, 1)
    text = _printed(ws, tmp_path / "posters.pdf", today)
    assert "Not shown here: Care managers (1)" in text
    assert "what matters to me and how" not in text  # a04's words
    assert _early("posters", ws, today) == []
    assert EARLY not in record_note("posters", ws, today=today)  # "Export saved" says none
    assert len(_early("action-poster", ws, today)) == 1  # it prints every action


def test_an_early_action_the_same_crowded_poster_shows_is_still_said(tmp_path):
    ws = _dated_before("a03")
    a04 = next(a for a in ws.actions if a.id == "a04")
    a04.by_when = dt.date(2026, 10, 2)  # left off: not said
    today = dt.date(2026, 12, 1)
    text = _printed(ws, tmp_path / "posters.pdf", today)
    said = _early("posters", ws, today)
    assert len(said) == 1 and "1 October 2026" in said[0] and "1 October 2026" in text
    assert EARLY in record_note("posters", ws, today=today)
