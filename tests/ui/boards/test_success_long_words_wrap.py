"""A long word or a link in a success statement wraps inside its column (review 32 R4 F3).

"…ref=review2026&sect" (the rest, "ion=carers", gone), "I look forward to aaaaaaaaaaaaaaaaa"
(of 300): a column's rows wrapped between words only, so a word wider than the column was cut
at its edge with no "…" and no scroll bar across. The room view and the PDFs broke it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success import SuccessBoard

LINK = ("See https://www.example.gov.uk/adult-social-care/older-people/home-care/"
        "complaints-and-compliments/how-to-tell-us-what-you-think?ref=review2026&section=carers")


def _painted_lines(text: str, option: QStyleOptionViewItem, width: int) -> list[float]:
    """Each line's width as the style paints a word-wrapped row's words."""
    layout = QTextLayout(text, option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrap)
    widths = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widths.append(line.naturalTextWidth())
    layout.endLayout()
    return widths


@pytest.mark.parametrize("words", ["I look forward to " + "a" * 300, LINK])
def test_a_word_wider_than_the_column_goes_on_to_the_next_line(qtbot, doc, undo, words):
    board = SuccessBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    column = board.columns[Perspective.FAMILY_CARERS]
    column.entry.setText(words)
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    statements = column.list
    index = statements.model().index(0, 0)
    assert index.data() == words  # kept as typed: only the painting breaks it
    delegate = statements.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.initFrom(statements)
    option.rect = statements.visualRect(index)
    delegate.initStyleOption(option, index)  # what is painted
    width = delegate.text_width(QStyleOptionViewItem(option), option.rect.width())
    lines = _painted_lines(option.text, option, width)
    assert len(lines) >= 2 and max(lines) <= width  # nothing past the column's edge
    # the row is as tall as every one of those lines
    tall = QFontMetrics(option.font).lineSpacing() * len(lines)
    assert delegate.sizeHint(option, index).height() >= tall - len(lines)
    assert statements.visualRect(index).height() >= tall - len(lines)
