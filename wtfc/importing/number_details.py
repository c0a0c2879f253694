"""The personal-detail guard's numbers: NHS numbers, phone numbers and dates of birth, each
as (start, end, category). Kept apart from the names: they share no rule with them.
"""

from __future__ import annotations

import re

_NOT_DIGITS = re.compile(r"\D+")

_NHS = re.compile(r"(?<![\d+])(\d{3})([ -]?)(\d{3})\2(\d{4})(?!\d)")
_NHS_CONTEXT = re.compile(r"\bNHS\b[^.\d]{0,25}$", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?\d{2,5}|\(0\d{2,5}\)|0\d{2,5})"
    r"[ \t-]?\d{3,4}[ \t-]?\d{3,4}(?!\d)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    r"\b(?P<numeric>[0-3]?\d[/.-][01]?\d[/.-](?P<nyear>\d{4}|\d{2}))\b"
    r"|\b(?:the[ \t]+)?"
    + _DAY
    + r"(?:[ \t]+of)?[ \t]+"
    + _MONTH
    + r"(?:,?[ \t]+(?P<tyear>\d{4}))?\b"
    r"|\b" + _MONTH + r"[ \t]+" + _DAY + r"(?:,?[ \t]+(?P<tyear2>\d{4}))?\b",
    re.IGNORECASE,
)
_DOB_CONTEXT = re.compile(
    r"(?:\bd\.?o\.?b\b\.?|date of birth|\bborn\b|\bbirthday\b|\bb\.)[^.!?]{0,20}$", re.IGNORECASE
)
# What every date holds, found far quicker than the whole of one: a statement without it is
# spared that search. (Months in lower case, looked for in the statement in lower case: a
# regex that ignores case reads no other letter as theirs but "ſ", which case folding makes "s".)
_NUMERIC_DATE_PART = re.compile(r"\d[/.-]\d")
_MONTH_LETTERS = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# The oldest birth year among people reviewed and the youngest: a full date in this range in a
# care statement is almost always a date of birth; later dates are visits and reviews.
_BIRTH_YEARS = range(1900, 1966)


def numbers(text: str) -> list[tuple[int, int, str]]:
    """The NHS numbers, phone numbers and dates of birth in a `text` that holds a digit."""
    found = []
    # NHS and phone numbers have ten digits or more.
    if len(_NOT_DIGITS.sub("", text)) >= 10:
        found += _nhs_numbers(text)
        found += _phones(text)
    return found + _dates_of_birth(text)


def nhs_number_is_valid(digits: str) -> bool:
    """True when ten digits pass the NHS modulus-11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_numbers(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _NHS.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        said_nhs = _NHS_CONTEXT.search(text[: m.start()]) is not None
        # A number starting with 0 that is not called an NHS number is a phone number.
        if said_nhs or (nhs_number_is_valid(digits) and not digits.startswith("0")):
            found.append((m.start(), m.end(), "nhs_number"))
    return found


def _phones(text: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits.startswith("44"):
            digits = digits[2:] if digits[2:3] == "0" else "0" + digits[2:]
        if len(digits) in (10, 11) and digits[1] != "0":
            found.append((m.start(), m.end(), "phone"))
    return found


def _dates_of_birth(text: str) -> list[tuple[int, int, str]]:
    folded = text.lower() if text.isascii() else text.casefold()
    if not (_NUMERIC_DATE_PART.search(text) or _MONTH_LETTERS.search(folded)):
        return []
    found = []
    for m in _DATE.finditer(text):
        said_birth = _DOB_CONTEXT.search(text[: m.start()]) is not None
        year_text = m.group("nyear") or m.group("tyear") or m.group("tyear2")
        if said_birth or (year_text and _year(year_text) in _BIRTH_YEARS):
            found.append((m.start(), m.end(), "date_of_birth"))
    return found


def _year(year_text: str) -> int:
    year = int(year_text)
    if len(year_text) == 2:
        # Two-digit years in care records: "40" is 1940, "24" is 2024.
        year += 1900 if year > 30 else 2000
    return year
