"""A name the guard found in a card is hidden wherever else that card carries it.

"Sunday Kwabena never came, Monday Kwabena never rang": the rules read the second Kwabena as a
name (after a day, before "never rang") but not the first, and Redact, the wall's "[name]" and
the PDFs hid only the one found. Each word of a found name is looked for in the rest of the
card as it is in the other cards (name_spread): a whole word, in any case, with "'s" or "’s".
The same rules decide what spreads, so a word that is also an everyday one stays where it is
read as one: "My carer Will is late. I will complain" keeps "will", as another card would.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wtfc.importing.known_names import name_matcher
from wtfc.importing.name_spread import spread_in_card, with_names_found_elsewhere
from wtfc.importing.said_of_a_person import said_of_a_person
from wtfc.model.workshop import PersonalDetail

if TYPE_CHECKING:  # personal_details imports this module
    from wtfc.importing.personal_details import Finding


def with_own_names(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in reading order) and, as names, the other whole-word appearances in
    ``text`` of the words of the names among them that spread; ``findings`` itself if none."""
    if not any(f.category == "name" for f in findings):
        return findings
    details = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text[:300])
               for f in findings]
    lowered = text.casefold()
    # a word seen once in the card is the one found: most cards stop here, before any pattern
    words = sorted(w for w in spread_in_card(text, details) if lowered.count(w.casefold()) > 1)
    if not words:
        return findings
    found = with_names_found_elsewhere(text, details, name_matcher(words), _said_in_own_card)
    if found is details:
        return findings
    kind = type(findings[0])
    taken = {(f.start, f.end) for f in findings}
    added = [kind(d.start, d.end, "name", text[d.start : d.end])
             for d in found if (d.start, d.end) not in taken]
    return sorted([*findings, *added], key=lambda f: f.start)


# In the card that named "Sue O'Brien", a capitalised "Sue" with "is", "was" or "'s" after it is
# that person whatever is said of her ("Sue is always so kind", "Sue's an angel"); a word-name
# with nothing of a person after it stays a word ("Rose bushes need a cut", "Rose Hill")
_IS_OR_OWNS = re.compile(r"['’][sS]\b|[ \t]+(?i:is|was)\b")
_THING_BEFORE = re.compile(r"\b(?i:a|an|the|this|that)[ \t]+$")


def _said_in_own_card(text: str, start: int, end: int) -> bool:
    return said_of_a_person(text, start, end) or (
        text[start].isupper() and _IS_OR_OWNS.match(text, end) is not None
        and _THING_BEFORE.search(text, max(0, start - 6), start) is None)
