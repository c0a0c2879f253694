"""The room wall never shows a card held back by the personal-detail guard, but now says how many
of a theme's cards it leaves out, as the room's priorities and why-tree views do: a theme whose
cards were all held back read "Not working · 0 cards", one with some held back counted only the
cards shown, and the room had no word why.
"""

from __future__ import annotations

from wall_helpers import shown_room_view

from tests.ui.boards.board_workshops import LONELY, held_back_demo
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop
from wtfc.ui.paint_cache import label
from wtfc.ui.wall.room_block import RoomBlockItem
from wtfc.ui.wall.room_measure import COUNT_INDENT, FLOOR_PX, RoomMetrics, count_lines_of
from wtfc.ui.wall.room_wall import RoomWallView


def _header(view: RoomWallView, name: str) -> RoomBlockItem:
    for page in range(view.page_count()):
        view.show_page(page)
        for item in view.wall.blocks.values():
            if isinstance(item, RoomBlockItem) and item.title == name:
                return item
    raise AssertionError(f"no panel for {name!r}")


def _lonely_view(qtbot, held: int, **kwargs) -> tuple[Document, RoomWallView]:
    doc = held_back_demo(held)
    theme_id = next(t.id for t in doc.workshop.themes if t.name == LONELY)
    return doc, shown_room_view(qtbot, doc, (1920, 1080), theme_ids=frozenset({theme_id}),
                                **kwargs)


def test_a_theme_all_held_back_tells_the_room_its_cards_are_not_shown(qtbot):
    doc, view = _lonely_view(qtbot, 5)
    item = _header(view, LONELY)
    assert view.wall.layout.cards == {}  # no held-back card reaches the projector
    words = " ".join(item.count_text())
    assert words.endswith("5 cards (5 not shown)")
    assert "0 cards" not in words
    # never the words the guard held back
    texts = {doc.card(c).text for t in doc.workshop.themes if t.name == LONELY
             for c in t.card_ids}
    assert not any(text in words for text in texts)


def test_some_held_back_are_counted_with_the_cards_shown(qtbot):
    _, view = _lonely_view(qtbot, 3)
    item = _header(view, LONELY)
    assert len(view.wall.layout.cards) == 2
    assert " ".join(item.count_text()).endswith("5 cards (3 not shown)")


def test_the_whole_wall_says_it_on_the_theme_with_cards_held_back_only(qtbot):
    doc = held_back_demo(2)
    view = shown_room_view(qtbot, doc, (1920, 1080))
    noted = [item for page in range(view.page_count()) for item in _on_page(view, page)
             if "not shown" in " ".join(item.count_text())]
    assert {item.title for item in noted} == {LONELY}
    assert "5 cards (2 not shown)" in " ".join(noted[0].count_text())


def _on_page(view: RoomWallView, page: int) -> list[RoomBlockItem]:
    view.show_page(page)
    return [item for item in view.wall.blocks.values() if isinstance(item, RoomBlockItem)]


def test_a_narrow_wall_gives_the_note_a_line_of_its_own_inside_the_panel(qtbot):
    """On a small projector the columns are narrow: "(3 not shown)" goes under "5 cards" rather
    than past the panel's edge, at no less than the room's floor type."""
    detail = [PersonalDetail(start=0, end=1, category="name", text="I")]
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"Card {i}: the carer came late",
                  personal_details=detail if i < 13 else [])
             for i in range(120)]
    themes = [Theme(id=f"t{n}", kind=Kind.NOT_WORKING, name=f"Theme {n}",
                    card_ids=[f"c{i}" for i in range(n * 15, n * 15 + 15)]) for n in range(8)]
    view = shown_room_view(qtbot, Document(Workshop(cards=cards, themes=themes)), (1024, 768),
                           viewport=(1024.0, 768.0))
    item = _header(view, "Theme 0")
    lines = item.count_text()
    assert "13 not shown" in " ".join(lines)
    assert item.metrics.count_px >= FLOOR_PX
    room = item.boundingRect().width() - 2 * item.pad - item.count_px * COUNT_INDENT
    assert all(label(line, item.count_px).size().width() <= room + 1 for line in lines)


def test_a_column_too_narrow_for_the_note_beside_the_count_puts_it_under(qapp):
    m = RoomMetrics(32, 3)
    shapes = frozenset({(Kind.FUTURE, 12, 12), (Kind.FUTURE, 4, 0)})
    beside = 2 * m.pad + m.count_px * COUNT_INDENT
    just_cards = label("12 cards", m.count_px).size().width()
    assert count_lines_of(shapes, m, beside + just_cards + 4) == 3
    item = RoomBlockItem("t", Kind.FUTURE, "t", RoomMetrics(32, 3, count_lines=3))
    item.count, item.hidden = 12, 12
    assert item.count_text() == ["Future", "12 cards", "(12 not shown)"]
    item.hidden = 0
    assert item.count_text() == ["Future", "12 cards"]
