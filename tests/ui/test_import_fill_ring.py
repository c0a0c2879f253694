"""On the import's mapping step, Alt+F from a column's box filled the blanks and put the keys on
the offer's button, now "Leave the blanks", with no focus ring anywhere: a Space meant for
something else would quietly undo the fill. Choosing what a column holds with ↑ ↓ lost the ring
the same way (every box is made anew). The ring now stays with the keys: on the button Space
will press, and on the column's new box."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.settled import settle
from wtfc.ui.focus_ring import FocusRing
from wtfc.ui.import_fill_offer import LEAVE_BUTTON

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def step(qtbot, doc, undo, tmp_path):
    """The mapping step of a CSV whose person codes were merged down (blank under each code),
    in a dialog with the app's focus ring, the keys on the grid."""
    path = tmp_path / "reviews.csv"
    rows = [["Ref no.", "Kind", "Statement"]]
    for person in range(1, 5):
        for k, kind in enumerate(("Working", "Not working", "Future")):
            rows.append([f"R{person:02d}" if k == 0 else "", kind, f"Person {person} says {k}"])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.ring = FocusRing(dialog)
    dialog.fit_to_screen(QRect(0, 0, 1366, 728))
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.confirm_page.check_button.click()
    wait_for(qtbot, dialog, "mapping")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog.mapping_step


def _tab_to(qtbot, widget: QWidget) -> None:
    for _ in range(30):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached it")


def _ringed(step) -> QWidget | None:
    """The widget the ring is drawn round, if it is drawn."""
    frame = step.window().ring.frame()
    return frame.widget() if frame is not None and frame.isVisible() else None


def test_after_alt_f_the_ring_is_on_the_button_space_would_press(qtbot, step):
    step.grid.setFocus(Qt.FocusReason.OtherFocusReason)
    person = step.field_box(0)
    _tab_to(qtbot, person)
    assert _ringed(step) is person
    qtbot.keyClick(person, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: step.mapping.fill_person_down)
    button = step.fill_offer.button
    qtbot.waitUntil(lambda: _ringed(step) is button)  # was on nothing
    assert QApplication.focusWidget() is button and button.accessibleName() == LEAVE_BUTTON
    save_render(step.window(), "import_fill_ring_after_alt_f")
    qtbot.keyClick(button, Qt.Key.Key_Space)  # what the ring said it would do
    qtbot.waitUntil(lambda: not step.mapping.fill_person_down)
    qtbot.waitUntil(lambda: _ringed(step) is button)


def test_choosing_what_a_column_holds_with_the_arrows_keeps_the_ring_on_its_box(qtbot, step):
    step.grid.setFocus(Qt.FocusReason.OtherFocusReason)
    _tab_to(qtbot, step.field_box(2))
    assert step.field_box(2).currentText() == "Statement"
    qtbot.keyClick(step.field_box(2), Qt.Key.Key_Down)  # the box is made anew
    qtbot.waitUntil(lambda: step.field_box(2).currentText() != "Statement")
    qtbot.waitUntil(lambda: _ringed(step) is step.field_box(2))
    assert QApplication.focusWidget() is step.field_box(2)
    save_render(step.window(), "import_fill_ring_after_arrow")


def test_a_click_still_rings_nothing(qtbot, step):
    button = step.fill_offer.button
    button.click()  # as the mouse does: the keys' mark is not set
    qtbot.waitUntil(lambda: step.mapping.fill_person_down)
    settle()
    assert _ringed(step) is None
