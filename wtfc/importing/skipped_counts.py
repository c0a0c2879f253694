"""How the report counts and lists the statements an import skipped, when a row gave several.

A cell of several answers is a statement each (``split_answers``), all on its row: the same file
again said "0 cards added from 4 rows; 6 skipped", more skipped than read, and listed row 2 once
for each of its answers, the same line twice (review 35 F3).
"""

from __future__ import annotations

from collections.abc import Sequence
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


def grouped(skipped: Sequence[S]) -> list[tuple[S, int]]:
    """Each skipped statement with how many in a row are the same (a cell's answers, skipped
    for the same reason), listed once."""
    return [(group[0], len(group)) for group in (list(same) for _, same in groupby(skipped))]
