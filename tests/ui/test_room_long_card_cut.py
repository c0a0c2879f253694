"""A card taller than the room wall's column (a pasted 400-character review paragraph at
800×600, 1,000 characters at 1024×768; cards may be 2,000) is cut where the column ends, its
last line ending in "…", on the wall and on the one-theme view: drawn at its height it ran off
the foot of the projector, its end on no page and no "…" to say so, or under "Page 3 of 3"
(the read-out shows a card whole). Measured as the room sees it: every theme's panel inside
the screen and clear of the page label, and the card's words as painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QApplication

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind
from wtfc.ui.render import ViewRequest, view_factory
from wtfc.ui.wall.room_block import RoomBlockItem
from wtfc.ui.wall.room_wall import RoomWallView

THEME = "I feel lonely and cut off"  # the demo's: a name of two lines in a page's column
LONG_NAME = "Getting about without a car: buses, taxis and lifts from neighbours and family"
WORDS = ("Since my husband died I sit by the window most days waiting for the carer, who is "
         "meant to come at nine but comes at eleven or twelve, and by then I have missed my "
         "breakfast and my tablets. When I ring the office they say someone is on the way, but "
         "nobody comes for hours and I feel forgotten, anxious and unable to plan my day, "
         "which wears me out. ") * 6


def _workshop(chars: int, name: str = THEME) -> tuple[Document, Card, str]:
    w = load_workshop(demo_path()).workshop
    card = Card(kind=Kind.NOT_WORKING, text=WORDS[:chars].rstrip())
    themes = [t.model_copy(update={"card_ids": [*t.card_ids, card.id], "name": name})
              if t.name == THEME else t for t in w.themes]
    doc = Document(w.model_copy(update={"cards": [*w.cards, card], "themes": themes}))
    return doc, card, next(t.id for t in themes if t.name == name)


@pytest.fixture
def painted(monkeypatch) -> list[str]:
    """The words of every text drawn from here on."""
    texts: list[str] = []
    for name in ("drawText", "drawStaticText"):
        real = getattr(QPainter, name)

        def draw(self, *args, _real=real, **kwargs):
            texts.extend(a.text() if isinstance(a, QStaticText) else a for a in args
                         if isinstance(a, (str, QStaticText)))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(QPainter, name, draw)
    return texts


def _pages_seen(qtbot, view, size: tuple[int, int], painted: list[str]
                ) -> list[tuple[list[QRectF], QRectF, list[str]]]:
    """Each page's theme panels (in the screen's px), its page label and the texts painted."""
    qtbot.addWidget(view)
    view.resize(QSize(*size))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    QApplication.processEvents()
    view.prepare_for_render()
    seen = []
    for page in range(view.page_count()):
        view.show_page(page)
        QApplication.processEvents()
        painted.clear()
        view.grab()
        panels = [QRectF(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
                  for item in view.scene().items()
                  if isinstance(item, RoomBlockItem) and item.isVisible()
                  and item.sceneBoundingRect().intersects(view.sceneRect())]
        label = QRectF(view.page_label.geometry()) if view.page_label.isVisible() else QRectF()
        seen.append((panels, label, list(painted)))
    return seen


def _check(seen, card: Card, size: tuple[int, int]) -> None:
    screen = QRectF(0, 0, *size).adjusted(-1, -1, 1, 1)
    for n, (panels, label, _) in enumerate(seen, start=1):
        for panel in panels:
            assert screen.contains(panel), f"page {n}: a theme runs off the screen: {panel}"
            assert not panel.intersects(label), f"page {n}: a theme under the page label"
    drawn = [text for *_, texts in seen for text in texts if text.startswith(card.text[:40])]
    assert drawn, "the card is drawn on some page"
    for text in drawn:  # whole where it fits (1,000 characters in 1024×768's one column)
        assert text == card.text or text.endswith("…"), \
            f"the cut card's last line ends in '…': {text[-40:]!r}"
        assert card.text.startswith(text.removesuffix("…").rstrip())


@pytest.mark.parametrize(("size", "chars", "name"), [
    ((800, 600), 400, THEME), ((800, 600), 2000, THEME), ((1024, 768), 1000, THEME),
    ((800, 600), 300, LONG_NAME)], ids=["800x600-400", "800x600-2000", "1024x768-1000",
                                        "800x600-long-name-300"])
def test_a_long_card_on_the_room_wall_is_cut_on_the_screen(qtbot, painted, size, chars, name):
    doc, card, _ = _workshop(chars, name)
    view = RoomWallView(doc, viewport=(float(size[0]), float(size[1])))
    _check(_pages_seen(qtbot, view, size, painted), card, size)


@pytest.mark.parametrize("size", [(800, 600), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_card_on_the_one_theme_view_is_cut_clear_of_the_page_label(qtbot, painted,
                                                                          size):
    doc, card, theme_id = _workshop(2000)
    view = view_factory("theme")(doc, ViewRequest("theme", theme_id,
                                                  size=(float(size[0]), float(size[1]))))
    _check(_pages_seen(qtbot, view, size, painted), card, size)
