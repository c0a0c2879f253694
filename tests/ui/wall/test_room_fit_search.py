"""The room wall's search for its type size skips what cannot fit, and finds what trying every
type size and column count finds.

With the room view on, the wall is laid out again after every edit; the demo at 1920×1080
tried 73 column layouts an edit (about 90 ms) before it fitted at 20 px in 9 columns.
"""

from __future__ import annotations

import random

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Theme, Workshop
from wtfc.ui.wall import room_kinds, room_layout
from wtfc.ui.wall.layout import KIND_ORDER, masonry, wall_content
from wtfc.ui.wall.room_fill import fuller
from wtfc.ui.wall.room_kinds import KIND_COLUMN_EMS, WHOLE_CARD_LINES
from wtfc.ui.wall.room_layout import (
    CANDIDATES,
    ONE_SCREEN_EMS,
    PAGE_CANDIDATES,
    RoomMetrics,
    layout_room_wall,
    shown_on_room,
)
from wtfc.ui.wall.room_measure import ROW_GAP, card_sizes, count_lines_for, measure
from wtfc.ui.wall.room_pages import carried_over, fill_pages, page_label_rect, plan_pages
from wtfc.ui.wall.room_places import PagePlan, Piece, RoomLayout, build, build_pages

WORDS = ("I", "would", "like", "to", "see", "my", "daughter", "more", "often,", "carers",
         "never", "know", "who", "is", "coming.", "The", "lunch", "club", "on", "Tuesdays",
         "hospital", "appointments", "transport", "difficult", "café", "A&E", "—")
SCREENS = ((1920.0, 1080.0), (1280.0, 720.0), (1024.0, 768.0), (2560.0, 1440.0),
           (3840.0, 2160.0), (1366.0, 768.0))


def _every_layout(doc: Document, viewport: tuple[float, float]):
    """The plain search: every type size, every column count (none narrower than a paged
    wall's), the first that fits."""
    content = wall_content(doc, KIND_ORDER, include_unsorted=False, show_card=shown_on_room)
    themes = [(theme, shown) for _, _, ts in content for theme, shown in ts]
    for font_px, max_lines in CANDIDATES:
        m = RoomMetrics(font_px, max_lines)
        usable = viewport[0] - 2 * m.margin
        for columns in range(1, len(themes) + 1):
            width = (usable - (columns - 1) * m.gap) / columns
            if width < m.font_px * ONE_SCREEN_EMS and columns > 1:
                break
            metrics = RoomMetrics(font_px, max_lines,
                                  count_lines=count_lines_for(themes, m, width))
            sizes = measure(themes, metrics, width, card_sizes(themes, metrics, width))
            places, tallest = masonry([s.total for s in sizes], columns, metrics.gap)
            pieces = [Piece(i, 0, len(s.cards), 0, column, top)
                      for i, (s, (column, top)) in enumerate(zip(sizes, places, strict=True))]
            blocks, cards = build(themes, metrics, width, pieces, sizes)
            used = columns * (width + metrics.gap) - metrics.gap + 2 * metrics.margin
            height = tallest + 2 * metrics.margin
            if height <= viewport[1] and used <= viewport[0]:
                return RoomLayout(blocks, cards, [], used, height,
                                  [(0.0, 0.0, used, height)]), metrics
    return _every_kind(themes, viewport)


def _every_kind(themes: list[tuple], viewport: tuple[float, float]):
    """The plain search for a wall in pages: each kind on one page at the first type size and
    column count (columns no narrower than ``KIND_COLUMN_EMS``) at which it fits one, or else
    in pages at its own size."""
    plans = []
    for kind in KIND_ORDER:
        group = [(theme, shown) for theme, shown in themes if theme.kind == kind]
        if group:
            # in pages: then in fewer, wider columns where that leaves fewer empty
            plans.append(_kind_on_a_page(group, viewport)
                         or fuller(_kind_in_pages(group, viewport), viewport))
    layout = build_pages(plans, viewport, page_label_rect(viewport), None)
    return layout, plans[0].m


