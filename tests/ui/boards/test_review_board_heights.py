"""The Review board gives last time's tables the room they need. On a 1366×768 laptop the
actions table showed an action and a half (Looking back under it took a third of the height),
at 1920×1080 it cut the actions while Looking back had room to spare, and at 911×512 (150%)
both tables shrank to 60 px while Looking back was typed in. Looking back has a tab of its own
(Alt+B, Ctrl+Tab); the themes take what their rows need, leaving four actions in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests.ui.renders import save_render
from tests.ui.settled import settle, until
from tests.ui.shown_words import as_shown
from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Stage
from wtfc.ui.boards.review_split import THEMES_MIN
from wtfc.ui.shortcut_help import shortcut_groups

ALT = Qt.KeyboardModifier.AltModifier


def _review(window, qtbot, size, previous=None):
    window.resize(*size)
    window.go_to_stage(Stage.REVIEW)
    board = window.page(Stage.REVIEW)
    assert board.load_previous(previous or demo_previous_path())
    qtbot.waitExposed(window)
    settle()
    return board


def _whole_rows(tree: QTreeWidget) -> int:
    """The rows wholly in sight, top to bottom, in ``tree`` (one may scroll sideways)."""
    bottom = tree.viewport().height()
    rows = (tree.visualItemRect(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount()))
    return sum(row.top() >= 0 and row.bottom() < bottom for row in rows)


def test_a_1366_laptop_shows_four_of_last_time_s_actions_and_the_priorities(demo_window, qtbot):
    board = _review(demo_window, qtbot, (1366, 768))
    save_render(demo_window, "review_board_1366")
    assert board.action_tree.topLevelItemCount() >= 4
    assert _whole_rows(board.action_tree) >= 4
    assert _whole_rows(board.themes) >= 3  # last time's priorities, which come first


def test_a_1024_laptop_shows_every_one_of_last_time_s_actions_whole(demo_window, qtbot):
    """With the status bar always under the board, the three themes kept in sight cut the
    demo's fourth action in half, its table scrolling 20 px; the themes scroll anyway, so the
    actions have all their rows and the themes what is left, the first of them whole."""
    board = _review(demo_window, qtbot, (1024, 768))
    save_render(demo_window, "review_board_1024")
    assert demo_window.statusBar().isVisible()
    actions = board.action_tree
    assert actions.topLevelItemCount() >= 4
    assert _whole_rows(actions) == actions.topLevelItemCount()
    assert actions.verticalScrollBar().maximum() == 0
    assert _whole_rows(board.themes) >= 1


def test_a_1920_screen_shows_every_action_and_all_but_the_last_theme_whole(demo_window, qtbot):
    """Last time's yardsticks (two lines above, a success line under each priority) take the
    room of one theme: the last, this time's newest, is scrolled to."""
    board = _review(demo_window, qtbot, (1920, 1080))
    save_render(demo_window, "review_board_1920")
    assert _whole_rows(board.action_tree) == board.action_tree.topLevelItemCount()
    assert _whole_rows(board.themes) >= board.themes.topLevelItemCount() - 1


@pytest.mark.parametrize("size", [(911, 512), (1366, 768)])
def test_typing_in_looking_back_leaves_the_tables_as_they_were(demo_window, qtbot, size):
    """At 911×512 the tables shrank to 60 px each, half a row, while Looking back was typed
    in. It is on its own tab now: Alt+B goes there, the box is whole, Alt+L comes back."""
    board = _review(demo_window, qtbot, size)
    heights = (board.themes.height(), board.action_tree.height())
    assert board.themes.height() >= THEMES_MIN and _whole_rows(board.action_tree) >= 1
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    board.themes.setFocus()
    qtbot.keyClick(board.themes, Qt.Key.Key_B, ALT)
    settle()
    assert board.looking_back.isVisible() and not board.themes.isVisible()
    for box in board.looking_back.boxes.values():
        box.setFocus()
        until(qtbot, box.hasFocus, timeout=2000)
        qtbot.keyClicks(box, " and more")
        settle()
        assert box.visibleRegion().boundingRect() == box.rect(), box.accessibleName()
    save_render(demo_window, f"review_looking_back_tab_{size[0]}")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ALT)
    settle()
    assert board.themes.isVisible()
    assert (board.themes.height(), board.action_tree.height()) == heights


@pytest.mark.parametrize("size", [(911, 512), (853, 480)])
def test_a_150_percent_laptop_shows_a_theme_and_an_action_whole(demo_window, qtbot, size):
    """At 911×512 (150% on a 1366×768 laptop) the themes had 110 px under the two-line title
    and three-line summary: no row whole. They keep their first row whole now, and the first
    action stays whole under them."""
    board = _review(demo_window, qtbot, size)
    save_render(demo_window, f"review_board_{size[0]}")
    assert _whole_rows(board.themes) >= 1 and _whole_rows(board.action_tree) >= 1


