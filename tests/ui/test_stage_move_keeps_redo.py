# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Going to another stage after Undo or a History jump back keeps the steps to redo.

Three success statements added, History jumped back past them (or Ctrl+Z three times), then
Ctrl+4 to look at the why-tree: the move was a "Go to stage" step, and a step dropped all three
for good (Redo greyed; "the 3 later steps in History went"). To a facilitator a stage move is
looking elsewhere, so while steps wait to be redone it is made with no step: Redo brings the
statements back, and the stage, saved in the file, marks the file changed. With nothing to
redo, going to a stage is a History step as ever.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.settled import settle, until
from wtfc.model import recovery
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.success import add_success
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, Stage

WORDS = ["I know who is coming the day before", "I get a call if my carer is off sick",
         "I see the same two carers each week"]


def _stage_key(window, number: int) -> None:
    """Ctrl+<number>: the View menu's stage action, as its key triggers it."""
    action = next(a for a in window.findChildren(QAction) if a.text().startswith(f"&{number} "))
    action.trigger()
    settle()


def _click_stage(window, stage: Stage) -> None:
    """A click on the stage's row in the stage list."""
    window.navigator.setCurrentRow(list(Stage).index(stage))
    settle()


def _three_statements(window) -> int:
    """Identify success, three statements under the first priority; History's row before them."""
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    settle()
    before = window.undo.stack.index()
    theme = next(t.id for t in window.doc.workshop.themes if t.priority.rank == 1)
    for text in WORDS:
        window.undo.push(add_success(window.doc, theme_id=theme,
                                     perspective=Perspective.OLDER_PEOPLE, text=text))
    settle()
    return before


def _statements(window) -> set[str]:
    return {s.text for s in window.doc.workshop.success} & set(WORDS)


def _back_by_history(window, row: int) -> None:
    view = window.history_dock.widget()
    window.history_dock.show()
    view.setCurrentIndex(view.model().index(row, 0))
    settle()
    assert window.statusBar().currentMessage().startswith("Went back to: ")


def _back_by_undo(window, _row: int) -> None:
    for _ in WORDS:
        window.undo_action.trigger()
    settle()


@pytest.mark.parametrize("back", [_back_by_history, _back_by_undo], ids=["history", "undo"])
def test_a_stage_move_after_going_back_keeps_the_later_steps(demo_window, back):
    w = demo_window
    row = _three_statements(w)
    count = w.undo.stack.count()
    back(w, row)
    assert not _statements(w)

    _stage_key(w, 4)  # a look at the why-tree
    assert w.doc.workshop.stage == Stage.UNDERSTAND
    assert w.shown_stage() == Stage.UNDERSTAND  # the page, the list and the room view follow
    assert w.navigator.currentRow() == list(Stage).index(Stage.UNDERSTAND)
    assert w.room.choice == w.room.stage_view(Stage.UNDERSTAND)
    assert w.redo_action.isEnabled()
    assert w.undo.stack.count() == count  # no step added, none dropped
    assert "went" not in w.statusBar().currentMessage()
    assert w.isWindowModified()  # the stage is saved in the file

    _click_stage(w, Stage.IDENTIFY_SUCCESS)
    assert w.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    for _ in WORDS:
        w.redo_action.trigger()
    settle()
    assert _statements(w) == set(WORDS)
    assert not w.redo_action.isEnabled()

    _stage_key(w, 4)  # nothing left to redo: going to a stage is a History step again
    assert w.undo.stack.undoText() == "Go to stage 'Understand'"
    w.undo_action.trigger()
    settle()
    assert w.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    w.redo_action.trigger()
    settle()
    assert w.doc.workshop.stage == Stage.UNDERSTAND
    assert _statements(w) == set(WORDS)


def test_the_stage_moved_after_going_back_is_saved_and_kept_in_the_recovery_copy(
        make_window, workshop_file, qtbot, monkeypatch):
    """Saved with a venue, that step undone, Collect gone to, the venue redone: the workshop is
    back at the saved step but on another stage than the file's, so still unsaved (marked,
    recovery copy kept, Save writes the stage). Clean there, the copy went and the move with it."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = make_window()
    w.files.open_path(workshop_file)
    settle()
    assert w.doc.workshop.stage == Stage.PREPARE
    w.undo.push(edit_details(w.doc, venue="Town hall"))
    assert w.files.save()
    w.undo_action.trigger()
    settle()

    _click_stage(w, Stage.COLLECT)
    w.redo_action.trigger()
    settle()
    assert w.doc.workshop.venue == "Town hall"
    assert w.doc.workshop.stage == Stage.COLLECT
    assert w.isWindowModified()
    snapshot = w.files.autosaver.session / recovery.SNAPSHOT_NAME
    # a copy written after the Undo (on Prepare) may be there first: wait for the latest one
    def copy_on_collect() -> bool:
        w.files.autosaver.wait()
        return snapshot.exists() and recovery.read_snapshot(
            w.files.autosaver.session).workshop.stage == Stage.COLLECT
    until(qtbot, copy_on_collect, timeout=20_000)

    assert w.files.save()
    assert not w.isWindowModified()
    assert load_workshop(workshop_file).workshop.stage == Stage.COLLECT
