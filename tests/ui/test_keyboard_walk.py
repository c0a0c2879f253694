"""A workshop driven with the keyboard alone, listened to as a screen reader hears it.

Each test opens the demo in the main window, goes to a stage with its key, does what a
facilitator does there with keys only, and asserts on where the focus and the choice land and
on what a screen reader is given to say (the accessible names Qt hands NVDA/JAWS, and the
announcements it sends when a message appears).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def spoken(monkeypatch):
    """What a screen reader is asked to announce: (words, urgent) in order."""
    said: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(),
                         event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def read_name(widget) -> str:
    """The name a screen reader reads for a widget (Qt's accessible interface)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def stage_page(window, qtbot, stage: Stage):
    window.activateWindow()  # the stage keys belong to the window the facilitator is in
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, KEY(KEY.Key_1 + list(Stage).index(stage)), CTRL)
    assert window.doc.workshop.stage == stage
    return window._stack.currentWidget()


# -- messages reach a screen reader ------------------------------------------------------------
def test_a_refused_edit_is_announced_and_read_as_its_words(demo_window, qtbot, spoken):
    page = stage_page(demo_window, qtbot, Stage.COLLECT)
    page.table.setFocus()
    page.table.clearSelection()
    qtbot.keyClick(page.table, KEY.Key_Return)  # Enter edits, but no card is chosen
    assert page.notice.isVisible()
    assert ("Select one card to edit.", True) in spoken
    assert "Select one card to edit" in read_name(page.notice)


def test_a_refusal_on_the_why_tree_is_announced(demo_window, qtbot, spoken):
    tabs = stage_page(demo_window, qtbot, Stage.UNDERSTAND)
    tabs.setCurrentIndex(1)
    board = tabs.causes
    board.view.setFocus()
    board.view.select("__theme__")
    qtbot.keyClick(board.view, KEY.Key_R)  # the theme itself cannot be a root cause
    assert any("Select a cause first" in words and urgent for words, urgent in spoken)


def test_page_summaries_are_read_as_what_they_say(demo_window, qtbot):
    collect = stage_page(demo_window, qtbot, Stage.COLLECT)
    assert "cards" in read_name(collect.summary) and "people" in read_name(collect.summary)
    priorities = stage_page(demo_window, qtbot, Stage.UNDERSTAND).widget(0)
    assert "chosen as priorities" in read_name(priorities.summary)
    plan = stage_page(demo_window, qtbot, Stage.PLAN)
    assert "late" in read_name(plan.summary)
    review = stage_page(demo_window, qtbot, Stage.REVIEW)
    assert "Compared with" in read_name(review.summary)


def test_a_chosen_priority_is_read_as_a_priority_not_a_star(demo_window, qtbot):
    board = stage_page(demo_window, qtbot, Stage.UNDERSTAND).widget(0)
    model = board.proxy
    texts = [model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
             for row in range(model.rowCount())]
    assert texts[0] == "Priority 1"
    assert "Not a priority" in texts
    assert not any("★" in t for t in texts)


# -- focus lands somewhere sensible after an edit ----------------------------------------------
def test_deleting_a_card_by_key_leaves_the_next_card_chosen(demo_window, qtbot):
    page = stage_page(demo_window, qtbot, Stage.COLLECT)
    page.table.setFocus()
    page.select_cards([page.doc.workshop.cards[1].id])
    after = page.doc.workshop.cards[2].id
    qtbot.keyClick(page.table, KEY.Key_Delete)
    assert page.selected_ids() == [after]
    assert page.table.currentIndex().row() == 1
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, KEY.Key_Delete)  # and Delete again goes on down the list
    assert page.doc.get("cards", after) is None


