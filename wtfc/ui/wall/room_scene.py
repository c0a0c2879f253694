"""The room wall's scene: the wall scene with the room's theme panels (``RoomBlockItem``).

Each part of a theme the room layout carried on to another column or page gets a panel of its
own, headed "(continued)" and counting the theme's cards, not the part's.

The room lays its wall out once per burst of edits, not once per edit: clicking far back in
Edit → History undoes a hundred steps at once, and each relayout of the projector's wall froze
the laptop for its share (2.6–3.2 s for 200 steps on the demo). An edit marks the wall stale and
a zero-delay timer lays it out when the burst is over; the items keep what they drew until then
(they hold their own cards and titles, never reading the document as they paint).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QTimer

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.wall.layout import KIND_ORDER, Block, WallLayout
from wtfc.ui.wall.room_block import RoomBlockItem, room_title
from wtfc.ui.wall.room_places import RoomBlock, RoomLayout
from wtfc.ui.wall.scene import WallScene


class RoomWallScene(WallScene):
    """A read-only ``WallScene`` laid out for the room (``room_layout.py``)."""

    def __init__(self, doc: Document, *, kinds: Sequence[Kind] = KIND_ORDER,
                 viewport: tuple[float, float] = (1920.0, 1080.0),
                 theme_ids: frozenset[str] | None = None, timer: bool = False,
                 parent=None) -> None:
        self.keeps_timer = timer  # laid out once, with the timer's corner when it is shown
        super().__init__(doc, room=True, kinds=kinds, viewport=viewport, theme_ids=theme_ids,
                         parent=parent)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._relayout_later)
        # names pasted are no edit: a card naming one leaves the projector's wall at once
        # (``room_layout.shown_on_room``), as it is not shown again until the next edit
        doc.events.names_changed.connect(self._on_names_changed)

    def _on_names_changed(self) -> None:
        self._stale = True
        self._on_document_edited()

    def keep_timer(self, on: bool) -> None:
        """Keep the bottom-right corner clear for the room timer, or give it back."""
        if on != self.keeps_timer:
            self.keeps_timer = on
            self.relayout()

    def detach(self) -> None:
        self._later.stop()
        self.doc.events.names_changed.disconnect(self._on_names_changed, missing_ok=True)
        super().detach()

    def _on_document_edited(self) -> None:
        if self._stale and not self._hidden():
            self._later.start()  # once the burst of edits is over (a History jump is one)

    def _relayout_later(self) -> None:
        if self._stale and not self._hidden():  # a hidden wall catches up when shown
            self.relayout()

    def show_page(self, page: int) -> None:
        # the layout is the wall's before the edit: its items would be made from cards and
        # themes an undo may have removed; the coming relayout makes this page's
        if self._stale:
            self.page = page
            if not self._hidden():
                self._later.start()
            return
        super().show_page(page)

    def _sync_items(self, layout: WallLayout) -> None:
        # a wall in pages lays each kind out at its own type: the page on screen's is used
        if isinstance(layout, RoomLayout) and layout.page_metrics and self.room_metrics:
            self.room_metrics = layout.metrics_on(self.page, self.room_metrics)
        super()._sync_items(layout)

    def _sync_blocks(self, blocks: list[Block], layout: WallLayout) -> None:
        m = self.room_metrics
        assert m is not None  # ``relayout`` sets it for a room wall before syncing its blocks
        keys = {b.key for b in blocks}
        for key in [k for k, item in self.blocks.items()
                    if k not in keys or getattr(item, "metrics", None) != m]:
            self.removeItem(self.blocks.pop(key))  # gone, or another type size: made afresh
        for block in blocks:
            item = self.blocks.get(block.key)
            if item is None:
                item = self.blocks[block.key] = RoomBlockItem(block.key, block.kind,
                                                              block.theme_id, m)
                self.addItem(item)
            assert block.theme_id is not None  # the room wall shows no unsorted cards
            x, y, w, h = block.rect
            continued = isinstance(block, RoomBlock) and block.continued
            count = block.count if isinstance(block, RoomBlock) else len(block.card_ids)
            first = layout.cards.get((block.card_ids[0], block.theme_id)) \
                if block.card_ids else None
            title = room_title(self.doc.theme(block.theme_id).name, continued)
            if isinstance(item, RoomBlockItem):
                item.set_hidden(block.hidden if isinstance(block, RoomBlock) else 0)
            item.set_content(title, count, QRectF(x, y, w, h), (first[1] - y) if first else h)
            item.set_slots([(cx - x, cy - y, cw, ch)
                            for cx, cy, cw, ch in (layout.cards[(c, block.theme_id)]
                                                   for c in block.card_ids)])
