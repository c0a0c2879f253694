"""The import report's note on person codes new to the workshop that are a code already there
typed another way ("P7" beside "P07": case, separators and leading zeros aside).

A merge (Collect → Rename person code…) is not remembered by the workshop file, so a later
spreadsheet that still says "P7" brings P7 back as a person of its own, and the people counts
go up by one. The import does not join them by itself: two people given one code cannot be told
apart again, while two codes for one person are one merge away. So it says so, naming the codes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wtfc.model.operations.people import code_key
from wtfc.model.workshop import Card, Workshop

_LISTED = 8  # codes named in the note; more are counted


def alike_codes_note(workshop: Workshop, cards: Iterable[Card], new_codes: Iterable[str]) -> str:
    """What to say about ``new_codes`` (codes the file gave, new to ``workshop``) that are
    another code on a card typed another way, given the import's ``cards``; "" when none is.
    Each is said with the code to merge it into: the workshop's (most cards first), else the
    file's code with the most cards."""
    before = Counter(card.person for card in workshop.cards if card.person)
    counts = before + Counter(card.person for card in cards if card.person)
    groups: dict[tuple, list[str]] = {}
    for code in sorted(counts, key=lambda c: (c not in before, -counts[c], c)):
        groups.setdefault(code_key(code), []).append(code)
    new = set(new_codes)
    pairs = [
        (code, alike[0])
        for alike in groups.values()
        if len(alike) > 1
        for code in alike[1:]
        if code in new
    ]
    if not pairs:
        return ""
    merge = "Collect → Rename person code… (Alt+P)"
    if len(pairs) == 1:
        old, into = pairs[0]
        return (
            f"{old} is a new code in this workshop, but it is {into} typed another way "
            f"(case, dashes and leading zeros aside). If they are one person, merge {old} "
            f"into {into} with {merge}."
        )
    listed = ", ".join(f"{old} ({into})" for old, into in sorted(pairs)[:_LISTED])
    if len(pairs) > _LISTED:
        listed += f" and {len(pairs) - _LISTED:,} more"
    return (
        f"{len(pairs):,} codes new in this workshop are another code typed another way "
        f"(case, dashes and leading zeros aside), given in brackets: {listed}. Where they "
        f"are one person, merge each into the code in brackets with {merge}."
    )
