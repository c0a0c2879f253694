"""A tooltip shows a user's words as typed, even when they look like HTML."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from wtfc.ui.plain_tip import plain_tip


def _shown(tip: str) -> str:
    """What Qt's tooltip shows for ``tip`` (it renders rich text as a QTextDocument does)."""
    from PySide6.QtGui import Qt

    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_words_that_look_like_html_are_shown_as_typed(qapp):
    for words in ("I get <b>no</b> help", "see <a href='x'>this</a>", "a &amp; b", "<h1>BIG</h1>"):
        assert _shown(plain_tip(words)) == words


def test_line_breaks_are_kept_in_a_tip_that_looks_like_html(qapp):
    words = "Priority 2: <b>Staff</b>\nBecause: rushed visits"
    assert _shown(plain_tip(words)) == words


def test_ordinary_words_are_left_alone(qapp):
    for words in ("", "<3 my carer", "Tom & Jerry", "50% of the time", "line one\nline two"):
        assert plain_tip(words) == words
