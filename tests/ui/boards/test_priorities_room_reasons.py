"""The room sees why each priority was chosen (seed principle: "It is clear how decisions are
made"): the reason typed on the Choose priorities board, as a smaller line under the theme's
name on the projector. The view used to show the names and figures only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from tests.ui.renders import RENDERS
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.room_paint import text_height


def _drawn(qtbot, monkeypatch, doc: Document, size: tuple[int, int], name: str = "reasons"):
    drawn: list[tuple[str, int, QRectF, bool]] = []  # words, size, box, whole
    real = priorities_room.draw_text

    def draw(p, rect: QRectF, text, px=30, *args, bold=False, **kwargs):
        whole = text_height(text, rect.width(), px, bold=bold) <= rect.height() + 1
        drawn.append((text, px, QRectF(rect), whole))
        return real(p, rect, text, px, *args, bold=bold, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    RENDERS.mkdir(parents=True, exist_ok=True)
    for page in range(view.page_count()):  # (two on 1366x768: type stays 24 px or more)
        view.show_page(page)
        view.grab().save(str(RENDERS / f"room_priorities_{name}_{size[0]}_p{page + 1}.png"))
        assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05  # real px, on the screen
    return drawn


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_each_priority_says_why_it_was_chosen_under_its_whole_name(qtbot, monkeypatch, size):
    ws = load_workshop(demo_path()).workshop
    drawn = _drawn(qtbot, monkeypatch, Document(ws), size)
    names = {t.name for t in ws.themes}
    boxes = {text: (rect, whole) for text, _, rect, whole in drawn if text in names}
    assert set(boxes) == names and all(whole for _, whole in boxes.values())  # every name whole
    assert not [text for text, *_ in drawn if text.startswith("… and")]  # every theme a row
    for theme in (t for t in ws.themes if t.priority.chosen):
        name = boxes[theme.name][0]
        line = [
            (text, px, rect)
            for text, px, rect, _ in drawn
            if text.startswith("Why: ") and name.bottom() <= rect.top() < name.bottom() + 8
        ]
        assert len(line) == 1, theme.name
        text, px, rect = line[0]
        assert px >= 24 and rect.left() == name.left()
        said = text.removeprefix("Why: ").removesuffix(" …")
        # the reason's own words, cut only after a whole word when there is no room for them all
        assert theme.priority.reason.startswith(said)
        assert said == theme.priority.reason or theme.priority.reason[len(said)] == " "
    # a theme not chosen has no reason line, even if it once had one
    assert sum(text.startswith("Why: ") for text, *_ in drawn) == 3


def test_a_priority_with_no_reason_has_no_empty_line(qtbot, monkeypatch):
    ws = load_workshop(demo_path()).workshop
    themes = [
        t.model_copy(update={"priority": t.priority.model_copy(update={"reason": " "})})
        for t in ws.themes
    ]
    drawn = _drawn(
        qtbot,
        monkeypatch,
        Document(ws.model_copy(update={"themes": themes})),
        (1920, 1080),
        "no_reasons",
    )
    assert not [text for text, *_ in drawn if text.startswith("Why")]
