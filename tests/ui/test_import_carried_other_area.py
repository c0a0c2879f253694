"""Review 36 W1 R1, in the import dialog: a new cycle's South sheet imported first, its Area
"South", numbers its people P01-P04, last time's North people carried with no card yet. The
confirm page took no clash (no cards) and South's people took North's codes. Now last time's
people of another area are offered as a clash, with the choice of codes of their own; ticked,
South's rows go to last time's South people P05-P08, North's P01-P04 left for North's sheet."""

from __future__ import annotations

from import_fixtures import wait_for
from renders import save_render
from test_import_area_box import _confirm, _csv, _typed

from tests.importing.test_own_codes_carried_area import EXPECTED, NORTH, SOUTH, _carried
from tests.ui.settled import settle
from wtfc.ui.undo import UndoAdapter


def _whose(doc):
    return {p.id: (p.locality, [c.text for c in doc.workshop.cards if c.person == p.id])
            for p in doc.workshop.people}


def test_south_first_is_offered_codes_of_their_own_and_takes_last_times_south_people(
        qtbot, tmp_path):
    doc = _carried()
    undo = UndoAdapter(doc)
    dialog = _confirm(qtbot, doc, undo, _csv(tmp_path, "south.csv", SOUTH))
    page = dialog.confirm_page
    assert not page.own_codes_box.isVisible()  # no area yet: nothing tells them apart
    _typed(qtbot, dialog, "South")
    qtbot.waitUntil(page.own_codes_box.isVisible, timeout=10_000)
    dialog.resize(1366, 768)
    settle()
    save_render(dialog, "import_carried_other_area")
    assert page.codes_label.isVisible() and page.codes_label.text().startswith(
        "This sheet's P01, P02, P03 and P04 are “North” on People (last time's, no card yet) "
        "and this sheet is “South”")
    page.own_codes_box.setChecked(True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert "P01 → P05" in dialog.report_page.text.toPlainText()
    dialog.close()
    north = _confirm(qtbot, doc, undo, _csv(tmp_path, "north.csv", NORTH))
    _typed(qtbot, north, "North")
    assert not north.confirm_page.own_codes_box.isVisible()  # North's own people: no clash
    north.import_now()
    wait_for(qtbot, north, "report")
    assert _whose(doc) == EXPECTED