def test_a_shorter_window_folds_the_summary_to_one_line_its_words_in_a_tooltip(
    demo_window, qtbot, tmp_path
):
    """At 853×480 (150% on 1280×720) the first rows fit only under a one-line summary: it
    folds, its full words in a tooltip and read out (a label is read as its text); at 1024×576
    they fit under the whole summary, which is left whole. (Last time's yardsticks are left
    out: with the demo's two lines above it the summary folds at 1024×576 too. At 911×512 only
    its "Compared with …" folds: see below.)"""
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.model.workshop import Reflection

    bare = load_workshop(demo_previous_path()).workshop.model_copy(
        update={"reflection": Reflection(), "next_review": None, "success": []})
    save_workshop(bare, tmp_path / "bare.wtfc")
    board = _review(demo_window, qtbot, (1024, 576), tmp_path / "bare.wtfc")
    summary = board.summary
    line = summary.fontMetrics().lineSpacing()
    assert summary.height() >= 3 * line and summary.toolTip() == ""
    demo_window.resize(853, 480)
    settle()
    words = summary.text()
    assert words.startswith("Compared with") and "Last time's 4 actions: " in words
    assert summary.height() < 2 * line  # one line
    assert as_shown(summary.toolTip()) == words
    assert summary.shown_words().startswith("12 people's reviews")  # the numbers, not the file
    said = QAccessible.queryAccessibleInterface(summary).text(QAccessible.Text.Name)
    assert said == words
    assert _whole_rows(board.themes) >= 1 and _whole_rows(board.action_tree) >= 1
    demo_window.resize(1366, 768)
    settle()
    assert summary.height() >= 2 * line and summary.toolTip() == ""


@pytest.mark.parametrize("yardsticks", [True, False])
def test_at_911_the_summary_folds_only_where_the_comparison_comes_from(
    demo_window, qtbot, tmp_path, yardsticks
):
    """At 911×512 (150% on a 1366×768 laptop) the summary folded to one line, "Compared with
    “…” (spring.wtfc). 12 people's reviews last time, 1…": the themes and last time's action
    tally, what the facilitator reads to the room first, were in a tooltip. Now only the
    "Compared with …" folds away (into the tooltip); the numbers are on screen, whole. With the
    demo's own last cycle (Looking back and a next review written, as any real one has) the
    numbers folded still while "Last time we said we would do differently…" kept a line of its
    own: that line folds first now (cut to one line, its words in its tooltip), then the rows."""
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.model.workshop import Reflection

    previous = demo_previous_path()
    if not yardsticks:
        bare = load_workshop(previous).workshop.model_copy(
            update={"reflection": Reflection(), "next_review": None, "success": []})
        previous = tmp_path / "bare.wtfc"
        save_workshop(bare, previous)
    board = _review(demo_window, qtbot, (911, 512), previous)
    summary = board.summary
    words = summary.text()
    shown = summary.shown_words()
    assert as_shown(summary.toolTip()) == words and words.startswith("Compared with “")
    assert words.endswith(shown) and not shown.startswith("Compared with")
    assert shown.startswith("12 people's reviews last time, 16 this time")
    assert "Themes: 3 a bigger share of people" in shown
    assert "Last time's 4 actions: 2 done, 1 in progress, 1 not started; ⚠ 2 of them late." \
        in shown
    line = summary.fontMetrics().lineSpacing()
    assert summary.height() >= summary.lead_off_height() >= 3 * line  # whole, not one line
    said = QAccessible.queryAccessibleInterface(summary).text(QAccessible.Text.Name)
    assert said == words  # a screen reader still hears where the numbers come from
    last = board.last_said
    if yardsticks:  # the "do differently" line gave way first: one line, whole in its tooltip
        assert last.isVisible() and last.folded and last.height() < 2 * line
        assert as_shown(last.toolTip()) == last.text()
        assert "Send the invitations earlier" in last.text() and "5 November 2026" in last.text()
    assert _whole_rows(board.themes) >= 1 and _whole_rows(board.action_tree) >= 1
    save_render(demo_window, f"review_board_911_provenance_folded{'_yardsticks' * yardsticks}")


def test_the_splitter_dragged_by_hand_is_kept(demo_window, qtbot):
    board = _review(demo_window, qtbot, (1366, 768))
    splitter = board.themes.parentWidget()
    splitter.moveSplitter(400, 1)
    settle()
    dragged = board.themes.height()
    demo_window.resize(1400, 800)
    settle()
    assert board.themes.height() == pytest.approx(dragged, abs=2)


def test_with_no_last_time_looking_back_is_the_only_tab_and_f1_says_the_tab_keys(
    demo_window, qtbot
):
    demo_window.go_to_stage(Stage.REVIEW)
    board = demo_window.page(Stage.REVIEW)
    board.clear_previous()
    settle()
    assert board.looking_back.isVisible() and not board.tabs.isTabVisible(0)
    assert board.tabs.property("help_rows") == []  # no other tab to go to
    assert board.load_previous(demo_previous_path())
    assert board.themes.isVisible()  # what was just opened is on screen
    assert any(row.startswith("Ctrl+Tab") for row in board.tabs.property("help_rows"))


def test_f1_names_the_tabs_as_they_are_labelled(demo_window, qtbot):
    """F1 said 'Alt+L Review: last time's themes and actions' for the tab labelled 'Since last
    time', and 'Looking back on this workshop' for the one labelled 'Looking back'."""
    board = _review(demo_window, qtbot, (1366, 768))
    labels = [board.tabs.tabText(i).replace("&", "") for i in range(board.tabs.count())]
    assert labels == ["Since last time", "Looking back"]
    rows = dict(shortcut_groups(demo_window.menuBar(), board, "Review")[0].rows)
    assert rows["Alt+L"].startswith("Review: go to the Since last time tab")
    assert rows["Alt+B"].startswith("Review: go to the Looking back tab")
    assert "(Since last time, Looking back)" in rows["Ctrl+Tab or Ctrl+Shift+Tab"]
