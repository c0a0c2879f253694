"""``wtfc export posters`` and the app's "Export saved" for Theme posters said "An action's
date is before the workshop itself … print it as late" for actions no theme poster prints: a
dropped one (the posters leave them off) and one on a theme that is no priority (no poster is
made for it). The facilitator looked for a "late" action that was not there. The theme posters
now warn only of what they print; the action poster prints every action and warns of each
(code review A20 R3)."""

from __future__ import annotations

import datetime as dt

from wtfc.export.record_said import record_warnings_for
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop

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
