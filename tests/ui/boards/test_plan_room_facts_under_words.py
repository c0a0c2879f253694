"""Plan's and Act's room views draw a card's facts straight under its words (review 36 W1 M1):
at 800x600 (and Act's at 1024x768) a one-line action read its words, an empty line, then its
theme, owner and status, drawn up from the card's foot; what room is left is at the foot."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF

from tests.ui.boards.plan_room_shown import shown_plan_room
from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards import plan_room_card
from wtfc.ui.boards.plan_card_words import measured
from wtfc.ui.boards.room_paint import BODY_PX

TODAY = dt.date(2026, 12, 1)


def _short_actions() -> Document:
    """The demo with every action's words one short line, as a day's quick plan has them."""
    ws = load_workshop(demo_path()).workshop
    actions = [a.model_copy(update={"what": f"Action {i} for {a.role.label.lower()}"})
               for i, a in enumerate(ws.actions)]
    return Document(ws.model_copy(update={"actions": actions}))


@pytest.mark.parametrize(("size", "stage"), [((800, 600), Stage.PLAN),
                                             ((1024, 768), Stage.ACT)])
def test_each_cards_first_fact_is_straight_under_its_words(qtbot, monkeypatch, size, stage):
    drawn: list[tuple[QRectF, str, bool]] = []
    real = plan_room_card.draw_text

    def draw_text(p, rect, text, px=BODY_PX, **kw):
        drawn.append((QRectF(rect), text, bool(kw.get("bold")) and px == BODY_PX))
        return real(p, rect, text, px, **kw)

    monkeypatch.setattr(plan_room_card, "draw_text", draw_text)
    doc = _short_actions()
    view = shown_plan_room(qtbot, doc, size, TODAY, stage)
    words = {a.what for a in doc.workshop.actions}
    cards = 0
    for _page in saved_pages(view, f"plan_room_facts_under_words_{stage.value}_{size[0]}"):
        texts = list(drawn)
        drawn.clear()
        for i, (rect, text, bold) in enumerate(texts):
            if not (bold and text in words) or i + 1 == len(texts):
                continue
            cards += 1
            below = texts[i + 1][0]  # the card's first fact
            bottom = rect.top() + min(rect.height(), measured(text, rect.width(), BODY_PX, True))
            if i and texts[i - 1][0].top() >= rect.top():  # on Act its note, drawn first
                bottom = texts[i - 1][0].bottom()
            assert below.top() - bottom < 1, (text, rect, below)
    assert cards >= 4
