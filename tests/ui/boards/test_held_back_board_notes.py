"""Words typed after the day on Act and Review, beside the room view on the laptop's only screen
(a mirrored projector): the room view draws them as "[name]", "[phone]"; the facilitator's own
boards showed them as typed, and Ctrl+C copied them so, unasked (review 36 R3 S2, R2). They
follow "Show held-back details on this screen" as the held-back cards do; Copy takes the room's
words either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from tests.ui.test_copy_chosen import press_copy
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PROGRESS_COLUMN
from wtfc.ui.boards.plan_rows import ID_ROLE
from wtfc.ui.boards.review import ReviewBoard

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
NOTE = "Zebulon Quarrie rang on 01632 960777 to say it helps."
THEN = "Zebulon Quarrie rang on 01632 960999 about the pilot."
NAME, PHONE, PHONE_THEN = "Quarrie", "960777", "960999"


def _open_with_note(window, tmp_path):
    """The demo with the first action's note naming a person pasted to watch for."""
    ws = load_workshop(demo_path()).workshop
    ws.actions[0].progress_note = NOTE
    path = tmp_path / "noted.wtfc"
    save_workshop(ws, path, backup=False)
    assert window.files.open_path(path, confirmed=True)
    _paste_names(window)
    return ws.actions[0].id


def _paste_names(window) -> None:
    """"Zebulon Quarrie" pasted to watch for, on 2 Collect."""
    window.go_to_stage(Stage.COLLECT)
    collect = window.page(Stage.COLLECT)
    collect.names_box.setPlainText("Zebulon Quarrie")
    collect.watch_names.check_all_again()
    assert window.doc.names_to_watch == ("Zebulon Quarrie",)


def _act_row(window, action_id):
    board = window.page(Stage.ACT)
    return board, next(i for i in board.action_items() if i.data(0, ID_ROLE) == action_id)


def _room_up_here(window):
    window.room.act_show.setChecked(True)  # one screen offscreen: the room view goes on it
    settle()
    assert not window.held_back.shown


def test_act_notes_beside_the_room_view_read_as_the_room_reads_them(demo_window, tmp_path,
                                                                    qtbot):
    window = demo_window
    action_id = _open_with_note(window, tmp_path)
    window.go_to_stage(Stage.ACT)
    _room_up_here(window)
    board, row = _act_row(window, action_id)
    cell = row.text(PROGRESS_COLUMN)
    assert "[name] rang on [phone]" in cell and NAME not in cell and PHONE not in cell
    said = str(row.data(0, ACCESSIBLE))  # a screen reader hears the note on Act too
    assert "[name]" in said and NAME not in said and PHONE not in said
    board.select_action(action_id)
    copied = press_copy(window, board.tree, qtbot)
    assert "[name] rang on [phone]" in copied and NAME not in copied and PHONE not in copied


def test_act_notes_show_as_typed_when_chosen_and_copy_as_the_room_reads_them(
        demo_window, tmp_path, qtbot):
    window = demo_window
    action_id = _open_with_note(window, tmp_path)
    window.go_to_stage(Stage.COLLECT)
    window.show_held_back_action.trigger()  # chosen before Act was first shown
    assert window.held_back.shown
    window.go_to_stage(Stage.ACT)
    board, row = _act_row(window, action_id)
    assert NOTE in row.text(PROGRESS_COLUMN)
    board.select_action(action_id)
    copied = press_copy(window, board.tree, qtbot)
    assert "[name] rang on [phone]" in copied and NAME not in copied  # Copy is an export
    window.show_held_back_action.trigger()  # hidden again, with Act in sight
    board, row = _act_row(window, action_id)
    assert NAME not in row.text(PROGRESS_COLUMN) and "[name]" in row.text(PROGRESS_COLUMN)


def _review_with_last_time(window, tmp_path) -> ReviewBoard:
    then = load_workshop(demo_previous_path()).workshop
    then.actions[0].progress_note = THEN
    path = tmp_path / "then.wtfc"
    save_workshop(then, path, backup=False)
    _paste_names(window)
    window.go_to_stage(Stage.REVIEW)
    board = window.page(Stage.REVIEW)
    assert board.load_previous(path)
    settle()
    return board


def _then_row(board: ReviewBoard):
    tree = board.action_tree
    return next(tree.topLevelItem(r) for r in range(tree.topLevelItemCount())
                if "[phone]" in tree.topLevelItem(r).toolTip(0)
                or PHONE_THEN in tree.topLevelItem(r).toolTip(0))


def test_last_times_words_beside_the_room_view_read_as_its_warning_quotes_them(
        demo_window, tmp_path, qtbot):
    window = demo_window
    board = _review_with_last_time(window, tmp_path)
    _room_up_here(window)
    row = _then_row(board)
    for words in (row.text(0), row.toolTip(0), str(row.data(0, ACCESSIBLE))):
        assert "[phone]" in words and PHONE_THEN not in words and NAME not in words
    board.tabs.setCurrentIndex(0)
    board.action_tree.setCurrentItem(row)
    copied = press_copy(window, board.action_tree, qtbot)
    assert "[phone]" in copied and PHONE_THEN not in copied


def test_last_times_words_shown_on_this_screen_still_copy_as_kinds(demo_window, tmp_path,
                                                                  qtbot):
    window = demo_window
    board = _review_with_last_time(window, tmp_path)
    window.show_held_back_action.trigger()
    row = _then_row(board)
    assert THEN in row.toolTip(0) and PHONE_THEN in str(row.data(0, ACCESSIBLE))
    board.tabs.setCurrentIndex(0)
    board.action_tree.setCurrentItem(row)
    copied = press_copy(window, board.action_tree, qtbot)
    assert "[phone]" in copied and PHONE_THEN not in copied
    board.words_hint.show_as_typed.setChecked(True)  # said fine for the room: as typed
    row = _then_row(board)
    assert PHONE_THEN in row.toolTip(0)
