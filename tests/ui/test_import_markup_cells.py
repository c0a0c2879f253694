"""The Import dialog reads a care system's rich-text answers as the command line does (one
reader): it says beside Import that their web formatting is taken off, and the cards hold the
words, with the phone number and postcode "&nbsp;" hid held back (review 34 R4 S2, R1)."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog

from tests.ui.renders import save_render
from tests.ui.settled import settle

ROWS = [("Person ID", "Question", "Answer"),
        ("P01", "What is not working?", "Rang 07700&nbsp;900123 and nobody answered"),
        ("P02", "What is not working?", "Lives at LS6&nbsp;2AB near the shop"),
        ("P03", "What is working?", "<p>My daughter helps with shopping &amp; I&#39;m happy</p>"),
        ("P04", "What is working?", "I <3 my cat")]


@pytest.fixture
def doc():
    return collect_document()


def test_the_dialog_says_the_formatting_goes_and_the_cards_hold_the_words(
        qtbot, doc, undo, tmp_path):
    path = tmp_path / "mosaic.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(ROWS)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    settle()
    save_render(dialog, "import_markup_cells")
    assert dialog.skip_note.isVisible()
    assert dialog.skip_note.text() == (
        "3 cells hold web or Word formatting (such as “&nbsp;”, “<p>” or “{\\rtf1”): Import "
        "takes it off, so the cards read as typed.")
    before = {card.id for card in doc.workshop.cards}
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    cards = {c.text: c for c in doc.workshop.cards if c.id not in before}
    assert set(cards) == {"Rang 07700 900123 and nobody answered",
                          "Lives at LS6 2AB near the shop",
                          "My daughter helps with shopping & I'm happy", "I <3 my cat"}
    assert [d.category for d in cards["Rang 07700 900123 and nobody answered"].personal_details
            ] == ["phone"]
    assert [d.category for d in cards["Lives at LS6 2AB near the shop"].personal_details
            ] == ["postcode"]
