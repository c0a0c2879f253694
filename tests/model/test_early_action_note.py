"""An action dated before the workshop, said on its own row on Plan and Act and under its date
in the action dialog (``early_action_note``), judged as ``wtfc check`` judges it: the date the
room agreed, before the workshop's own date."""

from __future__ import annotations

import datetime as dt

from wtfc.model.record_checks import early_action_note
from wtfc.model.workshop import Action, ActionStatus, Role

DAY = dt.date(2026, 11, 12)


def _action(by_when: dt.date | None, **more) -> Action:
    return Action(theme_id="t1", role=Role.COMMISSIONERS, owner="Head of Commissioning",
                  what="Develop ISFs", by_when=by_when, status=ActionStatus.IN_PROGRESS, **more)


def test_a_date_before_the_workshop_is_said_with_both_dates():
    early = _action(dt.date(2026, 10, 1))
    assert early_action_note(early, DAY) == (
        "By 1 October 2026 is before this workshop (12 November 2026).")
    assert early_action_note(early, DAY, whole=True) == (
        "By 1 October 2026 is before this workshop (12 November 2026). The report, the "
        "posters and the feedback sheet print it as late.")
    # the board's row, beside its By when column's "1 Oct 2026"
    assert early_action_note(early, DAY, short=True) == (
        "By 1 Oct 2026 is before this workshop (12 Nov 2026).")


def test_the_day_itself_later_dates_and_no_dates_say_nothing():
    assert early_action_note(_action(DAY), DAY) == ""
    assert early_action_note(_action(dt.date(2027, 10, 1)), DAY) == ""
    assert early_action_note(_action(None), DAY) == ""
    assert early_action_note(_action(dt.date(2026, 10, 1)), None) == ""


def test_a_date_moved_since_is_judged_by_the_one_agreed():
    moved = _action(dt.date(2027, 3, 1), agreed_by_when=dt.date(2026, 10, 1))
    assert early_action_note(moved, DAY) == (
        "The date agreed, 1 October 2026, is before this workshop (12 November 2026).")
    # the room agreed a later date, moved to one before: what was agreed stands
    assert early_action_note(_action(dt.date(2026, 10, 1), agreed_by_when=dt.date(2026, 12, 1)),
                             DAY) == ""


def test_a_done_action_is_printed_with_its_date_not_as_late():
    done = _action(dt.date(2026, 10, 1)).model_copy(update={"status": ActionStatus.DONE})
    assert early_action_note(done, DAY, whole=True).endswith("print that date.")
