"""Cancel beside the progress bar: the suggestions stop at the work's next step, and nothing
half-made (nor an answer that arrives all the same) reaches the list."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import NW, finish, grouping_workshop

from wtfc.clustering.suggest import Suggestion
from wtfc.model.document import Document
from wtfc.ui.wall import suggest_job

pytestmark = pytest.mark.usefixtures("word_table")

FOUND = [Suggestion(member_ids=("u3", "u4", "u5"), name="I am lonely", reason="lonely",
                    key_words=("lonely",), typical_id="u3")]


@pytest.fixture
def doc():
    return Document(grouping_workshop())


@pytest.fixture
def held(monkeypatch):
    """suggest_on_worker held after its first step until ``release`` is set; ``late``: True,
    the work reports no step after that (Cancel comes after its last look at the switch)."""
    state = {"started": threading.Event(), "release": threading.Event(), "late": False,
             "steps": []}

    def work(texts, ids, progress, *rest):
        progress(20, 100)
        state["started"].set()
        state["release"].wait(10)
        if not state["late"]:
            progress(90, 100)  # between grouping and tightening: Cancel ends it here
            state["steps"].append("tightened")
        return FOUND, len(texts), 0  # suggestions, cards read, cards saying nothing

    monkeypatch.setattr(suggest_job, "suggest_on_worker", work)
    return state


def run_and_cancel(qtbot, wall, held, *, by_key=False):
    panel = wall.suggestions
    task = panel.suggest(NW)
    assert held["started"].wait(10)
    assert panel.cancel_button.isVisibleTo(panel) and panel.cancel_button.isEnabled()
    if by_key:
        panel.cancel_button.setFocus()
        qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Space)
    else:
        panel.cancel_button.click()
    assert panel.message.text() == "Stopping…" and not panel.cancel_button.isEnabled()
    held["release"].set()
    finish(qtbot, task)
    return panel


def test_cancel_stops_between_steps_and_shows_nothing(qtbot, wall, held, undo, doc):
    before = doc.workshop.model_copy(deep=True)
    panel = run_and_cancel(qtbot, wall, held)
    assert held["steps"] == []  # it ended at the next step, not after it
    assert panel.themes_page.shown == [] and not wall.scene.highlighted
    assert panel.message.text() == ("Stopped: no suggestions this time. Nothing on the wall "
                                    "changed.")
    assert not panel.cancel_button.isVisibleTo(panel)
    assert not panel.progress.isVisibleTo(panel) and panel.suggest_button.isEnabled()
    assert undo.stack.count() == 0 and doc.workshop == before


def test_an_answer_after_cancel_is_not_shown(qtbot, wall, held):
    held["late"] = True
    panel = run_and_cancel(qtbot, wall, held, by_key=True)
    assert panel.themes_page.shown == []
    assert panel.message.text().startswith("Stopped")


def test_suggesting_again_after_cancel_works(qtbot, wall, held):
    panel = run_and_cancel(qtbot, wall, held)
    held["started"].clear()
    task = panel.suggest(NW)
    finish(qtbot, task)
    assert [s.suggestion for s in panel.themes_page.shown] == FOUND
    assert not panel.cancel_button.isVisibleTo(panel)


def test_cancel_shows_only_while_suggestions_are_worked_out(wall):
    panel = wall.suggestions
    panel.set_shown(True)
    assert not panel.cancel_button.isVisibleTo(panel)
    assert not panel.stop_suggesting()  # nothing running: nothing to stop
    assert panel.cancel_button.accessibleName() == "Stop the suggestions"
