"""The import report's note on one-row-per-person codes that may be other people.

A code is the same person in every file (docs/behaviour.md), and that stays: it is how a second
sheet about the same people joins up. But the collection template goes to several care
managers, and two who both start at P01 give two people one code, which nothing can undo once
their cards are mixed. In the one-row-per-person layout each row is one review, so a code whose
cards all came from another import, none of them in the same words, is most likely someone
else: said, with how to give them codes of their own; never refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from wtfc.model.workshop import Card, Workshop

# a one-row-per-person import's card: "import 2, row 8, Working 1" (a long sheet's has no column)
_IMPORT = re.compile(r"import (\d+), row \d+, ")
_LISTED = 8  # codes named in the note; more are counted


def from_wide_imports(cards: Iterable[Card]) -> bool:
    """Whether any card came from a one-row-per-person import: only then can the note be said
    (a quick look, before the import is worked out for it)."""
    return any(_IMPORT.match(card.source) for card in cards)


def codes_from_other_sheets(
    workshop: Workshop, cards: Iterable[Card], *, from_file: Collection[str],
    repeated: Collection[str], alike: Collection[str] = ()
) -> tuple[list[str], list[int]]:
    """(codes, the imports their cards came from): those of ``from_file`` (codes the file
    gave) on ``cards`` whose every card in ``workshop`` was made by an earlier one-row-per-
    person import, when none of the file's rows for them repeated one of those cards
    (``repeated``: the people with a row skipped as a repeat). A card typed for the code, or
    one from a long sheet (a person's statements over many rows), is left alone: the code is
    someone the facilitator already knows. So is a code in ``alike``: the sheet gives them the
    tags People has (``PersonTags.described_alike``), a later review of the same person."""
    # a set, whatever the caller gives: cards x codes list lookups took 30 s at 100,000 cards
    from_file = set(from_file)
    new = {card.person for card in cards if card.person in from_file}
    imports: dict[str, set[int]] = {}
    known: set[str] = set()  # codes with a card typed, or from a long sheet
    for card in workshop.cards:
        if card.person not in new:
            continue
        match = _IMPORT.match(card.source)
        if match:
            imports.setdefault(card.person, set()).add(int(match.group(1)))
        else:
            known.add(card.person)
    codes = sorted(code for code in imports
                   if code not in known and code not in repeated and code not in alike)
    return codes, sorted({n for code in codes for n in imports[code]})


def other_sheet_note(codes: list[str], imports: list[int], taking_out: str) -> str:
    """'P01 and P02 already have cards from import 1, with other words. …' (``taking_out``:
    how to take this import out, ending "then import only the new rows.")."""
    shown = codes[:_LISTED]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    if len(codes) > _LISTED:
        listed = ", ".join(shown) + f" and {len(codes) - _LISTED:,} more"
    numbers = [str(n) for n in imports]
    where = (f"import {numbers[0]}" if len(numbers) == 1 else
             "imports " + ", ".join(numbers[:-1]) + " and " + numbers[-1])
    one = len(codes) == 1
    have, these, them, such = ("has", "this is another person", "them a code", "S01") if one \
        else ("have", "these are other people", "them codes", "S01, S02")
    head, then, _ = taking_out.rpartition("then ")
    again = (f"give {them} of their own in the sheet (such as {such} for South) and import "
             "it again.")
    step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
    same = "the same person" if one else "the same people"
    return (f"{listed} already {have} cards from {where}, with other words, and a code is the "
            f"same person in every file. If this sheet is from another care manager, {these}: "
            f"{step} If it is a later review of {same}, nothing needs doing.")
