# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""M3 survivor of fb68f1a4: only closing the import's report moves the window on to Collect. A
dialog closed before any report (an import that brought nothing, then Cancel) leaves her on
Prepare with the file as it was. With the report check undone she was moved to Collect and the
file marked changed, though nothing was imported."""

from __future__ import annotations

from types import SimpleNamespace

from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.workshop import Stage
from wtfc.ui.import_actions import after_import


def test_a_dialog_closed_before_its_report_leaves_her_where_she_was(shown_window):
    window = shown_window
    assert window.shown_stage() == Stage.PREPARE
    clean = window.undo.stack.isClean()
    plan = SimpleNamespace(cards=[], report=SimpleNamespace(cards_flagged=0))
    after_import(window, SimpleNamespace(stage="mapping", plan=plan))
    assert window.shown_stage() == Stage.PREPARE
    assert window.undo.stack.isClean() == clean
