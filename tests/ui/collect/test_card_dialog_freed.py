"""Collect's Add card and Edit: each dialog is freed once closed, and what Save read still counts.
Kept, every card added or edited left its dialog (and its guard's widgets) in memory all day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from wtfc.ui.card_dialog import CardDialog


def dialogs_left(page) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(page.findChildren(CardDialog))


def test_card_dialogs_are_freed_once_saved_or_cancelled(page):
    for words in ["The minibus is always late", "Nobody rings back"]:
        page.add_card()
        page.card_dialog.words.setPlainText(words)
        page.card_dialog.accept()
    page.add_card()
    page.card_dialog.reject()  # Cancel, nothing typed
    page.select_cards(["c4"])
    page.edit_selected()
    page.card_dialog.words.setPlainText("The lunch club on Fridays")
    page.card_dialog.accept()
    assert [c.text for c in page.doc.workshop.cards[-2:]] == ["The minibus is always late",
                                                              "Nobody rings back"]
    assert page.doc.card("c4").text == "The lunch club on Fridays"
    assert page.card_dialog is None and dialogs_left(page) == 0
