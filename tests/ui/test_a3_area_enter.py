"""A3 S1 (paste into tests/ui/): Enter in the import dialog's Area box imported at once, before
the confirm page said 'P01 is “North” on People and “South” on this sheet' (the clash the area
is there to reveal); South's P01 went onto North's."""
from __future__ import annotations

from import_fixtures import wait_for
from PySide6.QtCore import Qt

from tests.ui.settled import settle
from tests.ui.test_import_area_box import _localities, south_after_north


def test_enter_in_the_area_box_says_the_clash_before_any_import(qtbot, tmp_path):
    doc, dialog = south_after_north(qtbot, tmp_path)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    line = dialog.area_box.box.lineEdit()
    qtbot.keyClicks(line, "South")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.codes_note.busy, timeout=10_000)
    settle()
    assert dialog.stage == "confirm" and len(doc.workshop.cards) == 3  # nothing imported yet
    assert "P01 is “North” on People and “South” on this sheet" \
        in dialog.confirm_page.codes_label.text()
    assert dialog.confirm_page.codes_label.isVisible()
    qtbot.keyClick(line, Qt.Key.Key_Return)  # read, and Enter again: imported
    wait_for(qtbot, dialog, "report")
    assert _localities(doc)["P03"] == "South"
