"""The import report's note on person codes new to the workshop that are a code already there
typed another way ("P7" beside "P07": case, separators and leading zeros aside).

A merge (Collect → Rename person code…) is remembered by the workshop file since format 5
(``Person.former_codes``): a later spreadsheet that still says "P7" gives its rows to P07, and
the report says so (``merged_codes_note``). A code merely like another (P7 beside P07, never
merged) is not joined by itself: two people given one code cannot be told apart again, while
two codes for one person are one merge away. So it says so, naming the codes.
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


def merged_codes_note(merged: dict[str, str]) -> str:
    """What to say of the file's codes merged into another earlier (old -> the person whose
    cards its rows became): 'P7 is on P07's cards (merged earlier).'"""
    pairs = sorted(merged.items())
    said = [f"{old} is on {into}'s cards" if i == 0 else f"{old} on {into}'s"
            for i, (old, into) in enumerate(pairs[:_LISTED])]
    if (extra := len(pairs) - _LISTED) > 0:
        codes = "code" if extra == 1 else "codes"
        said.append(f"{extra:,} more {codes} on the people they were merged into")
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"{listed} (merged earlier)."
