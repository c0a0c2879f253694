"""The room wall's scene: the wall scene with the room's theme panels (``RoomBlockItem``).

Each part of a theme the room layout carried on to another column or page gets a panel of its
own, headed "(continued)" and counting the theme's cards, not the part's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.wall.layout import KIND_ORDER, Block, WallLayout
from wtfc.ui.wall.room_block import RoomBlockItem, room_title
from wtfc.ui.wall.room_places import RoomBlock
from wtfc.ui.wall.scene import WallScene


class RoomWallScene(WallScene):
    """A read-only ``WallScene`` laid out for the room (``room_layout.py``)."""

    def __init__(self, doc: Document, *, kinds: Sequence[Kind] = KIND_ORDER,
                 viewport: tuple[float, float] = (1920.0, 1080.0),
                 theme_ids: frozenset[str] | None = None, parent=None) -> None:
        super().__init__(doc, room=True, kinds=kinds, viewport=viewport, theme_ids=theme_ids,
                         parent=parent)

    def _sync_blocks(self, blocks: list[Block], layout: WallLayout) -> None:
        m = self.room_metrics
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
            x, y, w, h = block.rect
            continued = isinstance(block, RoomBlock) and block.continued
            count = block.count if isinstance(block, RoomBlock) else len(block.card_ids)
            first = layout.cards.get((block.card_ids[0], block.theme_id)) \
                if block.card_ids else None
            title = room_title(self.doc.theme(block.theme_id).name, continued)
            item.set_content(title, count, QRectF(x, y, w, h), (first[1] - y) if first else h)
            item.set_slots([(cx - x, cy - y, cw, ch)
                            for cx, cy, cw, ch in (layout.cards[(c, block.theme_id)]
                                                   for c in block.card_ids)])
