"""Plan's or Act's room view shown as on the projector, for the room view's tests."""

from __future__ import annotations

import datetime as dt

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
