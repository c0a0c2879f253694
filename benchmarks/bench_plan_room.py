"""The Plan and Act room views (the projector's swim-lanes) with a big borough's action plan:
150 actions over the roles for 10 priorities, each linked to a cause and a success statement,
with owners, dates, every status and what has happened so far (some notes long enough to go on
over a page), as the scale review of session 25 had them: Act's room view took 2.7-7 s to lay
out, and the facilitator's window froze on each stage change with the room view shown.

``plan.room_layout_ms@150`` / ``act.room_layout_ms@150``: the room view built at 1920×1080,
laid out in pages and its first page drawn, as moving on to Plan / Act with it shown does;
``act.room_status_ms@150``: Space on an action (its status moved on) with Act's room view
shown: laid out again and drawn. Each figure is the median of several runs, wall time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from wtfc.model.document import Document
from wtfc.model.operations.actions import move_status
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Cause,
    Kind,
    Perspective,
    Priority,
    Role,
    Stage,
    SuccessStatement,
    Theme,
    Workshop,
)

TODAY = dt.date(2026, 11, 29)
RUNS = 3
STEPS = 4
PRIORITIES = (
    "I am not treated with respect or as an individual by my paid carers",
    "I am not sure who is coming or when, and nobody rings to tell me when my carer is late",
    "I feel lonely and cut off since the day centre closed and the bus stopped running",
    "I don't know who to contact when things go wrong",
    "I want to stay in my own home for as long as I can, with help to make it safe",
    "My family carer is worn out and gets no break",
    "I have to tell my story again and again to every new person",
    "I can't get to the GP or the hospital without paying for a taxi",
    "I want to choose who helps me and when, with my own budget",
    "Information about what is available comes too late, in words I don't understand",
)
WHO = ("Paid carers", "The office", "Care managers", "Contracts", "Rotas", "Care plans",
       "The phone line", "Direct payments", "Hospital discharge teams", "Day centres")
WHY = ("are too task focused and not outcome focused", "do not have time to sit and talk",
       "change every week, so nobody gets to know the person",
       "pay for minutes of task, so a longer visit loses money",
       "close at five o'clock, so nobody answers in the evening",
       "wait weeks for a decision from the panel")
SUCCESS = ("My carers listen to me and understand what is important to me",
           "I know who is coming and when, and someone rings if they are late",
           "I tell my story once and everyone knows it",
           "We buy outcomes, not minutes, and we know what difference our money makes",
           "I can phone one number and a person answers who knows me")
WHAT = ("Write a one-page profile with each person and use it to match staff by interests",
        "Set up a single phone number answered until eight in the evening by someone who can "
        "see the rota",
        "Pilot outcome-based contracts with two home care providers in the north locality",
        "Map every lunch club, church group and community bus route in the borough and share it",
        "Send a text when the carer is more than fifteen minutes late")
OWNERS = ("Head of Commissioning, Adult Social Care", "Registered Manager, home care",
          "Chair, Older People's Association", "Carers' Centre coordinator",
          "Service Manager, Reablement and Hospital Discharge")
NOTES = ("Twelve of the twenty profiles are written.",
         "One provider has agreed the contract terms; the other wants to see the first "
         "quarter's figures before it signs, so the pilot starts in the north only.",
         "The number is live until six; the evening rota needs two more staff, and the budget "
         "for them goes to the cabinet in January. Until then calls after six go to the "
         "out-of-hours team, who cannot see the rota, and people told us this is worse than "
         "before because nobody calls back. We are writing to everyone on the list to say so "
         "and to give them the office's direct number for the mornings.")


def _workshop(actions: int = 150) -> Workshop:
    rng = random.Random(25)
    themes = [Theme(id=f"t{i}", kind=Kind.NOT_WORKING, name=name,
                    priority=Priority(chosen=True, rank=i + 1, votes=40 - i))
              for i, name in enumerate(PRIORITIES)]
    causes = [Cause(id=f"c{t}_{k}", theme_id=f"t{t}", text=f"{rng.choice(WHO)} {rng.choice(WHY)}.",
                    root_cause=k % 3 == 0, agreed=k % 4 == 0)
              for t in range(len(themes)) for k in range(20)]
    success = [SuccessStatement(id=f"s{t}_{k}", theme_id=f"t{t}", perspective=perspective,
                                text=rng.choice(SUCCESS) + ".")
               for t in range(len(themes)) for k, perspective in enumerate(list(Perspective) * 5)]
    made = []
    for a in range(actions):
        t = a % len(themes)
        status = rng.choice(list(ActionStatus))
        made.append(Action(
            id=f"a{a}", theme_id=f"t{t}", cause_id=f"c{t}_{rng.randrange(20)}",
            success_id=f"s{t}_{rng.randrange(20)}", role=list(Role)[a % 4 if a % 10 else a % 7],
            owner=rng.choice(OWNERS), what=rng.choice(WHAT) + ".",
            by_when=TODAY + dt.timedelta(days=rng.randint(-60, 240)), status=status,
            checked_on=TODAY - dt.timedelta(days=rng.randint(0, 90)),
            progress_note="" if status == ActionStatus.NOT_STARTED
            else rng.choice(NOTES[:2] * 6 + NOTES[2:])))
    return Workshop(themes=themes, causes=causes, success=success, actions=made)


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
            view.close()
            view.deleteLater()  # gone, so it no longer follows the next run's edits
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {name: round(statistics.median(values), 1) for name, values in found.items()}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:28s} {value}")
