"""Fit all (Ctrl+0) on a 240-card wall in 15 themes names every theme: the blocks' headers are
a few px high out there (they were skipped, leaving grey bars and coloured stripes, so nobody
could tell which block was which), so each name is drawn at LABEL_PX real px over its block,
as a map labels its towns: across a wide block, down a block one card wide. Nearer in, the
header says it and no label is drawn; a label never takes a click from the card under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QApplication
from wall_fixtures import NW, F, W

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Person, Theme, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.block_names import LABEL_PX, NameLayer
from wtfc.ui.wall.card_item import CardItem

SIZES = {W: [21, 17, 12, 9], NW: [8, 18, 14, 13, 9, 6, 5], F: [25, 13, 13, 11]}  # + 46 unsorted
NAMES = ["I have people who care about me", "I enjoy my groups and activities",
         "I feel safe and supported at home", "My GP and health care listen",
         "I never know who is coming", "I feel rushed", "Nobody listens to me",
         "I can't get about", "I feel lonely", "I am kept waiting", "Things are too complicated",
         "I want to stay in my own home", "I want to get out and about",
         "I want to stay close to my family", "I want to do things for myself"]


def spring_day() -> Document:
    cards, themes, names = [], [], iter(NAMES)
    for kind, sizes in SIZES.items():
        count = sum(sizes) + 15 if kind != NW else sum(sizes) + 16
        ids = [f"{kind.value}{i}" for i in range(count)]
        cards += [Card(id=i, kind=kind, text=f"What someone said about it, number {n}",
                       person=f"P{n % 40}") for n, i in enumerate(ids)]
        start = 0
        for size in sizes:
            themes.append(Theme(id=f"t{len(themes)}", kind=kind, name=next(names),
                                card_ids=ids[start:start + size]))
            start += size
    people = [Person(id=f"P{i}") for i in range(40)]
    return Document(Workshop(title="Spring", people=people, cards=cards, themes=themes))


def _px(p: QPainter) -> float:
    t = p.worldTransform()
    return abs(t.m11() * t.m22() - t.m12() * t.m21()) ** 0.5 * p.font().pixelSize()


@pytest.fixture
def drawn(monkeypatch) -> list[tuple[float, str]]:
    """(real px, words) of every prepared text drawn from here on."""
    texts: list[tuple[float, str]] = []
    real = QPainter.drawStaticText

    def draw(self, *args):
        texts.append((_px(self), next(a.text() for a in args if isinstance(a, QStaticText))))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawStaticText", draw)
    return texts


@pytest.fixture
def wall(show, qtbot):
    doc = spring_day()
    assert len(doc.workshop.cards) == 240 and len(doc.workshop.themes) == 15
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1130, 730)
    settle()  # the opening view's layout done before Fit all
    panel.view.fit_all()
    QApplication.processEvents()
    return panel


def test_fit_all_names_every_theme_in_readable_type(wall, drawn):
    view = wall.view
    assert view.transform().m11() * 17 < 5  # the headers' words would be under 5 px
    drawn.clear()
    save_render(wall, "wall_fit_all_names")
    labels = [(px, words) for px, words in drawn if px == pytest.approx(LABEL_PX, abs=0.05)]
    for name in NAMES:  # whole, or cut after a word with "…" where the block is short
        said = [w for _, w in labels if name in w.replace("\n", " ")
                or (w.endswith("…") and name.startswith(w.split(". ", 1)[-1][:-1].strip()))]
        assert said, name
    assert min(px for px, _ in drawn) >= LABEL_PX - 0.05  # nothing drawn smaller than that


def test_nearer_in_the_header_names_the_theme_and_no_label_is_drawn(wall, drawn, monkeypatch):
    labels: list[str] = []
    real = NameLayer._paint_label
    monkeypatch.setattr(NameLayer, "_paint_label", staticmethod(
        lambda p, block, *args: (labels.append(block.title), real(p, block, *args))))
    view = wall.view
    view.viewport().grab()
    assert len(labels) >= 15  # at fit all
    view.resetTransform()
    view.zoom_by(1.0)
    first = next(b for b in view.scene().blocks.values() if b.theme_id == "t0")
    view.centerOn(first.scene_rect().topLeft())
    labels.clear()
    drawn.clear()
    view.viewport().grab()
    assert not labels and any(w.endswith(NAMES[0]) and px == 17 for px, w in drawn)


def test_a_label_takes_no_click_from_the_card_under_it(wall, qtbot):
    view = wall.view
    layer = next(i for i in view.scene().items() if isinstance(i, NameLayer))
    assert layer.acceptedMouseButtons() == Qt.MouseButton.NoButton
    block = next(b for b in view.scene().blocks.values() if b.theme_id == "t0")
    card = next(c for c in view.scene().cards.values()
                if c.card.id == "working0" and c.isVisible())
    point = card.sceneBoundingRect().center()
    assert block.scene_rect().contains(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(point))
    assert isinstance(view._item_at(point), CardItem) and card.isSelected()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_demo_wall_as_it_opens_has_its_headers_and_no_label_over_cards(
        demo_window, qtbot, monkeypatch, size):
    """The Theme page opens at zoom 0.71 (headers 12 px): every theme there has its own header
    and count line, as before labels came in, and no label covers a card's first words."""
    from wtfc.model.workshop import Stage
    from wtfc.ui.wall.block_item import BlockItem

    headers: list[str] = []
    real_header = BlockItem._paint_header
    monkeypatch.setattr(BlockItem, "_paint_header", lambda self, *a: (
        headers.append(self.shown_title()), real_header(self, *a)))
    labels: list[str] = []
    real_label = NameLayer._paint_label
    monkeypatch.setattr(NameLayer, "_paint_label", staticmethod(
        lambda p, block, *args: (labels.append(block.title), real_label(p, block, *args))))
    demo_window.resize(*size)
    demo_window.go_to_stage(Stage.THEME)
    settle()  # the wall opened at its opening zoom (posted events and zero timers)
    wall = demo_window.findChildren(WallPanel)[0]
    view = wall.view
    assert view.transform().m11() * 17 >= 11  # the opening zoom: headers read
    view.viewport().grab()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [b for b in view.scene().blocks.values() if b.scene_rect().intersects(seen)]
    # four at 1366x768 with the window's status bar (always shown): the row of themes below
    # starts under the view's foot (it counted six by their top 15 px without the bar)
    assert len(in_view) >= 4 and not labels
    assert {b.shown_title() for b in in_view} <= set(headers)


def test_a_label_is_drawn_only_where_the_cards_under_it_show_no_words(demo_window, qtbot):
    """From the opening zoom out past Fit all: wherever a theme's name is a label, its cards
    are drawn as bars at that zoom (their words would be under MIN_READABLE_PX), so a label
    never hides words someone could read; and at Fit all on a 1366x768 laptop every theme is
    named by one."""
    from wtfc.model.workshop import Stage
    from wtfc.ui.wall.block_names import name_label
    from wtfc.ui.wall.card_item import MIN_READABLE_PX

    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME)
    settle()  # the wall opened at its opening zoom (posted events and zero timers)
    scene = demo_window.findChildren(WallPanel)[0].view.scene()
    cards = list(scene.cards.values())
    blocks = list(scene.blocks.values())
    for step in range(70, 10, -2):
        lod = step / 100
        if any(name_label(b, lod) is not None for b in blocks):
            assert all(lod * c.font_px < MIN_READABLE_PX for c in cards), lod
    view = demo_window.findChildren(WallPanel)[0].view
    view.fit_all()
    lod = view.transform().m11()
    assert all(name_label(b, lod) is not None for b in blocks if b.isVisible())
