"""A theme's first card is cut on the room wall only where a fresh column cannot hold it under
the theme's name. Every long card was cut to the room under the taller "(continued)" header,
though a theme's first card is always drawn under its name alone: at 1024×768 a theme of one
card of about 680 characters (a pasted review paragraph) lost its last line to "…" on the page
after one with a column to spare, where a fresh column held it whole. A card too tall for any
column is still cut, its last line ending in "…", given every line the column holds."""

from __future__ import annotations

from test_room_long_card_cut import THEME, WORDS, _check, _pages_seen, painted  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind
from wtfc.ui.wall.room_layout import layout_room_wall
from wtfc.ui.wall.room_wall import RoomWallView

SIZE = (1024, 768)


def _with_long_theme(chars: int) -> tuple[Document, Card]:
    """The demo with a theme of one ``chars``-character card after "I feel lonely and cut
    off" (which ends its page with a column to spare at 1024×768)."""
    w = load_workshop(demo_path()).workshop
    card = Card(kind=Kind.NOT_WORKING, text=WORDS[:chars].rstrip())
    after = next(t for t in w.themes if t.name == THEME)
    theme = after.model_copy(update={"id": "t-long", "name": "Waiting for the carer",
                                     "card_ids": [card.id]})
    at = w.themes.index(after) + 1
    doc = Document(w.model_copy(update={"cards": [*w.cards, card],
                                        "themes": [*w.themes[:at], theme, *w.themes[at:]]}))
    return doc, card


def _drawn(seen, card: Card) -> list[tuple[int, str]]:
    """(page, text) of each drawing of the card's words."""
    return [(n, text) for n, (*_, texts) in enumerate(seen) for text in texts
            if text.startswith(card.text[:40])]


def test_a_first_card_a_fresh_column_holds_is_whole_on_the_next_page(qtbot, painted):  # noqa: F811
    doc, card = _with_long_theme(678)
    view = RoomWallView(doc, viewport=(float(SIZE[0]), float(SIZE[1])))
    seen = _pages_seen(qtbot, view, SIZE, painted)
    _check(seen, card, SIZE)
    drawn = _drawn(seen, card)
    assert [text for _, text in drawn] == [card.text], "the card is drawn whole, no '…'"
    page = drawn[0][0]
    before = seen[page - 1][0]  # the page before has a column to spare, left for this page
    assert len({panel.left() for panel in before}) == 1, "the page before has room to spare"


def test_a_first_card_too_tall_for_any_column_is_still_cut(qtbot, painted):  # noqa: F811
    doc, card = _with_long_theme(2000)
    view = RoomWallView(doc, viewport=(float(SIZE[0]), float(SIZE[1])))
    seen = _pages_seen(qtbot, view, SIZE, painted)
    _check(seen, card, SIZE)  # inside the screen, clear of the page label
    drawn = _drawn(seen, card)
    assert drawn and all(text.endswith("…") for _, text in drawn), "cut, ending in '…'"
    # given every line its column holds under the theme's name: less than a line to spare
    layout, first = layout_room_wall(doc, viewport=(float(SIZE[0]), float(SIZE[1])))
    m = layout.metrics_on(drawn[0][0], first)
    foot = max(panel.bottom() for panel in seen[drawn[0][0]][0] if panel.left() < m.margin + 1)
    assert SIZE[1] - m.margin - foot < m.line, "the cut card has a line more room below it"
