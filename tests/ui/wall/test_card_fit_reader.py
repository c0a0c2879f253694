"""The suggestions panel's "This card" page, for a screen reader: the card being placed was
named "The card being placed", so its words were never heard. It is heard with its kind in
words (not the ✓/✗/★ alone) and its words as shown; before a card is chosen, what to do."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from wtfc.ui.wall.card_fit import CHOOSE, CardFitPage, FitAnswer


def _heard(label) -> str:
    return QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)


def test_a_screen_reader_hears_the_card_and_its_kind(qtbot, doc):
    fit = CardFitPage(doc)
    qtbot.addWidget(fit)
    fit.clear()
    assert _heard(fit.card_label) == CHOOSE
    card = doc.card("n5")
    fit.show_answer(FitAnswer("n5", [], []))
    assert _heard(fit.card_label) == (f"The card being placed, {card.kind.label} card: "
                                      f"“{card.text}”")
    fit.clear()
    assert _heard(fit.card_label) == CHOOSE
