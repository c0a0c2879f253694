"""What must hold whatever the facilitator did.

After every step (``after_step``): the title's unsaved marker says whether the file is saved;
the stage list's row is the workshop's stage; while on screen, the priorities table has a row
for each theme and none for a theme gone, and each outline theme row lists its theme's cards
with their count. Now and then (``full``): Undo all the way gives back the start, Redo all the
way the end, a save reads back as the window has it, and the file saved opens as it was.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.fuzz.answerer import Answerer
from tests.ui.settled import settle
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.date_box import DateBox
from wtfc.ui.wall.outline import THEME_ROLE

TIMES = ("saved", "modified", "updated", "last_saved")  # change with the clock alone


def strip(data):
    """The workshop's JSON without what changes with time alone (``*_at`` too)."""
    if isinstance(data, dict):
        return {k: strip(v) for k, v in data.items() if not (k.endswith("_at") or k in TIMES)}
    if isinstance(data, list):
        return [strip(v) for v in data]
    return data


def snapshot(window) -> dict:
    return strip(json.loads(window.doc.workshop.model_dump_json()))


def differences(a, b, path: str = "") -> list[str]:
    """Where ``a`` and ``b`` differ, as ".themes[2].name: 'x' != 'y'"."""
    if type(a) is not type(b):
        return [f"{path}: {str(a)[:80]} != {str(b)[:80]}"]
    if isinstance(a, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                found.append(f"{path}.{key}: only in {'the first' if key in a else 'the second'}")
            else:
                found += differences(a[key], b[key], f"{path}.{key}")
        return found
    if isinstance(a, list):
        found = [f"{path}: {len(a)} items != {len(b)}"] if len(a) != len(b) else []
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found += differences(x, y, f"{path}[{i}]")
        return found
    return [] if a == b else [f"{path}: {str(a)[:80]!r} != {str(b)[:80]!r}"]


def _but_the_stage(found: list[str]) -> list[str]:
    """A stage move made while steps wait to be redone is not a step (README "History"), so
    Undo all the way need not bring back the stage."""
    return [d for d in found if not d.startswith(".stage:")]


class Checks:
    def __init__(self, window, answerer: Answerer, rng: random.Random, log: list[str],
                 problems: list[str], save_path: Path) -> None:
        self.window, self.answerer, self.rng, self.log = window, answerer, rng, log
        self.problems, self.save_path = problems, save_path
        self.start, self.start_index = snapshot(window), window.undo.stack.index()

    def after_step(self) -> None:
        w = self.window
        if w.isWindowModified() == w.undo.stack.isClean():
            self.problems.append(f"the title's unsaved marker is {w.isWindowModified()}, but "
                                 f"the file is {'' if w.undo.stack.isClean() else 'not '}saved")
        if not w.undo.read_only and list(Stage)[w.navigator.currentRow()] != w.doc.workshop.stage:
            self.problems.append(f"the stage list's row {w.navigator.currentRow()} is not the "
                                 f"workshop's stage, {w.doc.workshop.stage.value}")
        shown = w.shown_stage()  # a page off screen is read afresh when shown
        if shown == Stage.UNDERSTAND:
            self._priorities_rows(w.page(shown).priorities)
        elif shown == Stage.THEME:
            self._outline_rows(w.page(shown).outline)

    def _priorities_rows(self, board) -> None:
        if not board.isVisible():  # the why-tree's tab
            return
        model = board.model
        gone = [r for r in range(model.rowCount()) if model.theme_at(r) is None]
        themes = self.window.doc.workshop.themes
        missing = [t.name for t in themes if model.row_of(t.id) < 0]
        if gone or (missing and len(missing) < len(themes)):
            self.problems.append(f"the priorities table lists {len(gone)} themes gone and "
                                 f"misses {missing}")

    def _outline_rows(self, outline) -> None:
        if not outline.isVisible() or outline._stale:  # rebuilt when next shown or edited
            return
        themes = {t.id: t for t in self.window.doc.workshop.themes}
        for r in range(outline.model_.rowCount()):
            item = outline.model_.item(r)
            theme = themes.get(item.data(THEME_ROLE))
            if theme is not None and (item.rowCount() != len(theme.card_ids)
                                      or not item.text().endswith(f"({item.rowCount()})")):
                self.problems.append(f"the outline's row {item.text()!r} lists "
                                     f"{item.rowCount()} cards; the theme has "
                                     f"{len(theme.card_ids)}")

    # -- now and then ---------------------------------------------------------------------------
    def full(self) -> None:
        self.answerer.checking = True
        try:
            self._undo_redo()
            self._save_and_reopen()
        finally:
            self.answerer.checking = False
        self.after_step()

    def _undo_redo(self) -> None:
        w, stack = self.window, self.window.undo.stack
        self._record_typing()
        settle()
        end, end_index = snapshot(w), stack.index()
        self.log.append(f"CHECK at step {end_index} of {stack.count()}: "
                        + " | ".join(stack.text(i) for i in range(stack.count())))
        while stack.canUndo():
            before = stack.index()
            w.undo_action.trigger()
            if stack.index() == before:
                self.problems.append(f"Undo refused at step {before} "
                                     f"({stack.text(before - 1)!r}); the foot says "
                                     f"{w.statusBar().currentMessage()!r}")
                return
        settle()
        if stack.index() == 0 and self.start_index == 0:
            found = _but_the_stage(differences(self.start, snapshot(w)))
            if found:
                self.problems.append("Undo all the way is not the start: " + "; ".join(found[:6]))
        while stack.index() < end_index:
            before = stack.index()
            w.redo_action.trigger()
            if stack.index() == before:
                self.problems.append(f"Redo refused at step {before}")
                return
        settle()
        found = _but_the_stage(differences(end, snapshot(w)))
        if found:
            self.problems.append("Redo all the way is not the end: " + "; ".join(found[:6]))

    def _record_typing(self) -> None:
        """What is typed is recorded first, as Save does; a date box holding words it won't
        take first gets the Esc the foot asks for ("The date typed in … was not taken: … Put it
        right or press Esc"), as a user would: Undo and Save wait on it (R1's N4)."""
        w = self.window
        if w.commit_pending_edits():
            return
        waiting = [box for box in w.findChildren(DateBox) if box.problem and box.isVisible()]
        self.log.append(f"  Esc, as the foot asks: {w.statusBar().currentMessage()[:80]!r}")
        for box in waiting:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        settle()
        w.commit_pending_edits()

    def _save_and_reopen(self) -> None:
        w = self.window
        if not w.files.save():
            return
        if not w.undo.stack.isClean():
            self.problems.append("saved, but the file is not marked saved")
        loaded = strip(json.loads(load_workshop(self.save_path).workshop.model_dump_json()))
        found = differences(snapshot(w), loaded)
        if found:
            self.problems.append("the file saved is not the window: " + "; ".join(found[:6]))
        if self.rng.random() < 0.3:
            self.log.append("reopen the file saved")
            shown = snapshot(w)
            w.files.open_path(self.save_path, confirmed=True)
            settle()
            found = differences(shown, snapshot(w))
            if found:
                self.problems.append("the file reopened is not as saved: "
                                     + "; ".join(found[:6]))
            self.start, self.start_index = snapshot(w), w.undo.stack.index()
