"""R1b (review 33): a8310b39's rule "rows of two cells or more, when there are two or more"
was checked with three rows only, and the offer was never checked as said to a screen
reader. Two rows copied from the care managers' sheet (a statement and its kind) must be
offered as two cards, and the offer said. Put in tests/ui/collect/."""

from __future__ import annotations

from test_card_dialog_rows_pasted import paste

from wtfc.ui import card_rows

TWO_ROWS = "My carer is kind\tWorking\r\nThe bus is always late\tNot working\r\n"


def test_two_rows_pasted_are_offered_as_two_cards_and_said(page, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(card_rows, "announce", lambda _widget, words: said.append(words))
    page.add_card()
    dialog = page.card_dialog
    paste(dialog, TWO_ROWS)
    offer = dialog.rows_offer
    assert offer.isVisible()
    assert offer.words.text() == ("⚠ This looks like 2 rows copied from a spreadsheet. Each "
                                  "should be a card of its own:")
    assert said == ["This looks like 2 rows copied from a spreadsheet. Each should be a card "
                    "of its own: Paste them as cards, Alt+R."]
    dialog.words.clear()
    dialog.reject()
