"""The fishbone's head on a small projector with a long theme name: at 800x600 a name of 120
characters or more made the head (250 canvas units wide) taller than the screen, and its top,
the kind "✗ Not working" and the name's first words, was above the screen on every page. The
head now widens, then its name gets smaller (not under 24 real px), so the head is whole on the
screen with the name whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.fishbone_room import FishboneRoomView
from wtfc.ui.boards.fishbone_room_head import head_on_page
from wtfc.ui.style import kind_text

NAME = 3 * ("I am not sure who is coming to my home or when they will arrive, and nobody from "
            "the agency rings to tell me about changes to my visits. ")


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, QRectF]]:
    """Each text drawn into a box from here on, with the box on the widget."""
    drawn: list[tuple[str, QRectF]] = []
    real = QPainter.drawText

    def draw(self, *args, **kwargs):
        if args and isinstance(args[0], QRectF):
            words = next((a for a in args[1:] if isinstance(a, str)), "")
            drawn.append((words, self.worldTransform().mapRect(args[0])))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(QPainter, "drawText", draw)
    return drawn


@pytest.mark.parametrize("size", [QSize(800, 600), QSize(1024, 768)],
                         ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("chars", [130, 300])
def test_a_long_name_keeps_the_head_on_the_screen(qtbot, boxes, size, chars):
    base = load_workshop(demo_path()).workshop
    name = NAME[:chars].rstrip()
    themes = [t.model_copy(update={"name": name}) if t.priority.rank == 2 else t
              for t in base.themes]
    doc = Document(base.model_copy(update={"themes": themes}))
    theme = next(t for t in themes if t.priority.rank == 2)
    view = FishboneRoomView(doc, theme)
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    screen = QRectF(0, 0, size.width(), size.height()).adjusted(-1, -1, 1, 1)
    kind = kind_text(theme.kind)
    for page in range(view.page_count()):
        view.show_page(page)
        boxes.clear()
        view.grab()
        head = [(words, box) for words, box in boxes if words in (kind, name)]
        assert [words for words, _ in head] == [kind, name], f"page {page + 1}"
        for words, box in head:
            assert screen.contains(box), f"page {page + 1}: {words[:30]!r} drawn at {box}"
        said = {words: cut for _px, words, cut in view.drawn_text}
        assert said[name] is False, "the name whole"
        assert min(px for px, _words, _cut in view.drawn_text) >= 24 - 0.05


def test_a_head_too_tall_even_wide_at_the_floor_is_the_page_high():
    """Past the widest head and the 24 px floor, the head is as high as the page (its name then
    ends in "…" where the facts still fit under it), never taller; one that fits wider keeps
    its type."""
    assert head_on_page(36, 26, 260.0, 400.0, 500.0, lambda _px, _w: 10_000.0) == \
        (26, 400.0, 500.0)
    assert head_on_page(36, 26, 260.0, 400.0, 250.0, lambda _px, w: 80_000 / w) == \
        (36, 330.0, 80_000 / 330.0)
