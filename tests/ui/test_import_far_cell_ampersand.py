"""The "Read ‘X’ instead" button shows a sheet's own "&" ("Health & Care", "Q&A"): Qt took it
as a key, so the button read "Read ‘Health _Care’ instead" and "Read ‘QA’ instead" with Alt+A
promised, which opened "Choose another file…" instead (review R6 #2)."""

from __future__ import annotations

import pytest
from import_fixtures import wait_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from renders import save_render
from test_import_far_cell_sheet import _dialog

from tests.ui.settled import until


def _refused(qtbot, tmp_path, other: str):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Spring 2026"
    book.active.append(["Person", "What is working"])
    for row in range(2, 9):
        book.active.append([f"P{row:02}", f"This spring {row}"])
    book.active["XFD4001"] = " "
    sheet = book.create_sheet(other)
    sheet.append(["Person", "What is working"])
    for row in range(2, 9):
        sheet.append([f"P{row:02}", f"Autumn {row}"])
    book.save(tmp_path / "rounds.xlsx")
    dialog = _dialog(qtbot)
    dialog.load_file(tmp_path / "rounds.xlsx")
    wait_for(qtbot, dialog, "failed")
    return dialog


@pytest.mark.parametrize("other", ["Health & Care", "Q&A"])
def test_the_sheets_ampersand_is_shown_and_only_r_is_a_key(qtbot, tmp_path, other):
    dialog = _refused(qtbot, tmp_path, other)
    button = dialog.failed_page.instead_button
    assert button.text() == f"&Read ‘{other.replace('&', '&&')}’ instead"  # shows one "&"
    assert button.accessibleName() == f"Read the sheet {other} instead"
    assert dialog.failure.text().endswith(f"click Read ‘{other}’ instead.")
    assert "choose its columns and click Import" in button.toolTip()  # it only reads it
    save_render(dialog, f"import_far_cell_{other.replace(' ', '').replace('&', 'and')}")
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    wait_for(qtbot, dialog, "confirm")
    assert dialog.source is not None and dialog.source.sheet == other


def test_alt_a_is_still_choose_another_file(qtbot, tmp_path, monkeypatch):
    dialog = _refused(qtbot, tmp_path, "Q&A")
    opened: list[int] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (opened.append(1), ("", ""))[1])
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    until(qtbot, lambda: bool(opened))  # (Alt+A presses the button for Qt's 100 ms)
    assert opened == [1] and dialog.stage == "failed"
