"""A big why-tree edited with its room view on the projector: 60 causes under one priority
(six first answers, reasons five deep, six teams, marks and categories), as the scale review of
session 25 had priority 2. Each edit re-plans the room view's pages (9 pages at 1920×1080),
trying ~20 box widths and gaps for each page it might make: 260-360 ms an edit here, and ~1 s
in the app under load, before each plan kept what the last two laid out and every box's height.

``why.edit_ms@60``: a cause added under another with the room view shown at 1920×1080, its
pages planned again and drawn; ``why.undo_ms@60``: that edit undone, the same;
``why.board_edit_ms@60``: a cause added on the facilitator's own why-tree board (no room view),
drawn. Each figure is the median of several runs, wall time.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from wtfc.model.cause_category import CauseCategory
from wtfc.model.document import Document
from wtfc.model.operations.causes import add_cause
from wtfc.model.room_role import RoomRole
from wtfc.model.workshop import Cause, Kind, Priority, RoleCount, Team, Theme, Workshop

RUNS = 5
CAUSES = 60
WHO = ("Paid carers", "The office", "Care managers", "Commissioners", "Providers", "Rotas",
       "Contracts", "Care plans", "The phone line", "Direct payments", "Day centres")
WHY = ("are too task focused and not outcome focused", "do not have time to sit and talk",
       "change every week, so nobody gets to know the person",
       "are written for assessors, not for the carer at the door",
       "pay for minutes of task, so a longer visit loses money",
       "close at five o'clock, so nobody answers in the evening",
       "wait weeks for a decision from the panel", "use words older people do not use")
NEW = "Nobody answers the phone after five o'clock on a Friday."


def _workshop() -> Workshop:
    rng = random.Random(25)
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, priority=Priority(chosen=True, rank=1, votes=30),
                  name="I am not sure who is coming or when, and nobody rings to tell me when "
                       "my carer is late")
    teams = [Team(id=f"team{k}", name=f"Team {'ABCDEF'[k]}",
                  members=[RoleCount(role=r, count=rng.randint(1, 3)) for r in list(RoomRole)[:6]])
             for k in range(6)]
    causes: list[Cause] = []
    depth: dict[str, int] = {}
    for c in range(CAUSES):
        open_ = [m for m in causes if depth[m.id] < 5]
        parent = None if c < 6 else rng.choice(open_).id
        cause = Cause(id=f"c{c}", theme_id="t1", parent_id=parent,
                      text=f"{rng.choice(WHO)} {rng.choice(WHY)}.", root_cause=rng.random() < 0.2,
                      agreed=rng.random() < 0.15, team=f"Team {'ABCDEF'[c % 6]}",
                      category=rng.choice([*CauseCategory, None]))
        causes.append(cause)
        depth[cause.id] = 1 if parent is None else depth[parent] + 1
    return Workshop(themes=[theme], causes=causes, teams=teams)


def _ms(step) -> float:
    start = time.perf_counter()
    step()
    QApplication.processEvents()  # (the plan is put off to the next turn of the loop: counted)
    return (time.perf_counter() - start) * 1000


def _room(found: dict[str, list[float]]) -> None:
    from wtfc.ui.boards.views import CausesRoomView  # (after the application: its fonts)

    doc = Document(_workshop())
    view = CausesRoomView(doc, doc.theme("t1"))
    view.resize(1920, 1080)
    view.show()
    view.repaint()
    QApplication.processEvents()
    assert view.page_count() > 1  # the costly case: a tree in pages
    for run in range(RUNS):
        edit = add_cause(doc, theme_id="t1", text=NEW, parent_id=f"c{7 * run + 3}")

        def step(undo: bool = False, edit=edit, view: QWidget = view) -> None:
            (edit.undo if undo else edit.do)(doc)
            QApplication.processEvents()
            view.repaint()

        found.setdefault("why.edit_ms@60", []).append(_ms(step))
        found.setdefault("why.undo_ms@60", []).append(_ms(lambda s=step: s(True)))
    view.close()


def _board(found: dict[str, list[float]]) -> None:
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.undo import UndoAdapter

    doc = Document(_workshop())
    board = CausesBoard(doc, UndoAdapter(doc))
    board.resize(1920, 1000)
    board.show()
    QApplication.processEvents()
    for run in range(RUNS):
        edit = add_cause(doc, theme_id="t1", text=NEW, parent_id=f"c{7 * run + 3}")

        def step(edit=edit, board: QWidget = board) -> None:
            edit.do(doc)
            QApplication.processEvents()
            board.repaint()

        found.setdefault("why.board_edit_ms@60", []).append(_ms(step))
        edit.undo(doc)
        QApplication.processEvents()
    board.close()


def run() -> dict[str, float]:
    QApplication.instance() or QApplication([])
    found: dict[str, list[float]] = {}
    _room(found)
    _board(found)
    return {name: round(statistics.median(values), 1) for name, values in found.items()}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:24s} {value}")
