"""A suggested theme's reason and most typical card, for a screen reader: named "Why these
cards" and "The most typical card", their words were never heard. They are read as shown."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.clustering.suggest import Suggestion
from wtfc.model.workshop import Kind
from wtfc.ui.wall.suggested_themes import SuggestedThemesPage

REASON = "These 2 cards are close in meaning; they often mention “evenings” (2 of 2)."


def _heard(label) -> str:
    return QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)


def test_a_screen_reader_hears_the_reason_and_the_card(qtbot, doc):
    page = SuggestedThemesPage(doc)
    qtbot.addWidget(page)
    typical = doc.card("n5")  # with n6, the other not-working card not yet in a theme
    page.set_suggestions([Suggestion(("n5", "n6"), "", REASON, ("evenings",), "n5")],
                         Kind.NOT_WORKING)
    page.list.setCurrentRow(0)
    assert _heard(page.reason) == REASON
    assert _heard(page.typical) == page.typical.text()
    assert typical.text in page.typical.text()
