"""The wall's scene: card and theme items kept in step with the document.

After every command (``doc.events.edited``) and on a new file (``reset``) the wall is laid out
afresh (``layout.py``, or ``room_layout.py`` for the projector) and the items are synced to it:
items that stay are moved, new placements get an item, gone ones are removed. A room wall in
pages has items for the page on screen only (``show_page``): the room sees one page at a time,
and a 10,000-card wall's hundred-odd pages of items took longer to make than its layout. The
scene never edits the model; the view and panel turn gestures into commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from wtfc.export.isolates import isolated
from wtfc.model.blank_text import is_blank
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.model.workshop import Kind
from wtfc.ui.style import WALL_BACKGROUND
from wtfc.ui.wall.block_item import BlockItem, SectionItem
from wtfc.ui.wall.card_item import NOTE_TEXT_PX, CardItem
from wtfc.ui.wall.layout import (
    KIND_ORDER,
    Block,
    PlacementKey,
    Rect,
    WallLayout,
    WallMetrics,
    WallPlan,
    place_lanes,
    plan_wall,
    theme_numbers,
    wall_columns,
)
from wtfc.ui.wall.room_layout import RoomLayout, RoomMetrics, layout_room_wall

CACHE_FROM = 300  # beyond a few hundred cards, cached card pixmaps make fit-all frames 6x cheaper
OVERVIEW_BELOW = 0.12  # zoomed out further, a card is a few pixels: themes draw their cards


def wall_theme_name(name: str) -> str:
    """A theme's name on the facilitator's wall. One with no words to read (an older file's ""
    or lone zero-width space) is "Unnamed theme", as the room view and the exports print it,
    marked "(not named yet)" as the wall's other groups to name are, never a blank header."""
    return f"{UNNAMED_THEME} (not named yet)" if is_blank(name) else name


