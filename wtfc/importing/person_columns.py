"""Which column gives the person: the headings read as the person ("Ref no.", "Client's ID",
"PersonID"), the one kept when a sheet has two of them, and whether a column left out holds
person codes to offer (not postcode districts, rooms or quarters)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from wtfc.importing.person_names import is_code, person_name

# Who a row is about: "Person", "Client ref", "Ref no.", "Ref. no", "Reference number", "ID no.",
# "Service user ID", "Client #", "Client's ID", "PersonID". A word for whom, then any of the
# words for a code (so not "Service user name": a name is no code; nor "Case"/"Record" alone,
# nor "Number of visits"). Headings come lower case, words only ("client s id").
_CODE_WORD = r"(id|identifier|code|ref|reference|no|number|num|nr)"
_WHOM = (r"(person|client|customer|service user|user|reviewee|individual|participant|"
         r"resident|respondent|interviewee|patient|pseudonym)")
# Care systems that number the person ("Mosaic ID", "LAS number", "SystmOne ID", "ContrOCC
# ref"): a person's number under the system's name, with a word for a code after it. Never the
# NHS number: a personal detail, left out (``names_something_else``).
_SYSTEM = r"(mosaic|las|liquidlogic|systmone|systm one|eclipse|azeus|controcc|carefirst)"
PERSON_HEADING = (
    rf"^((anon|anonymised|anonymous|unique) )?({_WHOM}( s)?|ref|reference|code|id|identifier)"
    rf"( {_CODE_WORD}){{0,2}}$|"
    rf"^{_SYSTEM}( {_WHOM})?( {_CODE_WORD}){{1,2}}$|"
    rf"^(case|record|file) {_CODE_WORD}( {_CODE_WORD})?$|"
    # written as one word: "PersonID", "ClientRef", "ServiceUserID"
    r"^(person|client|customer|serviceuser|user|participant|resident|patient)"
    r"(id|code|ref|reference|no|number|num)$|"
    # Welsh: reference number; client's, person's number or code
    r"^cyfeirnod( (cleient|person|unigolyn))?$|^(rhif|cod) (cleient|person|unigolyn)$|"
    r"^(who|name|enw|cod|pid|uid)$"
)

# A heading that names who, never what: its column may be names
_NAME_HEADING = re.compile(r"^(who|name|enw)$")
_NAMES_WHOM = re.compile(rf"^((anon|anonymised|anonymous|unique) )?({_WHOM}|{_SYSTEM} )\b")
# A heading that says its column holds a code for whom
_SAYS_CODE = re.compile(rf"\b({_WHOM}|ref|reference|id|identifier|code|cod|cyfeirnod)\b")
# Headings naming something other than the person: a review's, a form's, an answer's number
# ("Review ID", "Form ref", "Workflow step ID", "Case note no."), one per review or per row, so
# one person reviewed twice would count as two; and the NHS number, the person's but a personal
# detail, never a code to show. Never the person, whatever the values look like.
_SOMETHING_ELSE = re.compile(
    r"\b(reviews?|forms?|episodes?|responses?|answers?|questions?|assessments?|workflows?|"
    r"steps?|case notes?|submissions?|nhs|chi)\b")


def names_something_else(heading: str) -> bool:
    """Whether a heading (lower case, words only) names a review, form, answer… or the NHS
    number: its column is never the person."""
    return _SOMETHING_ELSE.search(heading) is not None

# Headings that name a place, a time or a room: a column under one is never the person, whatever
# its values look like ("Postcode area": LS6, LS7; "Quarter": Q1; "Room no.": 4A)
_PLACE_OR_TIME = re.compile(
    r"\b(post ?code|postal|area|district|ward|room|flat|bed|bay|floor|level|unit|block|wing|"
    r"house|street|road|zone|region|locality|town|village|site|building|office|location|"
    r"quarter|qtr|week|wk|month|year|yr|date|time|term|period|day|session|shift|ardal)s?\b"
)
# Values shaped like a place or a time: a postcode district ("LS6", "B12", "SW1A"), a quarter
# ("Q1"), a week ("W3", "Wk 12"), or a place word and a number ("Room 4", "Ward 7", "Flat 2A").
# "P01" stays a code: P is no postcode area, and a district never has a nought before its number.
_POSTCODE_AREAS = frozenset({  # the UK's postcode areas
    "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH",
    "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",
    "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS",
    "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL",
    "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX",
    "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM",
    "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS",
    "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
})  # fmt: skip
_DISTRICT = re.compile(r"([A-Z]{1,2})([1-9]\d?|0)[A-Z]?")
_POSTCODE = re.compile(r"[A-Z]{1,2}(?:[1-9]\d?|0)[A-Z]? ?\d[A-Z]{2}")  # with its inward part
_PLACE_OR_TIME_VALUE = re.compile(
    r"q[1-4]|w\d{1,2}|(room|rm|ward|flat|bed|bay|floor|level|unit|block|wing|house|zone|area|"
    r"site|week|wk|month|quarter|qtr|term|day|year|yr)[-_ .]?\d+[a-z]?"
)


def is_lettered_code(value: str) -> bool:
    """A code with letters in it ("P07", "p3"): a column of bare numbers is more often a row
    number than a person."""
    return is_code(value) and not value.isdigit()


def _place_or_time(value: str) -> bool:
    """Whether a value is shaped like a quarter, a week or a room (a postcode district is told
    by a column's values together: ``_districts``)."""
    return _PLACE_OR_TIME_VALUE.fullmatch(value.strip().casefold()) is not None


def _districts(values: Sequence[str]) -> bool:
    """Whether values read as postcode districts: a full postcode ("LS6 2AB") among them, or
    mostly a postcode area and a number showing more than one area or an area of two letters
    ("LS6, B12"). One letter and a number alone ("S1".."S6", "B1", "M4") is a person's code as
    often as Sheffield's or Manchester's districts ("service user 1"), so offered."""
    if any(_POSTCODE.fullmatch(v.strip().upper()) for v in values):
        return True
    areas = [m.group(1) for v in values
             if (m := _DISTRICT.fullmatch(v.strip().upper())) and m.group(1) in _POSTCODE_AREAS]
    return (len(areas) >= 0.8 * len(values)
            and (len(set(areas)) > 1 or any(len(a) == 2 for a in areas)))


def _mostly(values: Sequence[str], test: Callable[[str], object]) -> bool:
    return sum(1 for v in values if test(v)) >= 0.8 * len(values)


def holds_person_codes(heading: str, values: Sequence[str], *, undated: bool = False) -> bool:
    """Whether a column left out, under ``heading`` (lower case, words only; "" for none),
    holds person codes to offer as the person: mostly codes with letters, not one code on
    every row (a form's or a team's), under no heading naming a place, time or room or something
    other than the person ("Review ID": ``names_something_else``), and, unless
    the heading says whom or code, not mostly shaped like postcode districts or quarters, nor
    like weeks unless they group the rows as people do and ``undated``: no column of the rows
    holds dates (``_weeks_as_people``)."""
    if _PLACE_OR_TIME.search(heading) or names_something_else(heading) or len(set(values)) < 2:
        return False
    if not _mostly(values, is_lettered_code):
        return False
    times = _mostly(values, _place_or_time) and not (undated and _weeks_as_people(values))
    return bool(_SAYS_CODE.search(heading)) or not (times or _districts(values))


_WEEK = re.compile(r"w\d{1,2}")
_MOST_PEOPLE_LETTERED_W = 12  # W1..W12 can be a group's codes; W1..W40 is a year's weeks


def _weeks_as_people(values: Sequence[str]) -> bool:
    """Whether "W1".."W6" in rows with no dates are people's codes, not weeks: a handful of
    codes, each on several rows (a person's statements). Weeks run on (W7…W40) or sit beside
    a date; a person rarely has one statement."""
    if not all(_WEEK.fullmatch(v.casefold()) for v in values):
        return False
    counts = Counter(v.casefold() for v in values)
    return len(counts) <= _MOST_PEOPLE_LETTERED_W and min(counts.values()) >= 2


# A date as a cell reads ("2026-11-12" from a workbook; "12/11/2026", "12.11.26", "12 Nov 2026")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(t[\d:.]+)?|\d{1,2}([/.-])\d{1,2}\2\d{2}(\d{2})?|"
                   r"\d{1,2}[ -][a-z]{3,9}[ -]\d{2}(\d{2})?")


