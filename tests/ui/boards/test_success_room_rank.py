"""The room's "What would success look like?" says which priority it is ("Priority 1 · What
would success look like?"), as the room's why-tree and plan do, clear of the kind's badge at
every projector size, and follows a re-rank (and its undo)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import rank_priorities
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.success_room import SUBTITLE, SuccessRoomView
from wtfc.ui.undo import UndoAdapter

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]


@pytest.fixture
def text_boxes(monkeypatch) -> list[tuple[str, QRectF]]:
    """Each text drawn from here on, a line at a time, with the part of the widget its words
    take (its box runs on to the canvas's edge)."""
    boxes: list[tuple[str, QRectF]] = []
    real = QPainter.drawText

    def draw(self, *args, **kwargs):
        if isinstance(args[0], QRectF) and isinstance(args[-1], str) and args[-1].strip():
            line_h = self.fontMetrics().lineSpacing()
            for n, line in enumerate(args[-1].split("\n")):  # each line of the text its own
                box = QRectF(args[0]).adjusted(0, n * line_h, 0, 0)
                box.setWidth(min(box.width(), self.fontMetrics().horizontalAdvance(line)))
                box.setHeight(min(box.height(), line_h))
                boxes.append((line, self.worldTransform().mapRect(box)))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(QPainter, "drawText", draw)
    return boxes


def _drawn(view: SuccessRoomView, boxes: list) -> dict[str, QRectF]:
    boxes.clear()
    view.grab()
    return dict(boxes)


@pytest.mark.parametrize("size", SIZES)
def test_the_subtitle_says_the_priority_clear_of_the_badge(qtbot, text_boxes, size):
    doc = Document(load_workshop(demo_path()).workshop)
    theme = next(t for t in doc.workshop.themes if t.priority.rank == 1)
    view = SuccessRoomView(doc, theme)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    drawn = _drawn(view, text_boxes)
    # then whose work it is, beside the question or on a line under it (review 36 R2, 7)
    said = next(text for text in drawn if text.startswith(f"Priority 1 · {SUBTITLE}"))
    team = said if said.endswith("Team: Team A") else "Team: Team A"
    badge = next(box for text, box in drawn.items() if text.startswith("✗"))
    assert not drawn[said].intersects(badge) and not drawn[team].intersects(badge)
    ranked_pages = view.page_count()

    undo = UndoAdapter(doc)  # the room makes it Priority 2, as Understand does it
    others = [t.id for t in sorted((t for t in doc.workshop.themes if t.priority.chosen),
                                   key=lambda t: t.priority.rank or 0) if t.id != theme.id]
    undo.push(rank_priorities(doc, theme_ids=[others[0], theme.id, *others[1:]]))
    assert any(text.startswith(f"Priority 2 · {SUBTITLE}") for text in _drawn(view, text_boxes))
    undo.push(rank_priorities(doc, theme_ids=others))  # no longer a priority: the question
    assert any(text.startswith(SUBTITLE) for text in _drawn(view, text_boxes))
    assert view.page_count() == ranked_pages  # the rank costs no page
    undo.stack.undo()
    undo.stack.undo()
    assert said in _drawn(view, text_boxes)
