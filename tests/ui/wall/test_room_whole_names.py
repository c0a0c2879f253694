"""What the room notices on the projector wall: every theme's name whole, no type below 24 px
however big one theme is, a theme carried on to the next page named again "(continued)", and
one wording for a theme's count ("10 cards") on every header.
"""

from __future__ import annotations

import pytest
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall.block_item import count_phrase
from wtfc.ui.wall.room_block import RoomBlockItem
from wtfc.ui.wall.room_measure import CONTINUED, FLOOR_PX
from wtfc.ui.wall.room_wall import RoomWallView

LONG_NAME = ("I want to be supported by the same small group of care workers who know me, my "
             "home and my routines, and who arrive when they said they would")


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _one_big_theme() -> Document:
    """The reviewer's edge case: one 60-card theme among small ones."""
    big = [Card(id=f"b{i}", kind=Kind.NOT_WORKING,
                text=f"Card {i}: the carers are late and rushed again today") for i in range(60)]
    small = [Card(id="w1", kind=Kind.WORKING, text="My carer is kind and has time for me"),
             Card(id="n1", kind=Kind.NOT_WORKING, text="Nobody rings when the carer is late"),
             Card(id="f1", kind=Kind.FUTURE, text="I want to go to the lunch club again")]
    themes = [Theme(id="tw", kind=Kind.WORKING, name="I like my carers", card_ids=["w1"]),
              Theme(id="tlong", kind=Kind.NOT_WORKING, name=LONG_NAME, card_ids=["n1"]),
              Theme(id="t60", kind=Kind.NOT_WORKING, name="I want carers who have time",
                    card_ids=[c.id for c in big]),
              Theme(id="tf", kind=Kind.FUTURE, name="I want to get out more",
                    card_ids=["f1"])]
    return Document(Workshop(cards=[*small, *big], themes=themes))


def _view(qtbot, doc: Document, size: tuple[int, int]) -> RoomWallView:
    return shown_room_view(qtbot, doc, size, viewport=(float(size[0]), float(size[1])))


def _pages(view: RoomWallView):
    """Each page in turn, with its theme panels (only the page on screen has items)."""
    for page in range(view.page_count()):
        view.show_page(page)
        yield page, [item for item in view.wall.blocks.values()
                     if isinstance(item, RoomBlockItem)]


def test_one_big_theme_leaves_every_theme_at_readable_type(qtbot):
    """A 60-card theme drew the whole wall, small themes too, at about 12 px."""
    doc = _one_big_theme()
    view = _view(qtbot, doc, (1920, 1080))
    assert view.page_count() > 1
    seen: list[str] = []
    for _, blocks in _pages(view):
        assert view.transform().m11() == 1.0  # at 100 %: nothing scaled down
        assert view.smallest_text_px() >= FLOOR_PX
        assert blocks and all(b.title_px >= FLOOR_PX and b.count_px >= FLOOR_PX
                              for b in blocks)
        seen += [key[0] for key in view.wall.cards]
    assert sorted(seen) == sorted(c.id for c in doc.workshop.cards)  # each card once


def test_a_theme_carried_on_to_the_next_page_is_named_again(qtbot):
    view = _view(qtbot, _one_big_theme(), (1920, 1080))
    pages_of_big: list[int] = []
    for page, blocks in _pages(view):
        for block in blocks:
            if block.theme_id != "t60":
                continue
            pages_of_big.append(page)
            first = block.key == "t60"
            assert block.title == ("I want carers who have time" if first
                                   else "I want carers who have time" + CONTINUED)
            assert block.shown_title() == block.title  # "(continued)" is not cut off
            assert block.count == 60  # the theme's count, not the part's
    assert len(set(pages_of_big)) > 1 and pages_of_big == sorted(pages_of_big)
    # the parts on a later page all say "(continued)"
    later = [b for page, blocks in _pages(view) for b in blocks
             if b.theme_id == "t60" and page > pages_of_big[0]]
    assert later and all(b.title.endswith(CONTINUED) for b in later)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1024, 768)])
def test_the_demo_names_are_drawn_whole(qtbot, size):
    """The room read "I am supported …" and "I don't know who to …" with a fifth of the
    screen empty; the name is what the room has just agreed, so it comes whole."""
    doc = _demo()
    view = _view(qtbot, doc, size)
    named: set[str] = set()
    for _, blocks in _pages(view):
        for block in blocks:
            assert block.shown_title() == block.title, block.title
            assert "…" not in block.shown_title()
            named.add(block.theme_id)
        assert view.smallest_text_px() >= FLOOR_PX
    shown = {t.id for t in doc.workshop.themes
             if any(not doc.card(c).held_back for c in t.card_ids)}
    assert named == shown


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1024, 768), (800, 600),
                                  (2560, 1080)])
def test_every_header_counts_in_the_same_words(qtbot, size):
    """ "✗ Not working · 10" stood beside "✓ Working · 7 cards": now "10 cards" on every
    header, under the kind's word on every header when a column is too narrow for both."""
    for doc in (_demo(), _one_big_theme()):
        view = _view(qtbot, doc, size)
        shapes = set()
        for _, blocks in _pages(view):
            for block in blocks:
                lines = block.count_text()
                assert lines[-1].endswith(count_phrase(block.count))
                assert block.kind.label in lines[0]
                shapes.add(len(lines))
        assert len(shapes) == 1  # one arrangement for the whole wall
