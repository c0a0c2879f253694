"""The Plan and Act boards with a big borough's action plan: 150 actions over the roles, each
linked to a cause and a success statement of one of 10 priorities (long "I" statements), with
owners, dates, notes and every status, a fifth of them overdue, as the scale review of session
25 measured them (opening Plan took 25 s, Space 1.5 s, Ctrl+Z 2.4 s).

``plan.open_ms@150`` / ``act.open_ms@150``: the board built, shown at 1366×700 (a laptop's
window less the stage bar) and laid out, as Ctrl+6 / Ctrl+7 opens it the first time;
``plan.space_ms@150``: Space on an action (its status moved on), drawn again;
``plan.undo_ms@150``: that step undone (Ctrl+Z), drawn again.
Each figure is the median of several runs, wall time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from wtfc.model.document import Document
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Cause,
    Kind,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Workshop,
)
from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, PlanBoard
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)
RUNS = 3
STEPS = 5
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
FIRST_STEP = "Talk to the providers about costs and agree a date."
HOW_WE_KNOW = "At their next review, people say their carers know what matters to them."
NOTE = "Twelve of the twenty profiles are written."


def _workshop(actions: int = 150, *, answers: bool = True,
              note: Callable[[random.Random], str] = lambda _rng: NOTE) -> Workshop:
    """``actions`` over the roles for the 10 priorities, each linked to a cause and a success
    statement; ``answers``: each with its first step and how we'll know; ``note``: what has
    happened so far, for one not started none (``bench_plan_room`` makes it longer)."""
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
            by_when=TODAY + dt.timedelta(days=rng.randint(-60, 240)),
            first_step=FIRST_STEP if answers else "", how_we_know=HOW_WE_KNOW if answers else "",
            status=status, checked_on=TODAY - dt.timedelta(days=rng.randint(0, 90)),
            progress_note="" if status == ActionStatus.NOT_STARTED else note(rng)))
    return Workshop(themes=themes, causes=causes, success=success, actions=made)


def _ms(step) -> float:
    start = time.perf_counter()
    step()
    QApplication.processEvents()  # (a layout put off to the next turn of the loop counts)
    return (time.perf_counter() - start) * 1000


def _open(doc: Document, undo: UndoAdapter, heading: str) -> PlanBoard:
    board = PlanBoard(doc, undo, today=lambda: TODAY, heading=heading)
    board.resize(1366, 700)
    board.show()
    return board


def run() -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    doc = Document(_workshop())
    undo = UndoAdapter(doc)
    found: dict[str, list[float]] = {}
    for _ in range(RUNS):
        for name, heading in (("plan", PLAN_HEADING), ("act", ACT_HEADING)):
            boards: list[PlanBoard] = []
            found.setdefault(f"{name}.open_ms@150", []).append(
                _ms(lambda h=heading, b=boards: b.append(_open(doc, undo, h))))
            board = boards[0]
            if name == "plan":  # an overdue one, not started: Space moves it on, its mark goes
                board.select_action(next(a.id for a in doc.workshop.actions if a.by_when
                                         and a.by_when < TODAY
                                         and a.status == ActionStatus.NOT_STARTED))
                for _step in range(STEPS):
                    found.setdefault("plan.space_ms@150", []).append(_ms(board.advance_status))
                    found.setdefault("plan.undo_ms@150", []).append(_ms(undo.stack.undo))
            board.close()
            board.deleteLater()  # gone, so it no longer follows the edits of the next
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {name: round(statistics.median(values), 1) for name, values in found.items()}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:24s} {value}")
