"""Rows in other words that wtfc cannot offer to leave out: 3 of 10 cards reworded on the wall,
so more than one row in five differs from the cards the earlier import made, and the file is
not taken for its file again (it could be another care manager's, with the same codes). The
app added them without a word; Import now comes back to the confirm page saying so, and why,
with no choice to make, and Import again adds them (review code-a4 #1: the command line's
--leave-out-reworded adds them too, and says so)."""

from __future__ import annotations

import csv

from import_fixtures import import_through, shown_dialog, wait_for
from renders import save_render

from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop
from wtfc.ui import import_other_words
from wtfc.ui.undo import UndoAdapter

ROWS = [("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Working", f"Statement number {n} about the day centre")
          for n in range(1, 11))]
SAID = ("⚠ 3 statements of this sheet sit where an earlier import made cards for the same "
        "people, in other words: Row 2 (P01); Row 3 (P02); Row 4 (P03). Import adds them: more "
        "than one in five of this sheet's rows differ from the cards that import made at "
        "their places, so wtfc cannot tell cards reworded on the wall from a changed sheet, or "
        "another care manager's, whose statements would be lost. If they are the same "
        "statements, delete the extra cards on Collect.")


def _csv(tmp_path, name, rows):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def test_import_says_why_it_adds_them_then_adds_them(qtbot, tmp_path, monkeypatch):
    heard: list[str] = []
    monkeypatch.setattr(import_other_words, "announce", lambda _w, text, **_: heard.append(text))
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    import_through(qtbot, doc, undo, _csv(tmp_path, "ten.csv", ROWS))
    for card in doc.workshop.cards[:3]:  # Edit card, on the wall
        assert undo.push(edit_card(doc, card_id=card.id, text=f"{card.text}, as the room put it"))
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 640)
    dialog.load_file(_csv(tmp_path, "eleven.csv", [*ROWS, ("P11", "Future", "A trip")]))
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "confirm"), timeout=10_000)
    choice = dialog.confirm_page.other_words
    assert dialog.stage == "confirm" and choice.label.isVisible()
    assert choice.label.text() == SAID
    assert heard[-1] == SAID.removeprefix("⚠ ")
    assert not choice.add.isVisible() and not choice.leave.isVisible()  # nothing to choose
    assert dialog.import_button.hasFocus() and dialog.import_button.isEnabled()
    assert len(doc.workshop.cards) == 10  # nothing added until Import
    save_render(dialog, "import_other_words_unsure", always=True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    report = " ".join(dialog.report_page.text.toPlainText().split())
    assert "3 statements were added: Row 2 (P01); Row 3 (P02); Row 4 (P03). An earlier import " \
        "made cards for the same people there" in report
    assert len(doc.workshop.cards) == 14
    undo.stack.undo()
    assert len(doc.workshop.cards) == 10
    undo.stack.redo()
    assert len(doc.workshop.cards) == 14


def test_with_rows_to_choose_for_the_others_are_said_after_the_choice(qtbot):
    """Rows in other words of one earlier import (a choice) and of another wtfc cannot offer to
    leave out: both said, the choice kept, and the second said to be added either way."""
    from wtfc.importing.import_plan import ImportPlan
    from wtfc.importing.report import ImportReport

    report = ImportReport(source="eleven.csv", in_other_words=["Row 8 (P01)"])
    plan = ImportPlan([], [], report, other_words_rows=[8], unsure_rows=["Row 2 (P02)"])
    choice = import_other_words.OtherWordsChoice()
    qtbot.addWidget(choice)
    choice.resize(700, 320)  # (the confirm page moves the label into its scrolled words)
    choice.show()
    choice.ask(plan, None)
    text = choice.label.text()
    assert text.startswith("⚠ 1 statement of this sheet sits where an earlier import made a "
                           "card, in other words: Row 8 (P01).")
    assert "Choose, then click Import. 1 statement of this sheet sits where an earlier import " \
        "made a card for the same person, in other words: Row 2 (P02). Import adds it either " \
        "way: more than one in five" in text
    assert choice.add.isVisible() and choice.leave.isVisible() and choice.add.isChecked()
    save_render(choice, "import_other_words_both", always=True)
    assert choice.take(None) == (plan, False)  # Add it: the plan as built


def test_a_row_per_person_sheet_is_said_to_differ_in_cells():
    """The rule counts a place each: a row, or on a sheet of a row per person, a cell (a row
    there holds a statement per answer column): "statements" was said either way."""
    wide = import_other_words.unsure_text(["Row 8, Working 1 (P01)", "Row 9, Future 1 (P02)"],
                                          with_choice=False)
    assert "more than one in five of this sheet's cells differ from the cards" in wide
    long = import_other_words.unsure_text(["Row 8 (P01, 2 statements)"], with_choice=False)
    assert "more than one in five of this sheet's rows differ from the cards" in long
