"""A column mapping that also knows how a care system's export writes its answers: which
columns start each answer with its question (``asked_answers``), and whether a cell holding
more than one answer stays one card (``split_answers``), as the facilitator chose.

A subclass, so every reader of a mapping (the preview, the forecast, the import) reads these
with it, and its ``with_*`` copies (``dataclasses.replace``) keep them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from wtfc.importing.mapping import ColumnMapping, Field


@dataclass(frozen=True)
class AnswersMapping(ColumnMapping):
    """``asked``: the columns whose answers start with their question ("What is working? -
    …"); a statement column among them gives each card's kind where no column does, so the
    import is not refused for want of a kind column. ``keep_cells``: a cell holding more than
    one answer is one card (the facilitator chose it; by default each answer is a card)."""

    asked: frozenset[int] = frozenset()
    keep_cells: bool = False

    @property
    def kind_asked(self) -> bool:
        """Whether the kind is read from each answer's question: no column gives it."""
        text = self.columns(Field.TEXT)
        return (bool(text) and Field.KIND not in self.fields
                and not any(f.fixed_kind for f in self.fields) and set(text) <= self.asked)

    def problems(self, names: Sequence[str] = ()) -> list[str]:
        if not self.kind_asked:
            return super().problems(names)
        # the other checks (a person set twice) as for any mapping: asked of a copy with one
        # more column, past the sheet's last, set to the kind
        plain = ColumnMapping(**_plain_fields(self))
        return plain.with_field(len(self.fields), Field.KIND).problems(names)


def _plain_fields(mapping: ColumnMapping) -> dict[str, Any]:
    return {f.name: getattr(mapping, f.name) for f in fields(ColumnMapping)}


def answers_mapping(mapping: ColumnMapping, **changes: Any) -> AnswersMapping:
    """``mapping`` as an ``AnswersMapping``, with ``changes`` (asked=…, keep_cells=…)."""
    if isinstance(mapping, AnswersMapping):
        return replace(mapping, **changes)
    return AnswersMapping(**_plain_fields(mapping), **changes)


def kind_asked(mapping: ColumnMapping) -> bool:
    return isinstance(mapping, AnswersMapping) and mapping.kind_asked


def kind_by_question(mapping: ColumnMapping) -> frozenset[int]:
    """The statement columns whose answers' questions give the kinds (no column gives them)."""
    return mapping.asked if isinstance(mapping, AnswersMapping) and mapping.kind_asked \
        else frozenset()


def keeps_cells(mapping: ColumnMapping) -> bool:
    """Whether each cell is one card, however many answers it holds (as chosen)."""
    return isinstance(mapping, AnswersMapping) and mapping.keep_cells
