"""Reads a person cell as a name however the sheet writes it, so "Zbigniew Wojcik",
"Wojcik, Zbigniew", "WOJCIK, Zbigniew" and "Mr Zbigniew Wojcik" are one person, and the guard
learns the name whichever spelling the sheet uses.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Honorifics a records system puts before or after a name. Kinship titles ("Nan", "Sister")
# are left out: in a person cell they are more likely part of the name.
_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
        "rev", "revd", "reverend", "sir", "dame", "cllr",
    }
)  # fmt: skip
# What a records system writes when there is no name: not a name to watch for (it would hold
# back every card that says "unknown"), nor one person.
_PLACEHOLDERS = frozenset(
    {"unknown", "anonymous", "anon", "not known", "not given", "withheld", "none", "tbc",
     "n a", "na", "client", "service user", "resident"}
)
# A person cell kept as the person's code: short letters-and-digits like "P07" or "AB-123".
# Long digit runs are refused because they may be NHS or case numbers.
_CODE = re.compile(r"[A-Za-z]{0,6}[-_ ]?\d{1,6}[A-Za-z]?")
_NAME = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*")
_BRACKETED = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=65_536)  # a person's cell repeats on each of their rows: read it once
def person_name(cell: str) -> str:
    """The name in a person cell as "Forenames Surname", titles left out; "" when the cell is
    not a name (a code such as "P07", a number, nothing)."""
    words_in_brackets: list[str] = []

    def set_aside(match: re.Match[str]) -> str:
        words_in_brackets.append(match.group(1))  # "(Mrs)", "(née Smith)", "(Bob)"
        return " "

    text = _BRACKETED.sub(set_aside, cell)
    surname, *forenames = text.split(",")
    # "Surname, Forenames" as records systems list people.
    parts = [*forenames, surname, *words_in_brackets]
    words = [w for w in " ".join(parts).split() if w.casefold().rstrip(".") not in _TITLES]
    name = " ".join(words)
    if is_placeholder(name):
        return ""
    return name if _NAME.fullmatch(name) else ""


def is_placeholder(cell: str) -> bool:
    """ "Unknown", "N/A", "Service user": no one in particular (so not one person either)."""
    return " ".join(re.findall(r"[^\W\d_]+", cell.casefold())) in _PLACEHOLDERS


def has_title(cell: str) -> bool:
    """Whether a cell holds a title among its words ("Mrs Ottoline Fairweather", "Okonjo, F
    (Dr)"): a sure sign of a person's name."""
    return any(w.casefold() in _TITLES for w in re.findall(r"[^\W\d_]+", cell))


def is_code(cell: str) -> bool:
    """Whether a person cell is a pseudonymous code ("P07", "AB-123"), kept as it is."""
    return len(cell) <= 16 and _CODE.fullmatch(cell) is not None
