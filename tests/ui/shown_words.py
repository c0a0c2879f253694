"""What Qt shows for a tooltip or a message box's words: it renders them as HTML when
``Qt.mightBeRichText`` says so (there is no plain-text switch), else as they are."""

from __future__ import annotations

from PySide6.QtGui import Qt, QTextDocument


def as_shown(text: str) -> str:
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
