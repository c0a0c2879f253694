"""Collect at 16 pt on a 768-high laptop: "Names to watch for…" (Alt+N, the box folded as it is
on the day) put the keyboard in the names box below the box's view, so Ctrl+V added names with
nothing on screen changing; and the line saying what "Check all cards again" found was cut off.
Opening the box now scrolls its names box into view, and a check's result is scrolled to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.settled import settle


def _seen(widget) -> int:
    return widget.visibleRegion().boundingRect().height()


@pytest.mark.parametrize("width", [1024, 1366])
def test_opened_by_keys_the_names_box_and_result_are_in_sight(
    qtbot, font_points, squeezed_page, width
):
    font_points(16)
    page = squeezed_page(width, 560)  # the page's share of a 768-high screen at 16 pt
    page.activateWindow()
    page.table.setFocus()
    assert not page.names_fold.is_open()
    page.names_fold.button.click()  # what Alt+N does while the box is folded
    settle()
    box = page.names_box
    assert box.hasFocus()
    assert _seen(box) >= box.fontMetrics().lineSpacing()  # a pasted line shows where it goes
    qtbot.keyClicks(box, "Zebedee Okafor")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # on to "Check all cards again"
    assert page.watch_names.check_button.hasFocus()
    qtbot.keyClick(page.watch_names.check_button, Qt.Key.Key_Space)
    settle()
    result = page.watch_names.check_result
    assert result.text().startswith("Checked 6 cards with 1 name(s)")
    assert _seen(result) >= result.heightForWidth(result.width())  # every line of it
