"""No page's own shortcut is also a window-wide one: Qt then calls the key ambiguous and
neither fires (the success board's Ctrl+1…4 once silenced the stage keys, the plan board's
Ctrl+N File → New)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from wtfc.model.workshop import Stage


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    """One window on the demo for the module, as ``demo_window`` makes it: each test only goes
    to a page and reads its keys and words (the read-out is put back), so each page is built
    once, not once a test (19 windows, ~0.3 s each, and their pages again)."""
    from tests.ui.shared_demo_window import module_demo_window

    yield from module_demo_window(tmp_path_factory)


def _menu_keys(window) -> dict[str, QAction]:
    keys = {}
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            keys |= {k.toString(): action for k in action.shortcuts()}
    return keys


def _page_keys(page) -> dict[str, QAction | None]:
    found: dict[str, QAction | None] = {}
    for action in page.findChildren(QAction):
        for key in action.shortcuts():
            found[key.toString()] = action
    for shortcut in page.findChildren(QShortcut):
        found[shortcut.key().toString()] = None
    return found


@pytest.mark.parametrize("stage", list(Stage))
def test_no_page_shortcut_is_also_a_window_shortcut(window, stage):
    window.go_to_stage(stage)
    page = window.page(stage)
    readout = window.page(stage).wall_actions.readout if stage == Stage.THEME else None
    if readout is not None:
        readout.trigger()  # the read-out page's keys too
    menu_keys = _menu_keys(window)
    # a page's own action in a menu too (the wall's Zoom in) is one shortcut, not two
    clashes = {key: action.text() if action else "a shortcut"
               for key, action in _page_keys(page).items()
               if key in menu_keys and menu_keys[key] is not action}
    if readout is not None:
        readout.trigger()  # the wall again, for the module's other tests
    assert clashes == {}


def test_the_clashing_keys_now_work(window, qtbot, monkeypatch):
    """Ctrl+3 on the success board goes to the third stage; Alt+3 to its third column."""
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    qtbot.waitExposed(window)
    alt3 = next(a for a in board.findChildren(QAction)
                if a.shortcut() == QKeySequence("Alt+3"))
    alt3.trigger()
    third = list(board.columns.values())[2]
    assert third.entry.hasFocus() or window.focusWidget() is third.entry


def _mnemonic(text: str) -> str | None:
    """The underlined letter of "Sh&ow:" (o); None without one ("&&" is a real ampersand)."""
    import re

    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found[1].casefold() if found else None


def _built(window, stage):
    """The page of ``stage`` with the parts it makes on first use built too: the wall's
    suggestions panel (Suggest themes and "Where does this card go?" share it) and its
    read-out. Read before they were built, the wall's letters missed the panel's Alt+R and
    its two Alt+T (review R3 R5, R6)."""
    window.go_to_stage(stage)
    page = window.page(stage)
    if stage == Stage.THEME:
        page.suggestions  # noqa: B018 (built when first asked for)
        page.wall_actions.readout.trigger()
        page.wall_actions.readout.trigger()  # the wall again
    return page


def _letters(page, *, shown_in=None) -> list[tuple[str, str]]:
    """(letter, words) of every label, button, group and tab on ``page`` with an underlined
    letter; with ``shown_in``, only those on screen in that window now."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    def shown(widget) -> bool:
        return shown_in is None or widget.isVisibleTo(shown_in)

    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind)
             if shown(w)]
    texts += [g.title() for g in page.findChildren(QGroupBox) if shown(g)]
    texts += [bar.tabText(i) for bar in page.findChildren(QTabBar) if shown(bar)
              for i in range(bar.count()) if bar.isTabVisible(i)]
    return [(letter, text) for text in texts if (letter := _mnemonic(text))]


@pytest.mark.parametrize("stage", list(Stage))
def test_no_underlined_letter_on_a_page_is_also_a_menus(window, stage):
    """Alt+R on "&Redact" opened the Room view menu instead of redacting."""
    page = _built(window, stage)
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
    clashes = [text for letter, text in _letters(page) if letter in menus]
    assert clashes == []


def _twice(letters: list[tuple[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for letter, text in letters:
        seen.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}


@pytest.mark.parametrize("stage", list(Stage))
def test_no_two_things_on_screen_share_a_letter(window, stage):
    """Alt+T went first to the fit page's themes list, then to the "Suggested themes" tab,
    hiding the answer just asked for. On the wall, each of the suggestions panel's two pages
    is looked at shown."""
    page = _built(window, stage)
    if stage != Stage.THEME:
        assert _twice(_letters(page, shown_in=window)) == {}
        return
    panel = page.suggestions
    panel.set_shown(True)
    try:
        for tab in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(tab)
            assert _twice(_letters(page, shown_in=window)) == {}, panel.tabs.tabText(tab)
    finally:
        panel.tabs.setCurrentIndex(0)
        panel.set_shown(False)


def test_the_suggestions_panels_letters_reach_its_lists(window, qtbot):
    """Alt+A (Cards) reaches the suggestion's cards list, not a menu; Alt+M (Themes) the
    fit page's themes list, its tab staying in sight."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    wall = _built(window, Stage.THEME)
    qtbot.waitExposed(window)
    window.activateWindow()
    panel = wall.suggestions
    panel.set_shown(True)
    alt = Qt.KeyboardModifier.AltModifier
    try:
        task = panel.suggest()  # a suggestion chosen: its cards list takes the keyboard
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        assert panel.themes_page.members.isEnabled()
        panel.kind_box.setFocus()
        qtbot.keyClick(panel.kind_box, Qt.Key.Key_A, alt)
        assert QApplication.focusWidget() is panel.themes_page.members
        assert window.menuBar().activeAction() is None  # no menu opened
        panel.tabs.setCurrentIndex(1)
        for _ in range(2):  # again: it stays there, the page in sight
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, alt)
            assert QApplication.focusWidget() is panel.fit_page.themes
            assert panel.tabs.currentIndex() == 1
    finally:
        panel.tabs.setCurrentIndex(0)
        panel.set_shown(False)


@pytest.mark.parametrize("stage", [Stage.COLLECT, Stage.UNDERSTAND])
def test_tab_leaves_the_pages_tables(window, stage):
    """Tab went from cell to cell for ever: the buttons after the table were out of reach."""
    from PySide6.QtWidgets import QTableView

    window.go_to_stage(stage)
    tables = [t for t in window.page(stage).findChildren(QTableView) if t.isVisibleTo(window)]
    assert tables and not any(t.tabKeyNavigation() for t in tables)
