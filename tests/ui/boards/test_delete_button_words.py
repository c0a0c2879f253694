"""The why-tree's and Plan's Delete buttons read "Delete", as Collect's does, with the key in
their tip: "Delete (Delete)" read as a typo, beside "Why? (W)" and "Edit (Enter)" (review 23
code_d2). F1 still lists the key, as "Delete"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage


def _f1_rows(window) -> list[tuple[str, str]]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    rows = window.shortcuts_dialog.visible_rows()
    window.shortcuts_dialog.close()
    return [(keys, what) for group, keys, what in rows if group.startswith("On the")]


@pytest.mark.parametrize(("stage", "tip", "listed"), [
    (Stage.UNDERSTAND, "Delete the selected cause and the reasons below it (Delete key)",
     "Why-tree: delete the cause and the reasons below it"),
    (Stage.PLAN, "Delete the selected action (Delete key)", "Delete the chosen action"),
])
def test_delete_reads_delete_with_its_key_in_the_tip(demo_window, stage, tip, listed):
    demo_window.go_to_stage(stage)
    page = demo_window.page(stage)
    if stage == Stage.UNDERSTAND:
        page.setCurrentIndex(1)  # 2. Understand causes: the why-tree
    texts = [b.text() for b in page.findChildren(QPushButton)]
    assert "Delete (Delete)" not in texts
    delete = [b for b in page.findChildren(QPushButton) if b.text() == "Delete"]
    assert len(delete) == 1
    assert delete[0].toolTip() == tip
    assert delete[0].accessibleName() == "Delete"
    rows = _f1_rows(demo_window)
    assert ("Delete", listed) in rows, rows
    save_render(demo_window, f"delete_button_{stage.name.lower()}")