def test_deleting_a_success_statement_keeps_the_place_in_the_column(demo_window, qtbot):
    board = stage_page(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    column = next(c for c in board.columns.values() if c.list.count() >= 2)
    column.list.setFocus()
    column.list.setCurrentRow(0)
    second = column.list.item(1).text()
    qtbot.keyClick(column.list, KEY.Key_Delete)
    assert column.list.currentItem() is not None
    assert column.list.currentItem().text() == second
    while column.list.count():
        qtbot.keyClick(column.list, KEY.Key_Delete)
    # an empty column: the focus goes to its box, ready to type a new statement
    assert QApplication.focusWidget() is column.entry


def test_deleting_an_action_moves_to_the_next_action_in_its_lane(demo_window, qtbot):
    board = stage_page(demo_window, qtbot, Stage.PLAN)
    lane = next(board.tree.topLevelItem(r) for r in range(board.tree.topLevelItemCount())
                if board.tree.topLevelItem(r).childCount() >= 2)
    board.tree.setFocus()
    board.tree.setCurrentItem(lane.child(0))
    following = lane.child(1).text(0)
    qtbot.keyClick(board.tree, KEY.Key_Delete)
    assert board.selected_action() is not None
    assert board.selected_action().what == following


def test_undoing_a_new_why_leaves_its_parent_chosen(demo_window, qtbot):
    tabs = stage_page(demo_window, qtbot, Stage.UNDERSTAND)
    tabs.setCurrentIndex(1)
    board = tabs.causes
    board.view.setFocus()
    qtbot.keyClick(board.view, KEY.Key_Down)  # the theme, at the top
    qtbot.keyClick(board.view, KEY.Key_Down)  # its first cause
    parent = board.selected()
    assert parent not in (None, "__theme__")
    qtbot.keyClick(board.view, KEY.Key_W)
    qtbot.keyClicks(board.editor, "Nobody asked")
    qtbot.keyClick(board.editor, KEY.Key_Return)
    assert board.selected() not in (None, parent)
    qtbot.keyClick(board.view, KEY.Key_Z, CTRL)
    assert board.selected() == parent
    assert "Selected:" in board.view.accessibleDescription()


# -- the dialogs the Collect page opens --------------------------------------------------------
@pytest.fixture
def collect_page(demo_window, qtbot):
    return stage_page(demo_window, qtbot, Stage.COLLECT)


def paste_dialog(page, qtbot, text: str):
    from wtfc.ui.import_dialog import ImportDialog

    dialog = ImportDialog(page.doc, page.undo, parent=page)
    qtbot.addWidget(dialog)
    dialog.start_paste(text)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.read_pasted()
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    return dialog


TEMPLATE_ROWS = "Person\tKind\tStatement\nP41\tNot working\tNo bus on Sundays\n"


def test_a_paste_that_fails_is_announced_and_read(collect_page, qtbot, spoken):
    dialog = paste_dialog(collect_page, qtbot, "")
    assert dialog.stage == "failed"
    assert any("nothing to import" in words and urgent for words, urgent in spoken)
    assert "nothing to import" in read_name(dialog.failure)


def test_a_clear_paste_is_imported_with_enter(collect_page, qtbot, spoken):
    dialog = paste_dialog(collect_page, qtbot, TEMPLATE_ROWS)
    assert dialog.stage == "confirm"
    assert QApplication.focusWidget() is dialog.import_button  # not "Check the columns"
    assert any("Click Import" in words for words, _ in spoken)  # what is about to happen
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Return)
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    assert any("1 card added" in words for words, _ in spoken)
    assert "No bus on Sundays" in [c.text for c in collect_page.doc.workshop.cards]


def test_what_stops_an_import_is_read_as_its_words(collect_page, qtbot):
    dialog = paste_dialog(collect_page, qtbot, "a\tb\nc\td\n")
    assert dialog.stage == "mapping"
    problems = dialog.mapping_step.problems
    assert problems.isVisible()
    assert "Choose the column" in read_name(problems)


def test_card_dialog_says_why_save_is_off_and_what_the_guard_found(collect_page, qtbot,
                                                                    spoken):
    from PySide6.QtWidgets import QDialogButtonBox

    from wtfc.ui.card_dialog import CardDialog

    dialog = CardDialog(parent=collect_page)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert "Write the words" in save.accessibleDescription()
    qtbot.keyClicks(dialog.words, "Mrs Jones from next door helps me")
    assert any("Possible personal details" in words for words, _ in spoken)
    assert "Possible personal details" in read_name(dialog.verdict)
    assert "Possible personal details" in dialog.words.accessibleDescription()
    spoken.clear()
    qtbot.keyClicks(dialog.words, " every day")  # the same finding: said once, not each key
    assert not any("Possible personal details" in words for words, _ in spoken)
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, "John Smith")
    assert not save.isEnabled()
    assert "never a name" in save.accessibleDescription()
    assert any("never a name" in words for words, _ in spoken)


def test_the_result_of_checking_all_cards_again_is_announced_and_read(demo_window, qtbot,
                                                                      spoken):
    page = stage_page(demo_window, qtbot, Stage.COLLECT)
    held = page
    held.names_box.setPlainText("Dennis")
    held.check_button.setFocus()
    qtbot.keyClick(held.check_button, KEY.Key_Space)
    said = held.check_result.text()
    assert said.startswith("Checked ") and (said, False) in spoken
    assert read_name(held.check_result) == said


def test_cutting_a_cause_says_where_to_put_it(demo_window, qtbot, spoken):
    tabs = stage_page(demo_window, qtbot, Stage.UNDERSTAND)
    tabs.setCurrentIndex(1)
    board = tabs.causes
    board.view.setFocus()
    cause = next(c for c in demo_window.doc.workshop.causes
                 if c.theme_id == board.theme_id())
    board.view.select(cause.id)
    qtbot.keyClick(board.view, KEY.Key_X, CTRL)
    assert any(words.startswith("Cut ") and "Ctrl+V" in words for words, _ in spoken)
