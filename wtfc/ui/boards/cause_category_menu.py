"""C on the why-tree (or its Category… button): a small menu of the categories for the chosen
cause, the fishbone's bones, opened under its box.

Each entry has its number to press (1 to 6, 0 for none), the cause's category ticked; choosing
one is one undo step ("Put 'Rotas just fill gaps' under Money").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from wtfc.model.cause_category import NO_CATEGORY, CauseCategory
from wtfc.model.document import Document
from wtfc.model.operations._names import quoted
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.ui.boards.common import RefusalNotice, push_edit
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.undo import UndoAdapter

CATEGORY_KEY = ("C", "Why-tree and fishbone: put the chosen cause under a category")


class CategoryPicker:
    """Opens the menu for the cause ``chosen()`` gives, at ``where()`` (a point on screen)."""

    def __init__(
        self,
        board: QWidget,
        undo: UndoAdapter,
        notice: RefusalNotice,
        chosen: Callable[[], str | None],
        where: Callable[[], QPoint],
    ) -> None:
        self._board, self._doc, self._undo, self._notice = board, undo.doc, undo, notice
        self._chosen, self._where = chosen, where
        self.menu: QMenu | None = None  # the one open (kept: PySide would collect it)

    def open(self) -> QMenu | None:
        """The menu for the chosen cause; None (and said why) when there is none to set."""
        node = self._chosen()
        if self._undo.read_only:
            self._notice.say("This workshop is open read-only, so it can't be changed.")
            return None
        if node in (None, ROOT):
            self._notice.say(
                "Select a cause first (the arrows move through the tree), then "
                "press C to put it under a category."
            )
            return None
        cause = self._doc.get("causes", node)
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = category_menu(self._doc, cause.id, self._board, self.choose)
        menu.popup(self._where())
        return menu

    def choose(self, cause_id: str, category: CauseCategory | None) -> bool:
        return push_edit(
            self._undo,
            self._notice,
            lambda: set_cause_category(self._doc, cause_id=cause_id, category=category),
        )


def category_menu(
    doc: Document,
    cause_id: str,
    parent: QWidget,
    choose: Callable[[str, CauseCategory | None], object],
) -> QMenu:
    """The categories, numbered, then "No category yet"; the cause's own is ticked."""
    cause = doc.get("causes", cause_id)
    menu = QMenu(parent)
    menu.setAccessibleName(f"Category for {quoted(cause.text, 50)}")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)  # one ticked, as a radio list is read out
    entries = [(f"&{n} {c.label}", c) for n, c in enumerate(CauseCategory, start=1)]
    for text, category in [*entries, (f"&0 {NO_CATEGORY}", None)]:
        if category is None:
            menu.addSeparator()
        action = QAction(menu, text=text, checkable=True, checked=cause.category == category)
        action.triggered.connect(lambda _=False, c=category: choose(cause_id, c))
        group.addAction(action)
        menu.addAction(action)
    return menu
