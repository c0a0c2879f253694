"""The suggestions panel's "This card" page, for a screen reader, before any card has been
chosen or cleared (a7863219): the label was named "The card being placed" from the start, so a
reader Tabbing into a panel just opened heard that name and not what to do. The existing test
clears the page first, which hides the name set when the page is made."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.ui.wall.card_fit import CHOOSE, CardFitPage


def test_a_page_just_made_is_heard_saying_what_to_do(qtbot, doc):
    fit = CardFitPage(doc)
    qtbot.addWidget(fit)
    heard = QAccessible.queryAccessibleInterface(fit.card_label).text(QAccessible.Text.Name)
    assert heard == CHOOSE
