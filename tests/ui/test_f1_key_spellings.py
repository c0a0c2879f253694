"""F1 spells keys as the buttons, tooltips and README do, and its search finds either spelling.

F1 read Qt's short names ("Ins – Add action", "Ctrl+Return – Accept suggestion", "Ctrl+Del"),
while the buttons said "Add action (Insert)" and the tooltips "(Ctrl+Enter)": a search for the
word on the button said "No shortcut matches"; and Collect's row read "Return or Enter or F2".
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.shortcut_help import spelled


@pytest.fixture
def window(demo_window):
    return demo_window


def _f1(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    return window.shortcuts_dialog


def _all_keys(dialog) -> list[str]:
    return [key for _, keys, _ in dialog.visible_rows() for key in keys.split(" or ")]


def test_qt_short_names_are_spelled_as_on_the_buttons_each_key_once():
    assert spelled("Ins") == "Insert"
    assert spelled("Ctrl+Return or Ctrl+Enter") == "Ctrl+Enter"
    assert spelled("Return or Enter or F2") == "Enter or F2"
    assert spelled("Ctrl+Del or Delete") == "Ctrl+Delete or Delete"
    assert spelled("PgUp or Alt+Left") == "Page Up or Alt+Left"
    assert spelled("Ctrl+Shift+PgDown") == "Ctrl+Shift+Page Down"


def test_no_page_lists_a_short_name_or_a_key_twice(window):
    """Every stage's page in turn, in one window (F1 lists the page shown; a window each cost
    ~0.15 s to open and close, nine times)."""
    shorts = {"Ins", "Del", "Return", "PgUp", "PgDown"}
    for stage in Stage:
        window.go_to_stage(stage)
        dialog = _f1(window)
        keys = _all_keys(dialog)
        assert not [k for k in keys if shorts & set(k.replace("+", " ").split())], stage
        for _, row_keys, _ in dialog.visible_rows():
            split = row_keys.split(" or ")
            assert len(split) == len(set(split)), (stage, row_keys)


def test_plan_lists_insert_as_its_button_says_and_the_search_finds_it(window):
    window.go_to_stage(Stage.PLAN)
    button = next(b for b in window.page(Stage.PLAN).findChildren(QPushButton)
                  if "(Insert)" in b.text())
    dialog = _f1(window)
    dialog.find_box.setText("Insert")
    assert ("Insert", "Add action") in [(k, w) for _, k, w in dialog.visible_rows()], button
    dialog.find_box.setText("ins")  # the short name still finds it
    assert ("Insert", "Add action") in [(k, w) for _, k, w in dialog.visible_rows()]


def test_the_search_finds_a_key_in_either_spelling(window):
    window.page(Stage.THEME).wall_actions.show_suggestions.trigger()
    dialog = _f1(window)
    for typed in ("Ctrl+Enter", "ctrl+return"):
        dialog.find_box.setText(typed)
        assert "Accept suggestion" in [w for _, _, w in dialog.visible_rows()], typed
    for typed in ("Ctrl+Delete", "Ctrl+Del"):
        dialog.find_box.setText(typed)
        assert "Dismiss suggestion" in [w for _, _, w in dialog.visible_rows()], typed
    dialog.find_box.setText("ctrl+return")
    save_render(dialog, "f1_search_ctrl_return")


def test_collect_s_edit_card_reads_enter_or_f2(window):
    window.go_to_stage(Stage.COLLECT)
    rows = [(k, w) for g, k, w in _f1(window).visible_rows() if g.startswith("On the")]
    assert ("Enter or F2", "Edit card") in rows
    assert any(k == "Delete" for k, _ in rows)
