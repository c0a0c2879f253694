"""M3 survivor of 11967fa0: a theme's later card too tall for any column is cut to what a column
holds under the taller header "name (continued)", as it may be carried on under. With that
header height swapped for the name alone, the cut card was a line too tall for a column it
opens under "(continued)", drawn past the foot of the projected page; only first cards were
tested."""

from __future__ import annotations

from test_room_long_card_cut import THEME, WORDS, _check, _pages_seen, painted  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind
from wtfc.ui.wall.room_wall import RoomWallView

SIZE = (1024, 768)


def test_a_later_card_too_tall_for_any_column_stays_on_the_screen(qtbot, painted):  # noqa: F811
    w = load_workshop(demo_path()).workshop
    short = Card(kind=Kind.NOT_WORKING, text="The carer is always late")
    card = Card(kind=Kind.NOT_WORKING, text=WORDS[:2000].rstrip())
    after = next(t for t in w.themes if t.name == THEME)
    theme = after.model_copy(update={"id": "t-long", "name": "Waiting for the carer",
                                     "card_ids": [short.id, card.id]})
    at = w.themes.index(after) + 1
    doc = Document(w.model_copy(update={"cards": [*w.cards, short, card],
                                        "themes": [*w.themes[:at], theme, *w.themes[at:]]}))
    view = RoomWallView(doc, viewport=(float(SIZE[0]), float(SIZE[1])))
    seen = _pages_seen(qtbot, view, SIZE, painted)
    _check(seen, card, SIZE)  # inside the screen, clear of the page label
    drawn = [text for (*_, texts) in seen for text in texts if text.startswith(card.text[:40])]
    assert drawn and all(text.endswith("…") for text in drawn)
