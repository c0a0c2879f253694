"""A3 R1 (paste into tests/ui/): at 16 pt on 1024×768 the confirm page scrolls once the codes
note shows; Alt+E put the keyboard in the Area box, which stayed below the scroll area's edge."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.settled import settle
from tests.ui.test_import_area_box import _typed, south_after_north


def test_alt_e_at_16_pt_brings_the_area_box_into_sight(qtbot, tmp_path, font_points):
    font_points(16)
    _, dialog = south_after_north(qtbot, tmp_path)
    dialog.resize(1024, 768)
    _typed(qtbot, dialog, "South")  # the clash note above it now
    dialog.confirm_page.own_codes_box.setFocus()
    settle()
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    settle()
    box = dialog.area_box.box
    assert box.hasFocus()
    scroll = box.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    port = scroll.viewport()
    seen = QRect(port.mapTo(dialog, QPoint(0, 0)), port.size())
    assert seen.contains(QRect(box.mapTo(dialog, QPoint(0, 0)), box.size()))
