"""What a screen reader hears on Plan and Act (review 29 R2 #2 #6 #8, A2 #2 #5 #6): each action
with the status, owner and date the eye reads beside it (on Act, what has happened so far too),
the summary in words with the list the keyboard lands in, its keys said once, and Tab through
the page (the Show box too) before the stage panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import TODAY
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import ActionStatus, Stage
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard


def _heard(tree) -> str:
    """The focused row as a screen reader gets it: the view's focused child's name."""
    child = QAccessible.queryAccessibleInterface(tree).focusChild()
    return child.text(QAccessible.Text.Name) if child is not None else ""


def _plan(show, doc, undo, heading=None) -> PlanBoard:
    extra = {"heading": heading} if heading else {}
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, **extra), 1400, 700)
    board.tree.setFocus()
    return board


def test_an_action_is_heard_with_its_status_owner_and_date(qtbot, show, doc, undo):
    board = _plan(show, doc, undo)  # Plan: nothing has happened yet, and nothing more is said
    board.select_action("x1")
    assert _heard(board.tree) == ("Pilot outcome-based home care contracts. Not started. "
                                  "Commissioning team, by 30 September 2025")
    board.select_action("x3")  # done: said as done, not as late though its date has passed
    # dated before the workshop itself (1 March 2025): said after (test_plan_early_action_row)
    assert _heard(board.tree) == ("Send a weekly rota letter to each person. Done. Home care "
                                  "leads, by 1 February 2025. By 1 February 2025 is before this "
                                  "workshop (1 March 2025). The report, the posters and the "
                                  "feedback sheet print that date.")
    board.select_action("x2")  # late: "Late" first, as the row's "⚠ Late —" shows it, and
    # its status as the cell shows it ("⚠ Late: started"), as Review hears last time's: it
    # was heard as just "In progress"
    assert _heard(board.tree) == ("Late — Add 'getting to know you' visits to induction. Late, "
                                  "started. Provider forum, by 31 January 2025. By 31 January "
                                  "2025 is before this workshop (1 March 2025). The report, the "
                                  "posters and the feedback sheet print it as late.")


def test_a_late_action_not_started_is_heard_as_late_not_started(qtbot, show, doc, undo):
    undo.push(edit_action(doc, action_id="x2", status=ActionStatus.NOT_STARTED))
    board = _plan(show, doc, undo, ACT_HEADING)
    board.select_action("x2")
    assert _heard(board.tree).startswith("Late — Add 'getting to know you' visits to "
                                         "induction. Late, not started. Provider forum, by ")
    assert "progress" not in _heard(board.tree)


def test_a_blank_owner_and_date_are_heard_as_to_be_agreed(qtbot, show, doc, undo):
    # on the workshop's day: the room left them open (later, the date agreed is heard too)
    undo.push(edit_action(doc, action_id="x4", owner="", by_when=None, today=doc.workshop.date))
    board = _plan(show, doc, undo)
    board.select_action("x4")
    assert _heard(board.tree).endswith(". Not started. Owner to be agreed, date to be agreed")


def test_the_words_heard_follow_space_undo_redo_and_an_edit(qtbot, show, doc, undo):
    board = _plan(show, doc, undo, ACT_HEADING)
    board.select_action("x4")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # not started → in progress
    assert doc.get("actions", "x4").status == ActionStatus.IN_PROGRESS
    assert ". In progress. Age Friendly Forum, by 1 May 2025" in _heard(board.tree)
    for _ in range(2):  # → done → dropped
        qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    board.tree.setFocus()  # (the dropped one's "why?" line took the keyboard)
    assert ". Dropped. " in _heard(board.tree)
    undo.stack.undo()
    assert ". Done. " in _heard(board.tree)
    undo.stack.redo()
    assert ". Dropped. " in _heard(board.tree)
    undo.push(edit_action(doc, action_id="x4", owner="Carers' centre",
                          by_when=dt.date(2025, 6, 30)))
    board.select_action("x4")
    # moved after the workshop: the date the room agreed is heard beside the new one
    assert (". Dropped. Carers' centre, by 30 June 2025 (the date agreed was 1 May 2025)."
            in _heard(board.tree))
    undo.stack.undo()
    assert ". Dropped. Age Friendly Forum, by 1 May 2025." in _heard(board.tree)


def test_on_act_an_action_is_heard_with_what_has_happened_so_far(qtbot, show, doc, undo):
    """Act is where each action is checked with the room: going down the list, the column it
    is about ("Not checked yet", "Checked …: what happened") was never heard, so which were
    due a check, and what was last recorded, took an Enter on every row."""
    board = _plan(show, doc, undo, ACT_HEADING)
    described = board.tree.accessibleDescription()  # the summary's own keys left out
    assert "Due a check: " in described and "Enter records what has happened;" not in described
    board.select_action("x1")
    assert _heard(board.tree) == ("Pilot outcome-based home care contracts. Not started. "
                                  "Commissioning team, by 30 September 2025. Not checked yet")
    undo.push(edit_action(doc, action_id="x1", progress_note="Two providers have agreed.",
                          checked_on=TODAY))
    assert _heard(board.tree).endswith(
        "by 30 September 2025. Checked 1 Mar 2025: Two providers have agreed.")
    undo.push(edit_action(doc, action_id="x1", checked_on=dt.date(2024, 11, 1)))  # 4 months
    heard = _heard(board.tree)  # as the row shows it, "·" in words
    assert heard.endswith(". Due a check, last checked 1 Nov 2024: Two providers have agreed.")
    assert "·" not in heard
    undo.stack.undo()
    undo.stack.undo()
    assert _heard(board.tree).endswith("by 30 September 2025. Not checked yet")


def test_the_summary_is_said_with_the_list_and_kept_up_to_date(qtbot, show, doc, undo):
    board = _plan(show, doc, undo)
    described = board.tree.accessibleDescription()
    # in words, not "·" and "⚠", and the keys said once: the list's own, after the counts
    assert board.summary.text().startswith("4 actions: 2 not started · 1 in progress · 1 done; "
                                           "⚠ 1 of them late as of 1 March 2025. Insert adds")
    assert described == ("4 actions: 2 not started, 1 in progress, 1 done; 1 of them late as "
                         f"of 1 March 2025. {board.tree.toolTip()}")
    board.select_action("x1")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # x1 done: 2 done now
    assert "2 done" in board.tree.accessibleDescription()
    undo.stack.undo()
    assert "1 done" in board.tree.accessibleDescription()
    undo.stack.redo()
    assert "2 done" in board.tree.accessibleDescription()


def test_tab_goes_through_the_page_before_the_stage_panel(qtbot, demo_window):
    from PySide6.QtTest import QTest

    for stage in (Stage.PLAN, Stage.ACT):
        demo_window.go_to_stage(stage, focus=True)
        page = demo_window.page(stage)
        qtbot.waitUntil(lambda p=page: p.tree.hasFocus())
        reached = []
        while len(reached) < 12 and page.isAncestorOf(QApplication.focusWidget()):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(QApplication.focusWidget())
        names = [w.accessibleName() for w in reached]
        # the buttons, then the Show box, and only then the stage panel
        assert names[:5] == ["Add action", "Edit", "Next status", "Delete",
                             page.theme_filter.accessibleName()], names
        assert not page.isAncestorOf(reached[5]) and names[5] == "Workshop stages"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is page.theme_filter  # and back


def test_the_why_line_of_a_dropped_action_tabs_on_into_the_page(qtbot, show, doc, undo):
    board = _plan(show, doc, undo, ACT_HEADING)
    board.select_action("x2")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # in progress → done
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)  # → dropped: the line asks why
    assert board.reason is not None and board.reason.editor.isVisible()
    following = board.reason.editor
    while True:  # the next stop that takes Tab: the board's own buttons, not outside it
        following = following.nextInFocusChain()
        if following.isVisible() and following.focusPolicy() & Qt.FocusPolicy.TabFocus:
            break
    assert following.accessibleName() in ("Add action", "Chosen action's other columns")