class WallScene(QGraphicsScene):
    """Cards and themes of ``doc``; ``room=True`` is the projector's read-only version.

    Emits ``laid_out`` after every relayout (the views refit or keep the focus visible).
    """

    laid_out = Signal()
    keeps_timer = False  # a room wall keeps a corner for the room timer (``room_corner.py``)

    def __init__(self, doc: Document, *, room: bool = False,
                 kinds: Sequence[Kind] = KIND_ORDER,
                 viewport: tuple[float, float] = (1600.0, 900.0),
                 theme_ids: frozenset[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.theme_ids = theme_ids  # only these themes (the room's "one theme" view)
        self.doc = doc
        self.room = room
        self.kinds = tuple(kinds)
        self.viewport = (max(viewport[0], 100.0), max(viewport[1], 100.0))  # as set_viewport
        self.metrics = WallMetrics()
        self.room_metrics: RoomMetrics | None = None
        self.layout: WallLayout | None = None
        self.cards: dict[tuple[str, str | None], CardItem] = {}
        self.blocks: dict[str, BlockItem] = {}
        self.sections: dict[Kind, SectionItem] = {}
        self.overview = False  # cards hidden, each theme drawing its cards as plain slots
        self.highlighted: frozenset[str] = frozenset()  # card ids ringed (theme suggestions)
        self.held_back_shown = False  # the facilitator chose to show found details on this screen
        self.page = 0  # a room wall in pages: the one on screen, the only one with items
        self.setBackgroundBrush(WALL_BACKGROUND)
        self._stale = False  # cards or themes changed since the last layout
        self._plan: WallPlan | None = None  # the last layout's, kept while the wall is the same
        self._columns: list[int] = []  # the last layout's, one a lane
        self._workshop = doc.workshop  # the one drawn: the same again (Save As) is kept
        doc.events.parts_changed.connect(self._on_parts_changed)
        doc.events.edited.connect(self._on_document_edited)
        doc.events.reset.connect(self._on_document_reset)
        self.relayout()

    def detach(self) -> None:
        """Stop following the document (the view is going away)."""
        self.doc.events.parts_changed.disconnect(self._on_parts_changed)
        self.doc.events.edited.disconnect(self._on_document_edited)
        self.doc.events.reset.disconnect(self._on_document_reset)

    # -- what the panel changes ----------------------------------------------------------------
    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        if tuple(kinds) != self.kinds:
            self.kinds = tuple(kinds)
            self.relayout()

    def set_held_back_shown(self, on: bool) -> None:
        """Show (or hide again) the words the guard held back, on held-back cards' faces."""
        self.held_back_shown = on
        for item in self.cards.values():
            item.set_held_back_shown(on)

    def set_viewport(self, width: float, height: float) -> None:
        """The view's shape: the layout chooses its columns to fill it. Where the shape gives
        the columns the wall has, it stays as it is (the views fit it to their new shape)."""
        size = (max(width, 100.0), max(height, 100.0))
        if size != self.viewport:
            self.viewport = size
            if self._stale:
                self.relayout()
            else:
                self._lay_out()

    def set_scale(self, scale: float) -> None:
        """The view's zoom: far out, 10,000 card items become a few hundred theme items."""
        on = scale < OVERVIEW_BELOW
        if on != self.overview:
            self.overview = on
            for item in self.cards.values():
                item.setVisible(not on)
            for block in self.blocks.values():
                block.set_overview(on)

    def show_page(self, page: int) -> None:
        """A room wall in pages: page ``page`` is on screen. Its themes and cards get items and
        those of the page before lose theirs (kept within the pages there are)."""
        if page != self.page:
            self.page = page
            if self.layout is not None and self._pages(self.layout):
                self._sync_items(self.layout)

    def highlight_cards(self, card_ids) -> None:
        """Ring these cards (every placement of them); an empty set clears the rings."""
        self.highlighted = frozenset(card_ids)
        for item in self.cards.values():
            item.set_highlighted(item.card.id in self.highlighted)

    # -- reading -------------------------------------------------------------------------------
    def block_at(self, point: QPointF) -> BlockItem | None:
        """The theme or unsorted area under a scene point, if any."""
        for block in self.blocks.values():
            if block.scene_rect().contains(point):
                return block
        return None

    def theme_rect(self, theme_id: str) -> QRectF | None:
        block = self.blocks.get(theme_id)
        return block.scene_rect() if block is not None else None

    def ordered_cards(self) -> list[CardItem]:
        """Cards in reading order (as laid out: sections, then columns top to bottom)."""
        if self.layout is None:
            return []
        return [self.cards[key] for key in self.layout.cards if key in self.cards]

    # -- keeping in step -----------------------------------------------------------------------
    # Only cards and themes are on the wall: a vote, a cause or an action leaves it as it is.
    # A wall no one can see (its page is not the one on screen) waits until it is shown again:
    # on a 10,000-card workshop a layout costs 0.1–0.3 s, and every board's edits came here.
    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection in ("cards", "themes"):
            self._stale = True

    def _on_document_edited(self) -> None:
        if self._stale and not self._hidden():
            self.relayout()

    def _on_document_reset(self) -> None:
        self._stale = True
        another, self._workshop = self.doc.workshop is not self._workshop, self.doc.workshop
        if not self._hidden():
            self.relayout()
        elif another:
            self._let_go()

    def _let_go(self) -> None:
        """Another workshop, this wall off screen: its items (the last one's card words and
        theme names) go now, not when it is next shown (cards come from care reviews and a
        laptop may be shared). Laid out again as it is shown, as after any edit off screen."""
        self.layout, self._plan = None, None
        for items in (self.cards, self.blocks, self.sections):
            for item in items.values():
                self.removeItem(item)
            items.clear()

    def _hidden(self) -> bool:
        """Shown in views that are all hidden (a scene with no view yet counts as shown)."""
        views = self.views()
        return bool(views) and not any(view.isVisible() for view in views)

    def catch_up(self) -> None:
        """A view of this wall is being shown: lay out what changed while it was hidden."""
        if self._stale:
            self.relayout()

    def relayout(self) -> None:
        self._stale, self._plan = False, None  # the cards or themes may have changed
        self._lay_out()

    def _same_columns(self) -> bool:
        """Only the shape changed since the last layout, and it gives its columns (ms)."""
        return (not self.room and not self._stale and self._plan is not None
                and self.layout is not None
                and wall_columns(self._plan, self.viewport, self.metrics) == self._columns)

    def _lay_out(self) -> None:
        """Lay out for the view's shape now (the wall as it is where the columns are too)."""
        if self.doc.telling:  # a History jump's page shown before its cards are told: the
            self._plan = None  # last plan may name cards it took, so plan from the document
        if self._same_columns():
            self.laid_out.emit()
            return
        if self.room:
            self.layout, self.room_metrics = layout_room_wall(
                self.doc, self.kinds, viewport=self.viewport, theme_ids=self.theme_ids,
                timer=self.keeps_timer)
        else:
            self._plan = self._plan or plan_wall(self.doc, self.kinds, metrics=self.metrics)
            self._columns = wall_columns(self._plan, self.viewport, self.metrics)
            self.layout = place_lanes(self._plan, self._columns, self.metrics)
        self._sync_items(self.layout)
        margin = 40.0 if not self.room else 0.0
        self.setSceneRect(QRectF(-margin, -margin, self.layout.width + 2 * margin,
                                 self.layout.height + 2 * margin))
        self.laid_out.emit()

    def _pages(self, layout: WallLayout) -> list[Rect]:
        """A room wall's pages when it has more than one; none otherwise."""
        pages = layout.pages if self.room and isinstance(layout, RoomLayout) else []
        return pages if len(pages) > 1 else []

    def _sync_items(self, layout: WallLayout) -> None:
        pages = self._pages(layout)
        blocks, placements = self._on_page(layout, pages) if pages \
            else (layout.blocks, layout.cards)
        self._sync_cards(placements)
        self._sync_blocks(blocks, layout)
        self._sync_sections(layout)

    def _on_page(self, layout: WallLayout, pages: list[Rect]
                 ) -> tuple[list[Block], dict[PlacementKey, Rect]]:
        """The themes and card placements on the page on screen (each theme is on one page)."""
        self.page = max(0, min(self.page, len(pages) - 1))
        left, top, width, height = pages[self.page]
        blocks = [b for b in layout.blocks
                  if b.rect[0] < left + width and b.rect[0] + b.rect[2] > left
                  and b.rect[1] < top + height and b.rect[1] + b.rect[3] > top]
        placements = {(card_id, b.theme_id): layout.cards[(card_id, b.theme_id)]
                      for b in blocks for card_id in b.card_ids}
        return blocks, placements

    def _sync_cards(self, placements: dict[PlacementKey, Rect]) -> None:
        counts: dict[str, int] = {}
        for theme in self.doc.workshop.themes:
            for card_id in theme.card_ids:
                counts[card_id] = counts.get(card_id, 0) + 1
        # A card moved to another theme gets a new item: its choice and keyboard focus go
        # with it, so the next key acts on it and arrows go on from where it now is.
        gone = [k for k in self.cards if k not in placements]
        was_chosen = {k[0] for k in gone if self.cards[k].isSelected()}
        focus = self.focusItem()
        was_focused = next((k[0] for k in gone if self.cards[k] is focus), None)
        for key in gone:
            self.removeItem(self.cards.pop(key))
        cache = (QGraphicsItem.CacheMode.DeviceCoordinateCache
                 if not self.room and len(placements) > CACHE_FROM
                 else QGraphicsItem.CacheMode.NoCache)
        look, font_px = ("strip", self.room_metrics.font_px) if self.room_metrics and self.room \
            else ("note", NOTE_TEXT_PX)
        for key, (x, y, w, h) in placements.items():
            item = self.cards.get(key)
            if item is not None and item.font_px != font_px:  # the room chose another size
                self.removeItem(self.cards.pop(key))
                item = None
            card = self.doc.card(key[0])
            if item is None:
                item = CardItem(card, key[1], (w, h), look=look, font_px=font_px,
                                themes_count=counts.get(key[0], 0), interactive=not self.room,
                                held_back_shown=self.held_back_shown)
                item.setCacheMode(cache)
                item.setPos(x, y)
                if key[0] in self.highlighted:
                    item.set_highlighted(True)
                if self.overview:
                    item.setVisible(False)
                self.cards[key] = item
                self.addItem(item)
                continue
            item.set_card(card, counts.get(key[0], 0))
            item.set_size((w, h))
            if item.cacheMode() != cache:
                item.setCacheMode(cache)
            if item.pos().x() != x or item.pos().y() != y:
                item.setPos(x, y)
        if was_chosen or was_focused:
            self._follow_moved(gone, was_chosen, was_focused)

    def _follow_moved(self, gone: list, was_chosen: set[str], was_focused: str | None) -> None:
        new_items = [item for key, item in self.cards.items()
                     if key[0] in was_chosen | {was_focused} and key not in gone]
        for item in new_items:  # all chosen first: the focus then says how many are
            if item.card.id in was_chosen:
                item.setSelected(True)
        for item in new_items:
            if item.card.id == was_focused and self.focusItem() is None:
                self.setFocusItem(item)

    def _sync_blocks(self, blocks: list[Block], layout: WallLayout) -> None:
        keys = {b.key for b in blocks}
        for key in [k for k in self.blocks if k not in keys]:
            self.removeItem(self.blocks.pop(key))
        m = self.room_metrics if self.room else None
        # the facilitator's wall numbers the themes Alt+1…9 reach, as the outline does
        numbers = {} if self.room else theme_numbers(self.doc, self.kinds)
        for block in blocks:
            item = self.blocks.get(block.key)
            if item is None:
                if m is not None:
                    item = BlockItem(block.key, block.kind, block.theme_id, title_px=m.title_px,
                                     count_px=m.count_px, pad=m.pad)
                else:
                    item = BlockItem(block.key, block.kind, block.theme_id,
                                     header_height=self._unsorted_header(block.theme_id))
                self.blocks[block.key] = item
                self.addItem(item)
            elif m is not None and item.title_px != m.title_px:
                item.title_px, item.count_px, item.pad = m.title_px, m.count_px, m.pad
            x, y, w, h = block.rect
            theme = self.doc.theme(block.theme_id) if block.theme_id else None
            title = wall_theme_name(theme.name) if theme is not None else ""
            if block.theme_id in numbers:  # the name set apart: an Urdu name made the line
                # right to left, the "5." Alt+5 goes by drawn reversed at its far end
                title = f"{numbers[block.theme_id]}. {isolated(title)}"
            header = None
            if m is not None:
                first = layout.cards.get((block.card_ids[0], block.theme_id)) \
                    if block.card_ids else None
                header = (first[1] - y) if first else h
            item.set_content(title, len(block.card_ids), QRectF(x, y, w, h), header)
            # what the room said is the facilitator's to see; the room's wall shows none of it
            item.set_comments(tuple(theme.comments) if theme is not None and not self.room
                              else ())
            item.set_slots([(cx - x, cy - y, cw, ch)
                            for cx, cy, cw, ch in (layout.cards[(c, block.theme_id)]
                                                   for c in block.card_ids)])
            item.set_overview(self.overview)

    def _unsorted_header(self, theme_id: str | None) -> float:
        return self.metrics.header_height if theme_id else self.metrics.unsorted_header

    def _sync_sections(self, layout: WallLayout) -> None:
        shown = {kind for kind, _ in layout.sections}
        for kind in [k for k in self.sections if k not in shown]:
            self.removeItem(self.sections.pop(kind))
        for kind, (x, y, w, h) in layout.sections:
            item = self.sections.get(kind)
            if item is None:
                item = SectionItem(kind)
                self.sections[kind] = item
                self.addItem(item)
            themes = [b for b in layout.blocks if b.kind == kind and b.theme_id]
            cards = {c for b in layout.blocks if b.kind == kind for c in b.card_ids}
            # the note first after the name: a lane wider than the view shows its start only
            note = self._held_back_note(cards)
            text = " · ".join([kind.long_label, *([note] if note else []),
                               count_phrase(len(themes), "theme"),
                               count_phrase(len(cards), "card")])
            item.set_content(text, QRectF(x, y, w, h), held_back=note)

    def _held_back_note(self, card_ids: set[str]) -> str:
        """"⚠ 200 held back" on the facilitator's wall while the guard holds cards of the kind
        back (off the projector and out of exports), so no one moves on to theming unaware.
        The room's wall never mentions them."""
        if self.room:
            return ""
        held = sum(1 for card_id in card_ids if self.doc.card(card_id).held_back)
        return f"⚠ {held:,} held back" if held else ""
