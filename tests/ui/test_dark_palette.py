"""Collect, the card dialog, the import and the window's privacy warning under a dark (and a
high-contrast) desktop palette: cells on a fixed tint keep dark words, and every warning reads
against what is behind it (>= 4.5:1). wtfc sets no palette of its own."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop
from palette_fixtures import READABLE, dark_palette, label_contrast, unreadable_cells  # noqa: F401

from wtfc.model.document import Document
from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.cards_page import CardsPage

pytestmark = pytest.mark.usefixtures("dark_palette")


@pytest.fixture
def doc():
    """c2 held back, and c5's details marked as fine ("Marked fine: 07700 900123")."""
    workshop = collect_workshop()
    cards = [c.model_copy(update={"details_cleared": True}) if c.id == "c5" else c
             for c in workshop.cards]
    return Document(workshop.model_copy(update={"cards": cards}))


def test_collect_kind_column_and_held_back_rows_keep_dark_words(show, doc, undo):
    page = show(CardsPage(doc, undo), 1500, 720)
    assert any(page.model.card_at(r).held_back for r in range(page.model.rowCount()))
    assert any(page.model.index(r, 2).data().startswith("Marked fine")
               for r in range(page.model.rowCount()))
    assert unreadable_cells(page.table) == []


def test_the_window_says_held_back_details_show_where_it_can_be_read(demo_window):
    demo_window.show_held_back_action.trigger()
    warning = demo_window.held_back_warning
    assert warning.isVisible()
    assert label_contrast(warning) >= READABLE


@pytest.mark.parametrize("words, person", [
    ("I like the dinners here, they are fine and warm.", "P01"),  # "No personal details found."
    ("Mrs Jones from number 4 rings me on 07700 900123 every day.", "P01"),  # held back
    ("Mrs Jones from number 4 rings me on 07700 900123 every day.", "Mary Jones"),  # refused
], ids=["nothing found", "details found", "a name as the person"])
def test_the_card_dialogs_verdict_reads(show, words, person):
    dialog = show(CardDialog(names=["Mrs Jones"]))
    dialog.words.setPlainText(words)
    dialog.person.setText(person)
    assert dialog.verdict.text()
    assert label_contrast(dialog.verdict) >= READABLE, dialog.verdict.text()
