"""The tick "Give this sheet's people codes of their own" survives a column changed on "Check the
columns first…" (code review A24 R2: South went onto North's P01/P02, a row skipped)."""
from __future__ import annotations

from import_fixtures import wait_for
from renders import save_render

from tests.ui.settled import settle
from tests.ui.test_import_codes_note_confirm import _confirm
from wtfc.importing.mapping import Field
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.style import REFUSAL_FILL
from wtfc.ui.undo import UndoAdapter

NORTH = ("Person,Kind,Statement,Locality\nP01,Working,My carer is kind,North\n"
         "P01,Not working,Carers are always late,North\nP02,Working,The lunch club,North\n")
SOUTH = ("Code,Area,Type,Comment\nP01,South,Working,The day centre staff listen to me\n"
         "P01,South,Not working,Carers are always late\nP02,South,Working,My neighbour helps\n")


def _north_then(qtbot, tmp_path, name, text):
    """North's sheet imported, then ``text`` (saved as ``name``) at the confirm page."""
    (tmp_path / "north.csv").write_text(NORTH)
    (tmp_path / name).write_text(text)
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _confirm(qtbot, doc, undo, tmp_path / "north.csv")
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    return doc, _confirm(qtbot, doc, undo, tmp_path / name)


def test_r2_the_tick_survives_a_column_change(qtbot, tmp_path):
    doc, dialog = _north_then(qtbot, tmp_path, "south.csv", SOUTH)
    assert dialog.confirm_page.own_codes_box.isVisible()
    dialog.confirm_page.own_codes_box.setChecked(True)
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    dialog.mapping_step.set_field(1, Field.TAG)
    settle()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert len(doc.workshop.people) == 4  # fails: 2 (South made North's P01/P02)
    assert len(doc.workshop.cards) == 6  # fails: 5 (South's "Carers are always late" skipped)


LATER = ("Person,Kind,Statement\nP01,Working,My daughter visits on Sundays\n"
         "P02,Future,To go to the seaside again\n")


def test_the_same_peoples_later_sheet_is_said_calmly_with_the_choice(qtbot, tmp_path,
                                                                      font_points):
    """A24 R1: North's later rows (no Locality, new words) had the red warning of another
    area's clash; now a plain note, once, with the tick, and no ⚠ nor warning look."""
    font_points(16)
    doc, dialog = _north_then(qtbot, tmp_path, "later.csv", LATER)
    page = dialog.confirm_page
    note = page.codes_label
    assert note.isVisible() and note.text().startswith(
        "P01 and P02 already have cards from import 1: this sheet's rows join them")
    assert REFUSAL_FILL.name() not in note.styleSheet()
    assert page.own_codes_box.isVisible()
    assert page.own_codes_box.visibleRegion().boundingRect().height() == \
        page.own_codes_box.height()
    save_render(dialog, "import_codes_note_calm_16pt", always=True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert {p.id for p in doc.workshop.people} == {"P01", "P02"}  # joined, as said
    assert len(doc.workshop.cards) == 5


def test_souths_sheet_again_after_the_tick_offers_nothing_and_adds_nothing(qtbot, tmp_path):
    """A24 S1 in the app: the page for South's sheet again offered the tick that added it a
    second time ("P01 → P06, P02 → P07"), and unticked put it onto North's people."""
    (tmp_path / "north.csv").write_text(NORTH)
    (tmp_path / "south.csv").write_text(SOUTH)
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _confirm(qtbot, doc, undo, tmp_path / "north.csv")
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    second = _confirm(qtbot, doc, undo, tmp_path / "south.csv")
    second.confirm_page.own_codes_box.setChecked(True)
    second.import_now()
    wait_for(qtbot, second, "report")
    second.close()
    assert len(doc.workshop.cards) == 6 and len(doc.workshop.people) == 4
    again = _confirm(qtbot, doc, undo, tmp_path / "south.csv")
    assert not again.confirm_page.codes_label.isVisible()
    assert not again.confirm_page.own_codes_box.isVisible()
    again.import_now()
    qtbot.waitUntil(lambda: again.stage != "reading", timeout=10_000)
    assert len(doc.workshop.cards) == 6 and len(doc.workshop.people) == 4
