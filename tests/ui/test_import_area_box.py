"""The import dialog's "Area (locality) for everyone on this sheet" (session 35's review R4 R3):
North's and South's care teams send sheets with no locality column; the box gives everyone on a
sheet its area on People, as one undoable import, and says before Import what it does: a
locality column keeps its values, a person with cards and another locality keeps theirs (the
codes note), a person with no card yet whose locality it replaces is named, and a name typed
there is said as People says it (``tests/importing/test_sheet_area.py`` for the import)."""

from __future__ import annotations

import csv

from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import Qt
from renders import save_render

from tests.importing.test_sheet_area import MIXED, NORTH, SOUTH
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop
from wtfc.ui.import_area_box import NAME
from wtfc.ui.undo import UndoAdapter


def _csv(tmp_path, name, rows):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def _confirm(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()  # the note's answer is delivered queued
    return dialog


def _typed(qtbot, dialog, words: str) -> None:
    """``words`` typed into the box, the typing then finished (as Tab away does)."""
    box = dialog.area_box.box
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), words)
    box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()


def _localities(doc) -> dict[str, str]:
    return {p.id: p.locality for p in doc.workshop.people}


def south_after_north(qtbot, tmp_path):
    """North's sheet imported with the area North, then South's sheet on its confirm page:
    (the document, South's dialog)."""
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _confirm(qtbot, doc, undo, _csv(tmp_path, "north.csv", NORTH))
    _typed(qtbot, first, "North")
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    return doc, _confirm(qtbot, doc, undo, _csv(tmp_path, "south.csv", SOUTH))


def test_the_area_goes_to_everyone_on_the_sheet_as_one_undo_step(qtbot, tmp_path):
    doc = Document(Workshop(people=[Person(id="P09", locality="East")]))
    undo = UndoAdapter(doc)
    dialog = _confirm(qtbot, doc, undo, _csv(tmp_path, "north.csv", NORTH))
    dialog.resize(1366, 768)
    area = dialog.area_box
    assert area.isVisible() and area.box.accessibleName() == NAME
    assert area.area() == "" and area.box.lineEdit().placeholderText() == "none (e.g. North)"
    # offered the workshop's localities; reached with Alt+E from its label
    assert [area.box.itemText(i) for i in range(area.box.count())] == ["East"]
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert area.box.hasFocus()
    assert not area.about.isVisible()  # no locality column: the label says it all
    assert "given on People to each of its people" in area.box.accessibleDescription()
    _typed(qtbot, dialog, "  North ")
    settle()
    save_render(dialog, "import_area_box", always=True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P09": "East", "P01": "North", "P02": "North"}
    assert "“North”, the area (locality) chosen for everyone on this sheet, went to 2 people" \
        in dialog.report_page.text.toPlainText()
    undo.stack.undo()
    assert _localities(doc) == {"P09": "East"} and doc.workshop.cards == []
    undo.stack.redo()
    assert _localities(doc) == {"P09": "East", "P01": "North", "P02": "North"}


def test_empty_the_sheet_gives_no_locality_as_before(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "", "P02": ""}
    assert not dialog.area_box.isVisible()  # (the report: nothing more to choose)


def test_another_areas_clash_is_said_before_import_and_codes_of_their_own_give_it(qtbot,
                                                                                  tmp_path):
    doc, dialog = south_after_north(qtbot, tmp_path)
    note = dialog.confirm_page.codes_label
    assert "“North”" not in note.text()  # no area yet: nothing to clash
    _typed(qtbot, dialog, "South")
    assert note.isVisible() and "P01 is “North” on People and “South” on this sheet." \
        in note.text()
    # ticked, then the area typed again: the tick stays, the note worked out again
    save_render(dialog, "import_area_box_clash", always=True)
    dialog.confirm_page.own_codes_box.setChecked(True)
    _typed(qtbot, dialog, "South ")  # the same area: nothing to work out
    _typed(qtbot, dialog, "Sout")
    _typed(qtbot, dialog, "South")
    assert dialog.confirm_page.own_codes_box.isChecked()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}


