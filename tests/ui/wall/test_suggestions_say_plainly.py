"""The suggestions panel says plainly what it could and could not do: cards that say
different things are not dressed up as a theme, and cards in words wtfc does not know (another
language) are neither grouped silently nor counted as grouped."""

from __future__ import annotations

import pytest

from wtfc.clustering.static_embedding import default_embedder
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel

NW = Kind.NOT_WORKING
UNRELATED = [
    "It's all bingo and quizzes. I was an engineer for forty years, I'd like something to get "
    "my teeth into.",
    "I'm on my own with it at night. I haven't had a full night's sleep in two years.",
    "The paperwork for the direct payment is a nightmare. I dread the brown envelopes.",
    "I'm frightened of falling at night and nobody knowing.",
    "Dad's hearing aids keep going missing at the day centre and no one takes responsibility.",
]
GROUPS = [
    "The bus to town was stopped",
    "There is no bus on Sundays any more",
    "I cannot get a bus to the shops",
    "I am lonely in the evenings",
    "I feel lonely at night on my own",
    "Nobody visits me and I am lonely",
]
URDU = ["ہر روز نیا کیئرر آتا ہے", "بس بند ہو گئی ہے، میں بازار نہیں جا سکتا"]


@pytest.fixture(scope="module", autouse=True)
def word_table():
    return default_embedder()


def wall_of(show, texts):
    doc = Document(
        Workshop(title="t", cards=[Card(id=f"c{i}", kind=NW, text=t) for i, t in enumerate(texts)])
    )
    return show(WallPanel(doc, UndoAdapter(doc)), 1500, 900)


def suggest(qtbot, wall):
    task = wall.suggestions.suggest(NW)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    return wall.suggestions


def test_cards_that_say_different_things_are_not_offered_as_a_theme(qtbot, show):
    panel = suggest(qtbot, wall_of(show, UNRELATED))
    assert panel.themes_page.shown == []
    assert panel.message.text().startswith(
        "These 5 unsorted ✗ Not working cards don't say similar things: sort them by hand"
    )
    panel.detach()


def test_cards_in_unknown_words_are_named_and_not_counted(qtbot, show):
    panel = suggest(qtbot, wall_of(show, [*GROUPS, *URDU]))
    text = panel.message.text()
    assert "for 6 unsorted" in text  # the 6 grouped, not 8
    assert "can't match the words of 2 cards" in text and "sort them by hand" in text
    assert not {"c6", "c7"} & {c for s in panel.themes_page.shown for c in s.suggestion.member_ids}
    panel.detach()
