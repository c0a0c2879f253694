# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Ctrl+I on Prepare imported the cards and left her on Prepare, while the report's last line
named a check box on Collect ("tick 'Only cards held back'") (review 34 W2 M1). Closing the
report now goes on to Collect, with no undo step of its own: Ctrl+Z next takes the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage

STATEMENTS = ("Person,Statement,Kind\nP01,My carer is kind,Working\n"
              "P02,The bus is always late,Not working\n")
HELD = "P03,Ring my daughter on 07700 900123 or jo.smith@example.com,Not working\n"


def import_by_menu(window, qtbot, monkeypatch, path: Path, *, close: bool = True):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Import statements…")
    action.trigger()
    dialog = window.page(Stage.COLLECT).import_dialog
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    if close:
        dialog.close_button.click()
    return dialog


def test_closing_the_report_on_prepare_goes_to_collect(shown_window, qtbot, tmp_path,
                                                      monkeypatch):
    window = shown_window
    window.resize(1366, 768)
    assert window.shown_stage() == Stage.PREPARE
    sheet = tmp_path / "north reviews.csv"
    sheet.write_text(STATEMENTS, encoding="utf-8")
    steps = window.undo.stack.count()
    dialog = import_by_menu(window, qtbot, monkeypatch, sheet, close=False)
    assert window.shown_stage() == Stage.PREPARE  # the report is read where she was
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.shown_stage() == Stage.COLLECT)
    assert window.doc.workshop.stage == Stage.COLLECT and window.isWindowModified()
    assert len(window.doc.workshop.cards) == 2
    save_render(window, "import_closed_goes_to_collect")
    assert window.undo.stack.count() == steps + 1  # the import alone
    window.undo.stack.undo()  # Ctrl+Z: the import goes
    assert window.doc.workshop.cards == []
    window.undo.stack.redo()
    assert len(window.doc.workshop.cards) == 2


def test_nothing_imported_stays_on_prepare(shown_window, qtbot, monkeypatch):
    window = shown_window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Import statements…")
    action.trigger()  # the file choice cancelled
    assert window.shown_stage() == Stage.PREPARE


@pytest.mark.parametrize(("rows", "stage"), [(STATEMENTS, Stage.THEME),
                                             (STATEMENTS + HELD, Stage.COLLECT)],
                         ids=["none_held_stays", "held_back_goes_to_collect"])
def test_from_a_later_stage_only_cards_held_back_take_her_to_collect(
        shown_window, qtbot, tmp_path, monkeypatch, rows, stage):
    window = shown_window
    window.go_to_stage(Stage.THEME)
    sheet = tmp_path / "more reviews.csv"
    sheet.write_text(rows, encoding="utf-8")
    dialog = import_by_menu(window, qtbot, monkeypatch, sheet)
    assert bool(dialog.plan.report.cards_flagged) == (stage == Stage.COLLECT)
    assert window.shown_stage() == stage