def test_a_locality_column_is_said_beside_the_box_and_keeps_its_values(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "mixed.csv", MIXED))
    assert dialog.area_box.about.text() == ("The sheet's “Locality” column keeps its values: "
                                            "this fills only the people it leaves blank.")
    assert dialog.area_box.box.accessibleDescription() == dialog.area_box.about.text()
    _typed(qtbot, dialog, "West")
    dialog.confirm_page.check_button.click()  # beside Import there: said in fewer words
    wait_for(qtbot, dialog, "mapping")
    assert dialog.area_box.label.text() == "Ar&ea where blank:"
    assert not dialog.area_box.about.isVisible() and dialog.area_box.area() == "West"
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P04": "East", "P05": "West"}


def test_a_name_typed_is_said_as_people_says_it_and_not_refused(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    _typed(qtbot, dialog, "Mrs Smith")
    said = dialog.area_box.said
    assert said.isVisible() and said.text().startswith(
        "⚠ Possible personal detail in the locality: “[name]”. A person's tags are coarse")
    assert "Smith" not in said.text() and dialog.import_button.isEnabled()
    dialog.resize(1366, 768)
    settle()
    save_render(dialog, "import_area_box_detail", always=True)
    dialog.area_box.box.lineEdit().setText("x" * 400)  # held to a tag's length
    assert len(dialog.area_box.area()) == 300


def test_people_with_no_card_yet_whose_locality_it_replaces_are_named(qtbot, tmp_path):
    """A new cycle: last time's people carried with their localities, no cards yet."""
    doc = Document(Workshop(people=[Person(id="P01", locality="North"),
                                    Person(id="P02", locality="South")]))
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    assert not dialog.area_box.said.isVisible()
    _typed(qtbot, dialog, "South")
    qtbot.waitUntil(lambda: dialog.area_box.said.isVisible(), timeout=10_000)
    dialog.resize(1366, 768)
    settle()
    save_render(dialog, "import_area_box_replaced", always=True)
    assert dialog.area_box.said.text().startswith(
        "P01 (“North”) is on People with another locality and no card here yet")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "South", "P02": "South"}


def test_the_box_is_on_the_mapping_step_too(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    dialog.resize(1366, 768)
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    assert dialog.area_box.isVisible() and dialog.area_box.label.text() == "Ar&ea:"
    assert dialog.area_box.box.accessibleName() == NAME  # the label's rest, heard
    dialog.area_box.box.setEditText("North")
    settle()
    save_render(dialog, "import_area_box_mapping", always=True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "North", "P02": "North"}


def test_cells_pasted_from_excel_get_the_area_too(qtbot):
    doc = Document(Workshop())
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.start_paste("\n".join("\t".join(row) for row in NORTH))
    dialog.read_pasted()
    wait_for(qtbot, dialog, "confirm")
    _typed(qtbot, dialog, "North")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "North", "P02": "North"}


def test_import_clicked_while_the_note_is_worked_out_again_keeps_the_tick(qtbot, tmp_path):
    """Ticked, the area changed, Import at once: the note's box is hidden while its plan is
    worked out again, and the tick went with it (South's P01 was put onto North's)."""
    doc, dialog = south_after_north(qtbot, tmp_path)
    dialog.confirm_page.own_codes_box.setChecked(True)
    dialog.area_box.box.setEditText("South")
    dialog.area_box.box.lineEdit().editingFinished.emit()
    dialog.import_now()  # not waiting for the note
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}


def test_the_area_changed_twice_before_the_note_is_back_keeps_the_tick(qtbot, tmp_path):
    _, dialog = south_after_north(qtbot, tmp_path)
    dialog.confirm_page.own_codes_box.setChecked(True)
    for area in ("Sout", "South"):
        dialog.area_box.box.setEditText(area)
        dialog.area_box.box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()
    assert dialog.confirm_page.own_codes_box.isChecked()
