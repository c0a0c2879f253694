"""An action whose date is before the workshop itself: the demo's first action, agreed on 12
November 2026, was due 1 October 2026, and every export printed "⚠ Late: started", the letter
too, while `wtfc check` said OK (review 34 R5 F4). It is said now as a next review before the
workshop is: by `wtfc check`, the exports and the opening notice (``record_warnings``)."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.app import main
from wtfc.model.demo import demo_path
from wtfc.model.record_checks import early_actions, record_warnings
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop

DAY = dt.date(2026, 11, 12)
ISF = ("Develop Individual Service Funds for home care so people can design their own support "
       "and say who they want as carers.")
SAID = ("An action's date is before the workshop itself (12 November 2026): 'Develop Individual "
        "Service Funds for home care so people ca…' (Head of Commissioning) is due 1 October "
        "2026, so the report, the posters and the feedback sheet print it as late. Set the date "
        "the room agreed on Plan (By when).")


def _action(by_when: dt.date | None, **more) -> Action:
    return Action(theme_id="t1", role=Role.COMMISSIONERS, owner="Head of Commissioning",
                  what=ISF, by_when=by_when, status=ActionStatus.IN_PROGRESS, **more)


def _workshop(*actions: Action, date: dt.date | None = DAY) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not treated as an individual")
    return Workshop(date=date, themes=[theme], actions=list(actions))


def test_an_action_dated_before_the_workshop_is_said_in_plain_words():
    ws = _workshop(_action(dt.date(2026, 10, 1)), _action(dt.date(2027, 10, 1)), _action(None))
    assert record_warnings(ws) == [SAID]
    assert record_warnings(ws, read_only=True) == [SAID.replace(
        "Set the date", "Once you have saved a copy with Save As, set the date")]


@pytest.mark.parametrize(("agreed", "now", "early"), [
    (dt.date(2026, 12, 1), dt.date(2027, 3, 1), False),  # moved since: the room's was after
    (dt.date(2026, 10, 1), dt.date(2027, 3, 1), True),  # the room's own date was before
    (None, DAY, False),  # the day itself
])
def test_the_date_judged_is_the_one_the_room_agreed(agreed, now, early):
    ws = _workshop(_action(now, agreed_by_when=agreed))
    assert bool(early_actions(ws)) == early
    if early:
        assert "is due 1 October 2026" in record_warnings(ws)[0]


def test_no_workshop_date_nothing_to_compare_and_done_is_not_late():
    assert record_warnings(_workshop(_action(dt.date(2026, 10, 1)), date=None)) == []
    done = _workshop(_action(dt.date(2026, 10, 1)).model_copy(
        update={"status": ActionStatus.DONE}))
    assert "print that date. Set" in record_warnings(done)[0]


def test_many_are_one_line_the_workshops_date_first():
    ws = _workshop(*(_action(dt.date(2026, 10, day)) for day in range(1, 6)))
    assert record_warnings(ws) == [
        "5 actions' dates are before the workshop itself (12 November 2026), so the report, "
        "the posters and the feedback sheet print them as late. Set the workshop's date on "
        "Prepare, or each action's date on Plan (By when)."]


def test_check_and_the_report_export_say_it(tmp_path, capsys):
    path = tmp_path / "early.wtfc"
    save_workshop(_workshop(_action(dt.date(2026, 10, 1))), path)
    assert main(["check", str(path)]) == 0  # a warning, not a problem: the file opens
    assert f"Warning: {SAID}" in capsys.readouterr().out
    assert main(["export", "report", str(path), "-o", str(tmp_path / "r.pdf")]) == 0
    assert SAID in capsys.readouterr().err


def test_the_demo_has_no_action_dated_before_its_workshop_yet_one_is_late(capsys):
    demo = load_workshop(demo_path()).workshop
    assert demo.date == DAY
    assert early_actions(demo) == []
    assert all(a.by_when is None or a.by_when >= DAY for a in demo.actions)
    late = [a for a in demo.actions if a.by_when and a.by_when < dt.date(2026, 11, 29)
            and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)]
    assert [a.id for a in late] == ["a03"]  # the late example: its date, 20 November, slipped
    assert main(["check", "demo"]) == 0
    assert "Warning" not in capsys.readouterr().out
