"""``wtfc export posters`` / ``action-poster`` on a laptop whose clock is behind the last check
recorded say so on standard error, as the report, feedback and data exports and the app's
Export menu do (1e0eca8 said it in the app only)."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop


@pytest.mark.parametrize("what", ["posters", "action-poster"])
def test_a_clock_behind_the_last_check_is_said(what, tmp_path, capsys):
    workshop = load_workshop(demo_path()).workshop
    ahead = dt.date.today() + dt.timedelta(days=30)  # checked "in a month": today's clock is behind
    first = workshop.actions[0].model_copy(update={"checked_on": ahead})
    workshop = workshop.model_copy(update={"actions": [first, *workshop.actions[1:]]})
    save_workshop(workshop, tmp_path / "w.wtfc")
    assert main_export([what, str(tmp_path / "w.wtfc"), "-o", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert "its clock may be wrong" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("what", ["posters", "action-poster"])
def test_a_right_clock_says_nothing_of_it(what, tmp_path, capsys):
    assert main_export([what, "demo", "-o", str(tmp_path / "p.pdf")]) == 0
    assert "clock" not in capsys.readouterr().err
