"""The Prioritise and Identify success room views, every page of them on a 1920x1080, 1366x768,
1024x768 or 800x600 projector, for the demo and a big workshop: no row, card or word runs under
the "Page N of M" label (or the room timer, where it is kept) or off the screen, and every word
is shown (none cut with "…", no "… and 2 more" left for no page)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from tests.ui.boards.big_board_workshop import big_board_workshop
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.room_paint import RoomCanvas
from wtfc.ui.render import ViewRequest, view_factory

SIZES = [(1920, 1080), (1366, 768), (1024, 768), (800, 600)]


@pytest.fixture
def painted(monkeypatch) -> list[tuple[str, QRectF]]:
    """What a room view paints, on the widget: each text's words and the box its lines take,
    and each rounded box (a row, a card, a column's ground, a pill) as ("", its box)."""
    seen: list[tuple[str, QRectF]] = []
    real_text, real_box = QPainter.drawText, QPainter.drawRoundedRect

    def draw_text(self, *args, **kwargs):
        if isinstance(self.device(), RoomCanvas) and len(args) == 3 \
                and isinstance(args[0], (QRectF, QRect)) and isinstance(args[2], str):
            box = self.boundingRect(QRectF(args[0]), args[1], args[2])
            seen.append((args[2], self.worldTransform().mapRect(box)))
        return real_text(self, *args, **kwargs)

    def draw_box(self, *args, **kwargs):
        if isinstance(self.device(), RoomCanvas) and isinstance(args[0], (QRectF, QRect)):
            seen.append(("", self.worldTransform().mapRect(QRectF(args[0]))))
        return real_box(self, *args, **kwargs)

    monkeypatch.setattr(QPainter, "drawText", draw_text)
    monkeypatch.setattr(QPainter, "drawRoundedRect", draw_box)
    return seen


def _requests(doc: Document, big: bool) -> list[ViewRequest]:
    chosen = [t for t in doc.workshop.themes if t.priority.chosen]
    themes = chosen[:1] if big else chosen  # the big workshop's are alike: its first will do
    return [ViewRequest("priorities")] + [ViewRequest("success", t.id) for t in themes]


@pytest.mark.parametrize("timer", [False, True], ids=["label", "timer"])
@pytest.mark.parametrize("big", [False, True], ids=["demo", "big"])
def test_nothing_runs_under_the_page_label_and_every_word_shows(qtbot, painted, big, timer):
    doc = Document(big_board_workshop() if big else load_workshop(demo_path()).workshop)
    faults: list[str] = []
    for request in _requests(doc, big):
        for size in SIZES:
            view = view_factory(request.name)(doc, ViewRequest(
                request.name, request.argument, size=(float(size[0]), float(size[1]))))
            qtbot.addWidget(view)
            view.resize(QSize(*size))
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            view.show()
            view.keep_timer(timer)
            QApplication.processEvents()
            for page in range(view.page_count()):
                view.show_page(page)
                painted.clear()
                view.grab()
                where = f"{request.name} {request.argument} {size[0]}x{size[1]} p{page + 1}"
                keep = [QRectF(view.page_label.geometry())] if view.page_label.isVisible() \
                    else []
                if timer:
                    keep.append(QRectF(view.timer_corner()))
                screen = QRectF(view.rect()).adjusted(-1, -1, 1, 1)
                for words, box in painted:
                    if any(box.intersects(k) for k in keep):
                        faults.append(f"{where}: under the label/timer: {words or 'a box'}")
                    if not box.isEmpty() and not screen.contains(box):
                        faults.append(f"{where}: off the screen: {words or box}")
                faults += [f"{where}: cut: {words}" for _px, words, cut in view.drawn_text
                           if cut or words.startswith("… and")]
    assert not faults, "\n".join(faults[:30]) + f"\n({len(faults)} in all)"
