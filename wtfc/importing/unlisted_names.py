"""A name no list of the guard's knows, where what is said of it says a person: "Ayesha is my
carer", "Gwenllian was our support worker", "Bilal never rang me back". The word must be
capitalised and no everyday word, pronoun, role, title, place word or shop of the guard's lists;
"never rang" and its like are said of a body as often ("Agency never rang", "Reception never
phoned"), so the bodies care statements name are left out by name.

Most statements say neither, so a quick look for " is my ", " never "… spares them the search.
"""

from __future__ import annotations

import re

from wtfc.importing.letters_not_initials import NATIONS_FAITHS_AND_SHOPS
from wtfc.importing.name_words import (
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    NOT_NAMES,
    ORDINARY_WORDS,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.model.search_key import search_key

# The care roles only: "Music is my friend", "Gardening is my therapy" name no one
_ROLES = (r"carer|care[ \t]+worker|support[ \t]+worker|key[ \t]?worker|social[ \t]+worker"
          r"|PA|CPN|HCA|SW|OT|GP|nurse|physio|district[ \t]+nurse")
_IS_MY_ROLE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:is|was)[ \t]+(?:my|our|the)[ \t]+"
    r"(?:(?:new|main|regular|usual|lovely|best|only|kind|old)[ \t]+)?"
    # the role ends what is said: "Paperwork is the social worker job" names no one
    rf"(?i:{_ROLES})s?(?=[ \t]*(?:$|[.,;:!?)]|(?:and|but|now|for|who|from|since|at|in|too"
    r"|here|there|today|again)\b))")
_NEVER_RANG = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+never[ \t]+"
    r"(?:rang|phoned|called|rings|phones|calls|returned|rung)\b")
# Bodies and people in general that ring, or do not
_BODIES = frozenset({
    "agency", "agencies", "council", "hospital", "surgery", "reception", "receptionist",
    "pharmacy", "chemist", "dentist", "optician", "housing", "management", "manager", "staff",
    "services", "service", "team", "doctors", "nurses", "carers", "gp", "gps", "police",
    "ambulance", "transport", "someone", "somebody", "anyone", "anybody", "nobody", "everyone",
    "people", "they", "she", "he", "it", "social", "adult", "triage", "district", "admin",
    "bank", "school", "physio", "physios", "hospice", "clinic", "ward", "wards", "paramedics",
    "occupational", "community", "discharge", "outpatients", "appointments",
    "booking", "bookings", "helpline", "care", "careline", "lifeline", "nhs", "dwp", "benefits",
    "pension", "pensions", "insurance", "landlord", "landlords", "neighbours", "family",
    "friends", "son", "daughter", "husband", "wife", "mum", "dad", "brother", "sister",
})
_NOT_NAMES = (COMMON_WORDS | EVERYDAY_NOUNS | NOT_NAMES | ORDINARY_WORDS | PLACE_WORDS | _BODIES
              | NATIONS_FAITHS_AND_SHOPS  # "Tesco never rang", "Macmillan never rang"
              | {w.lower() for w in RELATION_WORDS} | {t.lower() for t in TITLES})


def unlisted_names(text: str) -> list[tuple[int, int]]:
    """Where `text` names someone no list knows by what it says of them, as (start, end)."""
    found = []
    # what every match of _IS_MY_ROLE holds, found far quicker than the match
    if (" is my " in text or " was my " in text or " is our " in text or " was our " in text
            or " is the " in text or " was the " in text):
        found += [m.span(1) for m in _IS_MY_ROLE.finditer(text) if _may_be_a_name(m[1])]
    if " never r" in text or " never p" in text or " never c" in text:
        found += [m.span(1) for m in _NEVER_RANG.finditer(text) if _may_be_a_name(m[1])]
    return found


def _may_be_a_name(word: str) -> bool:
    key = search_key(word)
    return key not in _NOT_NAMES and not key.endswith(("ing", "ness", "tion", "ment", "ity"))
