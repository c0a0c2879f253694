"""Which of this time's actions are last time's, typed in again.

The method expects a facilitator to carry last time's unfinished actions into this time's plan,
re-typed there (last time's file is read-only from here), often shortened: "Pay for blocks of
time with a regular team instead of per-minute visits, in two pilot areas." comes back as "Pay
for blocks of time with a regular team". A letter that lists both would give one action two
statuses, so the feedback sheet says of last time's one "We are carrying this on: see below".

Only a near copy counts: a wrong pair would tell a reader something was carried on that was
not. The demo's "weekly letter saying who is coming" (last time) and "weekly rota with the names
of who is coming" (this time) share 5 of 7 words and are two actions, so they must not pair.
"""

from __future__ import annotations

import difflib

from wtfc.model.compare_text import jaccard, name_words
from wtfc.model.search_key import search_key

# Every word of one inside the other (re-typed shorter or longer), or nearly the same words
# either way round (most of both) and all but a word of the shorter one inside the longer.
SAME_WORDS = 0.7
SHORTER_INSIDE = 0.9
# Never on fewer words than this, where two different actions can share every word ("Ring
# each person").
FEWEST_WORDS = 4
# One word each side a spelling apart ("recieve"/"receive", "evrey"/"every") is a typo fixed as
# it was re-typed, not another action; "charging"/"complaints" (0.2) are far apart.
SPELLING_SLIP = 0.8
SLIP_LETTERS = 5


def carried_on(before: list[str], now: list[str]) -> dict[int, int]:
    """Last time's actions' words (``before``) paired with this time's (``now``), one to one,
    closest first: {index in ``before``: index in ``now``}. Unpaired ones are left out."""
    now_words = [name_words(text) for text in now]
    now_plain = [_plain(text) for text in now]
    scored: list[tuple[float, int, int]] = []
    for i, text in enumerate(before):
        words, plain = name_words(text), _plain(text)
        for j, other in enumerate(now_words):
            if plain and plain == now_plain[j]:  # word for word, in any script
                scored.append((2.0, i, j))
            elif (score := _score(words, other)) is not None:
                scored.append((score, i, j))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _score(a: frozenset[str], b: frozenset[str]) -> float | None:
    shared = len(a & b)
    if shared < FEWEST_WORDS:
        return None
    same = jaccard(a, b)
    # one side's words all in the other's: re-typed shorter or longer. A word swapped each side
    # ("charging policy" → "complaints policy") is another action, however much else is kept.
    if min(len(a - b), len(b - a)) == 0 or (shared / min(len(a), len(b)) >= SHORTER_INSIDE
                                            and same >= SAME_WORDS):
        return same
    if len(a - b) == 1 and len(b - a) == 1 and _slip(next(iter(a - b)), next(iter(b - a))):
        return (shared + 1) / (len(a | b) - 1)  # as if the slip were the same word
    return None


def _slip(x: str, y: str) -> bool:
    """Two words a spelling slip apart (stems, so "recieved" meets "receive")."""
    return min(len(x), len(y)) >= SLIP_LETTERS - 1 and max(len(x), len(y)) >= SLIP_LETTERS \
        and difflib.SequenceMatcher(None, x, y).ratio() >= SPELLING_SLIP


def _plain(text: str) -> str:
    """Spacing, case and accents aside (``search_key``): an Urdu or Welsh action typed again
    word for word still pairs, though its words are not the ones ``name_words`` reads, and so
    does one stored with its accents apart last time ("caffi\u0301", from a Mac) and whole now."""
    return " ".join(search_key(text).split()).rstrip(".")
