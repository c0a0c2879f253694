"""An action's dialog beside the room view (ad950d59) asks before it shows words the room view
hides in any of the three fields it names: what people told us at the check and the words
agreed at the workshop (reworded since), not only "What has happened so far", the one field
its tests fill. Place: tests/ui/boards/ (beside test_action_dialog_beside_room.py, whose
fixture and helpers it imports)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.test_action_dialog_beside_room import ASK_TITLE, _board_on, asked  # noqa: F401
from tests.ui.boards.test_held_back_board_notes import _paste_names, _room_up_here
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage


def _open_with(window, tmp_path, **fields) -> str:
    ws = load_workshop(demo_path()).workshop
    action = ws.actions[0]
    action.progress_note = ""
    for name, words in fields.items():
        setattr(action, name, words)
    path = tmp_path / "noted.wtfc"
    save_workshop(ws, path, backup=False)
    assert window.files.open_path(path, confirmed=True)
    _paste_names(window)
    return action.id


def _enter_beside_the_room(window, tmp_path, qtbot, **fields) -> None:
    """The action with ``fields`` opened on Act, the room view up here, Enter on it: no dialog
    shown (what the facilitator was asked is in ``asked``)."""
    action_id = _open_with(window, tmp_path, **fields)
    board = _board_on(window, Stage.ACT, action_id)
    _room_up_here(window)
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    assert board.dialog is None


def test_words_heard_at_the_check_naming_someone_are_asked_about(
        demo_window, tmp_path, qtbot, asked):  # noqa: F811
    said, _ = asked
    _enter_beside_the_room(demo_window, tmp_path, qtbot,
                           heard_at_check="Zebulon Quarrie says the bus never came")
    assert len(said) == 1 and said[0].startswith(ASK_TITLE)
    assert "Quarrie" not in said[0]


def test_the_agreed_words_naming_someone_are_asked_about(
        demo_window, tmp_path, qtbot, asked):  # noqa: F811
    said, _ = asked
    _enter_beside_the_room(demo_window, tmp_path, qtbot,
                           agreed_what="Zebulon Quarrie to ring each person weekly")
    assert len(said) == 1 and said[0].startswith(ASK_TITLE)
