"""The Plan and Act boards' "Answers" cell: what an action answers (its theme, with every theme
shown, and the cause and success statement it is linked to), wrapped in the lines its row has.

Cut to one line each, a column 141 px wide at 150% said "Tackles: Contra…" and "Tackles
(cause …", and wrapped whole the cell made rows twice as tall as their other words. So on
Plan a cause or a success statement has the lines its first words take (32 characters:
one line at 100%, two at 125% and 150%), the theme a line, and the lines the
row's other cells take anyway are shared out among them, the cause first, then the success
statement, then the theme (the Show box and the tooltip name it). Each is cut after a whole
word with "…", whole in the cell's tooltip. On Act the column is a scroll away: a line each
there, so it does not make the rows taller. A cause not agreed to address begins "⚠ Tackles
(cause not agreed)": its first line keeps the mark however narrow the column.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from wtfc.ui.boards.plan_columns import PlanDelegate
from wtfc.ui.wrapped_list import MEASURED_MOST

THEMED_ROLE = Qt.ItemDataRole.UserRole + 2  # on an Answers cell that begins with the theme
LINE_BREAK = "\u2028"  # a cell's "\n" as Qt hands it to a delegate
PADDING = 6  # what WrappedColumnsDelegate adds to a cell's lines
# the characters of a cause or a success statement the cell has lines for in any row (on
# Plan; on Act the column is a scroll away, and a line each keeps the rows as they were)
LEAST_CHARACTERS = 32


def _height(text: str, metrics: QFontMetrics, width: int) -> int:
    box = QRect(0, 0, width, 1_000_000)
    return metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()


def cut_to_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` wrapped at ``width`` in at most ``lines`` lines: whole, or its first whole
    words and "…"."""
    most = lines * metrics.lineSpacing()
    if _height(text, metrics, width) <= most:
        return text
    words = text.split()

    def shorter(count: int) -> str:
        return " ".join(words[:count]).rstrip(",;:.") + "…"

    # the most words that fit, found by halves (a word more never takes fewer lines): one
    # word dropped at a time measured a long statement twenty times
    fit, over = 0, len(words)
    while over - fit > 1:
        middle = (fit + over) // 2
        if _height(shorter(middle), metrics, width) <= most:
            fit = middle
        else:
            over = middle
    if fit:
        return shorter(fit)
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def share_lines(
    needs: list[int], room: int, first: list[int], least: list[int] | None = None
) -> list[int]:
    """Lines for texts needing ``needs`` lines in ``room`` lines: ``least`` each (one, or
    fewer where a text needs fewer), then one more at a time to each that wants more, in the
    order ``first``."""
    given = [min(need, most) for need, most in zip(needs, least or [1] * len(needs), strict=True)]
    given = [max(1, g) for g in given]
    left = room - sum(given)
    while left > 0 and any(g < n for g, n in zip(given, needs, strict=True)):
        for i in first:
            if left > 0 and given[i] < needs[i]:
                given[i] += 1
                left -= 1
    return given


class AnswersDelegate(PlanDelegate):
    """The Answers cell: a line for each thing an action answers (for a link on Plan, the
    lines its first ``LEAST_CHARACTERS`` take), and the lines its row's other cells take
    shared out among them (whole words, "…" where cut)."""

    def __init__(self, view: QTreeView, *, act: bool = False) -> None:
        super().__init__(view)
        self._least = 0 if act else LEAST_CHARACTERS
        # the cell's lines by its words, width, font and room: cutting them measures the text
        # once for each word it drops, and each layout and paint asks again (12 s of opening
        # a Plan board with 150 actions)
        self._cut: dict[tuple[str, int, str, int, bool], str] = {}

    def forget_measures(self) -> None:
        super().forget_measures()
        self._cut.clear()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if not option.text or not isinstance(view, QTreeView):
            return
        metrics = QFontMetrics(option.font)
        width = self.text_width(option, view.header().sectionSize(index.column()))
        spacing = metrics.lineSpacing()
        room = (self._others_height(view, option, index) - PADDING) // spacing
        themed = bool(index.data(THEMED_ROLE))  # the links before the theme
        key = (option.text, width, option.font.key(), room, themed)
        if (cut := self._cut.get(key)) is None:
            if len(self._cut) >= MEASURED_MOST:
                self._cut.clear()
            cut = self._cut[key] = self._cut_text(option.text, metrics, width, room, themed)
        option.text = cut

    def _cut_text(self, whole: str, metrics: QFontMetrics, width: int, room: int,
                  themed: bool) -> str:
        """The cell's words ``whole`` in ``room`` lines at ``width``, shared among its parts."""
        spacing = metrics.lineSpacing()
        texts = whole.replace("\n", LINE_BREAK).split(LINE_BREAK)
        needs = [-(-_height(text, metrics, width) // spacing) for text in texts]
        first = [*range(1, len(texts)), 0] if themed else list(range(len(texts)))
        # a link has the lines for its first words even in a low row: "Tackles: Contra…"
        least = [
            1 if themed and i == 0 else -(-_height(text[: self._least], metrics, width) // spacing)
            for i, text in enumerate(texts)
        ]
        given = share_lines(needs, room, first, least)
        return LINE_BREAK.join(
            cut_to_lines(text, metrics, width, lines)
            for text, lines in zip(texts, given, strict=True)
        )

    @staticmethod
    def _others_height(
        view: QTreeView, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The height the row's other cells (shown or a scroll away) ask for."""
        tallest = 0
        for column in range(view.header().count()):
            if column == index.column() or view.isColumnHidden(column):
                continue
            sibling = index.sibling(index.row(), column)
            delegate = view.itemDelegateForIndex(sibling)
            if delegate is not None:
                tallest = max(
                    tallest, delegate.sizeHint(QStyleOptionViewItem(option), sibling).height()
                )
        return tallest
