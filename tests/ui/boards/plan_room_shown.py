"""Plan's or Act's room view shown as on the projector, and what it draws, for the room view's
tests."""

from __future__ import annotations

import datetime as dt

from tests.ui.renders import saved_pages
from wtfc.model.document import Document
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import PlanRoomView


def shown_plan_room(qtbot, doc: Document, size: tuple[int, int], today: dt.date,
                    stage: Stage | None = None) -> PlanRoomView:
    """The room view of ``doc`` at ``size`` on ``today``, shown and exposed; in ``stage``
    (Plan or Act) where given, else in the stage ``doc`` is in."""
    if stage is not None:
        doc.workshop.stage = stage
    view = PlanRoomView(doc, today=lambda: today)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def words_on_every_page(view: PlanRoomView, name: str) -> str:
    """Every word ``view`` draws, page after page (each page's picture saved as ``name``)."""
    words = []
    for _page in saved_pages(view, name):
        words += [text for _px, text, _cut in view.drawn_text]
    return "\n".join(words)
