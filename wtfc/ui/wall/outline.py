"""The outline beside the wall: themes → cards, plus "Not yet in a theme", for keyboards and
screen readers.

The wall is a picture a screen reader cannot read, so every operation is also here, through the
same gestures (``WallGestures``) and the same menus as the wall. F2 renames a theme in place;
the panel's actions (Move to theme…, Alt+1…9, Delete) act on the outline's selection when it
has the focus. Rebuilt after every edit, keeping what was expanded and selected.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.stage_list import TouchRows
from wtfc.ui.wall.gestures import Placement, WallGestures
from wtfc.ui.wall.layout import KIND_ORDER, theme_numbers, wall_themes
from wtfc.ui.wall.scene import wall_theme_name

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
THEME_ROLE = Qt.ItemDataRole.UserRole + 2
UNSORTED = "unsorted"


class OutlineTree(QTreeView):
    """Themes of the shown kinds with their cards, and the unsorted cards, as a tree.

    ``menu_requested(placements, theme_id, global_pos)``: right click or the menu key.
    """

    menu_requested = Signal(list, object, object)
    rename_requested = Signal(str)

    def __init__(self, doc: Document, gestures: WallGestures, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.gestures = gestures
        self.kinds: tuple[Kind, ...] = KIND_ORDER
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        TouchRows(self)  # a finger's height, not 14 px
        self.setAccessibleName("Themes and cards outline")
        self.setToolTip("Every theme and its cards; F2 renames a theme, M moves cards")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self._stale = False  # cards or themes changed since the last build
        self._workshop = doc.workshop  # the one listed: the same again (Save As) is kept
        self._open: set[str] | None = None  # rows open as the last workshop's went, off screen
        self.held_back_shown = False  # the facilitator chose to show found details on screen
        doc.events.parts_changed.connect(self._on_parts_changed)
        doc.events.edited.connect(self._on_edited)
        doc.events.reset.connect(self._on_reset)
        self.rebuild()

    def detach(self) -> None:
        self.doc.events.parts_changed.disconnect(self._on_parts_changed)
        self.doc.events.edited.disconnect(self._on_edited)
        self.doc.events.reset.disconnect(self._on_reset)

    # Only cards and themes are in the outline; one that is not on screen waits until it is
    # shown (a rebuild is 0.2–0.6 s on a 10,000-card workshop, and every board's edits came).
    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection in ("cards", "themes"):
            self._stale = True

    def _on_edited(self) -> None:
        if self._stale and self._shown():
            self.rebuild()

    def _on_reset(self) -> None:
        self._stale = True
        another, self._workshop = self.doc.workshop is not self._workshop, self.doc.workshop
        if self._shown():
            self.rebuild()
        elif another:  # the last workshop's rows go now, not when shown (its words)
            self._open = self._open_rows()  # (ids only) open again as if rebuilt on screen
            with QSignalBlocker(self.model_):  # as a rebuild clears them
                self.model_.clear()
            self.model_.layoutChanged.emit()

    def _open_rows(self) -> set[str]:
        return {self.model_.item(r).data(THEME_ROLE) for r in range(self.model_.rowCount())
                if self.isExpanded(self.model_.index(r, 0))}

    def _shown(self) -> bool:
        """On screen, or in no window yet (built but not placed: kept up to date as before)."""
        return self.isVisible() or not self.window().isVisible()

    def showEvent(self, event) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        self.kinds = tuple(kinds)
        self.rebuild()

    def set_held_back_shown(self, on: bool) -> None:
        """Show (or hide again) the words the guard held back, in held-back cards' rows."""
        if on != self.held_back_shown:
            self.held_back_shown = on
            self._stale = True
            if self._shown():
                self.rebuild()

    def rebuild(self) -> None:
        self._stale = False
        expanded = self._open_rows() if self._open is None else self._open
        first_build = self.model_.rowCount() == 0 and self._open is None
        self._open = None
        chosen = set(self.selected_placements())
        with QSignalBlocker(self.model_):
            self.model_.clear()
            numbers = theme_numbers(self.doc, self.kinds)  # as the wall's headers say
            for theme in wall_themes(self.doc, self.kinds):
                prefix = f"{numbers[theme.id]}. " if theme.id in numbers else ""
                name = wall_theme_name(theme.name)  # as its header: "Unnamed theme…" for a blank
                row = QStandardItem(f"{prefix}{theme.kind.symbol} {_apart(name)} "
                                    f"({len(theme.card_ids)})")
                row.setEditable(False)
                row.setData(theme.id, THEME_ROLE)
                row.setToolTip(plain_tip(name))  # a narrow outline cut "Group 1 (not na…"
                row.setData(f"Theme {prefix}{name}, {theme.kind.label}, "
                            f"{count_phrase(len(theme.card_ids), 'card')}",
                            Qt.ItemDataRole.AccessibleTextRole)
                for card_id in theme.card_ids:
                    row.appendRow(self._card_row(card_id, theme.id))
                self.model_.appendRow(row)
            unsorted = [c for c in self.doc.unsorted_cards() if c.kind in self.kinds]
            row = QStandardItem(f"Not yet in a theme ({len(unsorted)})")
            row.setEditable(False)
            row.setData(UNSORTED, THEME_ROLE)
            for card in unsorted:
                row.appendRow(self._card_row(card.id, None))
            self.model_.appendRow(row)
        self.model_.layoutChanged.emit()
        # Putting the old choice back is not the facilitator choosing in the outline: without
        # the blocker the panel would take the outline's (old) choice over the wall's.
        with QSignalBlocker(self.selectionModel()):
            for r in range(self.model_.rowCount()):
                item = self.model_.item(r)
                if first_build or item.data(THEME_ROLE) in expanded:
                    self.expand(item.index())
                for c in range(item.rowCount()):
                    child = item.child(c)
                    if (child.data(CARD_ROLE), _theme_of(item)) in chosen:
                        self.selectionModel().select(
                            child.index(), self.selectionModel().SelectionFlag.Select)

    def _card_row(self, card_id: str, theme_id: str | None) -> QStandardItem:
        card = self.doc.card(card_id)
        marker = "⚠ " if card.held_back else ""
        words = words_on_screen(card, self.held_back_shown)
        item = QStandardItem(f"{marker}{card.kind.symbol} {_apart(words)}")
        item.setEditable(False)
        item.setData(card_id, CARD_ROLE)
        item.setData(f"{card.kind.label} card{', held back: personal details' if marker else ''}"
                     f": {words}", Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(plain_tip(words))  # as typed, never read as HTML
        return item

    # -- reading the selection -----------------------------------------------------------------
    def selected_placements(self) -> list[Placement]:
        result = []
        for index in self.selectionModel().selectedIndexes() if self.selectionModel() else []:
            item = self.model_.itemFromIndex(index)
            if item is not None and item.data(CARD_ROLE):
                result.append((item.data(CARD_ROLE), _theme_of(item.parent())))
        return result

    def current_theme_id(self) -> str | None:
        item = self.model_.itemFromIndex(self.currentIndex())
        if item is None:
            return None
        if item.data(CARD_ROLE):
            return _theme_of(item.parent())
        theme_id = item.data(THEME_ROLE)
        return theme_id if theme_id != UNSORTED else None

    def select_card(self, card_id: str, theme_id: str | None) -> bool:
        for r in range(self.model_.rowCount()):
            parent = self.model_.item(r)
            if _theme_of(parent) != theme_id:
                continue
            for c in range(parent.rowCount()):
                if parent.child(c).data(CARD_ROLE) == card_id:
                    self.setCurrentIndex(parent.child(c).index())
                    return True
        return False

    def select_theme(self, theme_id: str) -> bool:
        for r in range(self.model_.rowCount()):
            if self.model_.item(r).data(THEME_ROLE) == theme_id:
                self.setCurrentIndex(self.model_.item(r).index())
                return True
        return False

    # -- gestures ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F2 and self.current_theme_id() is not None:
            self.rename_requested.emit(self.current_theme_id())
            return
        if event.key() == Qt.Key.Key_Delete:
            placed = [p for p in self.selected_placements() if p[1] is not None]
            if placed:
                self.gestures.drop(placed, None)
                return
        super().keyPressEvent(event)

    def _on_context_menu(self, pos) -> None:
        self.menu_requested.emit(self.selected_placements(), self.current_theme_id(),
                                 self.viewport().mapToGlobal(pos))


def _apart(words: str) -> str:
    """A name or card set apart from the number and symbols around it: after an Urdu name the
    count was pulled in front of it ("4. ✗ (4) مجھے نہیں…")."""
    if words.isascii():
        return words
    from wtfc.export.isolates import isolated

    return isolated(words)


def _theme_of(item: QStandardItem | None) -> str | None:
    if item is None:
        return None
    theme_id = item.data(THEME_ROLE)
    return None if theme_id in (None, UNSORTED) else theme_id
