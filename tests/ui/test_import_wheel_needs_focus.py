"""The import's mapping step scrolls on a short screen, and a facilitator scrolls it with the
wheel: over a drop-down box the wheel changed the box instead, unseen (the heading row became
"Row 2", Person "Extra detail", a left-out "Client name" column "Future statements": every
client's name a card). Now the wheel changes a box only once it has the keyboard, and
otherwise scrolls the step (code review A16 S1). The Sheet box of a workbook of two sheets
likewise: the wheel over it read another sheet in."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, workbook
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from tests.ui.settled import settle

SMALL_LAPTOP = QRect(0, 0, 1024, 728)  # a 1024×768 screen less its taskbar
COLOURS = ["Red", "Green", "Blue", "Pink", "Amber"]  # none a kind wtfc knows: each asked about


@pytest.fixture
def doc():
    return collect_document()


def _wheel(widget: QWidget, notches: int) -> QWidget | None:
    """The wheel turned over the middle of ``widget`` (up for positive ``notches``), passed on
    up the parents while one ignores it, as Qt passes on a real wheel (not one a test sends):
    the widget that took it, or None."""
    middle = QPoint(widget.width() // 2, widget.height() // 2)
    spot: QWidget | None = widget
    while spot is not None:
        at = QPointF(widget.mapTo(spot, middle))
        event = QWheelEvent(at, QPointF(widget.mapToGlobal(middle)), QPoint(0, 0),
                            QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(spot, event)
        if event.isAccepted():
            return spot
        spot = None if spot.isWindow() else spot.parentWidget()
    return None


def _step(qtbot, doc, undo, tmp_path, font_points, book=False):
    font_points(16)
    rows = [("Person ID", "Client name", "Colour", "Statement")]
    rows += [(f"P{n // 3 + 1:02d}", f"Ann Example{n // 3}", COLOURS[n % 5],
              f"My carers are kind {n}.") for n in range(30)]
    if book:  # a workbook of two sheets: the step has a Sheet box too
        path = workbook(tmp_path / "colours.xlsx", {
            "Colours": [list(row) for row in rows],
            "Spring": [["Person ID", "Statement"], ["S01", "The lunch club is good."]]})
    else:
        path = tmp_path / "colours.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    dialog.fit_to_screen(SMALL_LAPTOP)
    dialog.layout().activate()
    settle()
    return dialog.mapping_step


def _choices(step: QWidget) -> dict[str, str]:
    return {box.accessibleName(): box.currentText() for box in step.findChildren(QComboBox)
            if box.isVisible()}


@pytest.mark.parametrize("book", [False, True], ids=["csv", "two-sheet workbook"])
def test_the_wheel_over_a_box_without_the_keyboard_leaves_its_choice(
        qtbot, doc, undo, tmp_path, font_points, book):
    step = _step(qtbot, doc, undo, tmp_path, font_points, book)
    before = _choices(step)
    assert {"Heading row", "What column Client name holds", "What column Person ID holds",
            "Kind for the value Pink"} <= set(before)
    assert ("Sheet" in before) == book
    assert before["What column Client name holds"] == "Leave out"
    step.grid.setFocus()
    for name in before:
        for notches in (1, -1, -1):
            box = next((b for b in step.findChildren(QComboBox)
                        if b.accessibleName() == name), None)
            assert box is not None, f"the wheel changed the step: no box {name!r}"
            _wheel(box, notches)
            settle()
    assert _choices(step) == before


def test_the_wheel_over_a_box_scrolls_the_step_and_changes_the_box_it_has_the_keyboard(
        qtbot, doc, undo, tmp_path, font_points):
    step = _step(qtbot, doc, undo, tmp_path, font_points)
    bar = step.findChild(QScrollArea).verticalScrollBar()
    assert bar.maximum() > 0  # the step scrolls on this screen
    heading = next(b for b in step.findChildren(QComboBox) if b.accessibleName() == "Heading row")
    step.grid.setFocus()
    assert _wheel(heading, -1) is not heading
    assert bar.value() > 0 and heading.currentText().startswith("Row 1")
    pink = step.kind_box("Pink")
    assert pink is not None
    pink.setFocus()  # clicked or tabbed to: the wheel is the box's, as it always was
    assert pink.currentText() == "Skip these rows"
    assert _wheel(pink, -1) is pink
    settle()
    assert _choices(step)["Kind for the value Pink"] != "Skip these rows"
