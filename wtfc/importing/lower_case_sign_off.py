"""A sign-off typed all in small letters at a card's end: "i am lonely. thanks, mary smith",
"nobody visits. regards, fenella okonjo x" (session 35's list of names not caught). The
capitalised-word rules cannot see it, so only the narrowest shape counts: a sign-off's word, a
given name the lists know that is no everyday word, and one more word that may be a surname,
then nothing but a kiss or a full stop. "thanks, mary" alone, "thanks, hope you can help" and
"thanks, mary and all the staff" stay as typed."""

from __future__ import annotations

import re

from wtfc.importing.bare_given_names import SURNAME_WORDS
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    ORDINARY_WORDS,
    PERSON_VERBS,
    PLACE_WORDS,
)

# the sign-off's word starts the card, a sentence, a line or follows a comma ("we went shopping
# from mary hill" is no sign-off)
_SIGN_OFF = re.compile(
    r"(?:\A|(?<=[.!?,;:\n]))[ \t]*(?i:thanks|thank[ \t]+you|many[ \t]+thanks|ta|cheers|regards"
    r"|kind[ \t]+regards|best[ \t]+wishes|love|from|signed[ \t]*:?"
    r"|yours[ \t]+(?:sincerely|faithfully|truly))"
    r"[ \t]*,?[ \t]+(?P<given>[a-z]+)[ \t]+(?P<surname>[a-z]+(?:['’-][a-z]+)?)"
    r"(?:[ \t]*,?[ \t]*x+)?[ \t]*[.!]*[ \t]*\Z")
# words that end a thank-you in small letters, not a surname: "thanks, mary again"
_NOT_SURNAMES = frozenset({
    "again", "anyway", "too", "so", "very", "much", "lots", "loads", "all", "everyone", "both",
    "dear", "love", "xx", "luv", "darling", "pet", "hun", "hon", "babe", "mate", "duck", "lovey",
    "and", "or", "for", "from", "to", "at", "on", "in", "of", "with", "the", "a", "an", "x",
})
# a firm or charity thanked, named after a person: "thanks, marie curie"
_BODIES = frozenset({("john", "lewis"), ("marie", "curie"), ("sue", "ryder")})


def lower_case_sign_off(text: str) -> list[tuple[int, int]]:
    """The given name and surname of a sign-off in small letters ending `text`, as one
    (start, end); none when the shape or the words say it may be something else."""
    if not text[-1:].isalpha() and text[-1:] not in ".!x ":
        return []
    m = _SIGN_OFF.search(text, max(0, len(text) - 80))
    if m is None:
        return []
    given, surname = m["given"], m["surname"]
    if (given, surname) in _BODIES or given not in GIVEN_NAMES or (
            given in AMBIGUOUS_GIVEN_NAMES or given in NOT_NAMES):  # "thanks, hope you…"
        return []
    if surname in SURNAME_WORDS:  # "thanks, mary brown"
        return [(m.start("given"), m.end("surname"))]
    if surname in _NOT_SURNAMES or surname in COMMON_WORDS or surname in EVERYDAY_NOUNS or (
            surname in NOT_NAMES or surname in PERSON_VERBS or surname in PLACE_WORDS
            or surname in ORDINARY_WORDS):
        return []
    return [(m.start("given"), m.end("surname"))]

