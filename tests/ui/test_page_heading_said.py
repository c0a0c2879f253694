"""A page's heading is heard as the keyboard is taken into it (session 29's leftover 1): a stage's
key or a click in the stage list put the keyboard in the page's main view, and a screen reader
said that view and never which page it was on. The heading is the first words of the view's
description as the keyboard arrives, gone once it leaves, and nothing more is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from tests.ui.shared_demo_window import module_demo_window
from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.workshop import Stage

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

HEADINGS = {  # as the stage list numbers the stage, then the page's own heading
    Stage.PREPARE: "1 Prepare the workshop.",
    Stage.COLLECT: "2 Collect the statements.",
    Stage.THEME: "3 Theme: group the cards into “I” statements.",
    Stage.UNDERSTAND: "4 Understand. Choose priorities: which themes will we work on?",
    Stage.IDENTIFY_SUCCESS: "5 Identify success. What would success look like?",
    Stage.PLAN: "6 Plan: who will do what, by when?",
    Stage.ACT: "7 Act: is each action happening, and on time?",
    Stage.REVIEW: "8 Review: what has changed since last time?",
}


@pytest.fixture(scope="module")
def window(tmp_path_factory, qapp):
    yield from module_demo_window(tmp_path_factory)


def _key(window, qtbot, stage: Stage):
    """Ctrl+1…8 pressed wherever the keyboard is; the focused widget once the step has run."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window,
                   KEY(KEY.Key_1 + list(Stage).index(stage)), CTRL)
    settle()  # what a reader asks for comes after the step has run
    assert window.shown_stage() == stage
    return QApplication.focusWidget()


def test_each_stage_key_says_the_page_heading_once(window, qtbot, monkeypatch):
    said = catch_announcements(monkeypatch)
    for stage in [*Stage, Stage.THEME]:  # every page, then one come back to
        view = _key(window, qtbot, stage)
        assert window.page(stage).isAncestorOf(view)
        heard = described(view)
        assert heard.startswith(HEADINGS[stage]), (stage, heard)
        own = heard.removeprefix(HEADINGS[stage]).lstrip()  # (Prepare's title box has none)
        # Tab away and back: the view's own words, as before, without the heading again
        qtbot.keyClick(view, KEY.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab, SHIFT)
        assert QApplication.focusWidget() is view
        assert described(view) == own, stage
    # heard with the focus, never announced over it
    assert not any(heading[2:] in words for heading in HEADINGS.values() for words in said)


def test_a_stage_key_on_its_own_page_says_nothing_again(window, qtbot):
    view = _key(window, qtbot, Stage.PLAN)
    page = window.page(Stage.PLAN)
    page.theme_filter.setFocus()  # elsewhere on the page
    view = _key(window, qtbot, Stage.PLAN)
    assert view is page.tree and HEADINGS[Stage.PLAN] not in described(view)


def test_a_click_in_the_stage_list_says_the_heading(window, qtbot):
    _key(window, qtbot, Stage.PLAN)
    stages = window.navigator
    for stage in (Stage.REVIEW, Stage.REVIEW):  # another stage, then its own again, from the list
        row = stages.visualItemRect(stages.item(list(Stage).index(stage)))
        qtbot.mouseClick(stages.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
        settle()
        view = QApplication.focusWidget()
        assert window.page(stage).isAncestorOf(view)
        assert described(view).startswith(HEADINGS[stage])


def test_the_root_causes_tab_says_its_own_heading(window, qtbot):
    page = window.page(Stage.UNDERSTAND)
    _key(window, qtbot, Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    _key(window, qtbot, Stage.PLAN)
    view = _key(window, qtbot, Stage.UNDERSTAND)
    assert page.causes.isAncestorOf(view)
    assert described(view).startswith("4 Understand: why is this not working? ")
    page.setCurrentWidget(page.priorities)


def test_undoing_a_stage_move_says_the_page_it_goes_back_to(window, qtbot):
    """Ctrl+Z takes the stage back: Qt moves the keyboard into the page that comes back."""
    _key(window, qtbot, Stage.IDENTIFY_SUCCESS)
    view = _key(window, qtbot, Stage.PLAN)
    qtbot.keyClick(view, KEY.Key_Z, CTRL)
    settle()
    assert window.shown_stage() == Stage.IDENTIFY_SUCCESS
    focused = QApplication.focusWidget()
    assert window.page(Stage.IDENTIFY_SUCCESS).isAncestorOf(focused)
    assert described(focused).startswith(HEADINGS[Stage.IDENTIFY_SUCCESS])
