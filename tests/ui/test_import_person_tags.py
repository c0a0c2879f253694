"""The mapping screen offers a person's role and tags as the person's (People), guesses them from
clear headings, and the import gives them to the people in the same one Undo step."""

from __future__ import annotations

import pytest
from collect_fixtures import save_render
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import Qt

from wtfc.importing.mapping import Field
from wtfc.model.document import Document
from wtfc.model.workshop import Person, Voice, Workshop

SHEET = (
    "Person,Voice,Age band,Locality,Service type,Kind,Statement\n"
    "P01,Older person,75-84,Riverside,home care,Working,My carer has time for a chat\n"
    "P01,Older person,75-84,Riverside,home care,Not working,Nobody says who is coming\n"
    "P02,carer,55-64,North,day services,Future,A break now and then\n"
    "P03,Staff member,,Hillside,home care,Not working,Rotas change at short notice\n"
    "P03,Family carer,,Hillside,home care,Working,The team meets every week\n"
)


@pytest.fixture
def doc():
    # P01 came across from last time with a role but no tags yet
    return Document(Workshop(people=[Person(id="P01", voice=Voice.OLDER_PERSON)]))


def test_role_and_tags_are_guessed_offered_and_given_to_the_people(qtbot, doc, undo,
                                                                   tmp_path):
    path = tmp_path / "autumn.csv"
    path.write_text(SHEET, encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(1366, 700)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")  # every heading known: ready, and its columns checkable
    assert ("“Voice”, “Age band”, “Locality” and “Service type” go to each person on People"
            in dialog.confirm_label.text())
    save_render(dialog, "import_confirm_person_tags")
    dialog.confirm_page.check_columns.emit()
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert step.preview.fields[:5] == (Field.PERSON, Field.PERSON_ROLE, Field.PERSON_AGE_BAND,
                                       Field.PERSON_LOCALITY, Field.PERSON_SERVICE_TYPE)
    role = step.field_box(1)
    assert role.currentText() == "Person's role"
    assert "older person, family carer or staff" in role.itemData(
        role.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert step.field_box(3).currentText() == "Person's locality"
    save_render(dialog, "import_mapping_person_tags")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    people = {p.id: p for p in doc.workshop.people}
    assert (people["P02"].voice, people["P02"].age_band, people["P02"].locality) == \
        (Voice.FAMILY_CARER, "55-64", "North")
    assert people["P03"].voice == Voice.STAFF  # the first row's, the second said
    assert people["P01"].locality == "Riverside"  # filled in on someone already there
    assert not any(c.tags for c in doc.workshop.cards)
    report = dialog.report_text.toPlainText()
    assert "P03's “Voice”: “Staff member” (row 5), “Family carer” (row 6)" in report
    save_render(dialog, "import_report_person_tags")
    assert undo.stack.count() == 1  # cards, new people and P01's tags: one step
    undo.stack.undo()
    assert [(p.id, p.locality) for p in doc.workshop.people] == [("P01", "")]
    undo.stack.redo()
    assert doc.get("people", "P01").locality == "Riverside"


def test_a_new_cycles_carried_people_take_the_sheets_roles_undone_in_one_step(qtbot,
                                                                               tmp_path):
    """New workshop from this one carried P02 as a family carer on North's day services;
    this autumn's sheet says otherwise: the sheet's replace them, said on the report page,
    and Undo puts last time's back with the cards gone."""
    from wtfc.model.next_cycle import next_cycle
    from wtfc.ui.undo import UndoAdapter

    spring = Workshop(people=[Person(id="P02", voice=Voice.FAMILY_CARER, locality="South",
                                     service_type="day services", age_band="55-64")])
    doc = Document(next_cycle(spring))
    undo = UndoAdapter(doc)
    path = tmp_path / "autumn.csv"
    path.write_text(SHEET, encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(1000, 600)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert ("so the sheet's role and tags replaced theirs, as for last time's people carried by "
            "New workshop from this one (a role or tag typed on People is replaced too: change it "
            "on Collect → People if the sheet is wrong): P02's “Locality”: “South” → “North” "
            "(row 4).") in dialog.report_page.text.toPlainText()
    save_render(dialog, "import_carried_people_replaced")
    assert doc.get("people", "P02").locality == "North"
    undo.stack.undo()
    assert doc.get("people", "P02").locality == "South" and doc.workshop.cards == []
    undo.stack.redo()
    assert doc.get("people", "P02").locality == "North" and len(doc.workshop.cards) == 5
