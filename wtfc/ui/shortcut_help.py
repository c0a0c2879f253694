"""Keyboard shortcuts as the Help menu lists them, read from the live actions.

The list is never written by hand, so it cannot fall behind the app: the menu bar's actions,
then the actions of the page on screen (the wall's M, N, Alt+1…9, the why-tree's W, R, A, T…);
a page's action in a menu too (the wall's Zoom in) is listed once, with the page's keys.
A ``QShortcut`` has no words of its own, so the few the app makes are given a row with
``describe`` (one row may stand for several keys: "Alt+1 … Alt+9").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

HELP = "help"  # property: what a QShortcut (or a row standing for several actions) does
HELP_KEYS = "help_keys"  # property: the keys to show instead of the object's own
HELP_ROWS = "help_rows"  # property of a widget: keys its own key handling knows, "keys\twhat"


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
        if rows:
            groups.append(ShortcutGroup(page_title, rows))
    for top in menu_bar.actions():
        menu = top.menu()  # a QMenu, typed QObject by PySide's stubs
        if isinstance(menu, QMenu):
            rows = _rows([a for a in _menu_actions(menu)
                          if a not in on_page and not _off_screen(a)])
            if rows:
                groups.append(ShortcutGroup(_plain(top.text()), rows))
    return groups


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
