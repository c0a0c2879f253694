"""A clock time as the laptop writes it: its region's short time format ("16:35" or "4:35 PM"),
in Latin digits as every other number wtfc shows (``count_box.CountBox``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QTime


def clock_format() -> str:
    """The laptop's short time format, as Qt writes it ("HH:mm", "h:mm AP")."""
    return QLocale.system().timeFormat(QLocale.FormatType.ShortFormat)


def locale_clock(time: dt.time) -> str:
    """ "16:35" or "4:35 PM", by the laptop's region."""
    return QLocale.c().toString(QTime(time.hour, time.minute), clock_format())
