"""How the report counts and lists the statements an import skipped, when a row gave several.

A cell of several answers is a statement each (``split_answers``), all on its row: the same file
again said "0 cards added from 4 rows; 6 skipped", more skipped than read, and listed row 2 once
for each of its answers, the same line twice (review 35 F3).
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


S = TypeVar("S", bound=_Skipped)


def skipped_phrase(skipped: Sequence[_Skipped]) -> str:
    """The summary's count before "skipped": "3", or "6 statements in 4 rows" when a row (or
    a wide sheet's cell) gave more than one."""
    if len({(s.row, s.column) for s in skipped}) == len(skipped):
        return f"{len(skipped):,}"
    rows = len({s.row for s in skipped})
    return f"{count_phrase(len(skipped), 'statement')} in {count_phrase(rows, 'row')}"


def cells_carded(cells: Iterable[tuple[int, str]], carded: set[tuple[int, str]]) -> int:
    """How many cells of several answers (a statement each at one (row, column) of ``cells``)
    gave a card from one at least (``carded``): the same file again made none, and its report
    said each answer "became a card of its own" over "Nothing was added"."""
    return sum(1 for cell, count in Counter(cells).items() if count > 1 and cell in carded)


def grouped(skipped: Sequence[S]) -> list[tuple[S, int]]:
    """Each skipped statement with how many in a row are the same (a cell's answers, skipped
    for the same reason), listed once."""
    return [(group[0], len(group)) for group in (list(same) for _, same in groupby(skipped))]
