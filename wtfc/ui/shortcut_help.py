"""Keyboard shortcuts as the Help menu lists them, read from the live actions.

The list is never written by hand, so it cannot fall behind the app: the menu bar's actions,
then the actions of the page on screen (the wall's M, N, Alt+1…9, the why-tree's W, R, A, T…);
a page's action in a menu too (the wall's Zoom in) is listed once, with the page's keys.
A ``QShortcut`` has no words of its own, so the few the app makes are given a row with
``describe`` (one row may stand for several keys: "Alt+1 … Alt+9"). Last come the page's
underlined letters (Alt+W: "Who's in the room"), read from its labels, buttons, group boxes
and tabs on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

HELP = "help"  # property: what a QShortcut (or a row standing for several actions) does
HELP_KEYS = "help_keys"  # property: the keys to show instead of the object's own
HELP_ROWS = "help_rows"  # property of a widget: keys its own key handling knows, "keys\twhat"
READ_ONLY_WHY = "this workshop is open read-only"  # why its greyed editing keys do nothing
NOT_NOW = "help_not_now"  # property of a greyed button: why, for its row ("choose a card first")
# Qt's short names for keys, as the buttons, tooltips and README spell them ("Add action
# (Insert)"): F1's "Ins" was not found by a search for the word on the button
KEY_WORDS = {"Ins": "Insert", "Del": "Delete", "Return": "Enter", "PgUp": "Page Up",
             "PgDown": "Page Down", "PgDn": "Page Down"}
_KEY_WORD = re.compile(r"\b(" + "|".join(KEY_WORDS) + r")\b")


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    rows: tuple[tuple[str, str], ...]  # (keys, what it does)


def describe(what: str, *objects: QObject, keys: str | None = None) -> None:
    """Give shortcuts without words of their own a row in the list. Objects described alike
    share one row, with their keys joined ("PgUp or Alt+Left") or ``keys`` when given
    ("Alt+1 … Alt+9")."""
    for thing in objects:
        thing.setProperty(HELP, what)
        if keys is not None:
            thing.setProperty(HELP_KEYS, keys)


def not_now(widget: QWidget, why: str) -> None:
    """Say why ``widget`` is greyed, on its F1 row ("Alt+D: Redact (not now: …)"); "" while
    it is not."""
    widget.setProperty(NOT_NOW, why)


def editable_only(read_only: bool, *widgets: QWidget) -> None:
    """Grey ``widgets`` while the workshop is open read-only, and say so on their F1 rows:
    "greyed out" alone left the facilitator guessing why Alt+I did nothing."""
    for widget in widgets:
        widget.setEnabled(not read_only)
        not_now(widget, READ_ONLY_WHY if read_only else "")


def describe_keys(widget: QWidget, rows: list[tuple[str, str]]) -> None:
    """List keys that ``widget`` handles itself (arrows, Space, Delete…), as (keys, what)."""
    widget.setProperty(HELP_ROWS, [f"{keys}\t{what}" for keys, what in rows])


def shortcut_groups(menu_bar: QMenuBar, page: QWidget | None,
                    page_title: str) -> list[ShortcutGroup]:
    """The shortcuts of ``page`` (the page on screen: its keys are the ones to learn), then
    those of each menu."""
    groups = []
    on_page: list[QObject] = []
    if page is not None:
        hidden = _hidden_tabs(page)
        on_page = [thing for thing in (*page.findChildren(QAction), *page.findChildren(QShortcut))
                   if not _within(thing, hidden)]
        rows = _rows(on_page)
        for widget in (page, *(w for w in page.findChildren(QWidget) if not _within(w, hidden))):
            own = widget.property(HELP_ROWS) or []
            rows += tuple(r for r in (tuple(line.split("\t", 1)) for line in own)
                          if r not in rows)
        rows = tuple((spelled(keys), what) for keys, what in rows)
        taken = {key for keys, _ in rows for key in keys.split(" or ")}  # Review's Alt+L
        rows += tuple(r for r in mnemonic_rows(page) if r[0] not in taken and r not in rows)
        if rows:
            groups.append(ShortcutGroup(page_title, rows))
    for top in menu_bar.actions():
        menu = top.menu()  # a QMenu, typed QObject by PySide's stubs
        if isinstance(menu, QMenu):
            rows = _rows([a for a in _menu_actions(menu)
                          if a not in on_page and not _off_screen(a)])
            rows = tuple((spelled(keys), what) for keys, what in rows)
            if rows:
                groups.append(ShortcutGroup(_plain(top.text()), rows))
    return groups


def spelled(keys: str) -> str:
    """``keys`` in the words on the buttons ("Ctrl+Return or Del" → "Ctrl+Enter or Delete"),
    each key once ("Return or Enter or F2" → "Enter or F2")."""
    named = (_KEY_WORD.sub(lambda m: KEY_WORDS[m.group(1)], key) for key in keys.split(" or "))
    return " or ".join(dict.fromkeys(named))


def short_names(keys: str) -> str:
    """``keys`` as Qt and many keyboards spell them ("Ctrl+Enter" → "Ctrl+Return PgDn"…),
    for F1's search."""
    shorts = {"Enter": "Return", "Page Up": "PgUp", "Page Down": "PgDown PgDn"}
    return re.sub("|".join(shorts), lambda m: shorts[m.group(0)], keys)


