"""Edit card… on Collect greys the Kind box of a card in a theme, as the wall's does, and says
why: the box could be changed and Save then refused with "Take the card out of its themes
before changing its kind.". A card in no theme may still change its kind.

Small workshop (collect_fixtures): c1 and c2 are in the theme "I never know who is coming".
"""

from __future__ import annotations

from wtfc.model.workshop import Kind
from wtfc.ui.card_dialog import KIND_KEPT


def test_a_themed_cards_kind_is_greyed_with_the_reason(page, doc, undo):
    page.select_cards(["c1"])
    page.edit_selected()
    dialog = page.card_dialog
    assert not dialog.kind_box.isEnabled()
    assert dialog.kind_box.toolTip() == KIND_KEPT
    assert dialog.kind_box.accessibleDescription() == KIND_KEPT  # heard, not only hovered
    dialog.words.setPlainText("Different carers every week, or none")
    dialog.accept()  # the words are saved, with no refusal
    assert doc.card("c1").text == "Different carers every week, or none"
    assert page.notice.text() == "" and undo.stack.count() == 1
    undo.stack.undo()
    assert doc.card("c1").text == "Different carers every week"
    undo.stack.redo()
    assert doc.card("c1").text == "Different carers every week, or none"


def test_an_unthemed_card_may_change_its_kind(page, doc, undo):
    page.select_cards(["c4"])
    page.edit_selected()
    dialog = page.card_dialog
    assert dialog.kind_box.isEnabled() and dialog.kind_box.accessibleDescription() == ""
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.FUTURE.value))
    dialog.accept()
    assert doc.card("c4").kind == Kind.FUTURE
