"""A laptop clock behind the record (3 March 2019, after a flat battery): the report said
"Action status as of 3 March 2019" and nothing was late, and ``wtfc check``, ``wtfc export``
and the app said nothing. Now each says the clock may be wrong (review dates F2)."""

from __future__ import annotations

import datetime as dt

from wtfc.model.clock_check import clock_warning
from wtfc.model.record_checks import record_warnings
from wtfc.model.workshop import Action, Kind, Role, Theme, Workshop

CHECKED = dt.date(2026, 11, 26)
THEME = Theme(id="t", name="Waiting", kind=Kind.NOT_WORKING)


def _action(id: str, checked_on: dt.date | None = None) -> Action:
    return Action(id=id, theme_id="t", role=Role.COMMISSIONERS, what="Ring round",
                  checked_on=checked_on)


def _workshop(**kwargs) -> Workshop:
    return Workshop(title="Spring", date=dt.date(2026, 11, 12), themes=[THEME], actions=[
        _action("a1", CHECKED), _action("a2", dt.date(2026, 11, 20)), _action("a3")],
        **kwargs)


def test_a_date_before_the_last_check_is_said_in_words_naming_the_action():
    assert clock_warning(_workshop(), dt.date(2019, 3, 3)) == (
        "This computer's date is 3 March 2019, before the last check recorded in this workshop "
        "(26 November 2026): its clock may be wrong. An export would say how things stood on "
        "3 March 2019, and show as late only what was due before then. The later check is on "
        "‘Ring round’. If the computer's date is wrong, put it right, then export; if that "
        "check's date is a slip, correct it on the action.")


def test_a_check_a_day_or_two_ahead_is_no_wrong_clock():
    """A check stamped 30 November by a laptop a day ahead (or in another time zone) made a
    right laptop on 29 November say its clock may be wrong, each time the file was opened,
    and that no action would show as late beside a report that showed one."""
    assert clock_warning(_workshop(), CHECKED - dt.timedelta(days=1)) == ""
    assert clock_warning(_workshop(), CHECKED - dt.timedelta(days=2)) == ""
    assert clock_warning(_workshop(), CHECKED - dt.timedelta(days=3)) != ""


def test_a_long_action_is_cut_in_the_warning():
    ws = Workshop(themes=[THEME], actions=[Action(
        id="a", theme_id="t", role=Role.COMMISSIONERS, what="Ring round " * 20,
        checked_on=CHECKED)])
    warning = clock_warning(ws, dt.date(2019, 3, 3))
    assert "‘Ring round Ring round" in warning and "…’." in warning


def test_the_day_of_the_last_check_or_after_or_no_check_says_nothing():
    assert clock_warning(_workshop(), CHECKED) == ""
    assert clock_warning(_workshop(), dt.date(2031, 1, 1)) == ""
    never_checked = Workshop(themes=[THEME], actions=[_action("a")])
    assert clock_warning(never_checked, dt.date(2019, 3, 3)) == ""


def test_check_export_and_the_app_say_it_first_with_no_next_review():
    """``record_warnings`` is what ``wtfc check``, ``wtfc export``, the app's export and the
    app's open say: with no next review it said nothing at all."""
    warnings = record_warnings(_workshop(), today=dt.date(2019, 3, 3))
    assert len(warnings) == 1 and warnings[0].startswith("This computer's date is 3 March 2019")
    assert record_warnings(_workshop(), today=dt.date(2019, 3, 3), warn_passed=False) == warnings
    assert record_warnings(_workshop(), today=dt.date(2026, 11, 29)) == []


def test_a_review_before_the_workshop_is_still_said_after_the_clock():
    ws = _workshop(next_review=dt.date(2026, 1, 1))
    warnings = record_warnings(ws, today=dt.date(2019, 3, 3))
    assert len(warnings) == 2 and "before the workshop itself" in warnings[1]
