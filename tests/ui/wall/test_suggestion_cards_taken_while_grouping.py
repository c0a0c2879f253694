"""Suggest themes, then at once a History jump back (or Undo of an import) takes cards the
worker is grouping: its answer arrives about cards no longer there. The panel counts from the
cards still not in a theme, lists no suggestion with no card left and, when most are gone, says
the cards changed and offers Suggest themes again instead of a list of empty suggestions (it
said "9 suggested themes for 85 cards" with 7 left, each row "0 cards (16 deleted since)").
Each race is forced: the worker waits until the cards are gone."""

from __future__ import annotations

import threading

import pytest
from suggestion_helpers import NW, finish, grouping_workshop, suggested

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card, add_cards
from wtfc.model.workshop import Card, Kind
from wtfc.ui.wall import suggest_job

pytestmark = pytest.mark.usefixtures("word_table")

# a fourth clear group, and more cards, added on the day (an import, or read out one by one)
TABLETS = ["My tablets run out before the chemist delivers",
           "The chemist forgets my tablets every month",
           "My tablets come late from the chemist"]
MORE = [*TABLETS, "The bus never comes on time", "There is no bus after six o'clock",
        "I am lonely since my wife died", "I feel lonely all weekend",
        "My carer rushes my bath", "The carers hurry me to bed at seven",
        "My tablets are in the wrong boxes", "The chemist is closed on Saturdays",
        "I am lonely when it gets dark"]


@pytest.fixture
def doc():
    return Document(grouping_workshop())  # nine cards in three clear groups not yet in a theme


@pytest.fixture
def held_worker(monkeypatch):
    """``start(wall)``: Suggest themes, its worker waiting at its start until ``release()``."""
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


def jump(doc, undo, index):
    """What a row chosen in History does (``UndoAdapter.jump_to``)."""
    with doc.holding():
        undo.stack.setIndex(index)
    settle()


def rows(page) -> list[str]:
    return [page.list.item(r).text() for r in range(page.list.count())]


def test_undo_of_an_import_while_grouping_says_the_cards_changed(qtbot, wall, doc, undo,
                                                                  held_worker):
    start, release = held_worker
    undo.push(add_cards(doc, people=[], label="Import 12 cards", cards=[
        Card(id=f"m{i}", kind=NW, text=t) for i, t in enumerate(MORE)]))
    wall.set_kinds((NW, Kind.WORKING))
    panel, page = wall.suggestions, wall.suggestions.themes_page
    task = start(wall)  # 21 cards read
    undo.stack.undo()  # the import goes: 9 of the 21 are left
    release()
    finish(qtbot, task)
    settle()
    said = panel.message.text()
    assert said.startswith("Suggest themes again: the cards changed while wtfc grouped "
                           "them. 12 of the 21 were taken off the wall (History or Undo); "
                           "only 9 are still free to go in a theme.")
    assert "suggested theme" not in said  # no headline for cards that are not there
    assert page.shown == [] and page.list.count() == 0 and not wall.scene.highlighted
    assert tuple(wall.kinds) == (NW, Kind.WORKING)  # the wall shows what it did before
    assert panel.suggest_button.isEnabled() and panel.suggest_button.hasFocus()
    # the import back (Redo): "only 9 are still free" is no longer so, and is not left said
    undo.stack.redo()
    settle()
    assert panel.message.text() == "No suggested themes on the list."
    panel.suggest_button.click()  # as offered: the cards as they are now
    finish(qtbot, panel.suggest_task)
    assert page.shown and " for 21 " in panel.message.text()


def test_a_jump_back_taking_some_cards_lists_only_suggestions_with_cards_left(
        qtbot, wall, doc, undo, held_worker):
    start, release = held_worker
    first = undo.stack.index()
    for text in TABLETS:  # read out on the day, one step each
        undo.push(add_card(doc, kind=NW, text=text))
    panel, page = wall.suggestions, wall.suggestions.themes_page
    task = start(wall)  # 12 cards read
    added = {c.id for c in doc.workshop.cards if c.text in TABLETS}
    jump(doc, undo, first)  # History: back to before the three; 9 of the 12 are left
    release()
    finish(qtbot, task)
    settle()
    said, listed = panel.message.text(), "\n".join(rows(page))
    assert page.shown and said.startswith(f"{len(page.shown)} suggested theme")
    assert " for 9 " in said  # the cards there now, not the 12 read
    assert "3 cards were taken off the wall meanwhile (History or Undo)." in said
    assert "0 cards" not in listed and "deleted" not in listed
    # the three taken were a suggestion of their own (four were worked out): not listed
    assert len(page.shown) == 3
    assert not any(added & set(shown.suggestion.member_ids) for shown in page.shown)


def test_cards_taken_after_the_list_came_read_taken_off_and_come_back(qtbot, wall, doc, undo):
    """The list is in; a jump back takes a suggestion's cards (nobody deleted them); Accept
    refuses; a jump forward brings them back, and the refusal is not left said."""
    first = undo.stack.index()
    for text in TABLETS:
        undo.push(add_card(doc, kind=NW, text=text))
    page = suggested(qtbot, wall)
    panel = wall.suggestions
    added = {c.id for c in doc.workshop.cards if c.text in TABLETS}
    row = next(i for i, s in enumerate(page.shown) if set(s.suggestion.member_ids) & added)
    page.list.setCurrentRow(row)
    jump(doc, undo, first)
    item = page.list.item(row).text()
    assert "0 cards (3 taken off since)" in item and "deleted" not in item
    page._acted_at = 0  # chosen by the test, not by an accept a moment ago
    assert not page.accept_current()
    assert panel.message.text().startswith("None of the ticked cards is still free")
    jump(doc, undo, first + 3)
    assert page.list.item(row).text().split("\n")[1].startswith("3 cards")
    assert "None of the ticked cards" not in panel.message.text()
    assert panel.message.text() == f"{len(page.shown)} suggested themes on the list."
