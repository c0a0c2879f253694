"""A date typed the UK way, read day first: "1/2/2027", "01.02.27", "1-2-27", "15 3 2027",
"3 apr 26", "1st Feb 2027", "first of February 2027" and "1 February 2027" are all 1
February 2027 (or 15 March, 3 April), and a year of two digits is 20yy. Parts not typed are
kept from the date the box showed ("15" is the 15th of its month), except a year left out
after a month typed over a date only offered (today, or three months on): that takes the year
that puts the date nearest today, on or after it (on or before it, for a check) unless it is
within 60 days the other way. A January workshop typed "12/1" in December was dated last
January, unsaid. Qt's own date box took only the day of "1/2/2027" and kept the month it
showed, with nothing said. No Qt here: the box (``date_box.DateBox``) hands over what was
typed."""

from __future__ import annotations

import datetime as dt
import re

from wtfc.model.dates import MONTHS, long_date

_PARTS = re.compile(r"\d+|[^\W\d_]+")
# "1st Feb 2027", "22nd march": the ending read as a second month ("names more than one month")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
# "first of March", "the twenty-first of May": the ordinal as said, 1st to 31st
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_WORDS = {word: number for number, word in enumerate(
    (*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
     "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), start=1)}
_ORDINAL_WORDS["thirtieth"] = 30
_SAID = re.compile(r"\b(?:(twenty|thirty)[\s-]*(" + "|".join(_UNITS) + r")|("
                   + "|".join(_ORDINAL_WORDS) + r"))\b", re.IGNORECASE)
_FILLERS = {"of", "the"}  # "3rd of March": "names more than one month" before
# "Tue 3 Mar 2027", as an invitation writes it: checked against the date, not read as a month
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EARLIEST_NEW = dt.date(2000, 1, 1)  # a new date before this is a typing slip, not a plan
# days the other way a yearless date may be, over its box's way: a workshop typed up weeks after
_WINDOW = 60


class Unreadable(ValueError):
    """What was typed is no date, said in plain words (``str(error)``)."""


def _said_as_number(match: re.Match[str]) -> str:
    """ "twenty-first" is 21 and "third" is 3: read as "21st" and "3rd" are."""
    tens, unit, alone = match.groups()
    if alone:
        return str(_ORDINAL_WORDS[alone.lower()])
    return str((20 if tens.lower() == "twenty" else 30) + _ORDINAL_WORDS[unit.lower()])


def _month(word: str) -> int:
    lowered = word.lower()
    for number, name in enumerate(MONTHS, start=1):
        if len(lowered) >= 3 and name.lower().startswith(lowered):
            return number
    raise Unreadable(f"“{word}” is not a month. Type the date as 1/2/2027 or 1 Feb 2027.")


def _weekday(word: str) -> int | None:
    lowered = word.lower()
    for number, name in enumerate(_WEEKDAYS):
        if len(lowered) >= 3 and name.lower().startswith(lowered):
            return number
    return None


def _year(digits: str) -> int:
    if len(digits) <= 2:
        return 2000 + int(digits)  # "27" is 2027
    if len(digits) == 4:
        return int(digits)
    raise Unreadable(f"“{digits}” is not a year. Type it as 2027 or 27.")


def _split_run(digits: str) -> list[str]:
    """ "01022027" or "010227", typed with no separator: day, month, year."""
    if len(digits) in (6, 8):
        return [digits[:2], digits[2:4], digits[4:]]
    return [digits]


def _nearest_year(day: int, month: int, today: dt.date, *, ahead: bool) -> int:
    """The year of ``day`` ``month`` nearest ``today``, the box's way breaking the tie: on or
    after today (``ahead``) unless it fell within the last ``_WINDOW`` days, or on or before
    today unless it comes within the next ``_WINDOW``. On 30 Nov 2026 a workshop's "27/11",
    typed up after the day, is 2026 (strictly ahead made it 2027) and "12/1" is 2027; a
    check's "2/12" is 2026, refused in words as a check still to come (strictly behind made it
    2025, a year before, unsaid), and "20/12" typed on 5 Jan 2027 is 2026. Past the window the
    box's way wins even when slightly nearer the other way: a workshop's "1/6" on 30 Nov is
    next June, planned, not a June gone. (A 29 February with no leap year there is refused in
    words, not moved to a further year.)"""
    if ahead:
        way = today.year + ((month, day) < (today.month, today.day))
        other = way - 1
    else:
        way = today.year - ((month, day) > (today.month, today.day))
        other = way + 1
    try:
        gap = abs((dt.date(other, month, day) - today).days)
    except ValueError:  # no such day that year (or month): the box's way, refused there
        return way
    return other if gap <= _WINDOW else way


def read_typed_date(typed: str, shown: dt.date, *, whole: bool = False,
                    year_from: dt.date | None = None, ahead: bool = True) -> dt.date:
    """The date ``typed`` means, day first, its missing parts taken from ``shown``; ``whole``
    (typed on "No date yet", where ``shown`` is only where to start): the day, month and year
    are all typed, or a month and year mean its 1st. ``year_from`` (today, when ``shown`` is
    only an offer): a month typed with no year takes the year nearest it, on or after it
    (``ahead``) or on or before it, unless within 60 days the other way (``_nearest_year``).
    Raises ``Unreadable`` with words to show when it means none."""
    everything = _PARTS.findall(_ORDINAL.sub("", _SAID.sub(_said_as_number, typed)))
    found = [p for p in everything if p.lower() not in _FILLERS]
    weekdays = [day for day in map(_weekday, found) if day is not None]
    parts = [p for p in found if p.isdigit() or _weekday(p) is None]
    if everything and not parts:  # "Tuesday", or "of": read as nothing typed, the date unchanged
        what = "a day of the week, not a date" if weekdays else "not a date"
        raise Unreadable(f"“{typed.strip()}” is {what}. Type the date as 1/2/2027 or "
                         "1 Feb 2027.")
    if len(parts) == 1 and parts[0].isdigit():
        parts = _split_run(parts[0])
    words = [p for p in parts if not p.isdigit()]
    if len(words) > 1:
        for word in words:  # "June Smith": Smith is the slip, not a second month
            try:
                _month(word)
            except Unreadable:
                raise Unreadable(f"“{word}” is not part of a date. Type the date as 1/2/2027 "
                                 "or 1 Feb 2027.") from None
        raise Unreadable(f"“{typed.strip()}” names more than one month. "
                         "Type the date as 1/2/2027 or 1 Feb 2027.")
    day: int | None = None
    month: int | None = None
    year: int | None = None
    numbers = [p for p in parts if p.isdigit()]
    if words:
        month = _month(words[0])
        before = [p for p in parts[:parts.index(words[0])] if p.isdigit()]
        after = [p for p in parts[parts.index(words[0]) + 1:] if p.isdigit()]
        if len(before) > 1 or len(after) > (1 if before else 2):
            raise Unreadable(f"“{typed.strip()}” has too many numbers for one date.")
        if before:
            day = int(before[0])
            if after:
                year = _year(after[0])
        elif len(after) == 2:  # "Feb 1 2027"
            day, year = int(after[0]), _year(after[1])
        elif after and len(after[0]) <= 2 and int(after[0]) <= 31:  # "Feb 1"
            day = int(after[0])
        elif after:
            year = _year(after[0])
    elif numbers and len(numbers[0]) == 4 and len(numbers) == 3:  # 2027-02-01
        year, month, day = int(numbers[0]), int(numbers[1]), int(numbers[2])
    else:
        if len(numbers) > 3:
            raise Unreadable(f"“{typed.strip()}” has too many numbers for one date.")
        if numbers:
            day = int(numbers[0])
        if len(numbers) > 1:
            month = int(numbers[1])
        if len(numbers) > 2:
            year = _year(numbers[2])
    if words and day is None and year is not None:
        day = 1  # "May 2027": no day was chosen, and the 29th shown was refused in February
    if whole and None in (day, month, year):
        # a name typed here by mistake ("June"), or "1/2", became a date already past
        raise Unreadable(f"“{typed.strip()}” is not a whole date. Type the day, month and "
                         "year, as 1/2/2027 or 1 Feb 2027.")
    day = shown.day if day is None else day
    if year is None and month is not None and year_from is not None:
        # (a day alone, "15", stays in the month and year shown: nothing more was typed)
        year = _nearest_year(day, month, year_from, ahead=ahead)
    month = shown.month if month is None else month
    year = shown.year if year is None else year
    if not 1 <= month <= 12:
        raise Unreadable(f"There is no month {month}: the day comes first, then the month "
                         "(1/2/2027 is 1 February 2027).")
    try:
        when = dt.date(year, month, day)
    except ValueError:
        raise Unreadable(f"There is no {day} {MONTHS[month - 1]} {year}.") from None
    for weekday in weekdays:  # a day and a date that disagree: which was meant is not known
        if weekday != when.weekday():
            raise Unreadable(f"{long_date(when)} is a {_WEEKDAYS[when.weekday()]}, not a "
                             f"{_WEEKDAYS[weekday]}.")
    return when


def out_of_range(when: dt.date, last: dt.date) -> str:
    """Why a new date ``when`` is refused, in plain words ("" when it is taken): a new date
    is from 2000 to ``last`` (a stored date outside is kept)."""
    if EARLIEST_NEW <= when <= last:
        return ""
    return (f"{long_date(when)} was not taken: a date here is from {long_date(EARLIEST_NEW)} "
            f"to {long_date(last)}. The date is as it was.")
