"""The why-tree and the actions that tackle its causes: N opens the action dialog for the chosen
cause, and a delete says which actions lose their link."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.ui.boards.causes import CausesBoard


def _board(qtbot, doc, undo) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    return board


def test_deleting_a_cause_an_action_tackles_names_the_action_then_undo_redo(qtbot, doc, undo):
    """The action's link went silently: the step read only "Delete cause …"."""
    board = _board(qtbot, doc, undo)
    board.view.select("d")  # "e" below it is the cause action x2 tackles
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert doc.get("actions", "x2").cause_id is None
    assert undo.stack.undoText() == (
        "Delete cause 'Paid carers are too task focused' and 1 below it "
        "(the action 'Add 'getting to know you' visits to ind…' loses its link)"
    )
    assert board.status.text() == (
        "The action 'Add 'getting to know you' visits to induction' no longer has a root "
        "cause: Ctrl+Z puts the cause and the link back."
    )
    undo.stack.undo()
    assert doc.get("actions", "x2").cause_id == "e"
    undo.stack.redo()
    assert doc.get("actions", "x2").cause_id is None


def test_deleting_a_cause_no_action_tackles_says_nothing_more(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.view.select("c")
    board.delete_selected()
    assert undo.stack.undoText() == "Delete cause 'Travel time between visits is unpaid'"
    assert "action" not in board.status.text()


# -- N: an action for the chosen cause, in the Plan board's dialog ---------------------------------
def test_n_opens_the_action_dialog_for_the_chosen_cause_and_saves_an_undoable_action(
    qtbot, doc, undo
):
    """There was no way from an agreed cause to a new action but Plan and the cause list."""
    board = _board(qtbot, doc, undo)
    board.view.select("c")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    dialog = board.tree_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New action"
    assert (dialog.theme.currentData(), dialog.cause.currentData()) == ("package", "c")
    before = len(doc.workshop.actions)
    dialog.what.setText("Pay carers for travel time")
    dialog.accept()
    new = doc.workshop.actions[-1]
    assert len(doc.workshop.actions) == before + 1
    assert (new.what, new.theme_id, new.cause_id) == ("Pay carers for travel time", "package", "c")
    assert undo.stack.undoText() == "Add action 'Pay carers for travel time'"
    assert board.status.text() == (
        "Added the action 'Pay carers for travel time' for 'Travel time between visits is "
        "unpaid': it is on the Plan page."
    )
    undo.stack.undo()
    assert len(doc.workshop.actions) == before
    undo.stack.redo()
    assert doc.workshop.actions[-1] == new


def test_the_button_with_the_theme_chosen_opens_an_action_for_the_theme(qtbot, doc, undo):
    from PySide6.QtWidgets import QPushButton

    board = _board(qtbot, doc, undo)
    board.selector.select_theme("who")
    button = next(b for b in board.findChildren(QPushButton) if b.text() == "New action… (N)")
    button.click()
    dialog = board.tree_actions.dialog
    assert (dialog.theme.currentData(), dialog.cause.currentData()) == ("who", None)
    dialog.what.setText("")
    dialog.accept()  # no words: refused, and the dialog stays with the notice saying why
    assert dialog.isVisible() and board.notice.text()


def test_n_on_a_read_only_workshop_says_so_and_opens_nothing(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    undo.read_only = True
    board.view.select("b")
    board.open_action_dialog()
    assert board.tree_actions.dialog is None
    assert "read-only" in board.notice.text()


def test_the_cause_list_puts_agreed_causes_first_and_marks_them_in_words(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.view.select("a")
    board.open_action_dialog()
    cause = board.tree_actions.dialog.cause
    shown = [(cause.itemData(i), cause.itemText(i)) for i in range(cause.count())]
    assert shown == [
        (None, "(none)"),
        ("b", "✔ agreed, ◎ root cause: Contracts pay by the minute, not by outcome"),
        ("e", "◎ root cause: Training covers tasks, not getting to know people"),
        ("a", "Visits are booked in 15-minute slots"),
        ("c", "Travel time between visits is unpaid"),
        ("d", "Paid carers are too task focused"),
    ]
    assert cause.currentData() == "a"
    save_render(board.tree_actions.dialog, "action_dialog_from_why_tree")
    save_render(board, "causes_new_action_button")


def test_n_is_listed_under_f1_with_the_why_trees_other_keys(qtbot, doc, undo):
    from wtfc.ui.shortcut_help import HELP_ROWS

    board = _board(qtbot, doc, undo)
    rows = board.view.property(HELP_ROWS)
    assert "N\tWhy-tree: add an action for the chosen cause" in rows


def test_at_150_percent_every_button_shows_whole_the_new_one_on_a_second_row(qtbot, doc, undo):
    """Eight buttons in one row need 805 px: at 150% on a 1366 laptop (~724 px for the board)
    "Move under… (M)" and "New action… (N)" were squeezed to "ove under… (M" and "ew action… (N"."""
    from PySide6.QtWidgets import QPushButton, QWidget

    window = QWidget()  # as the main window's stage page: squeezed below its own wish
    qtbot.addWidget(window)
    board = CausesBoard(doc, undo, window)
    board.setGeometry(0, 0, 724, 553)
    window.resize(724, 553)
    window.show()
    qtbot.waitExposed(window)
    # the board's own row (the Teams panel's strip and Fold are not in it), with Category…,
    # and the Tree / Fishbone pair beside the Theme box, whole too
    buttons = [b for b in board.findChildren(QPushButton) if not board.teams.isAncestorOf(b)]
    # and More… (Category… and Move to theme… under it: as two buttons they took a third row
    # at 16 pt on 1024x768, test_f17_why_tree_buttons_16pt.py)
    assert len(buttons) == 9 + 2
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= board.width()
    save_render(window, "causes_buttons_at_150_percent")


def test_the_board_and_its_scene_keep_their_qt_methods(qtbot, doc, undo):
    """``self.actions`` hid QWidget.actions() and the scene's ``self.style`` hid
    QGraphicsScene.style(): calling either raised TypeError."""
    from PySide6.QtWidgets import QStyle

    board = _board(qtbot, doc, undo)
    assert isinstance(board.actions(), list)
    assert isinstance(board.scene.style(), QStyle)
    assert board.scene.tree_style.h_gap > 0


def test_new_action_while_a_reason_is_typed_is_for_the_new_reason(qtbot, doc, undo):
    """The button read the chosen box before the typed reason was recorded: the dialog was
    for the box the reason was typed under, not the reason."""
    from PySide6.QtWidgets import QPushButton

    board = _board(qtbot, doc, undo)
    board.view.select("c")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_W)
    qtbot.keyClicks(board.editor, "Mileage is not paid either")
    button = next(b for b in board.findChildren(QPushButton) if b.text() == "New action… (N)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new = next(c for c in doc.workshop.causes if c.text == "Mileage is not paid either")
    assert new.parent_id == "c"
    dialog = board.tree_actions.dialog
    assert dialog.cause.currentData() == new.id
    assert dialog.cause.currentText() == "Mileage is not paid either"
