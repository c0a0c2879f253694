# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A line break pasted from Word into the stage notes is kept as a newline, and the box that
holds it counts as recorded: the notes are not recorded again when it is left once more, nor
refilled under the cursor (review code-b2 #6c)."""

from __future__ import annotations

import pytest
from window_fixtures import (  # noqa: F401
    make_window,
    open_on_stage,
    recovery_folder,
    workshop_file,
)

from wtfc.model.agenda import plan_for
from wtfc.model.workshop import Stage


@pytest.fixture
def window(make_window, workshop_file, qtbot):
    return open_on_stage(make_window(), workshop_file, qtbot, Stage.THEME)


def test_a_pasted_line_break_is_kept_as_a_newline_once(window, qtbot):
    notes = window.stage_side.notes
    notes.box.setFocus()
    qtbot.waitUntil(notes.box.hasFocus, timeout=2000)
    notes.box.insertPlainText("Ask Sue\x0bto scribe")
    window.stage_side.timer.minutes.setFocus()
    assert plan_for(window.doc.workshop, Stage.THEME).notes == "Ask Sue\nto scribe"
    steps = window.undo.stack.count()
    notes.box.setFocus()
    window.stage_side.timer.minutes.setFocus()
    assert window.undo.stack.count() == steps  # nothing new to record
    assert notes.typed() == notes.kept()
