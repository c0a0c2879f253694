"""The wall stays open while "Suggest themes" works, and the facilitator may hold back, redact
or reword a card meanwhile (or after): the suggestions never show nor offer the words taken off
a card (its name, shared words, reason, tooltip, screen-reader text), and Accept never makes a
theme named with a name held back. Each race is forced: the worker waits until the edit is made.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import finish, suggested

from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.card_guard import fresh_findings
from wtfc.ui.wall import suggest_job

pytestmark = pytest.mark.usefixtures("word_table")

NW = Kind.NOT_WORKING
TEXTS = ["I love it when Gwenllian comes, she makes me laugh",
         "Gwenllian takes me out shopping on Fridays",
         "Gwenllian is the best carer I have had",
         "I am lonely", "I feel lonely at night", "Lonely since my husband died"]


@pytest.fixture
def doc():
    return Document(Workshop(title="race", cards=[Card(id=f"c{i}", kind=NW, text=t)
                                                  for i, t in enumerate(TEXTS)]))


def hold_back_gwenllian(doc, undo):
    """What "Check all cards again" does with "Gwenllian" in Names to watch for."""
    undo.push(store_fresh_findings(doc, findings=fresh_findings(doc.workshop.cards,
                                                                ["Gwenllian"])))
    assert all(doc.card(c).held_back for c in ("c0", "c1", "c2"))


def everything_shown(page) -> str:
    """Every row's words, tooltip and screen-reader text, and the chosen one's shaping, with
    each suggestion chosen in turn."""
    out = []
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        item = page.list.item(row)
        out += [item.text(), item.toolTip(), item.data(Qt.ItemDataRole.AccessibleTextRole),
                page.name.text(), page.reason.text(), page.typical.text()]
    return "\n".join(str(o) for o in out)


@pytest.fixture
def held_worker(monkeypatch):
    """The suggestion worker waits at its start until ``release()``: the edits land while it
    reads the words it was given."""
    gate, entered = threading.Event(), threading.Event()
    real = suggest_job.suggest_on_worker

    def waiting(*args, **kwargs):
        entered.set()
        assert gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(suggest_job, "suggest_on_worker", waiting)

    def start(wall):
        task = wall.suggestions.suggest(NW)
        assert task is not None and entered.wait(10)
        return task
    return start, gate.set


def gwenllian_suggestion(page):
    row = next(i for i, s in enumerate(page.shown) if "c0" in s.suggestion.member_ids)
    page.list.setCurrentRow(row)
    page._acted_at = 0  # no double-click guard: the row is chosen by the test, not an accept
    return page.shown[row]


def test_held_back_while_suggesting_shows_no_name(qtbot, wall, doc, undo, held_worker):
    start, release = held_worker
    task = start(wall)
    hold_back_gwenllian(doc, undo)
    release()
    finish(qtbot, task)
    page = wall.suggestions.themes_page
    shown = everything_shown(page)
    assert page.list.count() >= 1 and "gwenllian" not in shown.lower()
    assert "Needs a name" in shown
    wall.grab().save("/tmp/f13/held_back_while_suggesting.png")


def test_redacted_while_suggesting_accept_makes_no_named_theme(qtbot, wall, doc, undo,
                                                                held_worker):
    """Redacted cards are no longer held back, so Accept is allowed: the theme it makes (do,
    undo, redo) has no name of the cards' old words."""
    start, release = held_worker
    task = start(wall)
    hold_back_gwenllian(doc, undo)
    for card_id in ("c0", "c1", "c2"):
        undo.push(redact_card(doc, card_id=card_id))
    release()
    finish(qtbot, task)
    page = wall.suggestions.themes_page
    assert "gwenllian" not in everything_shown(page).lower()
    shown = gwenllian_suggestion(page)
    assert page.name.text() == "" and shown.suggestion.key_words == ()
    wall.grab().save("/tmp/f13/redacted_while_suggesting.png")
    assert page.accept_current()
    wall.grab().save("/tmp/f13/redacted_then_accepted.png")
    made = [t for t in doc.workshop.themes if "c0" in t.card_ids]
    assert len(made) == 1 and "gwenllian" not in made[0].name.lower()
    undo.stack.undo()
    assert not any("c0" in t.card_ids for t in doc.workshop.themes)
    undo.stack.redo()
    assert [t.name for t in doc.workshop.themes if "c0" in t.card_ids] == [made[0].name]


def test_reworded_while_suggesting_offers_none_of_the_old_words(qtbot, wall, doc, undo,
                                                                 held_worker):
    start, release = held_worker
    task = start(wall)
    assert wall.gestures.edit_text("c0", "I love it when she comes, she makes me laugh")
    release()
    finish(qtbot, task)
    page = wall.suggestions.themes_page
    shown = gwenllian_suggestion(page)
    assert "gwenllian" not in everything_shown(page).lower()
    page.accept_current()
    assert not any("gwenllian" in t.name.lower() for t in doc.workshop.themes)
    assert shown.name == ""


def test_held_back_after_suggesting_takes_the_shared_word_off(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    assert "gwenllian" in everything_shown(page).lower()  # the name is not known yet
    hold_back_gwenllian(doc, undo)
    text = everything_shown(page)
    assert "gwenllian" not in text.lower()
    assert "close in meaning: check that each belongs" in text
    assert "similar meaning, different words" in text
    wall.grab().save("/tmp/f13/held_back_after_suggesting.png")
    # no longer held back: the cards show their words again, the suggestion's stay off
    undo.stack.undo()
    rows = [page.list.item(r) for r in range(page.list.count())]
    said = [*(i.text() for i in rows), *(i.toolTip() for i in rows), page.reason.text()]
    assert "gwenllian" not in "\n".join(said).lower()


def test_a_typed_name_holding_a_held_back_name_is_refused(qtbot, wall, doc, undo):
    page = suggested(qtbot, wall)
    hold_back_gwenllian(doc, undo)
    row = next(i for i, s in enumerate(page.shown) if "c3" in s.suggestion.member_ids)
    page.list.setCurrentRow(row)
    page._acted_at = 0
    page.rename("I miss Gwenllian")
    said = []
    page.status.connect(said.append)
    assert not page.accept_current()
    # refused, never wiped: the typed words stay in the box for the facilitator to change
    assert not doc.workshop.themes and page.name.text() == "I miss Gwenllian"
    assert "held back" in said[-1] and "Gwenllian" not in said[-1]
