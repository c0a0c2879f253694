"""Names written with initials in a card typed all in one case: "j. okoro was late", "j.k.
okoro" in lower case (an initial with its full stop: "a", "i" and "o" are words, "e.g." and
"p.m." abbreviations), and with no full stop where what is said of it makes it one: "j okoro
rang", "J SMITH NEVER CAME", "DONE BY J SMITH". In a card typed in one case a lone letter is a
word or a label as often as an initial ("2 x daily", "plan b carers", "A BIG LETDOWN").
"""

from __future__ import annotations

import re

from wtfc.importing.initial_surnames import CUT_SHORT, LABEL_BEFORE, NOT_BARE_SURNAMES, is_surname
from wtfc.importing.letters_not_initials import WORD_LETTERS
from wtfc.importing.name_letters import LOWER, WORD_END
from wtfc.importing.name_words import (
    EVERYDAY_NOUNS,
    NOT_NAMES,
    PERSON_VERBS,
    RELATION_WORDS,
    WORDS_AFTER_A_OR_I,
)

# An initial with its full stop and a surname in a card typed all in lower case ("j. okoro was
# late", "j.k. okoro"); "a", "i" and "o" are words, the pairs abbreviations
_LOWER_BARE = re.compile(
    rf"(?P<initials>[{LOWER}]\.(?:[{LOWER}]\.)?)[ \t]+"
    rf"(?P<surname>(?:(?:ap|ab|van|von|de|da|di|du|le|la)(?:[ \t]+d[ae][nr])?[ \t]+)?"
    rf"[{LOWER}][{LOWER}'’-]*[{LOWER}]){WORD_END}"
)
_NOT_LOWER_INITIALS = frozenset({"a.", "i.", "o.", "e.g.", "i.e.", "a.m.", "p.m.", "n.b.", "p.s.",
                                 "c.f.", "v.s."})
_NOT_LOWER_SURNAMES = NOT_BARE_SURNAMES | WORDS_AFTER_A_OR_I | NOT_NAMES
# A lone letter with no full stop and a surname in lower case ("j okoro")
_LOWER_LONE = re.compile(
    rf"(?P<initials>[{LOWER}])[ \t]+(?P<surname>[{LOWER}][{LOWER}'’-]*[{LOWER}]){WORD_END}"
)
# Letters that are words ("a", "i", "o", Polish "w", "z", "u", Welsh "y"): never a lone initial
LOWER_WORD_LETTERS = frozenset(letter.lower() for letter in WORD_LETTERS)
# ...nor "x" ("2 x daily"), "n" ("rock n roll") or a letter after a number ("4 b")
_NOT_LONE_INITIALS = LOWER_WORD_LETTERS | {"x", "n"}
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# Places a letter labels ("C WARD", "b bay"): no one's name unless a person verb follows
LETTERED_PLACES = frozenset({"ward", "wing", "bay", "block", "unit"})
# Words after a lone letter that are things ("t bar came loose", "c shift came late")
NOT_LONE_SURNAMES = _NOT_LOWER_SURNAMES | EVERYDAY_NOUNS | {"shift", "shifts", "bike", "bikes"}
# A person verb after the surname, perhaps after a word of how often ("okoro never rang")
_SAID_AFTER = re.compile(
    r"[ \t]+(?:(?:never|always|still|just|often|also|then|has|had)[ \t]+)?"
    rf"(?:{'|'.join(sorted(PERSON_VERBS))})\b",
    re.IGNORECASE,
)


# Words that name who did a thing after them ("REVIEW DONE BY J SMITH", "spoke to j okoro")
_NAMED_BEFORE = re.compile(
    r"\b(?i:by|signed|contact|ask|spoke[ \t]+(?:to|with))[:,]?[ \t]+$")
_RELATIONS = "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
# A care role before or after the name: "my carer j okoro", "CARER: J SMITH", "J SMITH FROM
# THE AGENCY", "J SMITH IS MY CARER"
_ROLE_BEFORE = re.compile(rf"\b(?i:{_RELATIONS})(?i:s)?[:,]?[ \t]+$")
_ROLE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?i:from[ \t]+(?:the|my|our)[ \t]+(?:care[ \t]+)?(?:agency|council|surgery"
    r"|practice|hospital|team|home|office|centre)"
    rf"|(?:is|was)[ \t]+(?:the|my|our)[ \t]+(?:{_RELATIONS})"
    r"|(?:did[ \t]+not|didn['’]t|never|has[ \t]+not|hasn['’]t)[ \t]+[a-z]+)\b"
)


def said_after(text: str, end: int) -> bool:
    """Whether a person verb follows the word ending at `end` ("rang", "NEVER CAME")."""
    return _SAID_AFTER.match(text, end) is not None


def said_of(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end], in a card typed in one case, say a person:
    "J SMITH NEVER CAME", "REVIEW DONE BY J SMITH", "SIGNED: J HILL", "CARER: J SMITH", "my
    carer j okoro", "j okoro from the agency"."""
    return said_after(text, end) or _role_around(text, start, end)


def _role_around(text: str, start: int, end: int) -> bool:
    """A name's role, or who did a thing, said just before or after it."""
    return (_NAMED_BEFORE.search(text, max(0, start - 12), start) is not None
            or _ROLE_BEFORE.search(text, max(0, start - 30), start) is not None
            or _ROLE_AFTER.match(text, end) is not None)


def lower_case(text: str, start: int) -> tuple[int, int] | None:
    """"j. okoro was late", "ask j. okoro" in a card typed all in lower case; not "e.g. tea",
    "vitamin d. sometimes", "plan b. carers"; with no full stop "j okoro rang" only."""
    if text[start + 1 : start + 2] != ".":
        return _lone_and_said(text, start)
    m = _LOWER_BARE.match(text, start)
    if m is None or m["initials"] in _NOT_LOWER_INITIALS:
        return None
    surname = m["surname"].rsplit(None, 1)[-1]  # "r. ap rhys", "k. van dijk"
    if (not is_surname(surname, after=_NOT_LOWER_SURNAMES) or CUT_SHORT.search(surname)
            or LABEL_BEFORE.search(text, max(0, start - 12), start)):
        return None
    return m.start(), m.end()


def _lone_and_said(text: str, start: int) -> tuple[int, int] | None:
    """"j okoro rang", "ask if j okoro never came", "spoke to j okoro"; not "plan b carers
    came", "u know said"."""
    m = _LOWER_LONE.match(text, start)
    if m is None or m["initials"] in _NOT_LONE_INITIALS or not said_of(text, start, m.end()):
        return None
    surname = m["surname"]
    if surname in LETTERED_PLACES and not said_after(text, m.end()):
        return None  # "by b ward"
    if (not is_surname(surname, after=NOT_LONE_SURNAMES) or CUT_SHORT.search(surname)
            or LABEL_BEFORE.search(text, max(0, start - 12), start)
            or _NUMBER_BEFORE.search(text, max(0, start - 4), start)):
        return None
    return m.start(), m.end()
