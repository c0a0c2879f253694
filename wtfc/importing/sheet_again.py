"""An earlier import's sheet again whose people carry other codes now: each sheet code -> the
code its cards carry.

Given codes of their own (P01 → P04), or renamed on Collect since (P01 → N01), a sheet's people
are no longer found by the codes the sheet gives them; judged by code alone, the same sheet
again went onto whoever has P01 now (another area's person), or, ticked, was added a second time
under yet more codes. So before any code is given or read, the sheet is lined up with each earlier
import's cards by place and words alone (``place_cards``), whatever code they carry now, on the
same near-total agreement ``repeats`` asks of the same file again: at most one in five of its
places differing, two statements at least agreeing, and, with rows past that import's last card,
three agreeing and nearly all of its cards found. Each sheet code whose agreeing rows are all one
person's cards is that person; a code whose rows are several people's cards is another file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wtfc.importing.person_codes import person_cell_value
from wtfc.importing.place_cards import Made, placed
from wtfc.importing.repeats import comparable
from wtfc.importing.statements import Statement
from wtfc.model.workshop import Workshop

_SOURCE = re.compile(r"import (\d+), row (\d+)")


@dataclass(frozen=True)
class _Row:
    place: str
    row: int
    words: str
    person: str
    who: str | None = ""  # matched by the words alone (``placed``): the code is not trusted


def codes_now(workshop: Workshop, statements: Sequence[Statement], *, wide: bool
              ) -> dict[str, str]:
    """The sheet's person cells (codes, names) -> the codes their cards carry, when the sheet is
    an earlier import's file again (the first that agrees); empty when it is none's. Cells with
    no card at their places are left out. Only ever a key: never said (a name is a name)."""
    made: dict[int, dict[str, list[Made]]] = {}
    last: dict[int, int] = {}
    for card in workshop.cards:
        match = _SOURCE.match(card.source)
        if match and card.person:
            number = int(match.group(1))
            made.setdefault(number, {}).setdefault(card.source, []).append(
                Made(comparable(card.text), card.kind.value, card.person))
            last[number] = max(last.get(number, 0), int(match.group(2)))
    if not made:
        return {}
    words = {text: comparable(text) for text in {s.text for s in statements}}
    rows = [_Row(f"row {s.row}" + (f", {s.column}" if wide else ""), s.row, words[s.text],
                 person_cell_value(s.person)) for s in statements]
    for number in sorted(made):
        at = placed(rows, _made_at(made[number], number), lambda _code, _person: True)
        agree = len(at.cards)
        if agree < 2 or (at.places - at.agreed) * 5 > at.places:
            continue
        count = sum(len(found) for found in made[number].values())
        if any(row.row > last[number] for row in rows) and (
                agree < 3 or (count - agree) * 5 > count):
            continue
        now: dict[str, str] = {}
        for index, then in at.cards.items():
            code = rows[index].person
            if code and now.setdefault(code, then.person) != then.person:
                break  # one code then, several people now: another file
        else:
            return now
    return {}


def _made_at(cards: dict[str, list[Made]], number: int) -> Callable[[str], list[Made]]:
    """Import ``number``'s cards at a place ("row 14"), cut as sources are."""
    return lambda place: cards.get(f"import {number}, {place}"[:300], [])
