"""The Plan and Act room views (the projector's swim-lanes) with a big borough's action plan:
150 actions over the roles for 10 priorities, each linked to a cause and a success statement,
with owners, dates, every status and what has happened so far (some notes long enough to go on
over a page), as the scale review of session 25 had them: Act's room view took 2.7-7 s to lay
out, and the facilitator's window froze on each stage change with the room view shown.

``plan.room_layout_ms@150`` / ``act.room_layout_ms@150``: the room view built at 1920×1080,
laid out in pages and its first page drawn, as moving on to Plan / Act with it shown does;
``act.room_status_ms@150``: Space on an action (its status moved on) with Act's room view
shown: laid out again and drawn; ``act.room_unrelated_ms@150``: an edit the room view does not
show (a theme's comment added, then undone) with Act's room view shown: each laid the 150
actions out again until session 26, now neither does. Each figure is the median of several
runs, wall time.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.bench_plan import TODAY
from benchmarks.bench_plan import _workshop as plan_workshop
from wtfc.model.document import Document
from wtfc.model.operations.actions import move_status
from wtfc.model.operations.themes import add_theme_comment
from wtfc.model.workshop import Action, ActionStatus, Stage, Workshop

RUNS = 3
STEPS = 4
NOTES = ("Twelve of the twenty profiles are written.",
         "One provider has agreed the contract terms; the other wants to see the first "
         "quarter's figures before it signs, so the pilot starts in the north only.",
         "The number is live until six; the evening rota needs two more staff, and the budget "
         "for them goes to the cabinet in January. Until then calls after six go to the "
         "out-of-hours team, who cannot see the rota, and people told us this is worse than "
         "before because nobody calls back. We are writing to everyone on the list to say so "
         "and to give them the office's direct number for the mornings.")


def _workshop(actions: int = 150) -> Workshop:
    """Plan's workshop (``bench_plan``), with notes long enough to go on over a page."""
    return plan_workshop(actions, answers=False,
                         note=lambda rng: rng.choice(NOTES[:2] * 6 + NOTES[2:]))


def _ms(step) -> float:
    start = time.perf_counter()
    step()
    QApplication.processEvents()  # (a layout put off to the next turn of the loop counts)
    return (time.perf_counter() - start) * 1000


def _space(doc: Document, action: Action, view: QWidget) -> None:
    """Space on ``action`` with the room view shown: its status moved on, the view drawn."""
    status = next(s for s in ActionStatus if s != action.status)
    move_status(doc, action_id=action.id, status=status, today=TODAY).do(doc)
    view.repaint()


def run() -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    from wtfc.ui.boards.plan_room import PlanRoomView  # (after the application: its fonts)

    doc = Document(_workshop())
    found: dict[str, list[float]] = {}
    views: list[PlanRoomView] = []

    def show() -> None:
        view = PlanRoomView(doc, today=lambda: TODAY)
        view.resize(1920, 1080)
        view.show()
        view.repaint()  # laid out in pages, the first drawn
        views.append(view)

    for _ in range(RUNS):
        for stage in (Stage.PLAN, Stage.ACT):
            doc.workshop.stage = stage
            found.setdefault(f"{stage.value}.room_layout_ms@150", []).append(_ms(show))
            view = views.pop()
            if stage == Stage.ACT:
                for step in range(STEPS):  # each a different action's status moved on
                    found.setdefault("act.room_status_ms@150", []).append(
                        _ms(lambda n=step, v=view: _space(doc, doc.workshop.actions[7 * n + 1], v)))
                for step in range(STEPS):  # a theme's comment added and undone: not shown
                    edit = add_theme_comment(doc, theme_id=f"t{step}", comment="Ask the GPs too.")
                    found.setdefault("act.room_unrelated_ms@150", []).extend(
                        (_ms(lambda e=edit: e.do(doc)), _ms(lambda e=edit: e.undo(doc))))
            view.close()
            view.deleteLater()  # gone, so it no longer follows the next run's edits
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {name: round(statistics.median(values), 1) for name, values in found.items()}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:28s} {value}")
