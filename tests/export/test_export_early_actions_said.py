"""An action dated before the workshop is printed late on the day it was agreed ("⚠ Late" on
the action poster, "Overdue" on its theme's poster), yet ``wtfc export posters`` and
``action-poster`` said nothing of it: only the report, the feedback sheet and the data gave the
record's warnings. Each export now says those about what it prints: the posters print every
action's date, but no review date."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.export.cli import main_export
from wtfc.export.record_said import record_warnings_for
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop

EARLY = "An action's date is before the workshop itself (12 November 2026): 'Develop"
TODAY = dt.date(2026, 12, 1)


def _demo(**record):
    """The demo (held on 12 November 2026), its third action, still in progress, due on 1
    October 2026: before the workshop."""
    ws = load_workshop(demo_path()).workshop
    actions = list(ws.actions)
    actions[2] = actions[2].model_copy(update={"by_when": dt.date(2026, 10, 1)})
    return ws.model_copy(update={"actions": actions, **record})


@pytest.mark.parametrize("what", ["posters", "action-poster"])
def test_a_poster_says_an_action_dated_before_the_workshop(what, tmp_path, capsys):
    save_workshop(_demo(), tmp_path / "w.wtfc")
    assert main_export([what, str(tmp_path / "w.wtfc"), "-o", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert f"Warning: {EARLY}" in err
    assert "print it as late" in err
    assert (tmp_path / "p.pdf").exists()  # made all the same


@pytest.mark.parametrize("what", ["posters", "action-poster", "report", "feedback", "data"])
def test_every_export_gets_the_warnings_of_what_it_prints(what):
    """The early action for all; the next review before the workshop only where it is
    printed (the posters print no review date)."""
    said = record_warnings_for(what, _demo(next_review=dt.date(2026, 1, 1)), today=TODAY)
    assert any(line.startswith(EARLY) for line in said)
    assert any("next review" in line for line in said) == (what in ("report", "feedback",
                                                                     "data"))


def test_a_poster_of_a_sound_record_says_nothing(tmp_path, capsys):
    assert main_export(["action-poster", "demo", "-o", str(tmp_path / "p.pdf")]) == 0
    assert "Warning" not in capsys.readouterr().err
