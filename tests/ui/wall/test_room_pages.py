"""A wall too big for the projector comes in pages at readable type, not shrunk below 24 px.

The demo's three kinds at 1280×720 and a generated 600-card wall page; the room turns pages
with Ctrl+Shift+Right / Ctrl+Shift+Left from the menu or the room window; an edit keeps the
page on screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from wall_helpers import shown_room_view

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.themes import delete_theme
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop
from wtfc.ui.wall import RoomController
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.room_kinds import WHOLE_CARD_LINES
from wtfc.ui.wall.room_layout import RoomLayout, layout_room_wall
from wtfc.ui.wall.room_measure import FLOOR_PX
from wtfc.ui.wall.room_wall import RoomWallView

SMALL_SCREEN = (1280, 720)
WORDS = ("carers", "visit", "lunch", "club", "bus", "town", "doctor", "garden", "daughter",
         "neighbour", "rota", "breakfast", "evening", "lonely", "church", "library", "nurse",
         "phone", "money", "dog", "friends", "home", "choice")


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _generated(cards: int, per_theme: int = 12, held_back_every: int = 0) -> Document:
    kinds = KIND_ORDER
    found = [PersonalDetail(start=0, end=6, category="name", text="carers")]
    made = [Card(id=f"c{i}", kind=kinds[i % 3],
                 text=" ".join(WORDS[(i * 5 + j * 3) % len(WORDS)] for j in range(8)),
                 personal_details=found if held_back_every and i % held_back_every == 1 else [])
            for i in range(cards)]
    themes = []
    for k, kind in enumerate(kinds):
        ids = [c.id for c in made if c.kind == kind]
        themes += [Theme(id=f"t{k}-{t:03d}", kind=kind, name=f"I theme {k}-{t // per_theme}",
                         card_ids=ids[t:t + per_theme]) for t in range(0, len(ids), per_theme)]
    return Document(Workshop(cards=made, themes=themes))


def _view(qtbot, doc, size=SMALL_SCREEN, **kwargs) -> RoomWallView:
    return shown_room_view(qtbot, doc, size, **kwargs)


def _on_screen(view: RoomWallView) -> set[str]:
    """The themes wholly on screen."""
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return {key for key, item in view.wall.blocks.items() if seen.contains(item.scene_rect())}


def _themes(view: RoomWallView) -> set[str]:
    """Every theme on the wall, on whichever page (only the page on screen has items)."""
    return {block.key for block in view.wall.layout.blocks}


def _text_px(view: RoomWallView) -> float:
    """Card text as drawn: the view's scale times the card font's pixel size."""
    return view.transform().m11() * view.wall.room_metrics.font_px


# -- the layout ---------------------------------------------------------------------------------
def test_the_demo_at_1280x720_is_laid_out_in_pages_of_one_screen(qapp):
    doc = _demo()
    layout, metrics = layout_room_wall(doc, viewport=(1280.0, 720.0))
    assert isinstance(layout, RoomLayout) and len(layout.pages) > 1
    # at 20 px with two lines a card; at the 24 px floor a 10-card theme fitted a 720 px
    # column only with one line a card, every card cut ("The minibus driver …"): now the
    # cards keep three lines and the 10-card theme is carried on into the next column; and
    # as the columns have room below at three lines, every card is whole in as many pages
    assert (metrics.font_px, metrics.max_lines) == (FLOOR_PX, WHOLE_CARD_LINES)
    label = QRectF(*layout.page_label)
    pages = [QRectF(*page) for page in layout.pages]
    on_page = []
    for block in layout.blocks:
        rect = QRectF(*block.rect)
        page = next(n for n, p in enumerate(pages) if p.contains(rect))
        on_page.append(page)
        assert not label.translated(pages[page].topLeft()).intersects(rect)  # label is clear
    assert on_page == sorted(on_page)  # wall order: page by page
    assert set(on_page) == set(range(len(pages)))  # no empty page
    order = [t.id for kind in KIND_ORDER for t in doc.workshop.themes if t.kind == kind]
    # a theme its whole name makes too tall for a column is carried on into the next: its
    # parts follow it, and the themes keep the wall's order
    assert [b.theme_id for b in layout.blocks if not b.continued] == \
        [t for t in order if layout.block_for(t)]
    for before, block in zip(layout.blocks, layout.blocks[1:], strict=False):
        assert not block.continued or before.theme_id == block.theme_id
    held_back = {c.id for c in doc.workshop.cards if c.held_back}
    assert not any(card_id in held_back for card_id, _ in layout.cards)


def test_each_kind_starts_a_page_and_columns_hold_a_sentence(qapp):
    """The room reads one colour at a time, so no page mixes kinds; and a page's columns hold
    about 28 characters a line (narrower ones cut the demo's cards to "My …")."""
    layout, metrics = layout_room_wall(_demo(), viewport=(1280.0, 720.0))
    pages = [QRectF(*page) for page in layout.pages]
    kinds_on_page: dict[int, set[Kind]] = {}
    for block in layout.blocks:
        page = next(n for n, p in enumerate(pages) if p.contains(QRectF(*block.rect)))
        kinds_on_page.setdefault(page, set()).add(block.kind)
        assert block.rect[2] >= metrics.font_px * 14
    # three pages while the cards had one line, seven at three lines
    assert len(pages) == 7 and all(len(kinds) == 1 for kinds in kinds_on_page.values())


def test_a_wall_that_fits_stays_one_page(qapp):
    layout, _ = layout_room_wall(_demo(), (Kind.WORKING,), viewport=(1920.0, 1080.0))
    assert layout.pages == [(0.0, 0.0, layout.width, layout.height)]


def test_a_theme_taller_than_the_screen_is_carried_on_at_readable_type(qapp):
    """It fell back to one screen scaled down to about 12 px; now the 40-card themes are
    carried on, column after column, page after page, at the type the others allow."""
    doc = _generated(120, per_theme=40)
    layout, metrics = layout_room_wall(doc, viewport=(1280.0, 720.0))
    assert len(layout.pages) > 1 and layout.height == 720
    assert metrics.font_px >= FLOOR_PX and metrics.max_lines >= 2
    assert any(block.continued for block in layout.blocks)
    placed = [card for block in layout.blocks for card in block.card_ids]
    assert sorted(placed) == sorted(c.id for c in doc.workshop.cards)  # each card once


# -- the view -----------------------------------------------------------------------------------
def test_the_demo_wall_at_1280x720_shows_pages_at_24_px_or_more(qtbot):
    view = _view(qtbot, _demo())
    assert view.page_count() > 1
    assert view.transform().m11() == 1.0  # 100 %: nothing scaled down
    assert _text_px(view) >= FLOOR_PX and view.smallest_text_px() >= FLOOR_PX
    assert view.page_label.isVisible() and view.page_label.text() == \
        f"Page 1 of {view.page_count()}"
    assert view.page_label.font().pixelSize() >= 24
    first = _on_screen(view)
    assert first and first < _themes(view)
    view.show_page(1)
    assert _on_screen(view).isdisjoint(first) and _on_screen(view)
    assert view.page_label.text() == f"Page 2 of {view.page_count()}"
    # the label sits in the corner, over no theme
    corner = QRectF(view.mapToScene(view.page_label.geometry()).boundingRect())
    assert not any(corner.intersects(item.scene_rect()) for item in view.wall.blocks.values())


def test_a_big_wall_pages_rather_than_shrinks(qtbot, tmp_path):
    view = _view(qtbot, _generated(600), size=(1920, 1080))
    assert view.page_count() > 2
    assert view.transform().m11() == 1.0 and view.smallest_text_px() >= FLOOR_PX
    seen: set[str] = set()
    for page in range(view.page_count()):
        view.show_page(page)
        shown = _on_screen(view)
        assert shown and shown.isdisjoint(seen)
        seen |= shown
    assert seen == _themes(view)  # every theme on some page, each on one only


def _page_items(view: RoomWallView) -> tuple[set[tuple[str, str | None]], set[str]]:
    """The card placements and themes that have items, each checked to be on screen."""
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    cards, themes = set(view.wall.cards), set(view.wall.blocks)
    assert all(seen.contains(item.sceneBoundingRect().adjusted(6, 6, -6, -6))
               for item in view.wall.cards.values())
    assert all(seen.contains(item.scene_rect()) for item in view.wall.blocks.values())
    return cards, themes


def test_only_the_page_on_screen_has_items_and_every_card_is_on_one_page(qtbot):
    """A 10,000-card wall made an item for every card on its hundred-odd pages before the
    first frame; now only the page shown has items. Across the pages, every card the room may
    see is shown exactly once, and a held-back card never."""
    doc = _generated(600, held_back_every=7)
    view = _view(qtbot, doc, size=(1920, 1080))
    assert view.page_count() > 2
    expected = {(card_id, theme.id) for theme in doc.workshop.themes
                for card_id in theme.card_ids if not doc.card(card_id).held_back}
    assert set(view.wall.layout.cards) == expected
    seen_cards: list[tuple[str, str | None]] = []
    seen_themes: set[str] = set()
    for page in range(view.page_count()):
        view.show_page(page)
        cards, themes = _page_items(view)
        assert cards and themes and themes.isdisjoint(seen_themes)
        # a part of a theme carried on has a key of its own; its cards, the theme's id
        blocks = [view.wall.layout.block_for(key) for key in themes]
        assert cards == {(card_id, block.theme_id) for block in blocks
                         for card_id in block.card_ids}
        assert not any(item.card.held_back for item in view.wall.cards.values())
        seen_cards += cards
        seen_themes |= themes
    assert len(seen_cards) == len(expected) and set(seen_cards) == expected  # once each
    assert seen_themes == _themes(view)
    view.show_page(0)  # back again: the first page's items as they were laid out
    cards, _ = _page_items(view)
    assert cards == {k for k in view.wall.layout.cards
                     if view.wall.layout.block_for(k[1]) in _blocks_on(view, 0)}
    for key, item in view.wall.cards.items():
        assert item.sceneBoundingRect().adjusted(6, 6, -6, -6) == \
            QRectF(*view.wall.layout.cards[key])
        assert item.font_px == view.wall.room_metrics.font_px


def _blocks_on(view: RoomWallView, page: int) -> list:
    page_rect = QRectF(*view.wall.layout.pages[page])
    return [b for b in view.wall.layout.blocks if page_rect.contains(QRectF(*b.rect))]


def test_an_edit_on_a_paged_wall_gives_items_to_the_page_on_screen_only(qtbot):
    doc = _generated(600)
    view = _view(qtbot, doc, size=(1920, 1080))
    view.show_page(2)
    edit_card(doc, card_id="c4", text="A long new text " * 20).do(doc)
    cards, themes = _page_items(view)
    assert themes == {b.key for b in _blocks_on(view, 2)} and len(cards) < len(doc.workshop.cards)
    view.set_kinds((Kind.FUTURE,))  # the kinds shown change: the page stays, its items follow
    cards, themes = _page_items(view)
    assert themes == {b.key for b in _blocks_on(view, view.page)}
    assert all(view.wall.layout.block_for(k).kind == Kind.FUTURE for k in themes)


def test_one_kind_that_fits_has_no_page_label(qtbot):
    view = _view(qtbot, _demo(), kinds=(Kind.WORKING,))  # two lines a card, one screen
    assert view.page_count() == 1 and not view.page_label.isVisible()


def test_an_edit_keeps_the_page_or_goes_to_the_last(qtbot):
    doc = _generated(600)
    view = _view(qtbot, doc, size=(1920, 1080))
    view.show_page(1)
    edit_card(doc, card_id="c3", text="The rota is never sent to me").do(doc)
    QApplication.processEvents()  # the room lays its wall out once the edits are done
    assert view.page == 1 and view.page_label.text().startswith("Page 2 of")
    view.show_page(view.page_count() - 1)
    pages = view.page_count()
    for theme in [t.id for t in doc.workshop.themes if t.kind == Kind.FUTURE]:
        delete_theme(doc, theme_id=theme).do(doc)
    QApplication.processEvents()
    assert view.page_count() < pages
    assert view.page == view.page_count() - 1
    assert view.page_label.text() == f"Page {view.page_count()} of {view.page_count()}"


# -- the controller's actions -------------------------------------------------------------------
@pytest.fixture
def demo_room(qtbot):
    controller = RoomController(_demo())
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    controller.window.showNormal()
    controller.window.resize(*SMALL_SCREEN)
    qtbot.waitUntil(lambda: controller.window.content.size().width() == SMALL_SCREEN[0])
    controller.window.content.prepare_for_render()
    yield controller
    controller.close()


def test_next_and_previous_page_turn_the_room_wall(demo_room):
    view = demo_room.window.content
    assert isinstance(view, RoomWallView) and view.page_count() > 1
    assert demo_room.act_next_page.isEnabled() and demo_room.act_previous_page.isEnabled()
    first = _on_screen(view)
    demo_room.act_next_page.trigger()
    assert view.page == 1 and _on_screen(view).isdisjoint(first)
    assert view.page_label.text() == f"Page 2 of {view.page_count()}"
    for _ in range(view.page_count() + 2):  # no further than the last page
        demo_room.act_next_page.trigger()
    assert view.page == view.page_count() - 1
    for _ in range(view.page_count() + 2):
        demo_room.act_previous_page.trigger()
    assert view.page == 0 and _on_screen(view) == first
    assert view.page_label.text() == f"Page 1 of {view.page_count()}"


def test_the_page_keys_and_their_place_in_the_menu(demo_room):
    assert demo_room.act_next_page.shortcut().toString() == "Ctrl+Shift+Right"
    assert demo_room.act_previous_page.shortcut().toString() == "Ctrl+Shift+Left"
    names = [a.text().replace("&", "") for a in demo_room.actions()]
    assert names[0] == "Show room view"
    assert names[-4:] == ["Next room view page", "Previous room view page",
                          "Blank the room view", "Full screen"]
    # and inside the room window itself
    assert {demo_room.act_next_page, demo_room.act_previous_page} <= set(
        demo_room.window.actions())


def test_the_page_actions_wait_for_the_room_view_and_for_pages(demo_room, qtbot):
    demo_room.act_show.setChecked(False)
    assert not demo_room.act_next_page.isEnabled()
    assert not demo_room.act_previous_page.isEnabled()
    demo_room.act_show.setChecked(True)
    demo_room.window.resize(*SMALL_SCREEN)
    demo_room.window.content.prepare_for_render()
    assert demo_room.act_next_page.isEnabled()
    demo_room.show_view("readout")  # not the wall: nothing to turn
    assert not demo_room.act_next_page.isEnabled()


def test_the_page_actions_are_off_for_a_one_page_wall(qtbot, panel, doc):
    controller = RoomController(doc, panel)
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    assert isinstance(controller.window.content, RoomWallView)
    assert controller.window.content.page_count() == 1
    assert not controller.act_next_page.isEnabled()
    assert not controller.act_previous_page.isEnabled()
    controller.act_next_page.trigger()  # and nothing happens if it is triggered anyway
    assert controller.window.content.page == 0
    controller.close()


def test_a_page_renders_with_a_legible_label(qtbot, tmp_path):
    view = _view(qtbot, _demo())
    view.show_page(1)
    image = view.grab().toImage()
    image.save(str(tmp_path / "room-page-2.png"))
    label = view.page_label.geometry()
    # dark ground with light words inside the label: contrast, not colour alone
    centre = image.pixelColor(label.left() + 3, label.top() + 3)
    assert centre.lightness() < 60
    light = sum(image.pixelColor(x, label.center().y()).lightness() > 200
                for x in range(label.left(), label.right()))
    assert light > 10


def test_before_the_first_theme_the_room_is_told_what_comes(qtbot):
    """No theme yet: the projector said nothing (an empty grey screen) as the day starts."""
    from wtfc.model.operations.themes import create_theme
    from wtfc.ui.wall.room_wall import EMPTY_WALL

    doc = Document(Workshop(cards=[Card(id="c1", kind=Kind.NOT_WORKING,
                                        text="Different carers every week")]))
    view = _view(qtbot, doc)
    assert view.empty_label.isVisible() and view.empty_label.text() == EMPTY_WALL
    assert view.empty_label.font().pixelSize() >= 40
    create_theme(doc, kind=Kind.NOT_WORKING, name="I never know", card_ids=["c1"]).do(doc)
    qtbot.waitUntil(lambda: not view.empty_label.isVisible())
    assert view.wall.cards


def _record_layouts(monkeypatch) -> list[tuple[float, float]]:
    """The viewport of every room-wall layout made from now on."""
    from wtfc.ui.wall import scene

    sizes: list[tuple[float, float]] = []
    real = scene.layout_room_wall

    def layout(*args, **kwargs):
        sizes.append(kwargs["viewport"])
        return real(*args, **kwargs)

    monkeypatch.setattr(scene, "layout_room_wall", layout)
    return sizes


def test_showing_the_room_wall_lays_it_out_once_for_the_room_window(qtbot, monkeypatch):
    """It was laid out for 1920×1080 and then again for the window's own size: on a big wall
    and another projector, the facilitator waited for both."""
    sizes = _record_layouts(monkeypatch)
    controller = RoomController(_demo())
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    view = controller.window.content
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(20)
    size = controller.window.size()
    assert view.viewport().size() == size
    assert sizes == [(float(size.width()), float(size.height()))]
    controller.close()


@pytest.mark.parametrize("view", ["room", "theme:I feel lonely and cut off"])
def test_a_render_lays_the_wall_out_once_for_the_size_asked(qtbot, monkeypatch, view):
    """`wtfc render --size 1280x720` laid the wall out for 1920×1080 first, then again."""
    from PySide6.QtCore import QSize

    from wtfc.ui.render import parse_view, render_view

    sizes = _record_layouts(monkeypatch)
    image = render_view(_demo(), parse_view(view), QSize(1280, 720))
    assert image.width() == 1280
    assert sizes == [(1280.0, 720.0)]
