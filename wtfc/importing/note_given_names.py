"""A relative's given name kept in a note beside a pasted name, and what says a person after it.

"Ann Lee - husband frank died" is watched as "Ann Lee husband frank" (``note_words`` keeps the
word after a role). "frank" is no name's first word, so the pasted-names rule read it as a
surname that is a word, which the card checks leave to the guard; the guard reads a sentence's
first "Frank" as the word unless it "came late" or "rang", so "Frank died last year", "Pat moved
away", "Hope visits" went to the wall (code review A5 R4). The facilitator's note says that word
is someone's name: it is held where what follows says a person, wider than the guard's reading
(helps, visits, died, moved, is lovely…), not where it reads as the word ("Frank and honest
staff", "Pat of butter").
"""

from __future__ import annotations

import functools
import re

from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, RELATION_WORDS
from wtfc.importing.names_list import notes_beside_names
from wtfc.importing.note_words import EVERYDAY_NOTE_WORDS
from wtfc.importing.pasted_months import is_month
from wtfc.importing.said_of_a_person import said_of_a_person

# a role's last word: "husband", "neighbour", "worker" of "support worker"
_ROLE = "|".join(sorted({re.escape(r.split()[-1].lower()) for r in RELATION_WORDS},
                        key=len, reverse=True))
_ENDS = r"(?:'s)?(?![^\W\d_]|'[^\W\d_])"


@functools.lru_cache(maxsize=64)
def given_in_a_note(lines: str, word: str) -> bool:
    """Whether some pasted name has ``word`` (an everyday word) just after a role ("ann lee
    husband frank", "neighbour pat"): a relative's given name. ``lines``: the names lowered,
    one a line, as ``pasted_names`` holds them. Cached: the card checks ask it of each card with
    the same names."""
    return re.search(rf"(?<![^\W\d_])(?:{_ROLE})[ \t]+{re.escape(word)}{_ENDS}", lines) \
        is not None


def notes_beside_given_names(lines: list[str]) -> list[str]:
    """``names_list.notes_beside_names``, but a given name alone on its line starts a name of
    its own: "ann lee / grace / may" was read "ann lee grace may", and "Grace helps me", "May
    came late" went up (review 33 A5). The notes under it are its: "grace / deaf in left ear"
    is "Grace - deaf in left ear", capitalised so that the note's words are read as a note."""
    runs = [at for at, line in enumerate(lines) if at and _a_given_name_alone(line)]
    names: list[str] = []
    for a, b in zip([0, *runs], [*runs, len(lines)], strict=True):
        first = lines[a][:1].upper() + lines[a][1:] if a else lines[a]
        read = notes_beside_names([first, *lines[a + 1:b]])
        names += [read[0] if read[0] != first else lines[a], *read[1:]]
    return names


def _a_given_name_alone(line: str) -> bool:
    """Whether a pasted line is one given name alone ("grace", "may"): a name of its own, not
    a note under the name above it, as "deaf" or "widowed" is."""
    words = line.split()
    word = words[0].strip(".,;:").casefold() if len(words) == 1 else ""
    return (word in GIVEN_NAMES or word in AMBIGUOUS_GIVEN_NAMES) \
        and word not in EVERYDAY_NOTE_WORDS


# a thing's word before it: "The dawn visits", "a Pat of butter"
_THING_BEFORE = re.compile(r"\b(?i:a|an|the|this|that|every|each|one|some|any)[ \t]+$")
_ADVERBS = r"(?:(?:always|still|just|often|also|then|sadly|usually|sometimes|really|never|so" \
    r"|very|ever|too|now|recently)[ \t]+)*"
# What a person does after the name, which a month does not: wider than the guard's reading,
# which must also pass word-names nobody pasted ("Hope helps")
_DOES = (r"helps?|helped|visits?|visited|died|dies|passed[ \t]+(?:away|on)|moved|moves|lives"
         r"|lived|looks?[ \t]+after|looked[ \t]+after|cares|cared|rings|rang|phones|phoned"
         r"|calls|called|drives|drove|takes|took|brings|brought|cooks|cleans|sits|sat|stays"
         r"|stayed|pops|popped|says|said|tells|told|knows|loves|loved|misses|missed|hugs|hugged"
         r"|listens|listened|understands|shops|shopped|collects|collected"
         r"|(?:and|&)[ \t]+(?:I|me|my)")
_DOES_AFTER = re.compile(rf"[ \t]+{_ADVERBS}(?:{_DOES})\b", re.IGNORECASE)
# and what a person is, or comes: "Hope is lovely" ("Rose is lovely" names no one unpasted),
# "Dawn came early"; a month comes and is lovely too ("June came too soon")
_PERSON_AFTER = re.compile(
    r"[ \t]+" + _ADVERBS + r"(?:" + _DOES + r"|comes|came"
    r"|(?:has|had)[ \t]+(?:dementia|alzheimer['’]?s|cancer|a[ \t]+(?:fall|stroke)|fallen"
    r"|died|passed|moved|gone|been)"
    r"|(?:is|was|['’]s)[ \t]+" + _ADVERBS + r"(?:lovely|kind|caring|patient|polite|gentle"
    r"|helpful|friendly|wonderful|brilliant|great|amazing|marvellous|nice|good[ \t]+to[ \t]+me"
    r"|rude|late|poorly|ill|unwell|dead|gone|away|deaf|blind|confused|lonely|upset|worried"
    r"|my|our|his|her|their|in[ \t]+hospital|a[ \t]+(?:star|saint|godsend|carer|friend|gem)"
    r"|an[ \t]+angel))\b",
    re.IGNORECASE)


def said_of_a_named_person(text: str, start: int, end: int) -> bool:
    """Whether the words after a pasted relative's name say a person ("Frank died last year",
    "Pat helps me", "Hope is lovely", "Pat and I went out"); not "Frank and honest staff",
    "Pat of butter", "The dawn visits". A month ("friend june") only where it does what a
    month does not ("June moved away"): "June came too soon", "Between March and June from
    the agency" are the month."""
    if _THING_BEFORE.search(text, max(0, start - 8), start):
        return False
    if is_month(text[start:end].lower()):
        return _DOES_AFTER.match(text, end) is not None
    return said_of_a_person(text, start, end) or _PERSON_AFTER.match(text, end) is not None
