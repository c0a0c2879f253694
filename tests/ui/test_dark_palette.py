"""Collect, the card dialog, the import and the window's privacy warning under a dark (and a
high-contrast) desktop palette: cells on a fixed tint keep dark words, and every warning reads
against what is behind it (>= 4.5:1). wtfc sets no palette of its own."""

from __future__ import annotations

import pytest
from collect_fixtures import LONG_CSV, collect_workshop
from palette_fixtures import READABLE, dark_palette, label_contrast, unreadable_cells  # noqa: F401

from wtfc.importing.mapping import Field
from wtfc.model.document import Document
from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import Column
from wtfc.ui.import_dialog import ImportDialog

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
    assert any(page.model.index(r, Column.DETAILS).data().startswith("Marked fine")
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


def test_the_import_preview_and_its_warnings_read(qtbot, doc, undo, tmp_path):
    dialog = ImportDialog(doc, undo)
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "reviews.csv"
    rows = [f"P{i:02d},red,Statement {i},North," for i in range(4)]
    rows += ["P40,amber,I wait in all morning,South,", "P41,red,,South,"]
    path.write_text(LONG_CSV.splitlines()[0] + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    step = dialog.mapping_step
    step.set_field(3, Field.IGNORE)  # a column left out: its cells on the skip tint
    assert dialog.skip_note.isVisible()
    assert unreadable_cells(step.grid) == []
    assert label_contrast(dialog.skip_note) >= READABLE
    step.set_field(1, Field.IGNORE)  # no kind column any more: a problem stops the import
    assert step.problems.isVisible()
    assert unreadable_cells(step.grid) == []
    assert label_contrast(step.problems) >= READABLE
