"""The import's mapping step with the keyboard alone: Tab goes down the step and out of the
preview grid (its cells are walked with the arrows), Alt+K goes to the kind values to map, and
a box changed with the arrows keeps the keys."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Kind

KEY = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier

ROWS = [["Ref", "Kind", "Words", "Reviewer notes"],
        ["P01", "amber", "A new carer every week", "seen at home"],
        ["P02", "yellow", "I wait in all morning", ""],
        ["P03", "red", "Staying in my own home", "phone review"]]


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def step(qtbot, doc, undo, tmp_path):
    """The mapping step of a two-sheet workbook with two kind values to map."""
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(workbook(tmp_path / "reviews.xlsx", {"Reviews": ROWS, "Cover": [["x"]]}))
    wait_for(qtbot, dialog, "mapping")
    step = dialog.mapping_step
    assert step.preview.unknown_kind_values == ["amber", "yellow"]
    return step


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_tab_from_the_preview_grid_goes_on_to_the_kind_values(qtbot, step):
    step.grid.setFocus()
    seen = []
    for _ in range(8):
        press(qtbot, KEY.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is step.kind_box("amber"):
            break
    assert seen[:4] == [step.field_box(c) for c in range(4)]
    assert seen[-1] is step.kind_box("amber"), [w.accessibleName() for w in seen]


def test_every_control_of_the_step_is_reached_by_tab_and_by_shift_tab(qtbot, step):
    dialog = step.window()
    controls = [step.sheet_box, step.heading_box, step.grid,
                *(step.field_box(c) for c in range(4)),
                step.kind_box("amber"), step.kind_box("yellow"),
                dialog.area_box.box,  # (on the headings' row; Alt+E reaches it at once)
                dialog.import_button, dialog.close_button]
    for key in (KEY.Key_Tab, KEY.Key_Backtab):
        step.sheet_box.setFocus()
        reached = []
        for _ in range(2 * len(controls)):
            reached.append(QApplication.focusWidget())
            press(qtbot, key)
        order = list(dict.fromkeys(reached))
        assert set(order) == set(controls), [w.accessibleName() for w in order]
        # in reading order, each once before the cycle starts again
        assert order == (controls if key == KEY.Key_Tab else [controls[0], *controls[:0:-1]])


def test_alt_k_goes_to_the_kind_values_and_a_choice_keeps_the_keys(qtbot, step):
    step.grid.setFocus()
    press(qtbot, KEY.Key_K, ALT)
    assert QApplication.focusWidget() is step.kind_box("amber")
    press(qtbot, KEY.Key_Down)  # "Skip these rows" → "✓ Working"
    assert step.mapping.kind_values.kind_of("amber") == Kind.WORKING
    # the box is made anew, and takes the keys once shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.kind_box("amber"))
    press(qtbot, KEY.Key_Tab)
    assert QApplication.focusWidget() is step.kind_box("yellow")


def test_a_column_changed_with_the_arrows_keeps_the_keys(qtbot, step):
    step.field_box(2).setFocus()
    before = step.mapping.fields[2]
    press(qtbot, KEY.Key_Down)
    assert step.mapping.fields[2] != before
    qtbot.waitUntil(lambda: QApplication.focusWidget() is step.field_box(2))
