# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Words typed in an "Add…" box on Identify success and not added with Enter are kept.

Ctrl+S saved the file without them and said nothing (the title clean), the recovery copy did
not hold them, and only a close asked: README promises that words still being typed are kept
when you save, close or move on. They are added as their own step, as the why-tree records a
reason typed."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from renders import save_render
from window_fixtures import make_window, open_on_stage, recovery_folder  # noqa: F401

from wtfc.model import recovery
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Perspective, Stage

WORDS = "Older people choose when the carer comes"


def _on_success(make_window, qtbot, tmp_path, *, autosave=False):
    """A window on a saved copy of the demo, on Identify success, the keyboard in the older
    people's box with WORDS typed and Enter not pressed."""
    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = open_on_stage(make_window(autosave=autosave), path, qtbot, Stage.IDENTIFY_SUCCESS)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    QTest.keyClicks(entry, WORDS)
    return window, board, entry, path


def _saved(path) -> list[str]:
    return [s.text for s in load_workshop(path).workshop.success]


def test_ctrl_s_adds_the_words_typed_as_their_own_step_and_saves_them(make_window, qtbot,
                                                                      tmp_path):
    window, board, entry, path = _on_success(make_window, qtbot, tmp_path)
    save_render(window, "success_typed")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert WORDS in _saved(path) and not window.isWindowModified()
    assert entry.text() == "" and WORDS in board.statements(Perspective.OLDER_PEOPLE)
    assert window.undo.stack.undoText() == f"Add success statement '{WORDS}'"
    save_render(window, "success_saved")
    window.undo.stack.undo()
    assert WORDS not in board.statements(Perspective.OLDER_PEOPLE)
    assert window.isWindowModified()
    window.undo.stack.redo()
    assert WORDS in board.statements(Perspective.OLDER_PEOPLE) and not window.isWindowModified()


def test_moving_on_adds_the_words_before_the_move(make_window, qtbot, tmp_path):
    window, board, _entry, _path = _on_success(make_window, qtbot, tmp_path)
    window.go_to_stage(Stage.PLAN)
    assert window.doc.workshop.stage == Stage.PLAN
    window.undo.stack.undo()  # the move back…
    assert window.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    assert WORDS in board.statements(Perspective.OLDER_PEOPLE)
    window.undo.stack.undo()  # …then the words
    assert WORDS not in board.statements(Perspective.OLDER_PEOPLE)


def test_the_recovery_copy_holds_the_words_typed(make_window, qtbot, tmp_path):
    window, _board, entry, _path = _on_success(make_window, qtbot, tmp_path, autosave=True)
    autosaver = window.files.autosaver
    assert autosaver.has_unsaved_changes()
    assert autosaver.snapshot_now()
    autosaver.wait()
    kept = recovery.read_snapshot(autosaver.session).workshop
    assert WORDS in [s.text for s in kept.success]
    assert entry.text() == WORDS and window.undo.stack.isClean()  # nothing done here yet
