"""A big why-tree edited with its room view on the projector: 60 causes under one priority
(six first answers, reasons five deep, six teams, marks and categories), as the scale review of
session 25 had priority 2. Each edit re-plans the room view's pages (9 pages at 1920×1080),
trying ~20 box widths and gaps for each page it might make: 260-360 ms an edit here, and ~1 s
in the app under load, before each plan kept what the last two laid out and every box's height.

``why.edit_ms@60``: a cause added under another with the room view shown at 1920×1080, its
pages planned again and drawn; ``why.undo_ms@60``: that edit undone, the same;
``why.board_edit_ms@60``: a cause added on the facilitator's own why-tree board (no room view),
drawn. Each figure is the median of several runs, wall time.

``why.room_first_ms@25``: one of five 25-cause priorities chosen for the first time, the room's
why-tree view replaced and planned, to the next frame; ``why.room_choose_ms@25``: one chosen
again (as planned then); ``why.room_root_ms@25``: R on a cause with its room view shown,
re-planned and drawn. Those three are process CPU ms (the slow-laptop review's measure: run it
under ``taskset -c 0``).
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


def _workshop(count: int = CAUSES, themes: int = 1) -> Workshop:
    """``themes`` priorities (t1, t2, ...), each with ``count`` causes (c0..., t2c0...)."""
    shops = [_one_theme(count, k) for k in range(themes)]
    return Workshop(themes=[t for w in shops for t in w.themes],
                    causes=[c for w in shops for c in w.causes], teams=shops[0].teams)


def _one_theme(count: int, k: int) -> Workshop:
    rng = random.Random(25 + k)
    tid, ids = f"t{k + 1}", "" if k == 0 else f"t{k + 1}"
    theme = Theme(id=tid, kind=Kind.NOT_WORKING,
                  priority=Priority(chosen=True, rank=k + 1, votes=30 - k),
                  name="I am not sure who is coming or when, and nobody rings to tell me when "
                       "my carer is late")
    teams = [Team(id=f"team{k}", name=f"Team {'ABCDEF'[k]}",
                  members=[RoleCount(role=r, count=rng.randint(1, 3)) for r in list(RoomRole)[:6]])
             for k in range(6)]
    causes: list[Cause] = []
    depth: dict[str, int] = {}
    for c in range(count):
        open_ = [m for m in causes if depth[m.id] < 5]
        parent = None if c < 6 else rng.choice(open_).id
        cause = Cause(id=f"{ids}c{c}", theme_id=tid, parent_id=parent,
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
    view.prepare_for_render()  # (a new view's first plan otherwise waits FIRST_PLAN_MS)
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


def _cpu_ms(step) -> float:
    start = time.process_time()
    step()
    QApplication.processEvents()
    QApplication.processEvents()
    return (time.process_time() - start) * 1000


def _gestures(found: dict[str, list[float]]) -> None:
    """Five 25-cause priorities, the room showing the chosen one's why-tree at 1366x768, as
    the facilitator goes through them in the Theme box and marks root causes (process CPU ms
    to the next frame: the slow-laptop review's figures)."""
    from wtfc.model.operations.causes import edit_cause
    from wtfc.ui.boards.views import CausesRoomView
    from wtfc.ui.boards.why_tree_kept import forget

    forget()
    doc = Document(_workshop(25, themes=5))
    holder = QWidget()
    holder.resize(1366, 768)
    holder.show()
    views: list[QWidget] = []

    def choose(theme_id: str) -> None:
        for old in views:
            old.deleteLater()
        views[:] = [CausesRoomView(doc, doc.theme(theme_id), holder)]
        views[0].resize(1366, 768)
        views[0].show()

    for run in range(RUNS):
        for k in range(5):
            found.setdefault("why.room_first_ms@25" if run == 0 else "why.room_choose_ms@25",
                             []).append(_cpu_ms(lambda k=k: choose(f"t{k + 1}")))
        prefix = "" if run == 0 else f"t{(run % 5) + 1}"
        choose(prefix or "t1")
        views[0].prepare_for_render()
        for cause_id in (f"{prefix}c{run}", f"{prefix}c{run + 6}"):
            cause = doc.get("causes", cause_id)
            edit = edit_cause(doc, cause_id=cause_id, root_cause=not cause.root_cause)
            found.setdefault("why.room_root_ms@25", []).append(
                _cpu_ms(lambda e=edit: e.do(doc)))
    holder.close()


def run() -> dict[str, float]:
    QApplication.instance() or QApplication([])
    found: dict[str, list[float]] = {}
    _room(found)
    _board(found)
    _gestures(found)
    return {name: round(statistics.median(values), 1) for name, values in found.items()}


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:24s} {value}")