def mnemonic_rows(page: QWidget) -> list[tuple[str, str]]:
    """(Alt+letter, what it does) for each underlined letter on ``page`` as shown: a label's
    goes to its box, a group box's into it, a button's presses it, a tab's shows it."""
    # here, for F1: each class's first use builds its Python type (QTabBar's 13 enum members)
    from PySide6.QtWidgets import QCheckBox, QGroupBox, QRadioButton, QTabBar

    rows: list[tuple[str, str]] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.window() is not page.window():
            continue  # another tab's, a box folded away, or a dialog's own
        if isinstance(widget, QTabBar):
            found = [(widget.tabText(i), "Go to the {} tab") for i in range(widget.count())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found = [(widget.text(), "Go to {}")]
        elif isinstance(widget, QGroupBox):
            found = [(widget.title(), "Go to {}")]
        elif isinstance(widget, QCheckBox | QRadioButton):
            found = [(widget.text(), "Tick or untick: {}")]
        elif isinstance(widget, QAbstractButton):
            found = [(widget.text(), "{}")]
        else:
            continue
        # a greyed button's letter does nothing (in a text box it types the letter): said so
        target = widget.buddy() if isinstance(widget, QLabel) else widget
        greyed = "" if target is None or target.isEnabled() \
            else f" (not now: {target.property(NOT_NOW) or 'greyed out'})"
        for text, words in found:
            letter = _mnemonic(text)
            named = re.sub(r"^The ", "the ", _plain(text).rstrip(":"))  # "Go to the day's plan"
            row = (f"Alt+{letter}", words.format(named) + greyed)
            if letter and row not in rows:
                rows.append(row)
    return rows


def _mnemonic(text: str) -> str:
    """The letter "&" underlines in ``text`` ("" for none; "&&" is a real ampersand)."""
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def _hidden_tabs(page: QWidget) -> list[QWidget]:
    """The tabs not shown of every tab widget on ``page``: their keys do nothing until the
    facilitator changes tab (Understand's why-tree keys on "1. Choose priorities")."""
    tab_widgets = [page] if isinstance(page, QTabWidget) else []
    tab_widgets += page.findChildren(QTabWidget)
    hidden = [tabs.widget(i) for tabs in tab_widgets for i in range(tabs.count())
              if i != tabs.currentIndex()]
    return [tab for tab in hidden if tab is not None]


def _within(thing: QObject, widgets: list[QWidget]) -> bool:
    """``thing`` is one of ``widgets`` or lies inside one."""
    owner: QObject | None = thing
    while owner is not None:
        if owner in widgets:
            return True
        owner = owner.parent()
    return False


def _off_screen(action: QAction) -> bool:
    """A menu's action whose keys work only on a page not on screen (the wall's Zoom in,
    listed with the Theme page's keys while that is on screen)."""
    owner = action.parent()
    return action.shortcutContext() != Qt.ShortcutContext.WindowShortcut \
        and isinstance(owner, QWidget) and not owner.isVisible()


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(_menu_actions(submenu))
    return found


def _rows(things: list) -> tuple[tuple[str, str], ...]:
    """(keys, what) for each described thing or action with a shortcut; one row per "what",
    with the keys of every thing that does it."""
    keys_for: dict[str, list[str]] = {}
    for thing in things:
        what = thing.property(HELP)
        if what:
            keys = thing.property(HELP_KEYS) or _keys(thing)
        elif isinstance(thing, QAction) and thing.shortcuts():
            what, keys = _plain(thing.text()), _keys(thing)
        else:
            continue
        known = keys_for.setdefault(what, [])
        if keys and keys not in known:
            known.append(keys)
    return tuple((" or ".join(keys), what) for what, keys in keys_for.items() if keys)


def _keys(thing: QAction | QShortcut) -> str:
    sequences = thing.shortcuts() if isinstance(thing, QAction) else [thing.key()]
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return " or ".join(dict.fromkeys(n for n in names if n))


def _plain(text: str) -> str:
    """Menu text as read: no "&" mnemonic markers ("&&" is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
