"""The import report's note on person codes new to the workshop that are a code already there
typed another way ("P7" beside "P07": case, separators and leading zeros aside).

A merge (Collect → Rename person code…) is remembered by the workshop file since format 5
(``Person.former_codes``): a later spreadsheet that still says "P7" gives its rows to P07, and
the report says so (``merged_codes_note``). A code merely like another (P7 beside P07, never
merged) is not joined by itself: two people given one code cannot be told apart again, while
two codes for one person are one merge away. So it says so, naming the codes.

A code typed like a merged one (P5 when P05 was merged into P02) is the same: not joined, but
said with the person to merge it into, P02, since P05 is no one's code now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wtfc.model.operations.people import code_key, merged_codes
from wtfc.model.workshop import Card, Workshop

_LISTED = 8  # codes named in the note; more are counted


def alike_codes_note(workshop: Workshop, cards: Iterable[Card], new_codes: Iterable[str]) -> str:
    """What to say about ``new_codes`` (codes the file gave, new to ``workshop``) that are
    another code on a card typed another way, given the import's ``cards``; "" when none is.
    Each is said with the code to merge it into: the workshop's (most cards first), else the
    person a code typed like it was merged into, else the file's code with the most cards."""
    before = Counter(card.person for card in workshop.cards if card.person)
    counts = before + Counter(card.person for card in cards if card.person)
    groups: dict[tuple, list[str]] = {}
    for code in sorted(counts, key=lambda c: (c not in before, -counts[c], c)):
        groups.setdefault(code_key(code), []).append(code)
    merged: dict[tuple, tuple[str, str]] = {}  # key -> (the merged code, its person now)
    for old, into in sorted(merged_codes(workshop).items()):
        merged.setdefault(code_key(old), (old, into))
    new = set(new_codes)
    pairs: list[tuple[str, str, str]] = []  # (new code, code to merge it into, merged code)
    for key, alike in groups.items():
        if alike[0] not in before and key in merged:
            old, into = merged[key]
            pairs += [(code, into, old) for code in alike if code in new and code != into]
        else:
            pairs += [(code, alike[0], "") for code in alike[1:] if code in new]
    if not pairs:
        return ""
    merge = "Collect → Rename person code… (Alt+P)"
    if len(pairs) == 1:
        code, into, old = pairs[0]
        like = (f"{old} typed another way (case, dashes and leading zeros aside), and {old} was "
                f"merged into {into} earlier" if old else
                f"{into} typed another way (case, dashes and leading zeros aside)")
        return (
            f"{code} is a new code in this workshop, but it is {like}. If they are one person, "
            f"merge {code} into {into} with {merge}."
        )
    # in brackets, the code each is typed like; a merged one is no one's now, so with its person
    listed = ", ".join(
        f"{code} ({old}, merged into {into} earlier)" if old else f"{code} ({into})"
        for code, into, old in sorted(pairs)[:_LISTED]
    )
    if len(pairs) > _LISTED:
        listed += f" and {len(pairs) - _LISTED:,} more"
    into_merged = ", or the person it was merged into," if any(old for *_, old in pairs) else ""
    return (
        f"{len(pairs):,} codes new in this workshop are another code typed another way "
        f"(case, dashes and leading zeros aside), given in brackets: {listed}. Where they "
        f"are one person, merge each into the code in brackets{into_merged} with {merge}."
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
