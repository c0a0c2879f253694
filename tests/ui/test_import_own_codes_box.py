"""Two areas' one-row-a-statement sheets with the same codes (code review R4 S1): the confirm
page said nothing ("Ready to import … Click Import"), and Import made South's P01 and P02
North's, skipping South's P01 "Carers are always late". Now the page says so before Import and
offers "Give this sheet's people codes of their own": ticked, South's people come in as P04
and P05 with South, every row kept, in one undoable step."""

from __future__ import annotations

from import_fixtures import wait_for
from renders import save_render

from tests.importing.test_areas_same_codes import NORTH, SOUTH
from tests.ui.test_import_codes_note_confirm import _confirm
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter


def _csv(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _south_confirm(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _confirm(qtbot, doc, undo, _csv(tmp_path, "north.csv", NORTH))
    assert not first.confirm_page.codes_label.isVisible()
    assert not first.confirm_page.own_codes_box.isVisible()
    first.import_now()
    wait_for(qtbot, first, "report")
    first.close()
    return doc, undo, _confirm(qtbot, doc, undo, _csv(tmp_path, "south.csv", SOUTH))


def test_the_page_says_it_and_one_tick_keeps_the_areas_apart(qtbot, tmp_path, font_points):
    font_points(16)
    doc, undo, dialog = _south_confirm(qtbot, tmp_path)
    page = dialog.confirm_page
    note, box = page.codes_label, page.own_codes_box
    assert note.isVisible() and note.text().startswith(
        "⚠ P01 and P02 already have cards from import 1")
    assert "P01 and P02 are “North” on People and “South” on this sheet." in note.text()
    assert "1 row of this sheet would be skipped as the same words" in note.text()
    assert box.isVisible() and not box.isChecked()
    assert "tick “Give this sheet's people codes of their own” below (P01 → P04, P02 → P05)" \
        in note.text()
    assert box.text() == "&Give this sheet's people codes of their own"
    # in sight however far the words scroll, as the other choices are
    assert box.visibleRegion().boundingRect().height() == box.height()
    save_render(dialog, "import_own_codes_box_16pt", always=True)
    box.setChecked(True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    report = dialog.report_page.text.toPlainText()
    assert "P01 → P04, P02 → P05" in report
    assert "already have cards" not in report
    people = {p.id: p.locality for p in doc.workshop.people}
    assert people == {"P01": "North", "P02": "North", "P03": "North", "P04": "South",
                      "P05": "South"}
    assert [c.person for c in doc.workshop.cards if c.text == "Carers are always late"] == [
        "P01", "P03", "P04"]
    undo.stack.undo()  # the whole import, codes and all, in one step
    assert len(doc.workshop.cards) == 7 and len(doc.workshop.people) == 3
    undo.stack.redo()
    assert len(doc.workshop.cards) == 12 and len(doc.workshop.people) == 5


def test_left_unticked_the_codes_join_as_before_and_the_report_says_so(qtbot, tmp_path):
    doc, _undo, dialog = _south_confirm(qtbot, tmp_path)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert "P01 and P02 already have cards from import 1" in \
        dialog.report_page.text.toPlainText()
    assert len(doc.workshop.people) == 3 and len(doc.workshop.cards) == 11
