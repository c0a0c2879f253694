"""The room wall laid out with the room timer shown keeps the timer's box clear of every theme:
on one page along its foot, on a paged wall beside or over the page label, where the layout
says (``RoomLayout.timer``); and a wall with room at its foot keeps its type and lines."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.style import pixel_font
from wtfc.ui.timer_words import short_time
from wtfc.ui.wall.room_corner import HOURS, PAGE_LABEL_PAD, TIMER_PX, timer_size
from wtfc.ui.wall.room_layout import layout_room_wall, page_label_rect

SIZES = [(1024.0, 768.0), (1366.0, 768.0), (1920.0, 1080.0)]


def _wall(themes: int, cards: int) -> Document:
    """``themes`` 'not working' themes of ``cards`` cards each, a sentence a card."""
    made, made_themes = [], []
    for t in range(themes):
        ids = [f"c{t}-{n}" for n in range(cards)]
        made += [
            Card(
                id=i,
                kind=Kind.NOT_WORKING,
                text=f"My carer comes at a different time every day, card {i}",
            )
            for i in ids
        ]
        made_themes.append(
            Theme(
                id=f"t{t}",
                kind=Kind.NOT_WORKING,
                name=f"I am not sure who is coming, theme {t}",
                card_ids=ids,
            )
        )
    return Document(Workshop(cards=made, themes=made_themes))


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _small_and_big_kinds() -> Document:
    """One two-card Working theme before ``_wall(40, 8)``: each kind has pages of its own, the
    Working page one column at large type, Not working's columns at 24 px."""
    big = _wall(40, 8).workshop
    cards = [Card(id="w1", kind=Kind.WORKING, text="My carer is kind"),
             Card(id="w2", kind=Kind.WORKING, text="The lunch club")]
    theme = Theme(id="w", kind=Kind.WORKING, name="I like my carers", card_ids=["w1", "w2"])
    return Document(Workshop(cards=[*cards, *big.cards], themes=[theme, *big.themes]))


DOCS = {
    "demo": lambda: Document(load_workshop(demo_path()).workshop),
    "few": lambda: _wall(3, 4),
    "full": lambda: _wall(12, 6),
    "many": lambda: _wall(40, 8),
    "small and big kinds": _small_and_big_kinds,
}


@pytest.mark.parametrize("name", DOCS)
@pytest.mark.parametrize("viewport", SIZES)
def test_no_theme_is_under_the_timer(qapp, name, viewport):
    doc = DOCS[name]()
    layout, _ = layout_room_wall(doc, viewport=viewport, timer=True)
    box = layout.timer
    assert box is not None
    if len(layout.pages) == 1:  # shown centred on the screen
        dx, dy = (viewport[0] - layout.width) / 2, (viewport[1] - layout.height) / 2
        blocks = [(x + dx, y + dy, w, h) for x, y, w, h in (b.rect for b in layout.blocks)]
        kept = [box]
    else:  # each page from its top left, and the page label kept clear too
        blocks = [
            (x - page[0], y, w, h)
            for x, y, w, h in (b.rect for b in layout.blocks)
            for page in layout.pages
            if page[0] <= x < page[0] + page[2]
        ]
        kept = [box, page_label_rect(viewport)]
        assert not _overlaps(box, kept[1])
    assert blocks
    assert not any(_overlaps(block, rect) for block in blocks for rect in kept), name


@pytest.mark.parametrize("viewport", [*SIZES, (800.0, 600.0)])
def test_the_demo_wall_keeps_its_type_and_lines_with_the_timer(qapp, viewport):
    doc = DOCS["demo"]()
    plain, m = layout_room_wall(doc, viewport=viewport)
    timed, timed_m = layout_room_wall(doc, viewport=viewport, timer=True)
    assert (timed_m.font_px, timed_m.max_lines) == (m.font_px, m.max_lines)
    if viewport in ((1024.0, 768.0), (800.0, 600.0)):
        # at 24 px a page's columns reach the timer's corner here: it costs pages, not type
        # (at 800×600, every card whole: 15 pages, 13 without the timer; cut to three lines
        # they were 13 and 12)
        assert len(timed.pages) <= len(plain.pages) + (2 if viewport[0] == 800.0 else 1)
        return
    assert timed.cards == plain.cards  # every card where it was, as tall


def test_every_time_the_timer_can_say_fits_its_box(qapp):
    """The box was measured for "8 h 58 min over": a stage with no planned minutes said
    "1 h 59 min so far", 333 px in a box of 310, and two-digit hours ("12 h 58 min over") were
    wider still; the words then stuck out left of the corner the view kept clear."""
    metrics = QFontMetricsF(pixel_font(TIMER_PX, bold=True))
    room = timer_size()[0] - 2 * PAGE_LABEL_PAD[0]
    for minutes in range((HOURS + 1) * 60):
        ms = minutes * 60_000
        for words in (short_time(ms + 1, 0), short_time(-ms, 0), short_time(None, ms)):
            said = words[0].upper() + words[1:]
            assert metrics.horizontalAdvance(said) <= room, said


@pytest.mark.parametrize("viewport", [*SIZES, (800.0, 600.0)])
def test_a_small_kinds_page_does_not_move_the_timer_on_a_big_kinds_pages(qapp, viewport):
    """Each kind is laid out on pages of its own, and the timer has one place on all of them.
    The two-card kind alone would put it over the page label (its one column reaches the
    corner); kept there, it took the foot of a column on each of Not working's pages: 21 pages
    at 1366×768, where Not working alone takes 14. Now the place costing fewest pages is kept."""
    mixed, _ = layout_room_wall(_small_and_big_kinds(), viewport=viewport, timer=True)
    alone, _ = layout_room_wall(_wall(40, 8), viewport=viewport, timer=True)
    assert len(mixed.pages) == len(alone.pages) + 1 and mixed.timer == alone.timer
