"""The facilitator's wall view: zoom, drag cards onto themes, rename in place, keyboard moves.

A drag is the view's own item move; nothing is edited while the mouse moves. On release the
cards that moved and the theme under the pointer become ONE command (``WallGestures.drop``);
if nothing changes (dropped on empty wall, refused), the wall is laid out again so the cards
snap back. Ctrl at release copies into the theme instead of moving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QLineEdit, QWidget

from wtfc.model.commands import Command
from wtfc.model.operations.themes import rename_theme
from wtfc.ui.left_field import built_edits
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.undo import undo_keys_pass_on
from wtfc.ui.wall.block_extend import end_said, extend_target
from wtfc.ui.wall.block_item import BlockItem
from wtfc.ui.wall.card_drag import CardDrag, drop_index
from wtfc.ui.wall.card_focus import SpokenFocus, nearest
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.gestures import Placement, WallGestures
from wtfc.ui.wall.scene import WallScene
from wtfc.ui.wall.view_zoom import ZoomingView

if TYPE_CHECKING:
    from wtfc.ui.wall.empty_wall_hint import EmptyWallHint

SEEN_MARGIN = 40  # px kept round what the wall scrolls into sight, so it is not on the edge
# From this many cards a layout costs more than a frame (~50 ms; 200,000 cards: seconds), and
# the wall is laid out once for the shape the view settles on, not at each resize: opening such
# a workshop, its show and the window's resizes laid the whole wall out four times (~50 s).
LAY_OUT_LATER_FROM = 1_000


class WallView(ZoomingView):
    """Shows a ``WallScene``; turns mouse and keys into gestures.

    Signals: ``card_activated(card_id)`` (Enter or double-click on a card),
    ``menu_requested(item, global_pos)`` (right click; item is a CardItem, BlockItem or None),
    ``move_requested()``, ``new_theme_requested()``, ``copy_requested()`` (M, N, C: "Move to
    theme…", "New theme…", "Copy to theme…" for the selection; the page's actions take these
    keys first, and leave them to the wall while there is no card to act on, to say so),
    ``group_ended(words)`` (Shift+arrow at the last card of the group the choice keeps to).
    """

    card_activated = Signal(str)
    menu_requested = Signal(object, object)
    move_requested = Signal()
    new_theme_requested = Signal()
    copy_requested = Signal()
    group_ended = Signal(str)

    def __init__(self, scene: WallScene, gestures: WallGestures | None, parent=None) -> None:
        super().__init__(scene, parent)
        self.wall = scene
        self.gestures = gestures
        self.setAccessibleName("Card wall")
        self.setToolTip("The card wall: drag cards onto themes; Ctrl+wheel, Ctrl+= or Ctrl++ and "
                        "Ctrl+- zoom")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        # Our own viewport widget: asking Qt for its own makes PySide look through every QWidget
        # subclass for the right wrapper, building ~70 enum types (~25 ms of start-up).
        viewport = QWidget()
        self.setViewport(viewport)
        # The scene's opaque background covers every pixel, so the viewport's own fill is a
        # wasted full-frame pass (~1 ms a frame at 1920x1080): ``make bench``, frame_100.
        viewport.setAutoFillBackground(False)
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        describe_keys(self, [
            ("Arrow keys", "Wall: go to the next card that way (with Shift: choose it too)"),
            ("Space", "Wall: choose or unchoose the card"),
            ("Enter", "Wall: open the card large (read-out)"),
            ("Delete", "Wall or outline: take the chosen cards out of their theme"),
            ("Escape", "Wall: while dragging cards, put them back where they were"),
            ("Ctrl+wheel", "Wall: zoom in and out")])
        self.drag = CardDrag(self)
        self._editor: QLineEdit | None = None
        scene.laid_out.connect(self._on_laid_out)
        self.name_hint: QLabel | None = None  # a FloatingDetailHint under it; goes with it
        self.hint: EmptyWallHint | None = None  # "No cards yet…", made only for a wall with none
        self._reshape_asked = False  # a big wall's layout for the view's shape is queued
        self._start_zoom()
        self.spoken = SpokenFocus(self)  # what a screen reader hears as the keys move

    def showEvent(self, event) -> None:
        self._reshape()  # and edits made while another page was on screen
        super().showEvent(event)
        if self._opening:
            QTimer.singleShot(0, self._open_if_owed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reshape()

    def _reshape(self) -> None:
        """Lay the wall out for the view's shape. A big wall's waits for control to come back
        to the event loop (before the window paints), so a show and the resizes that come with
        it, or a window's corner dragged, lay it out once for the shape the view settles on."""
        if len(self.wall.doc.workshop.cards) < LAY_OUT_LATER_FROM:
            self._reshape_now()
        elif not self._reshape_asked:
            self._reshape_asked = True
            QTimer.singleShot(0, self._reshape_now)  # as ``_open_if_owed``: in the order asked

    def _reshape_now(self) -> None:
        self._reshape_asked = False
        if not self.isVisible():
            return  # laid out as it is shown again
        # as if without scroll bars: one coming or going (a fit) lays nothing out again
        size = self.maximumViewportSize()
        self.wall.set_viewport(float(size.width()), float(size.height()))
        self.wall.catch_up()

    def _lay_out_now(self) -> None:
        self._reshape_now()  # the opening view: for the view's shape now, whatever is queued

    # -- dragging ------------------------------------------------------------------------------
    def selected_cards(self) -> list[CardItem]:
        return [i for i in self.wall.selectedItems() if isinstance(i, CardItem)]

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self.drag.pressed(event)

    def mouseMoveEvent(self, event) -> None:
        if self.drag.before_move(event):
            return
        super().mouseMoveEvent(event)
        self.drag.moved(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.drag.released(event)

    def _mouse_let_go(self) -> None:
        self.drag.cancel()  # as Esc: the cards back where they were, the release ignored
        super()._mouse_let_go()

    def drop_cards(self, placements: list[Placement], block: BlockItem | None, *,
                   copy: bool = False, at: QPointF | None = None) -> bool:
        """The end of a drag: one command, or the cards snap back. Dropped on a theme (``at``
        a scene point) the cards take the place they were dropped at."""
        assert self.gestures is not None  # a wall a user can touch (only the benchmark's has none)
        done = False
        theme_id = block.theme_id if block is not None else None
        index = drop_index(self, {c for c, _ in placements}, theme_id, at) \
            if theme_id is not None and at is not None else None
        if (index is not None and theme_id is not None and not copy
                and all(s == theme_id for _, s in placements)):
            done = self.gestures.place_within([c for c, _ in placements], theme_id, index)
        elif block is not None:
            done = self.gestures.drop(placements, theme_id, copy=copy, index=index)
        if not done:
            self.wall.relayout()  # nothing changed: put the cards back where the layout says
        return done

    # -- rename in place -----------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:
        point = self.mapToScene(event.position().toPoint())
        item = self._item_at(point)
        if isinstance(item, CardItem):
            self.card_activated.emit(item.card.id)
            return
        block = self.wall.block_at(point)
        if block is not None and block.theme_id is not None and \
                block.mapRectToScene(block.header_rect()).contains(point):
            self.start_rename(block.theme_id)
            return
        super().mouseDoubleClickEvent(event)

    def finger_double_tapped(self, at: QPointF) -> None:
        """A double tap on a theme's name renames it, as a double click does."""
        point = self.mapToScene(at.toPoint())
        block = self.wall.block_at(point)
        if block is not None and block.theme_id is not None and \
                block.mapRectToScene(block.header_rect()).contains(point):
            self.start_rename(block.theme_id)

    def start_rename(self, theme_id: str) -> QLineEdit | None:
        """A temporary line editor over the theme's name; Enter renames, Esc cancels."""
        block = self.wall.blocks.get(theme_id)
        if block is None:
            return None
        self.finish_rename(commit=False)
        header = block.mapRectToScene(block.header_rect())
        self.ensureVisible(header, 40, 40)  # a theme off screen: an editor no one could see
        rect = self.mapFromScene(header).boundingRect()
        editor = QLineEdit(self.wall.doc.theme(theme_id).name, self.viewport())
        editor.setAccessibleName("Theme name")
        editor.setToolTip("Type the theme's new name, Enter to keep it, Esc to cancel")
        seen = self.viewport().rect()  # whole on screen, even when the name runs off it
        width = min(max(rect.width(), 200), seen.width())
        editor.setGeometry(max(0, min(rect.x(), seen.width() - width)),
                           max(0, min(rect.y(), seen.height() - 34)), width, 34)
        editor.setSelection(len(editor.text()), -len(editor.text()))  # all, its start in sight
        editor.setProperty("theme_id", theme_id)
        editor.installEventFilter(self)
        editor.show()
        editor.setFocus()
        self._editor = editor
        from wtfc.ui.wall.floating_detail_hint import FloatingDetailHint  # made when first wanted

        # the name goes on the projector as typed: said as it is typed, as on the boards
        self.name_hint = FloatingDetailHint(editor, "The theme's name",
                                            lambda: self.wall.doc.names_to_watch)
        return editor

    def typed_edits(self) -> list[Command]:
        """The name being typed in place, as the rename Enter would make (built, not done):
        the autosave's recovery copy holds it (``left_field.typed_edits``)."""
        editor, doc = self._editor, self.wall.doc
        theme_id = editor.property("theme_id") if editor is not None else None
        if editor is None or theme_id is None or doc.get("themes", theme_id) is None \
                or self.gestures is None or self.gestures.undo.read_only:
            return []
        return built_edits(lambda: rename_theme(doc, theme_id=theme_id, name=editor.text()))

    def finish_rename(self, *, commit: bool) -> None:
        editor, self._editor, self.name_hint = self._editor, None, None
        if editor is None:
            return
        theme_id = editor.property("theme_id")
        # an Undo may have taken the theme away while its box was open: nothing to name
        if commit and self.wall.doc.get("themes", theme_id) is not None:
            assert self.gestures is not None
            self.gestures.rename(theme_id, editor.text())
        editor.hide()
        editor.deleteLater()
        self.setFocus()

    def _on_laid_out(self) -> None:
        # an Undo took away the theme being named: its box goes, with nothing left to name
        editor = self._editor
        if editor is not None and self.wall.doc.get("themes", editor.property("theme_id")) is None:
            self.finish_rename(commit=False)

    def eventFilter(self, watched, event) -> bool:
        if self._editor is not None and watched is self._editor \
                and undo_keys_pass_on(event, self._editor):
            return True  # nothing typed to take back: Ctrl+Z is Edit > Undo (the box closes)
        if watched is self._editor and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # taken here, not left to the editor: it passes Enter on, and the wall would then
            # open the chosen card in read-out mode
            self.finish_rename(commit=event.key() != Qt.Key.Key_Escape)
            return True
        if watched is self._editor and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Right and not event.modifiers() \
                and self._editor.selectedText() == self._editor.text():
            self._editor.end(False)  # chosen backwards (its start in sight): Right goes to its end
            return True
        if watched is self._editor and event.type() == event.Type.FocusOut:
            self.finish_rename(commit=True)
        return super().eventFilter(watched, event)

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drag.cancel():
            return  # the cards went back; the release will drop nothing
        focus = self.wall.focusItem()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier) == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return  # the room view's page keys, greyed (no pages to turn): not Shift+arrows
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_focus(Qt.Key(key), extend=bool(event.modifiers()
                                                     & Qt.KeyboardModifier.ShiftModifier))
            return
        if isinstance(focus, CardItem):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.card_activated.emit(focus.card.id)
                return
            if key == Qt.Key.Key_Space:
                focus.setSelected(not focus.isSelected())
                self.spoken.say_choice()
                return
        asked = {Qt.Key.Key_M: self.move_requested, Qt.Key.Key_N: self.new_theme_requested,
                 Qt.Key.Key_C: self.copy_requested}.get(Qt.Key(key))
        if asked is not None and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                          | Qt.KeyboardModifier.AltModifier):
            asked.emit()
            return
        if key == Qt.Key.Key_Delete:  # take out of the theme, never destroy
            chosen = self.selected_cards() or ([focus] if isinstance(focus, CardItem) else [])
            placed = [c.key for c in chosen if c.theme_id is not None]
            if placed:
                assert self.gestures is not None
                self.gestures.drop(placed, None)
            return
        super().keyPressEvent(event)

    def move_focus(self, key: Qt.Key, *, extend: bool = False) -> CardItem | None:
        """Focus the nearest card in the arrow's direction (the first card if none has focus);
        ``extend`` (Shift) adds it to the choice, within the group the focused card is in."""
        cards = self.wall.ordered_cards()
        if not cards:
            return None
        current = self.wall.focusItem()
        target: CardItem | None
        if not isinstance(current, CardItem):
            target = cards[0]
        else:
            target = extend_target(current, cards, key) if extend else \
                nearest(current, cards, key)
            if target is None:
                if extend:
                    theme = self.wall.doc.get("themes", current.theme_id) \
                        if current.theme_id is not None else None
                    self.group_ended.emit(end_said(current, theme.name if theme else None))
                return current
        self.focus_card(target, extend=extend)
        return target

    def focus_card(self, item: CardItem, *, extend: bool = False) -> None:
        if not extend:  # several chosen and a plain arrow: said, the ring was all that told
            chosen = self.selected_cards()
            self.spoken.dropped = sum(c is not item for c in chosen) if len(chosen) > 1 else 0
            self.wall.clearSelection()
        item.setSelected(True)
        self.wall.setFocusItem(item)
        self.spoken.dropped = 0
        self.ensureVisible(item, 40, 40)

    def show_chosen(self, *, name_first: bool = False) -> None:
        """After a keyboard move (M, N, Alt+number): the wall takes the keyboard, on the chosen
        card in its new place, and scrolls it into sight with its theme's name where both fit
        (when the whole wall is in sight, it stays so). ``name_first``, for a theme just made:
        the keys go to its first chosen card, under its name, and the name stays in sight
        (on the last of six cards, the name was scrolled half off the top)."""
        focus = self.wall.focusItem()
        chosen = self.selected_cards()
        item = focus if isinstance(focus, CardItem) and focus.isSelected() else \
            (chosen[0] if chosen else None)
        if item is None:
            return
        if name_first:
            item = min((c for c in chosen if c.theme_id == item.theme_id),
                       key=lambda c: (c.sceneBoundingRect().top(), c.sceneBoundingRect().left()))
        self.setFocus()  # the dialog has gone: the keys go on from the wall
        self.wall.setFocusItem(item)
        if self.shows_whole_wall():
            return
        rect = item.sceneBoundingRect()
        block = self.wall.blocks.get(item.theme_id) if item.theme_id is not None else None
        if block is not None:
            header = block.mapRectToScene(block.header_rect())
            named = rect.united(header)
            if named.height() * self.scale_factor() + 2 * SEEN_MARGIN <= self.viewport().height():
                rect = named
            elif name_first:  # no room for both: the card, then the name wins
                self.ensureVisible(rect, SEEN_MARGIN, SEEN_MARGIN)
                rect = header
        self.ensureVisible(rect, SEEN_MARGIN, SEEN_MARGIN)

    def show_hint(self, text: str | None) -> None:
        """Words over the empty wall (None hides them): where its cards come from."""
        if text is None:
            if self.hint is not None:
                self.hint.hide()
            return
        if self.hint is None:
            from wtfc.ui.wall.empty_wall_hint import EmptyWallHint  # only an empty wall needs it

            self.hint = EmptyWallHint(self)
        self.hint.say(text)

    def contextMenuEvent(self, event) -> None:
        point = self.mapToScene(event.pos())
        item = self._item_at(point)
        if isinstance(item, CardItem) and not item.isSelected():
            self.focus_card(item)
        self.menu_requested.emit(item if isinstance(item, CardItem)
                                 else self.wall.block_at(point), event.globalPos())

    def _item_at(self, point: QPointF):
        for item in self.wall.items(point):
            if isinstance(item, CardItem):
                return item
        return None