def _kind_in_pages(group: list[tuple], viewport: tuple[float, float]):
    """In pages at its own size, or the largest smaller one at which it takes no more than
    twice the pages it takes at the last size; where a card is cut, every card whole at the
    largest size, that one or smaller, at which that takes no more pages (or no more than that
    bound, where every theme fits a page at the last size with its cards on one line), a theme
    carried on overleaf if that is what keeps it so; then a theme carried on overleaf where
    that saves a page."""
    most = 2 * plan_pages(group, viewport, PAGE_CANDIDATES[-1:]).pages
    for first in range(len(PAGE_CANDIDATES)):
        found = plan_pages(group, viewport, PAGE_CANDIDATES[first:])
        if found.pages <= most:
            break
    whole = RoomMetrics(found.m.font_px, WHOLE_CARD_LINES, count_lines=found.m.count_lines)
    wholes = measure(group, whole, found.width, card_sizes(group, whole, found.width))
    if sum(s.total for s in wholes) <= sum(s.total for s in found.sizes) + 0.01:
        return carried_over(found)  # no card cut
    floor = RoomMetrics(PAGE_CANDIDATES[-1][0], 1)
    tall = any(floor.title_line + floor.count_line + 2 * floor.pad
               + len(shown) * (floor.line + 2 * floor.row_pad + ROW_GAP) - ROW_GAP + floor.pad
               > viewport[1] - 2 * floor.margin for _, shown in group)
    limit = found.pages if tall else max(found.pages, most)
    sizes_px = sorted({px for px, _ in PAGE_CANDIDATES if px <= found.m.font_px}, reverse=True)
    for px in sizes_px:
        whole = plan_pages(group, viewport, [(px, WHOLE_CARD_LINES)])
        for plan in (whole, carried_over(whole)):
            if plan.pages <= limit:
                return carried_over(plan)
    return carried_over(found)


def _kind_on_a_page(group: list[tuple], viewport: tuple[float, float]):
    """At the first size it fits one page at; a card cut there is whole at that size or the
    next smaller one where the page holds it so."""
    sizes_px = [px for px, _ in PAGE_CANDIDATES]
    for font_px, max_lines in PAGE_CANDIDATES:
        found = _on_a_page(group, viewport, font_px, max_lines)
        if found is None:
            continue
        whole = RoomMetrics(font_px, WHOLE_CARD_LINES, count_lines=found.m.count_lines)
        wholes = measure(group, whole, found.width, card_sizes(group, whole, found.width))
        if sum(s.total for s in wholes) > sum(s.total for s in found.sizes) + 0.01:
            smaller = [px for px in sizes_px if px < font_px][:1]
            for px in [font_px, *smaller]:
                better = _on_a_page(group, viewport, px, WHOLE_CARD_LINES)
                if better is not None:
                    return better
        return found
    return None


def _on_a_page(group: list[tuple], viewport: tuple[float, float], font_px: int,
               max_lines: int):
    label = page_label_rect(viewport)
    m = RoomMetrics(font_px, max_lines)
    usable = viewport[0] - 2 * m.margin
    columns = 1
    while (usable - columns * m.gap) / (columns + 1) >= font_px * KIND_COLUMN_EMS:
        columns += 1  # the most columns that width allows
    for count in range(1, columns + 1):
        width = (usable - (count - 1) * m.gap) / count
        caps = [viewport[1] - 2 * m.margin
                if m.margin + c * (width + m.gap) + width <= label[0]
                else label[1] - m.gap - m.margin for c in range(count)]
        at = RoomMetrics(font_px, max_lines, count_lines=count_lines_for(group, m, width))
        sizes = measure(group, at, width, card_sizes(group, at, width))
        pieces = fill_pages(sizes, caps, at.gap, at.pad)
        if pieces[-1].page == 0:
            return PagePlan(group, at, width, sizes, pieces)
    return None


def _generated(seed: int) -> Document:
    """Walls of 10–400 cards in themes of 1–25, names of 2–30 words: some fit at large type,
    some at 20 px, some only in pages."""
    rng = random.Random(seed)
    n = rng.choice((10, 30, 60, 120, 250, 400))
    cards = [Card(id=f"c{i}", kind=KIND_ORDER[i % 3],
                  text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 35))))
             for i in range(n)]
    themes = []
    for k, kind in enumerate(KIND_ORDER):
        ids = [c.id for c in cards if c.kind == kind]
        start = 0
        while start < len(ids):
            size = rng.randint(1, rng.choice((4, 12, 25)))
            themes.append(Theme(id=f"t{k}-{start}", kind=kind,
                                name=" ".join(rng.choice(WORDS)
                                              for _ in range(rng.randint(2, 30))),
                                card_ids=ids[start:start + size]))
            start += size + rng.randint(0, 2)  # a few cards left unsorted
    return Document(Workshop(cards=cards, themes=themes))


