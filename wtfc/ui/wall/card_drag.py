"""One mouse drag of cards on the wall, from press to release (or Esc).

Qt moves the items while the mouse moves; this follows along: it raises the moving cards over
the others, rings the theme that would take them (never one that would refuse them), names it
beside the pointer (zoomed out, the wall's own names are grey bars), scrolls when the pointer
nears an edge, and on release turns the move into one command (``WallView.drop_cards``). Esc
puts the cards back and the release is then ignored, as it is when the wall is hidden or loses
the keyboard mid-drag (Ctrl+R, another stage, a dialog): the release may never reach it then.
The document changing under the drag (Ctrl+Z took back the move that put the card there) ends
it too: what was dragged may be gone, and "Into …" stayed beside the pointer until the release.
Whatever is not dropped is laid out again, so no card is left floating over a theme it is not in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QLabel

from wtfc.model.operations._names import quoted
from wtfc.ui.wall.block_item import BlockItem
from wtfc.ui.wall.card_item import CardItem

if TYPE_CHECKING:
    from wtfc.ui.wall.view import WallView

DRAG_THRESHOLD = 4.0  # scene units a card must travel before a release counts as a drop
EDGE = 30  # px from the view's edge where a drag scrolls the wall
EDGE_SPEED = 24  # px a tick at the very edge
RAISED_Z = 5.0  # over every card (1) while dragged
LABEL_PX = 15  # the target's name beside the pointer, readable whatever the zoom


def drop_index(view: WallView, moving: set[str], theme_id: str, at: QPointF) -> int:
    """Where among a theme's other cards a drop at scene point ``at`` lands: before the first
    card under it, its cards standing in one column, top to bottom; a big theme's stand row by
    row in several columns (``block_wrap.py``), so there after the rows above the point and the
    cards left of it in its row (by height alone, a drop mid-row went to the row's start)."""
    rects = [
        item.sceneBoundingRect()
        for (card_id, t), item in view.wall.cards.items()
        if t == theme_id and card_id not in moving
    ]
    if len({round(r.left()) for r in rects}) <= 1:
        return sum(1 for r in rects if r.center().y() < at.y())
    return sum(1 for r in rects
               if r.bottom() < at.y() or (r.top() <= at.y() and r.center().x() < at.x()))


class CardDrag(QObject):
    """The drag the view's mouse is making (if any)."""

    def __init__(self, view: WallView) -> None:
        super().__init__(view)
        self.view = view
        self.start: dict[tuple[str, str | None], QPointF] = {}  # chosen cards, where they were
        self.pending: tuple[CardItem, QPointF] | None = None  # Ctrl-pressed, not yet chosen
        self.cancelled = False
        self.target: BlockItem | None = None
        self.copy = False
        self.pointer = QPoint()
        self.label: QLabel | None = None
        self.timer = QTimer(view)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._edge_scroll)
        view.installEventFilter(self)
        view.wall.doc.events.edited.connect(self._on_document_edited)

    def eventFilter(self, watched, event) -> bool:
        # hidden or without the keyboard, the view may never get the release: end the drag now.
        # A view being destroyed hides too, after its Python side has gone: this object is then
        # a bare wrapper without its attributes, and there is no drag to end.
        if event.type() in (QEvent.Type.Hide, QEvent.Type.FocusOut) and hasattr(self, "start"):
            self.cancel()
        elif (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and event.key() == Qt.Key.Key_Control
        ):
            self._ctrl(event.type() == QEvent.Type.KeyPress)
        return False

    def _ctrl(self, down: bool) -> None:
        """Ctrl pressed or let go mid-drag, the mouse still: the label says what a drop would
        do now ("Copy into" / "Into" / "Already in"), not what it was at the last move. (Only
        while it names a theme: elsewhere Ctrl changes nothing a drop would do.)"""
        if self.start and self.label is not None and self.label.isVisible():
            self.copy = down
            self._follow()

    # -- the mouse -----------------------------------------------------------------------------
    def pressed(self, event) -> None:
        """After Qt's press: the chosen cards are what a move would carry."""
        self.cancelled = False
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.start = {c.key: QPointF(c.pos()) for c in self.view.selected_cards()}
        item = self.view._item_at(self.view.mapToScene(event.position().toPoint()))
        # Qt leaves the choice alone on a Ctrl-press (Ctrl-click adds to it on release); if
        # the mouse then moves, the card under it is what is dragged, as without Ctrl
        if isinstance(item, CardItem) and not item.isSelected():
            self.pending = (item, QPointF(item.pos()))
        self._raise(True)

    def before_move(self, event) -> bool:
        """Before Qt moves anything: True to swallow the move (the drag was cancelled)."""
        if not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        if self.cancelled:
            return True
        if self.pending is not None:
            item, pos = self.pending
            self.pending = None
            self._raise(False)
            self.view.wall.clearSelection()
            item.setSelected(True)
            self.start = {item.key: pos}
            self._raise(True)
        return False

    def moved(self, event) -> None:
        if not self.start or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        self.pointer = event.position().toPoint()
        self.copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._follow()
        if self._edge_step() != (0, 0):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def released(self, event) -> None:
        start, cancelled = self.start, self.cancelled
        self._end()
        self.cancelled = False
        if cancelled or not start:
            return
        moved = [
            c
            for c in self.view.selected_cards()
            if c.key in start and (c.pos() - start[c.key]).manhattanLength() > DRAG_THRESHOLD
        ]
        if not moved:
            if any(c.pos() != start[c.key] for c in self.view.selected_cards() if c.key in start):
                self.view.wall.relayout()  # a nudge: back in place, not left askew
            return
        order = {item.key: n for n, item in enumerate(self.view.wall.ordered_cards())}
        moved.sort(key=lambda c: order.get(c.key, len(order)))  # the reading order
        point = self.view.mapToScene(event.position().toPoint())
        block = self.view.wall.block_at(point)
        copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self._refusal(block, [c.key for c in moved], copy):
            block = None  # put back where the layout says
        self.view.drop_cards([c.key for c in moved], block, copy=copy, at=point)

    def cancel(self) -> bool:
        """Esc: the cards go back where they were; the release will do nothing. False when no
        drag is under way."""
        if not self.start and self.pending is None:  # set from press to release
            return False
        self._end()
        self.cancelled = True
        grabber = self.view.wall.mouseGrabberItem()
        if grabber is not None:  # else Qt's replay of the last mouse move drags it on
            grabber.ungrabMouse()
        self.view.wall.relayout()
        return True

    def _on_document_edited(self) -> None:
        """An undo or redo mid-drag (the drop itself comes after the drag has ended): the
        drag ends as Esc ends it, its label gone at once and the release doing nothing."""
        if hasattr(self, "start"):  # not a bare wrapper outliving its view (see eventFilter)
            self.cancel()

    def _end(self) -> None:
        self.timer.stop()
        self._raise(False)
        self._set_target(None, "")
        self.start, self.pending = {}, None

    def _raise(self, on: bool) -> None:
        items = [self.view.wall.cards.get(key) for key in self.start]
        if self.pending is not None:
            items.append(self.pending[0])
        for item in items:
            if item is not None:
                item.setZValue(RAISED_Z if on else 1.0)

    # -- the theme under the pointer -----------------------------------------------------------
    def _follow(self) -> None:
        block = self.view.wall.block_at(self.view.mapToScene(self.pointer))
        if block is None:
            self._set_target(None, "")
        elif block.theme_id is None:  # the unsorted area: only cards in a theme change
            placed = any(theme_id is not None for _, theme_id in self.start)
            self._set_target(block if placed else None, "Out of its theme" if placed else "")
        elif refused := self._refusal(block, list(self.start), self.copy):
            self._set_target(None, refused)
        else:
            self._set_target(block, f"{'Copy into' if self.copy else 'Into'} {self._name(block)}")

    def _name(self, block: BlockItem) -> str:
        # longer than an undo label's: zoomed out, this is where the name can be read
        assert block.theme_id is not None  # a theme's block: the unsorted area has no name here
        return quoted(self.view.wall.doc.theme(block.theme_id).name, limit=70)

    def _refusal(
        self, block: BlockItem | None, keys: list[tuple[str, str | None]], copy: bool
    ) -> str:
        """Why a theme will not take the moving cards, "" if it will: one of another kind, or
        (Ctrl) a copy into the theme that holds them all already (a card sits in a theme once).
        The label says so, and a drop there is no edit (and no message box)."""
        if block is None or block.theme_id is None:
            return ""
        items = [self.view.wall.cards.get(key) for key in keys]
        if any(item is not None and item.card.kind != block.kind for item in items):
            return f"Not here: {self._name(block)} holds only {block.kind.label.lower()} cards"
        held = self.view.wall.doc.theme(block.theme_id).card_ids
        if copy and all(card_id in held for card_id, _ in keys):
            return f"Already in {self._name(block)}"
        return ""

    def _set_target(self, block: BlockItem | None, words: str) -> None:
        if block is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            self.target = block
            if block is not None:
                block.set_drop_target(True)
        if not words:
            if self.label is not None:
                self.label.hide()
            return
        if self.label is None:
            self.label = QLabel(self.view.viewport())
            self.label.setTextFormat(Qt.TextFormat.PlainText)  # a theme's name, as typed
            self.label.setAccessibleName("Where the cards would go")
            self.label.setStyleSheet(
                f"QLabel {{ font-size: {LABEL_PX}px; padding: 4px 8px; border-radius: 4px;"
                " background: #FFFFFF; color: #1A1A1A; border: 2px solid #0050A0; }"
                'QLabel[refused="true"] { border: 2px solid #B00020; background: #FDECEC; }'
            )
        self.label.setProperty("refused", block is None)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.setText(words)
        self.label.adjustSize()
        seen = self.view.viewport().rect()
        x = min(self.pointer.x() + 18, seen.width() - self.label.width())
        y = min(self.pointer.y() + 18, seen.height() - self.label.height())
        self.label.move(max(0, x), max(0, y))
        self.label.show()
        self.label.raise_()

    # -- scrolling at the edges ----------------------------------------------------------------
    def _edge_step(self) -> tuple[int, int]:
        seen = self.view.viewport().rect()
        p = self.pointer

        def step(near_start: int, near_end: int) -> int:
            if near_start < EDGE:
                return -round(EDGE_SPEED * (EDGE - max(near_start, 0)) / EDGE)
            if near_end < EDGE:
                return round(EDGE_SPEED * (EDGE - max(near_end, 0)) / EDGE)
            return 0

        return step(p.x(), seen.width() - p.x()), step(p.y(), seen.height() - p.y())

    def _edge_scroll(self) -> None:
        dx, dy = self._edge_step()
        if not self.start or self.cancelled or (dx, dy) == (0, 0):
            self.timer.stop()
            return
        bars = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        before = bars[0].value(), bars[1].value()
        bars[0].setValue(before[0] + dx)
        bars[1].setValue(before[1] + dy)
        if (bars[0].value(), bars[1].value()) == before:
            return  # at the wall's end already
        self._follow()
