"""A big theme wraps its cards into several card columns, and Fit all names every block (review
37 R1 F1).

On a county wall (themes of up to 270 cards) every theme was one card wide, so a 270-card theme
was a column 40,000 px tall: Fit all (Ctrl+0) showed hair-thin lines at zoom 0.023 and no theme
names, as no block was a line of type wide. Now a theme past a height cap wraps its cards row
by row, as the unsorted grid does, Fit all fills the view, and a block too narrow for its name
has it drawn all the same, over its edge. An everyday wall (the demo's themes have up to 10
cards) is laid out as before: every theme one column.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QApplication
from wall_fixtures import NW, F, W

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Person, Theme, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.block_names import LABEL_PX, name_label
from wtfc.ui.wall.layout import WallMetrics, place_lanes, plan_wall, wall_columns

SIZES = {W: [65, 45, 40, 18, 125, 69], NW: [75, 270, 60, 18, 23, 29],
         F: [276, 117, 34, 20, 41]}
UNSORTED = 40  # of each kind
VIEW = (1280.0, 950.0)  # the wall's part of a 1920x1080 window


def county() -> Document:
    """A county day: 1,530 cards, themes of 18 to 276 cards, a few unsorted of each kind."""
    cards: list[Card] = []
    themes: list[Theme] = []
    for kind, sizes in SIZES.items():
        ids = [f"{kind.value}{i}" for i in range(sum(sizes) + UNSORTED)]
        cards += [Card(id=i, kind=kind, text=f"What someone said, number {n}",
                       person=f"P{n % 50}") for n, i in enumerate(ids)]
        start = 0
        for size in sizes:
            themes.append(Theme(id=f"t{len(themes)}", kind=kind,
                                name=f"I theme {len(themes)} of {size} cards",
                                card_ids=ids[start:start + size]))
            start += size
    people = [Person(id=f"P{i}") for i in range(50)]
    return Document(Workshop(title="County", people=people, cards=cards, themes=themes))


def _laid_out(doc: Document, viewport=VIEW):
    plan = plan_wall(doc)
    return place_lanes(plan, wall_columns(plan, viewport), WallMetrics())


def test_a_big_theme_wraps_its_cards_row_by_row_and_fit_all_fills_the_view():
    m = WallMetrics()
    layout = _laid_out(county())
    scale = min(VIEW[0] / layout.width, VIEW[1] / layout.height)
    assert scale > 0.08  # was 0.023: every theme one column, the biggest 40,000 px tall
    big = layout.block_for("t7")  # 270 cards
    assert big is not None and len(big.card_ids) == 270
    x, y, width, height = big.rect
    columns = round((width + m.gap) / m.pitch)
    assert columns >= 3 and width == columns * m.pitch - m.gap
    places = [layout.cards[(c, "t7")] for c in big.card_ids]
    for i, (cx, cy, cw, ch) in enumerate(places):  # row by row, inside the block
        row, col = divmod(i, columns)
        assert (cx, cy) == (x + m.pad + col * m.pitch,
                            y + m.header_height + m.pad + row * (m.card_height + m.gap))
        assert cx + cw <= x + width and cy + ch <= y + height
    rects = [b.rect for b in layout.blocks]  # no two blocks overlap
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert (a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0]
                    or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]), (a, b)


@pytest.mark.parametrize("viewport", [VIEW, (1086.0, 640.0), (3000.0, 900.0)])
def test_an_everyday_wall_keeps_every_theme_one_column(viewport):
    doc = Document(load_workshop(demo_path()).workshop)
    m = WallMetrics()
    layout = _laid_out(doc, viewport)
    themes = [b for b in layout.blocks if b.theme_id]
    assert themes
    for block in themes:
        x, y, width, _ = block.rect
        assert width == m.block_width
        for i, card_id in enumerate(block.card_ids):
            assert layout.cards[(card_id, block.theme_id)][:2] == (
                x + m.pad, y + m.header_height + m.pad + i * (m.card_height + m.gap))


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
    doc = county()
    panel = show(WallPanel(doc, UndoAdapter(doc)), int(VIEW[0]), int(VIEW[1]))
    settle()
    return panel


def _named(drawn, theme) -> bool:
    """A label at LABEL_PX says the theme: whole, or its start cut with "…"."""
    name = f"{theme.name}"
    for px, words in drawn:
        said = words.replace("\n", " ").split(". ", 1)[-1]
        if px == pytest.approx(LABEL_PX, abs=0.05) and (
                name in said or (said.endswith("…") and name.startswith(said[:-1].strip()))):
            return True
    return False


def test_fit_all_on_a_county_wall_names_every_theme(wall, drawn):
    wall.view.fit_all()
    QApplication.processEvents()
    assert wall.view.transform().m11() > 0.06  # was 0.023
    drawn.clear()
    save_render(wall, "wall_big_theme_fit_all")
    missing = [t.name for t in wall.doc.workshop.themes if not _named(drawn, t)]
    assert not missing


def test_a_block_too_narrow_for_a_line_still_has_its_name(wall):
    """Zoomed out further than Fit all, every block is under a line of type wide: each still
    has its name, one line down a tall column or across from its top left."""
    view = wall.view
    view.resetTransform()
    view.scale(0.02, 0.02)
    for block in view.scene().blocks.values():
        label = name_label(block, 0.02)
        assert label is not None, block.title
        assert label[0].text().replace("…", "").strip()


def _columns(wall, theme_id: str) -> int:
    m = WallMetrics()
    return round((wall.scene.blocks[theme_id].scene_rect().width() + m.gap) / m.pitch)


def test_arrows_go_card_by_card_over_a_wrapped_theme(wall, qtbot):
    view = wall.view
    cards = view.scene().cards
    columns = _columns(wall, "t7")
    ids = view.scene().layout.block_for("t7").card_ids
    view.focus_card(cards[(ids[0], "t7")])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.scene().focusItem() is cards[(ids[1], "t7")]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.scene().focusItem() is cards[(ids[1 + columns], "t7")]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.scene().focusItem() is cards[(ids[columns], "t7")]