def _same(found: tuple[RoomLayout, RoomMetrics], plain: tuple[RoomLayout, RoomMetrics]) -> None:
    (layout, metrics), (want, want_metrics) = found, plain
    assert metrics == want_metrics  # type size, lines a card, count lines
    assert layout.pages == want.pages
    assert (layout.width, layout.height) == (want.width, want.height)
    assert layout.blocks == want.blocks  # columns: every panel where it was
    assert layout.cards == want.cards
    assert layout.page_metrics == want.page_metrics  # each kind's type in pages


@pytest.mark.parametrize("viewport", SCREENS)
def test_the_demo_is_laid_out_as_trying_every_size_lays_it_out(qapp, viewport):
    doc = Document(load_workshop(demo_path()).workshop)
    _same(layout_room_wall(doc, viewport=viewport), _every_layout(doc, viewport))


@pytest.mark.parametrize("seed", range(12))
def test_generated_walls_are_laid_out_as_trying_every_size_lays_them_out(qapp, seed):
    doc = _generated(seed)
    viewport = SCREENS[seed % len(SCREENS)]
    _same(layout_room_wall(doc, viewport=viewport), _every_layout(doc, viewport))


def _small_themes(seed: int) -> Document:
    """Walls of 8–20 themes a kind of 2–4 short cards: in pages, at a type where a page has
    one column, each theme takes a page of its own unless the kind's pages are bounded."""
    rng = random.Random(seed)
    cards, themes = [], []
    for k, kind in enumerate(KIND_ORDER):
        for t in range(rng.randint(8, 20)):
            ids = [f"c{k}-{t}-{n}" for n in range(rng.randint(2, 4))]
            cards += [Card(id=i, kind=kind, text=" ".join(rng.choice(WORDS)
                                                          for _ in range(rng.randint(3, 9))))
                      for i in ids]
            themes.append(Theme(id=f"t{k}-{t}", kind=kind, card_ids=ids,
                                name=" ".join(rng.choice(WORDS)
                                              for _ in range(rng.randint(2, 12)))))
    return Document(Workshop(cards=cards, themes=themes))


@pytest.mark.parametrize("seed", range(6))
def test_walls_of_small_themes_are_laid_out_as_trying_every_size_lays_them_out(qapp, seed):
    doc = _small_themes(seed)
    viewport = ((1024.0, 768.0), (1280.0, 720.0), (800.0, 600.0))[seed % 3]
    _same(layout_room_wall(doc, viewport=viewport), _every_layout(doc, viewport))


def test_the_demo_is_not_measured_at_sizes_that_cannot_fit(qapp, monkeypatch):
    """What the room notices: a wall edit no longer stalls the projector for 90 ms. The demo
    at 1920×1080 was measured and built about 70 times an edit; a column count is now
    measured only when the bound from the last one leaves it a chance, built only if it fits,
    and a kind put on a page of its own is measured only at the column counts its bound
    leaves open."""
    doc = Document(load_workshop(demo_path()).workshop)
    measured, kinds_measured, built = [], [], []
    real_measure, real_build = room_layout.measure, room_layout.build
    monkeypatch.setattr(room_layout, "measure",
                        lambda *a: measured.append(1) or real_measure(*a))
    monkeypatch.setattr(room_layout, "build", lambda *a: built.append(1) or real_build(*a))
    monkeypatch.setattr(room_kinds, "measure",
                        lambda *a: kinds_measured.append(1) or real_measure(*a))
    layout, metrics = layout_room_wall(doc, viewport=(1920.0, 1080.0))
    # (20 px, 3 lines a card) before the floor rose to 24 px; then (24 px, 1 line) on one
    # screen, every card cut ("My friendship with my …"); then pages at 24 px with three; now
    # it still fits no screen at two lines a card, so no one-screen layout is built, and each
    # kind has a page at its own type: Working's at 32 px
    assert (metrics.font_px, metrics.max_lines, len(layout.pages)) == (32, 5, 3)
    assert len(built) == 0
    assert len(measured) <= 30
    assert len(kinds_measured) <= 30
