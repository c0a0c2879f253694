"""The Theme stage page: the card wall, the outline beside it, and read-out mode.

Every control here is an action with a name, a tooltip and (where it helps) a shortcut local to
the page (made in ``panel_actions``); the wall's drags, the outline and the menus all end in
``WallGestures``, and the questions before a theme is renamed, merged, split or deleted are
asked by ``ThemePrompts``. The panel also says what the room (projector) should show: the
kinds being worked on, the current theme and the read-out card (``room_state_changed``), which
``RoomController`` follows.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall.card_editor import WallCardEditor
from wtfc.ui.wall.gestures import Placement, WallGestures
from wtfc.ui.wall.keyboard_moves import KeyboardMoves
from wtfc.ui.wall.layout import KIND_ORDER, theme_numbers
from wtfc.ui.wall.outline import OutlineTree
from wtfc.ui.wall.panel_actions import WallActions
from wtfc.ui.wall.scene import WallScene
from wtfc.ui.wall.theme_intro import ThemeIntro
from wtfc.ui.wall.theme_prompts import ThemePrompts
from wtfc.ui.wall.view import WallView

if TYPE_CHECKING:
    from wtfc.ui.wall.beside_wall import BesideWall
    from wtfc.ui.wall.find_bar import WallFindBar
    from wtfc.ui.wall.readout import ReadOutPanel
    from wtfc.ui.wall.readout_mode import ReadOutMode
    from wtfc.ui.wall.suggestions import SuggestionsPanel
    from wtfc.ui.wall.theme_picker import ThemeChoice

NO_CARDS_YET = ("No cards yet. Bring in the statements on the Collect stage (Ctrl+2), "
                "then group them here into themes, each named as an “I” statement.")


class WallPanel(QWidget):
    """The Theme stage: ``WallPanel(doc, undo)``. See the module docstring."""

    room_state_changed = Signal()

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None, *,
                 held_back: HeldBackWords | None = None):
        super().__init__(parent)
        self.doc = doc
        self.undo = undo
        self.held_back = held_back or HeldBackWords(self)  # the window's: shown on its screen?
        self.kinds: tuple[Kind, ...] = KIND_ORDER
        self.current_theme_id: str | None = None
        self.gestures = WallGestures(doc, undo, self)
        self.scene = WallScene(doc, parent=self)
        self.view = WallView(self.scene, self.gestures)
        self.outline = OutlineTree(doc, self.gestures)
        self._readout: ReadOutPanel | None = None  # built when first wanted
        self._readout_mode: ReadOutMode | None = None
        self._outline_has_say = False  # which of wall and outline the selection comes from
        self.theme_prompts = ThemePrompts(self)
        self.wall_actions = WallActions(self)
        self.filter_actions = self.wall_actions.filter_actions
        self._suggestions: SuggestionsPanel | None = None  # built when first wanted
        self._beside: BesideWall | None = None  # built with it, or by Outline (Shift+F9)
        self._find_bar: WallFindBar | None = None  # built when first wanted
        self.card_editor = WallCardEditor(self)
        self._build_layout()
        self.moves = KeyboardMoves(self)  # M, C, N, Alt+1…9, and the count of cards chosen
        self._connect()
        self.held_back.changed.connect(self._on_held_back_shown)
        self._on_held_back_shown(self.held_back.shown)
        self.setAccessibleName("Theme the cards")
        self._hint_when_empty()
        self.view.open_when_shown()

    # -- construction --------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.toolbar = self.wall_actions.make_toolbar()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.outline)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 280])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.intro = ThemeIntro(self.doc)  # the heading and what to do, as on every stage
        self.intro.tell(self.view.spoken.set_idle)  # heard on the wall while no card is chosen
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.view.card_activated.connect(self.open_in_readout)
        self.view.menu_requested.connect(self.wall_actions.show_wall_menu)
        self.view.move_requested.connect(self.ask_move)
        self.view.new_theme_requested.connect(self.ask_new_theme)
        self.view.copy_requested.connect(self.ask_copy)
        self.outline.menu_requested.connect(self.wall_actions.show_outline_menu)
        self.outline.rename_requested.connect(self.theme_prompts.ask_rename)
        self.outline.selectionModel().selectionChanged.connect(self._on_outline_selection)
        self.outline.model_.modelReset.connect(self._reconnect_outline)
        self.scene.selectionChanged.connect(self._on_wall_selection)
        self.scene.laid_out.connect(self._on_laid_out)
        self.doc.events.reset.connect(self._on_document_reset)
        # a merge, a delete or an undo can take the current theme away (or bring it back)
        self.doc.events.edited.connect(self.wall_actions.follow_current_theme)
        self.destroyed.connect(self._detach_all)
        self._apply_read_only()

    def _on_laid_out(self) -> None:
        if self.undo.read_only:  # new card items are movable by default
            self._apply_read_only()
        self._hint_when_empty()

    def _hint_when_empty(self) -> None:
        """A workshop with no cards yet: say where they come from, not an empty grey box."""
        self.view.show_hint(None if self.doc.workshop.cards else NO_CARDS_YET)

    def _reconnect_outline(self) -> None:
        self.outline.selectionModel().selectionChanged.connect(self._on_outline_selection)

    def _detach_all(self, *_args) -> None:
        with contextlib.suppress(RuntimeError, ValueError):
            self.doc.events.edited.disconnect(self.wall_actions.follow_current_theme)
        for part in (self.scene, self.outline, self._readout, self._suggestions):
            if part is None:
                continue
            with contextlib.suppress(RuntimeError, ValueError):  # already gone with C++
                part.detach()

    def _on_held_back_shown(self, on: bool) -> None:
        """The words the guard held back, shown on the wall and the outline or hidden."""
        self.scene.set_held_back_shown(on)
        self.outline.set_held_back_shown(on)
        self.view.spoken.refresh()
        if self._find_bar is not None:  # a hidden name must not stay ringed as found
            self._find_bar.find_again()
        with QSignalBlocker(self.wall_actions.show_held_back):
            self.wall_actions.show_held_back.setChecked(on)

    def _apply_read_only(self) -> None:
        editing = not self.undo.read_only
        self.intro.set_read_only(not editing)  # its what-to-do line names no key that is off
        for action in self.wall_actions.editing:
            action.setEnabled(editing)
        self.wall_actions.follow_current_theme()
        if self._suggestions is not None:
            self._suggestions.apply_read_only()
        self.view.setInteractive(True)
        for item in self.scene.cards.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, editing)

    # -- what is chosen ------------------------------------------------------------------------
    def selected_placements(self) -> list[Placement]:
        """The cards the page's keys act on: the card read out when read-out mode is on (the
        wall's own selection is hidden then), else the wall's or the outline's choice."""
        if self.readout_active():
            card = self.readout.current_card()
            if card is None:
                return []
            themes = [t.id for t in self.doc.workshop.themes if card.id in t.card_ids]
            return [(card.id, themes[0] if themes else None)]
        chosen = (self.outline.selected_placements() if self._outline_has_say
                  else [c.key for c in self.view.selected_cards()])
        # a wall or outline off screen catches up with edits only when shown: a chosen card
        # deleted (or its import undone) meanwhile is no longer there to count or move
        return [(card, theme) for card, theme in chosen if self.doc.get("cards", card) is not None
                and (theme is None or self.doc.get("themes", theme) is not None)]

    def _on_wall_selection(self) -> None:
        cards = self.view.selected_cards()
        if cards:
            self._outline_has_say = False
            # an unsorted card is in no theme: theme commands must not act on an earlier one
            self.set_current_theme(cards[0].theme_id)
        self.wall_actions.follow_selection()
        self.moves.follow_chosen()

    def _on_outline_selection(self, *_args) -> None:
        self._outline_has_say = True
        self.set_current_theme(self.outline.current_theme_id())
        self.moves.follow_chosen()

    def outline_has_say(self) -> bool:
        """Whether the keys act on the outline's choice (else the wall's)."""
        return self._outline_has_say

    def set_current_theme(self, theme_id: str | None) -> None:
        if theme_id != self.current_theme_id:
            self.current_theme_id = theme_id
            self.room_state_changed.emit()
        self.wall_actions.follow_current_theme()  # and the chosen cards: New theme, Move…

    def current_theme(self) -> str | None:
        """The current theme's id while it still exists (a merge or an undo can take it away;
        ``current_theme_id`` still names it then, for the room view)."""
        theme_id = self.current_theme_id
        if theme_id is None or self.doc.get("themes", theme_id) is None:
            return None
        return theme_id

    def numbered_themes(self) -> list[str]:
        """The themes Alt+1…9 reach: the first nine shown, as numbered on the wall."""
        return list(theme_numbers(self.doc, self.kinds))

    # -- the page's gestures -------------------------------------------------------------------
    def set_kinds(self, kinds) -> None:
        """The kinds chosen on the filter: the wall shows them; in read-out mode they are the
        cards read out, and the wall shows the read-out card's kind (``readout_mode``)."""
        kinds = tuple(kinds)
        if self._readout is not None:
            self._readout.set_kinds(kinds)
        if self.readout_active():
            kinds = self.readout_mode.wall_kinds()
            if kinds == self.kinds:  # shown as the card came: the filter's ticks say so again
                return self.wall_actions.show_kinds(kinds)
        self.show_kinds(kinds)

    def show_kinds(self, kinds: tuple[Kind, ...]) -> None:
        """The wall, the outline and the room show these kinds."""
        self.kinds = kinds
        self.wall_actions.show_kinds(self.kinds)
        self.wall_actions.follow_current_theme()  # Zoom to theme: is the theme still shown?
        self.scene.set_kinds(self.kinds)
        self.outline.set_kinds(self.kinds)
        if self._suggestions is not None:
            self._suggestions.follow_kinds(self.kinds)
        self.view.show_readable()  # the whole wall only while its words can be read
        self.room_state_changed.emit()

    def pick_theme(self, title: str, kind: Kind | None, *, allow_new: bool = True,
                   exclude: str | None = None, note: str = "") -> ThemeChoice | None:
        """Ask with the type-ahead picker, ``note`` above its list (tests replace this to
        answer without a dialog)."""
        from wtfc.ui.wall.theme_picker import ask_theme  # dialogs load when first opened

        themes = [t for t in self.doc.workshop.themes
                  if (kind is None or t.kind == kind) and t.id != exclude]
        return ask_theme(themes, kind=kind, title=title, allow_new=allow_new, parent=self,
                         names=lambda: self.doc.names_to_watch, note=note)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A theme's name, None for Cancel (tests replace this to answer without a dialog)."""
        from wtfc.ui.wall.theme_name_dialog import ask_theme_name  # loads when first opened

        return ask_theme_name(self, title, label, text,  # empty is refused with a reason
                              names=lambda: self.doc.names_to_watch)

    def ask_move(self, *, copy: bool = False) -> bool:
        """M (C with ``copy``): the chosen cards to a theme picked by name (``keyboard_moves``)."""
        return self.moves.ask_move(copy=copy)

    def ask_copy(self) -> bool:
        return self.ask_move(copy=True)

    def move_selection_to_numbered(self, n: int) -> bool:
        return self.moves.move_to_numbered(n)  # Alt+1…9

    def shift_card(self, step: int) -> bool:
        """The chosen card one place up (``step`` -1) or down (1) in its theme."""
        placed = [(card, theme) for card, theme in self.selected_placements()
                  if theme is not None]
        if len(placed) != 1:
            return False
        return self.gestures.shift_card(placed[0][0], placed[0][1], step)

    def shift_current_theme(self, step: int) -> bool:
        """The current theme one place earlier (-1) or later (1) among its kind's themes."""
        theme_id = self.current_theme()
        return self.gestures.shift_theme(theme_id, step) if theme_id is not None else False

    def unsort_selection(self) -> bool:
        placed = [p for p in self.selected_placements() if p[1] is not None]
        return self.gestures.drop(placed, None) if placed else False

    def ask_new_theme(self) -> str | None:
        return self.moves.ask_new_theme()  # N

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
        """Edit card…: the Collect page's card dialog, with the guard's verdict as one types."""
        return self.card_editor.open_for_chosen()

    # -- read-out mode (``readout_mode``) -------------------------------------------------------
    def toggle_readout(self, on: bool | None = None) -> None:
        """Switch read-out mode on or off (None: the other way round)."""
        self.readout_mode.toggle(on)

    @property
    def readout_mode(self) -> ReadOutMode:
        if self._readout_mode is None:
            from wtfc.ui.wall.readout_mode import ReadOutMode

            self._readout_mode = ReadOutMode(self)
        return self._readout_mode

    @property
    def suggestions(self) -> SuggestionsPanel:
        """The suggestions panel beside the wall, built the first time it is wanted (hidden
        until then, so start-up does not build it)."""
        if self._suggestions is None:
            self._suggestions = self.beside.make_suggestions()
            self._suggestions.follow_kinds(self.kinds)
        return self._suggestions

    @property
    def beside(self) -> BesideWall:
        """How the outline and the suggestions share the width with the wall (``beside_wall``),
        made when first wanted."""
        if self._beside is None:
            from wtfc.ui.wall.beside_wall import BesideWall

            self._beside = BesideWall(self)
        return self._beside

    def outline_folded(self) -> None:
        """The outline folds away: the keys act on the wall's choice, which is in sight."""
        self._outline_has_say = False
        self.wall_actions.follow_selection()

    @property
    def find_bar(self) -> WallFindBar:
        """The find bar between the toolbar and the wall, built the first time it is wanted."""
        if self._find_bar is None:
            from wtfc.ui.wall.find_bar import WallFindBar

            self._find_bar = WallFindBar(self)
            self._layout.insertWidget(self._layout.indexOf(self.toolbar) + 1, self._find_bar)
        return self._find_bar

    def suggestions_shown(self) -> bool:
        return self._suggestions is not None and self._suggestions.isVisible()

    def readout_active(self) -> bool:
        return self._readout is not None and self.pages.currentWidget() is self._readout

    @property
    def readout(self) -> ReadOutPanel:
        """The read-out page, built the first time it is wanted: start-up builds what shows."""
        if self._readout is None:
            self._readout = self.readout_mode.build()
        return self._readout

    def open_in_readout(self, card_id: str) -> None:
        self.readout_mode.open_card(card_id)

    def _on_document_reset(self) -> None:
        self.set_current_theme(None)
        self._apply_read_only()
        self.view.open_when_shown()
