"""F1 lists every key of the page on screen, as the README promises: walked page by page (each
stage, Understand's two tabs, the wall with its panels open), the keys each widget handles
itself are read from the code (its ``keyPressEvent``'s keys, its key maps) and the underlined
letters (Alt+letter) from the page's labels, buttons, group boxes and tabs, so a key added
without a description fails here. Plan and Act showed only Insert; Choose priorities not
Space; no page its Alt+letters."""

from __future__ import annotations

import inspect
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from wtfc.model.workshop import Stage
from wtfc.ui.shortcut_help import mnemonic_rows, shortcut_groups

PAGE = "On this page"
HANDLERS = ("keyPressEvent", "key_command")  # the methods where a widget reads its own keys
SAME = {
    "Return": "Enter",
    "Del": "Delete",
    "Ins": "Insert",
    "Esc": "Escape",
    "Equal": "=",
    "Plus": "+",
    "Minus": "-",
}
ARROWS = {"Left", "Right", "Up", "Down"}


@pytest.fixture
def window(demo_window):
    return demo_window


def _listed_keys(rows) -> set[str]:
    """The keys (without their Ctrl, Alt or Shift) of the page's rows: "Alt+Up or Alt+Down"
    → Up, Down; "Arrow keys" → the four arrows; "Ctrl++" → +; "- (minus)" → -."""
    found: set[str] = set()
    for keys, _what in rows:
        for combo in re.split(r" or |, then ", re.sub(r" \(\w+\)", "", keys)):
            if combo == "Arrow keys":
                found |= ARROWS
                continue
            key = "+" if combo.endswith("+") else combo.rsplit("+", 1)[-1]
            found.add(SAME.get(key, key))
    return found


def _handled_keys(widget: QWidget) -> set[str]:
    """The keys ``widget``'s own code handles: those its wtfc classes' key handlers name, and
    the keys of its key maps (the plan's and the priorities' {key: what to do})."""
    keys: set[str] = set()
    for cls in type(widget).__mro__:
        if not cls.__module__.startswith("wtfc."):
            continue
        for name in HANDLERS:
            if name in vars(cls):
                keys |= set(re.findall(r"Key_(\w+)", inspect.getsource(vars(cls)[name])))
    for value in vars(widget).values():
        if isinstance(value, dict):
            for key in value:
                key = key[0] if isinstance(key, tuple) else key
                if isinstance(key, Qt.Key):
                    keys.add(key.name.removeprefix("Key_"))
    return {SAME.get(k, k) for k in keys}


def _unlisted(window, page: QWidget) -> dict[str, set[str]]:
    """Each widget class on ``page`` with the keys it handles that F1 does not list."""
    groups = shortcut_groups(window.menuBar(), page, PAGE)
    rows = groups[0].rows if groups and groups[0].title == PAGE else ()
    listed = _listed_keys(rows)
    missing: dict[str, set[str]] = {}
    for widget in (page, *page.findChildren(QWidget)):
        if widget is page or widget.isVisibleTo(page):
            unlisted = _handled_keys(widget) - listed
            if unlisted:
                missing.setdefault(type(widget).__name__, set()).update(unlisted)
    for keys, what in mnemonic_rows(page):
        if keys not in (k for k, _ in rows):
            missing.setdefault(what, set()).add(keys)
    return missing


def _pages(window):
    """(name, page) for every page and tab on screen in turn, the wall's panels open."""
    for stage in Stage:
        window.go_to_stage(stage, focus=True)
        page = window.page(stage)
        if stage == Stage.UNDERSTAND:
            for tab in (page.priorities, page.causes):
                page.setCurrentWidget(tab)
                yield f"Understand, {page.tabText(page.indexOf(tab))}", page
            continue
        if stage == Stage.THEME:
            page.wall_actions.readout.trigger()  # the read-out card's keys come with it
            page.wall_actions.readout.trigger()
            for action in (page.wall_actions.show_suggestions, page.wall_actions.find):
                action.trigger()
        yield stage.label, page


def test_every_key_a_page_handles_is_listed_in_f1(window):
    missing = {
        name: unlisted for name, page in _pages(window) if (unlisted := _unlisted(window, page))
    }
    assert missing == {}


def test_plan_and_act_list_their_own_keys(window):
    for stage in (Stage.PLAN, Stage.ACT):
        window.go_to_stage(stage)
        rows = shortcut_groups(window.menuBar(), window.page(stage), PAGE)[0].rows
        keys = {keys for keys, _ in rows}
        assert {"Enter or F2", "Space", "Delete"} <= keys, stage
    assert ("Enter or F2", "Record what has happened, or change the action") in rows


def test_choose_priorities_lists_space_and_the_votes(window):
    window.go_to_stage(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    rows = dict(shortcut_groups(window.menuBar(), page, PAGE)[0].rows)
    assert rows["Space"] == "Priorities: choose or drop the theme"
    assert rows["+ or ="] == "Priorities: one more dot vote for the theme"


def test_the_underlined_letters_of_the_page_on_screen_are_listed(window):
    """Alt+W on Prepare goes to "Who's in the room": F1 said nothing of it, nor of Collect's
    Alt+N (Names to watch for…); a letter hidden with its box (Collect's people filter) or on
    another page is not listed."""
    window.go_to_stage(Stage.PREPARE)
    rows = shortcut_groups(window.menuBar(), window.page(Stage.PREPARE), PAGE)[0].rows
    assert ("Alt+W", "Go to Who's in the room") in rows
    assert ("Alt+T", "Go to Title") in rows
    window.go_to_stage(Stage.COLLECT)
    rows = shortcut_groups(window.menuBar(), window.page(Stage.COLLECT), PAGE)[0].rows
    assert ("Alt+N", "Names to watch for…") in rows
    assert ("Alt+W", "Tick or untick: Show held-back details") in rows
    assert not any(keys == "Alt+G" for keys, _ in rows)  # the people filter is not shown
    assert not any("Who's in the room" in what for _, what in rows)
