"""The Theme stage page: the card wall, the outline beside it, and read-out mode.

Every control here is an action with a name, a tooltip and (where it helps) a shortcut local to
the page; the wall's drags, the outline and the menus all end in ``WallGestures``. The panel
also says what the room (projector) should show: the kinds being worked on, the current theme
and the read-out card (``room_state_changed``), which ``RoomController`` follows.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.style import kind_text
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall.block_item import BlockItem
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.gestures import Placement, WallGestures
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.outline import OutlineTree
from wtfc.ui.wall.readout import ReadOutPanel
from wtfc.ui.wall.scene import WallScene
from wtfc.ui.wall.suggestions import SuggestionsPanel
from wtfc.ui.wall.theme_picker import ThemeChoice, ThemePicker
from wtfc.ui.wall.view import WallView


class WallPanel(QWidget):
    """The Theme stage: ``WallPanel(doc, undo)``. See the module docstring."""

    room_state_changed = Signal()

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.undo = undo
        self.kinds: tuple[Kind, ...] = KIND_ORDER
        self.current_theme_id: str | None = None
        self.gestures = WallGestures(doc, undo, self)
        self.scene = WallScene(doc, parent=self)
        self.view = WallView(self.scene, self.gestures)
        self.outline = OutlineTree(doc, self.gestures)
        self.readout = ReadOutPanel(doc, self.gestures)
        self._outline_has_say = False  # which of wall and outline the selection comes from
        self.toolbar = QToolBar("Wall tools")
        self.toolbar.setAccessibleName("Wall tools")
        self._make_actions()
        self.suggestions = SuggestionsPanel(self)  # makes its own actions (S, W, L, F9)
        self._build_layout()
        self._connect()
        self.setAccessibleName("Theme the cards")
        QTimer.singleShot(0, self.view.fit_all)

    # -- construction --------------------------------------------------------------------------
    def _action(self, text: str, tip: str, slot, shortcut: str | None = None, *,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.filter_group = QActionGroup(self)
        self.filter_actions: dict[str, QAction] = {}
        for key, text, kinds in (("all", "All", KIND_ORDER),
                                 *((k.value, kind_text(k), (k,)) for k in KIND_ORDER)):
            action = self._action(text, f"Show {text.lower()} cards and themes",
                                  lambda _=False, kinds=kinds: self.set_kinds(kinds),
                                  checkable=True)
            self.filter_group.addAction(action)
            self.filter_actions[key] = action
        self.filter_actions["all"].setChecked(True)
        self.act_new_theme = self._action("New theme from selection…",
                                          "Make a theme of the chosen cards", self.ask_new_theme,
                                          "N")
        self.act_move = self._action("Move to theme…", "Move the chosen cards into a theme",
                                     self.ask_move, "M")
        self.act_copy = self._action("Copy to theme…", "Put the chosen card in a second theme too",
                                     self.ask_copy, "C")
        self.act_unsort = self._action("Take out of theme",
                                       "Take the chosen cards out of their theme",
                                       self.unsort_selection)
        self.act_fit = self._action("Fit all", "Show the whole wall", self.view.fit_all, "Ctrl+0")
        self.act_zoom_theme = self._action("Zoom to theme", "Zoom to the current theme",
                                           self.zoom_to_current_theme, "Z")
        self.act_readout = self._action("Read-out mode", "One card at a time, very large",
                                        self.toggle_readout, "Ctrl+R", checkable=True)
        self.act_rename = self._action("Rename theme…", "Rename the current theme",
                                       self.rename_current_theme, "F2")
        self.act_merge = self._action("Merge theme into…", "Put this theme's cards into another",
                                      self.ask_merge)
        self.act_split = self._action("Split chosen cards off…",
                                      "Make a new theme of some of this theme's cards",
                                      self.ask_split)
        self.act_delete_theme = self._action("Delete theme",
                                             "Delete the theme; its cards go back to unsorted",
                                             self.delete_current_theme)
        self.act_redact = self._action("Redact personal details",
                                       "Replace the flagged words with a placeholder",
                                       self.redact_selection)
        self.act_mark_fine = self._action("Mark as fine to show",
                                          "The flagged words are not personal details",
                                          self.mark_selection_fine)
        self.act_edit = self._action("Edit card…", "Change the card's words", self.ask_edit_card)
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self.view,
                                 lambda n=n: self.move_selection_to_numbered(n))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self.outline,
                                 lambda n=n: self.move_selection_to_numbered(n))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_layout(self) -> None:
        for action in self.filter_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.act_new_theme, self.act_move, self.act_fit, self.act_zoom_theme,
                       self.act_readout):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.suggestions.act_suggest)
        self.toolbar.addAction(self.suggestions.act_show)
        for action in self.toolbar.actions():
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setAccessibleName(action.text().rstrip("…"))
        extension = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:  # Qt's » button when the window is narrow
            extension.setAccessibleName("More wall tools")
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.suggestions)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280, 380])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.view.card_activated.connect(self.open_in_readout)
        self.view.menu_requested.connect(self._on_wall_menu)
        self.view.move_requested.connect(self.ask_move)
        self.outline.menu_requested.connect(self._on_outline_menu)
        self.outline.rename_requested.connect(self.ask_rename)
        self.outline.selectionModel().selectionChanged.connect(self._on_outline_selection)
        self.outline.model_.modelReset.connect(self._reconnect_outline)
        self.scene.selectionChanged.connect(self._on_wall_selection)
        self.scene.laid_out.connect(self._on_laid_out)
        self.readout.card_changed.connect(lambda _id: self.room_state_changed.emit())
        self.doc.events.reset.connect(self._on_document_reset)
        self.destroyed.connect(self._detach_all)
        self._apply_read_only()

    def _on_laid_out(self) -> None:
        if self.undo.read_only:  # new card items are movable by default
            self._apply_read_only()

    def _reconnect_outline(self) -> None:
        self.outline.selectionModel().selectionChanged.connect(self._on_outline_selection)

    def _detach_all(self, *_args) -> None:
        for part in (self.scene, self.outline, self.readout, self.suggestions):
            with contextlib.suppress(RuntimeError, ValueError):  # already gone with C++
                part.detach()

    def _apply_read_only(self) -> None:
        editing = not self.undo.read_only
        for action in (self.act_new_theme, self.act_move, self.act_copy, self.act_unsort,
                       self.act_rename, self.act_merge, self.act_split, self.act_delete_theme,
                       self.act_redact, self.act_mark_fine, self.act_edit):
            action.setEnabled(editing)
        self.suggestions.apply_read_only()
        self.view.setInteractive(True)
        for item in self.scene.cards.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, editing)

    # -- what is chosen ------------------------------------------------------------------------
    def selected_placements(self) -> list[Placement]:
        if self._outline_has_say:
            return self.outline.selected_placements()
        return [c.key for c in self.view.selected_cards()]

    def _on_wall_selection(self) -> None:
        cards = self.view.selected_cards()
        if cards:
            self._outline_has_say = False
            if cards[0].theme_id is not None:
                self._set_current_theme(cards[0].theme_id)

    def _on_outline_selection(self, *_args) -> None:
        self._outline_has_say = True
        theme_id = self.outline.current_theme_id()
        if theme_id is not None:
            self._set_current_theme(theme_id)

    def _set_current_theme(self, theme_id: str | None) -> None:
        if theme_id != self.current_theme_id:
            self.current_theme_id = theme_id
            self.room_state_changed.emit()

    def numbered_themes(self) -> list[str]:
        """The themes Alt+1…9 reach: the first nine shown, as numbered in the outline."""
        return [t.id for t in self.doc.workshop.themes if t.kind in self.kinds][:9]

    # -- the page's gestures -------------------------------------------------------------------
    def set_kinds(self, kinds) -> None:
        self.kinds = tuple(kinds)
        key = "all" if len(self.kinds) > 1 else self.kinds[0].value
        with QSignalBlocker(self.filter_group):
            self.filter_actions[key].setChecked(True)
        self.scene.set_kinds(self.kinds)
        self.outline.set_kinds(self.kinds)
        self.readout.set_kinds(self.kinds)
        self.suggestions.follow_kinds(self.kinds)
        self.view.fit_all()
        self.room_state_changed.emit()

    def pick_theme(self, title: str, kind: Kind | None, *, allow_new: bool = True,
                   exclude: str | None = None) -> ThemeChoice | None:
        """Ask with the type-ahead picker (tests replace this to answer without a dialog)."""
        themes = [t for t in self.doc.workshop.themes
                  if (kind is None or t.kind == kind) and t.id != exclude]
        picker = ThemePicker(themes, kind=kind, title=title, allow_new=allow_new, parent=self)
        return picker.choice if picker.exec() else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok and value.strip() else None

    def _kind_of(self, placements: list[Placement]) -> Kind | None:
        return self.doc.card(placements[0][0]).kind if placements else None

    def ask_move(self, *, copy: bool = False) -> bool:
        placements = self.selected_placements()
        if not placements:
            return False
        choice = self.pick_theme("Copy to theme" if copy else "Move to theme",
                                 self._kind_of(placements))
        if choice is None:
            return False
        if choice.theme_id is None:
            if copy:
                return self.gestures.new_theme([(c, None) for c, _ in placements],
                                               choice.new_name) is not None
            return self.gestures.new_theme(placements, choice.new_name) is not None
        return self.gestures.drop(placements, choice.theme_id, copy=copy)

    def ask_copy(self) -> bool:
        return self.ask_move(copy=True)

    def move_selection_to_numbered(self, n: int) -> bool:
        themes = self.numbered_themes()
        placements = self.selected_placements()
        if not placements or not 0 < n <= len(themes):
            return False
        return self.gestures.drop(placements, themes[n - 1])

    def unsort_selection(self) -> bool:
        placed = [p for p in self.selected_placements() if p[1] is not None]
        return self.gestures.drop(placed, None) if placed else False

    def ask_new_theme(self) -> str | None:
        placements = self.selected_placements()
        if not placements:
            return None
        name = self.ask_text("New theme", "Name the theme as an \"I\" statement:", "I ")
        return self.gestures.new_theme(placements, name) if name else None

    def rename_current_theme(self) -> None:
        if self.current_theme_id is None or self.doc.get("themes", self.current_theme_id) \
                is None:
            return
        if self.outline.hasFocus():  # the outline has no room for an in-place editor
            self.ask_rename(self.current_theme_id)
        else:
            self.view.start_rename(self.current_theme_id)

    def ask_rename(self, theme_id: str) -> bool:
        name = self.ask_text("Rename theme", "The theme's new name:",
                             self.doc.theme(theme_id).name)
        return self.gestures.rename(theme_id, name) if name else False

    def ask_merge(self) -> bool:
        theme_id = self.current_theme_id
        if theme_id is None or self.doc.get("themes", theme_id) is None:
            return False
        theme = self.doc.theme(theme_id)
        choice = self.pick_theme(f"Merge “{theme.name}” into", theme.kind, allow_new=False,
                                 exclude=theme_id)
        if choice is None or choice.theme_id is None:
            return False
        return self.gestures.merge(choice.theme_id, [theme_id])

    def ask_split(self) -> bool:
        theme_id = self.current_theme_id
        chosen = [c for c, t in self.selected_placements() if t == theme_id]
        if theme_id is None or not chosen:
            return False
        name = self.ask_text("Split theme", "Name the new theme:", "I ")
        return self.gestures.split(theme_id, chosen, name) if name else False

    def delete_current_theme(self) -> bool:
        if self.current_theme_id is None or self.doc.get("themes", self.current_theme_id) \
                is None:
            return False
        done = self.gestures.delete_theme(self.current_theme_id)
        if done:
            self._set_current_theme(None)
        return done

    def zoom_to_current_theme(self) -> bool:
        if self.current_theme_id is None:
            return False
        return self.view.zoom_to_theme(self.current_theme_id)

    def _held_cards(self) -> list[str]:
        return [c for c, _ in self.selected_placements() if self.doc.card(c).held_back]

    def redact_selection(self) -> bool:
        return any([self.gestures.redact(card_id) for card_id in self._held_cards()])

    def mark_selection_fine(self) -> bool:
        held = self._held_cards()
        return self.gestures.mark_fine(held) if held else False

    def ask_edit_card(self) -> bool:
        placements = self.selected_placements()
        if not placements:
            return False
        card = self.doc.card(placements[0][0])
        text = self.ask_text("Edit card", "The card's words:", card.text)
        return self.gestures.edit_text(card.id, text) if text else False

    # -- read-out mode -------------------------------------------------------------------------
    def toggle_readout(self, on: bool | None = None) -> None:
        """Switch read-out mode on or off (None: the other way round)."""
        if on is None:
            on = not self.readout_active()
        self.pages.setCurrentWidget(self.readout if on else self.splitter)
        with QSignalBlocker(self.act_readout):
            self.act_readout.setChecked(bool(on))
        if on:
            if self.readout.current_card() is None:
                self.readout.next_unsorted()
            self.readout.theme_box.setFocus()
        self.room_state_changed.emit()

    def readout_active(self) -> bool:
        return self.pages.currentWidget() is self.readout

    def open_in_readout(self, card_id: str) -> None:
        self.readout.show_card(card_id)
        self.toggle_readout(True)

    # -- menus ---------------------------------------------------------------------------------
    def _card_menu(self, menu: QMenu, placements: list[Placement]) -> None:
        if not placements:
            return
        for action in (self.act_move, self.act_copy, self.act_new_theme, self.act_unsort):
            menu.addAction(action)
        self.act_unsort.setEnabled(any(t for _, t in placements) and not self.undo.read_only)
        if any(self.doc.card(c).held_back for c, _ in placements):
            menu.addSeparator()
            menu.addAction(self.act_redact)
            menu.addAction(self.act_mark_fine)
        self.suggestions.add_card_actions(menu, placements)
        menu.addSeparator()
        menu.addAction(self.act_edit)
        open_large = menu.addAction("Open large (read-out)")
        open_large.triggered.connect(lambda: self.open_in_readout(placements[0][0]))

    def _theme_menu(self, menu: QMenu) -> None:
        if self.current_theme_id is None:
            return
        menu.addSeparator()
        for action in (self.act_rename, self.act_merge, self.act_split, self.act_zoom_theme,
                       self.act_delete_theme):
            menu.addAction(action)

    def _on_wall_menu(self, item, global_pos) -> None:
        menu = QMenu(self)
        if isinstance(item, CardItem):
            self._card_menu(menu, self.selected_placements())
        elif isinstance(item, BlockItem) and item.theme_id is not None:
            self._set_current_theme(item.theme_id)
        self._theme_menu(menu)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def _on_outline_menu(self, placements, theme_id, global_pos) -> None:
        menu = QMenu(self)
        self._card_menu(menu, placements)
        if theme_id is not None:
            self._set_current_theme(theme_id)
            self._theme_menu(menu)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def _on_document_reset(self) -> None:
        self._set_current_theme(None)
        self._apply_read_only()
        QTimer.singleShot(0, self.view.fit_all)
