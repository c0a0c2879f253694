"""A date typed with no year ("12/1", "3 apr", a day alone) is read with a year wtfc takes:
the year shown, or the nearest one (``date_reading``). The box shows it, but a screen reader
heard only the next field's name, and the year decides the posters, the file's name and the
review date (review 34 R6-6): the date taken is said, in full, once the box has taken it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wtfc.model.dates import long_date, weekday_name
from wtfc.ui.announce import announce
from wtfc.ui.date_reading import read_typed_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_SAME_WEEKS = 28  # years: the days of the week and the leap years fall the same (1901-2099)


def read_date(typed: str, shown: dt.date, *, whole: bool, year_from: dt.date | None,
              ahead: bool) -> tuple[dt.date, bool]:
    """``read_typed_date``'s date, and whether wtfc took its year (none was typed): read again
    as if shown, and today, were 28 years on, a typed year stays and a taken one moves."""
    when = read_typed_date(typed, shown, whole=whole, year_from=year_from, ahead=ahead)
    if whole:  # "No date yet": a year is always typed
        return when, False
    try:
        later = read_typed_date(typed, _on(shown), whole=whole, ahead=ahead,
                                year_from=_on(year_from) if year_from else None)
    except ValueError:  # a 29 February 28 years on that is none (2100): said as typed
        return when, False
    return when, later.year != when.year


def said(when: dt.date) -> str:
    """ "Taken as Tuesday 12 January 2027": the year with the day of the week, checkable."""
    return f"Taken as {weekday_name(when)} {long_date(when)}"


def _on(day: dt.date) -> dt.date:
    return day.replace(year=day.year + _SAME_WEEKS)


def say_taken(box: QWidget, when: dt.date) -> None:
    """Said politely once the keyboard has moved on (Tab), after the next field's name: said
    before, the focus moving would cut it off."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, box, lambda: announce(box, said(when)))
