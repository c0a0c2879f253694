"""Import's "Becomes" cell tip shows a statement as typed (review 32 R4 F8): a cell reading
"I get <b>no</b> help" showed a bold "no", and "a < b > c &amp; & 5<6 <br> too" lost "< b >",
"<6" and "<br>", its "&amp;" read as "&". Every other tip of the dialog was plain already."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt, QTextDocument

from wtfc.importing.preview import PreviewRow
from wtfc.model.workshop import Kind
from wtfc.ui.import_becomes import becomes_item
from wtfc.ui.import_screen_words import ScreenWords


def _as_shown(tip: str) -> str:
    """The tip's words as a tooltip draws them: rich text when Qt takes it for rich text."""
    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.mark.parametrize("words", ["I get <b>no</b> help", "a < b > c &amp; & 5<6 <br> too"])
def test_the_tip_shows_the_words_as_typed(qapp, words):
    row = PreviewRow(row=2, cells=(words,), cards=((Kind.NOT_WORKING, words),), skipped=())
    item = becomes_item(row, ScreenWords(shown=True))
    assert item.text() == f"✗ Not working: {words}"
    assert _as_shown(item.toolTip()) == f"✗ Not working: {words}"


def test_a_row_with_no_card_still_says_so(qapp):
    item = becomes_item(PreviewRow(row=2, cells=("",), cards=(), skipped=()), ScreenWords())
    assert item.toolTip() == "No card"
