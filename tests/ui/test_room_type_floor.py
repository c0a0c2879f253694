"""Every room (projector) view, every page of it, draws no words under 24 real px on a 1024x768
or 800x600 projector (still common in community halls): the shared research (§A3) says
"nothing on the room view falls below about 24 px". Measured from the painter, as drawn:
each text's font size times the painter's scale, so a view fitted or scaled down is caught.
For the demo, and for a big workshop's Prioritise, why-tree and success views (long names and
reasons, seven-cause trees of long causes: a why-tree fitted smaller to hold them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import QApplication

from tests.ui.boards.big_board_workshop import big_board_workshop
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.render import ViewRequest, available_views, view_factory
from wtfc.ui.wall.room import NOT_FOR_ROOM
from wtfc.ui.wall.room_measure import FLOOR_PX

SIZES = [(1024, 768), (800, 600)]
OF_A_THEME = {"theme", "causes", "fishbone", "success"}  # shown for one theme: each priority
ROOM_VIEWS = sorted(set(available_views()) - NOT_FOR_ROOM)
BIG_VIEWS = ["causes", "priorities", "success"]  # the big workshop's: what it makes longer


def _px(p: QPainter) -> float:
    """The painter's font size in real px: its pixel size (or points at 96 dpi) times the
    painter's scale."""
    t = p.worldTransform()
    scale = abs(t.m11() * t.m22() - t.m12() * t.m21()) ** 0.5
    font = p.font()
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return size * scale


@pytest.fixture
def drawn(monkeypatch) -> list[tuple[float, str]]:
    """(real px, words) of every text drawn from here on, by any item or widget."""
    texts: list[tuple[float, str]] = []
    for name in ("drawText", "drawStaticText"):
        real = getattr(QPainter, name)

        def draw(self, *args, _real=real, **kwargs):
            words = next((a.text() if isinstance(a, QStaticText) else a for a in args
                          if isinstance(a, (str, QStaticText))), "")
            if words.strip():
                texts.append((_px(self), words))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(QPainter, name, draw)
    return texts


def _requests(doc: Document, name: str) -> list[ViewRequest]:
    if name not in OF_A_THEME:
        return [ViewRequest(name)]
    return [ViewRequest(name, t.id) for t in doc.workshop.themes if t.priority.chosen]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", ROOM_VIEWS + [f"big:{n}" for n in BIG_VIEWS])
def test_no_room_view_draws_words_under_24_px_on_any_page(qtbot, drawn, name, size):
    big, _, name = name.rpartition(":")
    doc = Document(big_board_workshop() if big else load_workshop(demo_path()).workshop)
    requests = _requests(doc, name)
    assert requests
    smallest: list[tuple[float, str, str, int]] = []
    for request in requests:
        widget = view_factory(name)(doc, ViewRequest(request.name, request.argument,
                                                    size=(float(size[0]), float(size[1]))))
        qtbot.addWidget(widget)
        widget.resize(QSize(*size))
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.show()
        QApplication.processEvents()
        if hasattr(widget, "prepare_for_render"):
            widget.prepare_for_render()
        pages = widget.page_count() if hasattr(widget, "page_count") else 1
        for page in range(pages):
            if pages > 1:
                widget.show_page(page)
            drawn.clear()
            widget.grab()
            assert drawn, (name, request.argument, page)
            px, words = min(drawn)
            smallest.append((px, words, request.argument, page + 1))
    px, words, theme, page = min(smallest)
    assert px >= FLOOR_PX - 0.05, f"{name} {theme} page {page}: {px:.1f} px '{words}'"
