"""Whether the words around a capitalised word that is also an everyday word say a person:
"Hill never returned my calls", "Hill is my social worker", "Hill's team", "I rang Hill"; not
"Green Park", "Church Hall", "The Green never gets mown". Asked of a surname that is a word
spread from another card ("Hill" of "J HILL") wherever it is, and of a pasted name that is a
word where it starts a sentence.
"""

from __future__ import annotations

import re

from wtfc.importing.bare_given_names import care_role_after
from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_words import RELATION_WORDS
from wtfc.importing.one_case_initials import said_after
from wtfc.importing.words_before import relation_before


def said_of_a_person(text: str, start: int, end: int) -> bool:
    """Whether the words around a spread surname that is a word say a person: "Hill never
    returned my calls", "Hill is my social worker", "Hill's team", "I rang Hill"; not "Green
    Park", "Church Hall", "The village Hall is cold"."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False  # "A DAY IS NOT ENOUGH", "The Green never gets mown": a thing
    # in capitals every word is capitalised: there only what is said after it tells
    shouted = text[start:end].isupper()
    if shouted and not (starts_sentence(text, start)
                        or _CLAUSE_START_BEFORE.search(text, max(0, start - 12), start)
                        or relation_before(text[max(0, start - 30):start])):
        # mid-clause in capitals a word may be any noun ("DOOR BELL NEVER WORKS", "ON WARD
        # NEVER SAW A DOCTOR"): only a clause's start or a role before it says a person
        return False
    before = None if shouted else _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and not (starts_sentence(text, before.start())
                                   and before[1].lower() in _CLAUSE_STARTS):
        return False  # "Church Hall", "Town Hall never answer": a place's name; not "Then"
    if (thing := _THING_AFTER.match(text, end)) and not _PERSON_LATER.match(text, thing.end()):
        return False  # "POWER NEVER CAME BACK ON", "Day never ends": what a thing does
    return (said_after(text, end) or care_role_after(text, end)
            or _PERSON_AFTER.match(text, end) is not None
            or (_ASKED_BEFORE.search(text, max(0, start - 24), start) is not None
                and (_SHOUTED_ENDS_AFTER if shouted else _CAPITALISED_AFTER).match(text, end)
                is None))


# What only a person does or has, after the name: "never …", "didn't ring", "was rude", "is
# kind" (not "is lovely", which a place is as often)
_PERSON_AFTER = re.compile(
    r"['’]s[ \t]+(?:team|office|manager|secretary|visits?|calls?|"
    + "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True)) + r")\b"
    r"|[ \t]+(?:(?:always|still|just|often|also|then)[ \t]+)?(?:never|returned|visited|promised"
    r"|phoned|rung|e-?mailed|wrote|(?:did|does|has|had|would|will|could)(?:n['’]t|[ \t]+not)"
    r"|won['’]t|can['’]t|(?:would|will)[ \t]+(?:ring|call|come|visit|phone)"
    r"|(?:was|is)[ \t]+(?:(?:always|so|very|really|ever|too)[ \t]+)*(?:rude|late|useless|unhelpful"
    r"|off[ \t]+sick|kind|caring|patient|polite|gentle))\b",
    re.IGNORECASE,
)
# What a thing does after the word, not a person: "Power never came back on", "Day never
# ends"; "Power never came back on Monday" may be Mr Power
_THING_AFTER = re.compile(
    r"[ \t]+(?:(?:never|always|still|just|finally)[ \t]+)?(?:ends|ended|ending"
    r"|(?:came|comes|come|went|goes|go)[ \t]+(?:back[ \t]+)?(?:on|off)"
    r"(?=[ \t]*(?:$|[.,;:!?)]|(?:again|after|until|till|for|when|at|in)\b)))",
    re.IGNORECASE,
)
# A person said later in the same sentence makes it one after all: "Power never came back on
# when he said he would", "Day never came back on after her holiday"
_PERSON_LATER = re.compile(
    r"[^.!?;\n]*?\b(?:he|she|him|her|his|hers|said|promised|told|rang|phoned|holiday|shift"
    r"|rota|sick|leave)\b", re.IGNORECASE)
# A verb said to a person before the name: "I rang Hill", "spoke to Hill", "ask Hill"
_ASKED_BEFORE = re.compile(
    r"\b(?:rang|rung|ring|called|call|phoned|phone|asked|ask|told|tell|e-?mailed|thanked|met"
    r"|(?:spoke|speak|talked|talk|wrote|write|complained|complain)[ \t]+(?:to|with))[ \t]+$",
    re.IGNORECASE,
)
# A place's name or number goes on after it: "I rang Hill Street", "Ward 7", "Day centre"
_CAPITALISED_AFTER = re.compile(
    r"[ \t]+(?:[A-Z\d]|(?i:centre|center|lane|road|street|surgery|staff|reception|office"
    r"|desk|unit|line|clinic|ward|hospital)\b)")
# In capitals only where the name ends a clause: "I RANG HILL", "I RANG HILL AND …"; not "I
# RANG WARD 7", "I RANG DAY CENTRE"
_SHOUTED_ENDS_AFTER = re.compile(
    r"(?![ \t]*(?:$|[.,;:!?)]|[ \t]+(?:AND|BUT|TO|FOR|ABOUT|AGAIN)\b))")
_DETERMINER_BEFORE = re.compile(
    r"\b(?i:a|an|the|this|that|every|each|per|one|next|last|some|any)[ \t]+$")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!I[ \t])([A-Z][\w'’-]*)[ \t]+$")
# Words a sentence starts with before a name: "Then Hill never rang"
_CLAUSE_STARTS = frozenset({
    "then", "so", "but", "and", "when", "now", "today", "yesterday", "also", "if",
    "because", "sadly", "still", "even", "only", "apparently", "once", "after", "before", "since",
})
# Where a clause starts before a name in capitals: "…, HILL NEVER RANG", "AND HILL NEVER RANG"
_CLAUSE_START_BEFORE = re.compile(
    r"(?:[,;:–-]|\b(?:AND|BUT|THEN|SO|WHEN|BECAUSE|IF|ASKED|RANG|TOLD|CALLED|PHONED|SAID|SAYS))"
    r"[ \t]+$")