def holds_dates(values: Sequence[str]) -> bool:
    """Whether a column's filled cells are mostly dates."""
    return bool(values) and _mostly(values, lambda v: _DATE.fullmatch(v.casefold()))


def likeliest_person(columns: Sequence[tuple[str, Sequence[str]]]) -> int | None:
    """Of columns (heading, lower case and words only; the cell on each row, "" when blank)
    whose headings all read as the person ("Name" and "Service user ID"; "Client ID" and "Ref
    no."), the place of the one the import takes, or None when none is clearly the person: the
    facilitator then chooses (the app's mapping step; the command line's "Only one column can
    hold the person").

    Never the person: numbers counting up the rows (a row's or a record's number) under a
    heading that names no one ("ID", "Record no.", not "Client ID": a sheet sorted by client
    number counts up and keeps its IDs), in either layout, nor one
    value on every row where another column has several (a form's or a team's reference).
    Codes filled on fewer rows than the names beside them ("Client ID" on each person's first
    row only) are for the facilitator to choose; other columns filled on fewer rows are left
    out. Of the rest, which must group the rows alike (else none is clearly the person), a
    column of codes is taken over one that is not (a name is never a person's code), then a
    heading that is no "Name", then one naming whom ("Client ID" over "Ref no."), then the first.
    """
    filled = [[v for v in cells if v] for _, cells in columns]
    several = any(len(set(values)) > 1 for values in filled)
    whose = [at for at, values in enumerate(filled)
             if values and not (_counting_up(values)
                                and not _NAMES_WHOM.match(columns[at][0]))
             and not (several and len(set(values)) < 2)]
    most = max((len(filled[at]) for at in whose), default=0)
    full = [at for at in whose if len(filled[at]) == most]
    codes = [at for at in whose if _mostly(filled[at], is_code)]
    if set(codes) - set(full) and not set(codes) & set(full):
        return None  # "Client ID" on some rows, "Name" on every one
    if not full or not _alike([columns[at][1] for at in full]):
        return None

    def rank(at: int) -> tuple[bool, bool, bool, int]:
        heading = columns[at][0]
        return (at in codes, not _NAME_HEADING.match(heading),
                bool(_NAMES_WHOM.match(heading)), -at)

    return max(full, key=rank)


def _counting_up(values: Sequence[str]) -> bool:
    """Bare numbers going up row by row, none repeated (1, 2, 3… or 1041, 1042…): a row's or
    a record's number; a person's number repeats on each of their rows."""
    return (len(values) > 1 and all(v.isdigit() for v in values)
            and all(int(a) < int(b) for a, b in pairwise(values)))


def _alike(columns: Sequence[Sequence[str]]) -> bool:
    """Whether the columns group the rows filled in each into the same people: one code for
    each name ("Smith, Joan" is "Joan Smith"), not one per row beside names that repeat."""
    def key(cell: str) -> str:
        return person_name(cell).casefold() or cell

    first = columns[0]
    for other in columns[1:]:
        pairs = {(key(a), key(b)) for a, b in zip(first, other, strict=False) if a and b}
        if len(pairs) != len({a for a, _ in pairs}) or len(pairs) != len({b for _, b in pairs}):
            return False
    return True
