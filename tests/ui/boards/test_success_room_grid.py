"""The Identify success room view on a 1024x768 projector: with a few statements a voice, the
four voices in a 2x2 grid on one page, so the room compares them together (it showed two a
page, ~200 px empty below); and on a paged view the "Page 1 of 2" label covers no words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success_room import SuccessRoomView


def _doc(most: int | None) -> tuple[Document, str]:
    """The demo, its first priority's voices each cut to ``most`` statements (None: all; its
    statements run to three lines at 1024x768, so one each is "a few")."""
    ws = load_workshop(demo_path()).workshop
    theme = next(t for t in ws.themes if t.priority.rank == 1)
    kept, seen = [], dict.fromkeys(Perspective, 0)
    for s in ws.success:
        if s.theme_id == theme.id:
            seen[s.perspective] += 1
            if most is not None and seen[s.perspective] > most:
                continue
        kept.append(s)
    return Document(ws.model_copy(update={"success": kept})), theme.id


@pytest.fixture
def text_boxes(monkeypatch) -> list[tuple[str, QRectF]]:
    """Each text drawn from here on, with its box on the widget."""
    boxes: list[tuple[str, QRectF]] = []
    real = QPainter.drawText

    def draw(self, *args, **kwargs):
        if isinstance(args[0], QRectF) and isinstance(args[-1], str) and args[-1].strip():
            boxes.append((args[-1], self.worldTransform().mapRect(args[0])))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(QPainter, "drawText", draw)
    return boxes


def _view(qtbot, most, size=(1024, 768)) -> tuple[SuccessRoomView, Document]:
    doc, theme_id = _doc(most)
    view = SuccessRoomView(doc, doc.get("themes", theme_id))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view, doc


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_few_statements_a_voice_show_all_four_voices_on_one_page(qtbot, text_boxes, size):
    view, doc = _view(qtbot, 1, size)
    assert view.page_count() == 1 and not view.page_label.isVisible()
    text_boxes.clear()
    list(saved_pages(view, f"room_success_grid_{size[0]}"))
    words = {w for w, _ in text_boxes}
    assert {p.label for p in Perspective} <= words  # the four together
    theme_id = view._theme_id
    statements = [s.text for s in doc.workshop.success if s.theme_id == theme_id]
    assert len(statements) >= 3 and set(statements) <= words
    assert not [cut for _, _, cut in view.drawn_text if cut]  # every statement whole
    assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05
    boxes = {w: box for w, box in text_boxes}  # two by two: older people above staff
    older = boxes[Perspective.OLDER_PEOPLE.label]
    staff = boxes[Perspective.STAFF_AND_MANAGERS.label]
    carers = boxes[Perspective.FAMILY_CARERS.label]
    assert older.left() == staff.left() and staff.top() > older.bottom()
    assert carers.top() == older.top() and carers.left() > older.right()
    assert max(box.bottom() for box in boxes.values()) <= size[1]


def test_many_statements_go_on_over_pages_and_the_page_label_covers_no_words(qtbot, text_boxes):
    view, _ = _view(qtbot, None)
    assert view.page_count() > 1  # the demo's long voices: two columns a page, as before
    for _ in saved_pages(view, "room_success_paged_1024"):
        label = QRectF(view.page_label.geometry())
        texts = [(w, box) for w, box in text_boxes if w != view.page_label.text()]
        assert texts and not [w for w, box in texts if box.intersects(label)]
        text_boxes.clear()


def test_the_full_size_view_keeps_four_columns_in_a_row(qtbot, text_boxes):
    view, _ = _view(qtbot, 1, (1920, 1080))
    view.grab()
    boxes = {w: box for w, box in text_boxes}
    tops = {boxes[p.label].top() for p in Perspective}
    assert view.page_count() == 1 and len(tops) == 1
