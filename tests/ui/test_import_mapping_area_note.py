"""Import clicked on the mapping step (the column-mapping page) said nothing before it changed
a person's locality or joined another area's P01: the confirm page's notes ("P01 is “North”
on People and “South” on this sheet", "P01 (“North”) is on People with another locality and
no card here yet …") were worked out only there. Now Import on the mapping step comes back to
the confirm page with the same notes and the choice of codes of their own, and imports only on
Import there; with no warning to give (nothing, or the calm note that a sheet's people join
their cards, said in the report) it imports at once, as before."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for
from renders import save_render
from test_import_area_box import _confirm, _csv, _localities, _typed, south_after_north

from tests.importing.test_own_codes_carried_area import SOUTH as CARRIED_SOUTH
from tests.importing.test_own_codes_carried_area import _carried
from tests.importing.test_sheet_area import NORTH
from tests.ui.settled import settle
from wtfc.importing.fields import Field
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Workshop
from wtfc.ui.undo import UndoAdapter


def _area_on_mapping_step(qtbot, dialog, area: str) -> None:
    """"Check the columns first…", the area typed in the box beside Import there."""
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    dialog.area_box.box.setEditText(area)
    dialog.area_box.box.lineEdit().editingFinished.emit()
    settle()


def _import_from_mapping(qtbot, dialog) -> None:
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage in ("confirm", "report"), timeout=10_000)
    settle()


def test_a_carried_persons_locality_replaced_is_said_before_import(qtbot, tmp_path):
    doc = Document(Workshop(people=[Person(id="P01", locality="North"),
                                    Person(id="P02", locality="South")]))
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    dialog.resize(1366, 768)
    _area_on_mapping_step(qtbot, dialog, "South")
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "confirm"  # nothing changed yet
    assert _localities(doc) == {"P01": "North", "P02": "South"} and not doc.workshop.cards
    said = dialog.area_box.said
    assert said.isVisible() and said.text().startswith(
        "P01 (“North”) is on People with another locality and no card here yet")
    page = dialog.confirm_page
    assert page.codes_label.isVisible() and "this sheet is “South”" in page.codes_label.text()
    assert "read as you chose them" in page.label.text()  # the columns set by hand, not guessed
    save_render(dialog, "import_mapping_area_note_carried", always=True)
    dialog.import_now()  # seen: Import there imports
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "South", "P02": "South"}


def test_another_areas_clash_is_said_and_codes_of_their_own_offered(qtbot, tmp_path):
    doc, dialog = south_after_north(qtbot, tmp_path)
    dialog.resize(1366, 768)
    _area_on_mapping_step(qtbot, dialog, "South")
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "confirm"
    page = dialog.confirm_page
    assert page.codes_label.isVisible() and "P01 is “North” on People and “South” on this " \
        "sheet." in page.codes_label.text()
    assert page.own_codes_box.isVisible() and not page.own_codes_box.isChecked()
    save_render(dialog, "import_mapping_area_note_clash", always=True)
    page.own_codes_box.setChecked(True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}


def test_nothing_to_say_imports_from_the_mapping_step_at_once(qtbot, tmp_path):
    doc = Document(Workshop())
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "north.csv", NORTH))
    _area_on_mapping_step(qtbot, dialog, "North")
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "report"
    assert _localities(doc) == {"P01": "North", "P02": "North"}


def test_the_carried_people_of_a_new_cycle_are_said_from_the_mapping_step(qtbot, tmp_path):
    doc = _carried()
    dialog = _confirm(qtbot, doc, UndoAdapter(doc), _csv(tmp_path, "south.csv", CARRIED_SOUTH))
    _area_on_mapping_step(qtbot, dialog, "South")
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "confirm" and not doc.workshop.cards
    assert dialog.confirm_page.codes_label.text().startswith(
        "This sheet's P01, P02, P03 and P04 are “North” on People (last time's, no card yet)")


def test_codes_of_their_own_ticked_before_the_mapping_step_import_as_chosen(qtbot, tmp_path):
    """Ticked on the confirm page, the columns checked and left as they were, Import on the
    mapping step: the choice made, nothing asked again."""
    doc, dialog = south_after_north(qtbot, tmp_path)
    _typed(qtbot, dialog, "South")
    dialog.confirm_page.own_codes_box.setChecked(True)
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "report"
    assert _localities(doc) == {"P01": "North", "P02": "North", "P03": "South", "P04": "South"}


def test_a_sheet_that_opens_on_the_mapping_step_says_it_too(qtbot, tmp_path):
    """Headings wtfc is not sure of: the dialog opens on the mapping step, the confirm page not
    yet seen; Import there comes to it with the note."""
    doc = Document(Workshop(people=[Person(id="P01", locality="North")]))
    rows = [("Q1", "Q2", "Q3"), ("P01", "Carers are kind", "Working"),
            ("P02", "The bus stopped", "Not working")]
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.load_file(_csv(tmp_path, "south.csv", rows))
    wait_for(qtbot, dialog, "mapping")
    for column, field in ((0, Field.PERSON), (1, Field.TEXT), (2, Field.KIND)):
        dialog.mapping_step.set_field(column, field)
    dialog.area_box.box.setEditText("South")
    dialog.area_box.box.lineEdit().editingFinished.emit()
    _import_from_mapping(qtbot, dialog)
    assert dialog.stage == "confirm" and not doc.workshop.cards
    assert dialog.area_box.said.text().startswith("P01 (“North”) is on People with another "
                                                  "locality and no card here yet")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert _localities(doc) == {"P01": "South", "P02": "South"}
