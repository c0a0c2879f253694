"""Dates in English words, whatever language the computer is set to.

wtfc writes English, so its dates must too. ``f"{day:%B}"`` and ``strftime("%b")`` name the
month in the C library's time locale, and making the ``QApplication`` sets that to the
user's (on Linux and macOS): a Welsh laptop's English feedback sheet said "12 Tachwedd 2026"
while ``wtfc export`` said "12 November 2026". Every date wtfc writes with a month or day
name goes through here; tests/test_date_words_scan.py checks no module formats one otherwise.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_name(day: dt.date, *, short: bool = False) -> str:
    """ "November", or "Nov" when ``short``."""
    name = MONTHS[day.month - 1]
    return name[:3] if short else name


def weekday_name(day: dt.date, *, short: bool = False) -> str:
    """ "Thursday", or "Thu" when ``short``."""
    name = WEEKDAYS[day.weekday()]
    return name[:3] if short else name


def day_month(day: dt.date, *, short: bool = False) -> str:
    """ "12 November", or "12 Nov" when ``short``."""
    return f"{day.day} {month_name(day, short=short)}"


def long_date(day: dt.date) -> str:
    """ "12 November 2026": how the exports, the boards and the room print a date."""
    return f"{day_month(day)} {day.year}"


def short_date(day: dt.date) -> str:
    """ "12 Nov 2026": where space is short (a plan's table, a menu)."""
    return f"{day_month(day, short=True)} {day.year}"
