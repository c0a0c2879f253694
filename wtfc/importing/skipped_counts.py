"""How the report counts and lists the statements an import skipped, when a row gave several.

A cell of several answers is a statement each (``split_answers``), all on its row: the same file
again said "0 cards added from 4 rows; 6 skipped", more skipped than read, and listed row 2 once
for each of its answers, the same line twice (review 35 F3). A blank row is no statement: the
same file again with two said "6 statements in 5 rows skipped" of 4 statements (review 35 A21).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Protocol, TypeVar

from wtfc.model.counting import count_phrase


class _Skipped(Protocol):
    @property
    def row(self) -> int: ...
    @property
    def column(self) -> str: ...
    @property
    def reason(self) -> str: ...


S = TypeVar("S", bound=_Skipped)


def skipped_phrase(skipped: Sequence[_Skipped]) -> str:
    """The summary's words on what was skipped: "3 skipped", or "4 statements in 3 rows
    skipped, and 2 empty rows" when a row (or a wide sheet's cell) gave more than one."""
    if len({(s.row, s.column) for s in skipped}) == len(skipped):
        return f"{len(skipped):,} skipped"
    said = [s for s in skipped if s.reason != "empty"]  # (``report.SkipReason.EMPTY``)
    rows = len({s.row for s in said})
    empty = len(skipped) - len(said)
    return (f"{count_phrase(len(said), 'statement')} in {count_phrase(rows, 'row')} skipped"
            + (f", and {count_phrase(empty, 'empty row')}" if empty else ""))


def places(skipped: Iterable[_Skipped]) -> int:
    """How many rows (or a wide sheet's cells) ``skipped`` are at, a cell's answers once."""
    return len({(s.row, s.column) for s in skipped})


def cells_carded(cells: Iterable[tuple[int, str]], carded: Counter[tuple[int, str]]) -> int:
    """How many cells of several answers (a statement each at one (row, column) of ``cells``)
    gave a card from two at least (``carded``: how many each gave): the same file again made
    none, and its report said each answer "became a card of its own" over "Nothing was added";
    nor is it said of a cell one answer of which was added again, the others skipped."""
    return sum(1 for cell, count in Counter(cells).items() if count > 1 and carded[cell] > 1)


def grouped(skipped: Sequence[S]) -> list[tuple[S, int]]:
    """Each skipped statement with how many in a row are the same (a cell's answers, skipped
    for the same reason), listed once."""
    return [(group[0], len(group)) for group in (list(same) for _, same in groupby(skipped))]


# What a row's line says of "the card" made from it, for a cell's answers listed once (review 35
# A21 M3: "Row 2 (2 statements): … the card made from it has other words now")
_SEVERAL = (("the card made from it has", "the cards made from it have"),
            ("the same as a card already", "the same as cards already"),
            ("the card from ", "the cards from "), ("keeps its words", "keep their words"),
            ("edit it on", "edit them on"))


def of_several(text: str) -> str:
    """``text`` (a skipped row's reason or detail) said of several statements' cards."""
    for one, several in _SEVERAL:
        text = text.replace(one, several)
    return text
