"""Names written with initials in a card typed all in one case: "j. okoro was late", "j.k.
okoro" in lower case (an initial with its full stop: "a", "i" and "o" are words, "e.g." and
"p.m." abbreviations).
"""

from __future__ import annotations

import re

from wtfc.importing.initial_surnames import CUT_SHORT, LABEL_BEFORE, NOT_BARE_SURNAMES, is_surname
from wtfc.importing.name_letters import LOWER, WORD_END
from wtfc.importing.name_words import NOT_NAMES, WORDS_AFTER_A_OR_I

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


def lower_case(text: str, start: int) -> tuple[int, int] | None:
    """"j. okoro was late", "ask j. okoro" in a card typed all in lower case; not "e.g. tea",
    "vitamin d. sometimes", "plan b. carers"."""
    m = _LOWER_BARE.match(text, start)
    if m is None or m["initials"] in _NOT_LOWER_INITIALS:
        return None
    surname = m["surname"].rsplit(None, 1)[-1]  # "r. ap rhys", "k. van dijk"
    if (not is_surname(surname, after=_NOT_LOWER_SURNAMES) or CUT_SHORT.search(surname)
            or LABEL_BEFORE.search(text, max(0, start - 12), start)):
        return None
    return m.start(), m.end()
