# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Which words History hides once taken off by hand (review 29 A1 #3, #6, #8): the names are
kept through Go back to an earlier version (its reset is no other workshop); a word still on
the wall, or only respelt, is not hidden; a name reworded out at a sentence's start ("Someone
from the agency…") is; and a theme's Delete step quotes no name."""

from __future__ import annotations

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.model.workshop_builders import sample_document
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.cards import add_card, delete_cards, edit_card
from wtfc.model.operations.themes import create_theme, delete_theme, rename_theme
from wtfc.model.storage import save_workshop
from wtfc.model.versions import GoBackToVersion
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.undo import UndoAdapter


@pytest.fixture
def doc():
    return sample_document()


def _labels(undo: UndoAdapter) -> list[str]:
    return [undo.stack.text(i) for i in range(undo.stack.count())]


def test_names_are_kept_through_going_back_to_an_earlier_version(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="Ask Zebedee about the rota",
                       person="P01"))
    card = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=card, text="Ask [name] about the rota"))
    assert _labels(undo)[0] == "Add card 'Ask [name] about the rota'"
    # File → Go back to an earlier version, to look; Ctrl+Z to return; Ctrl+Y; Ctrl+Z
    undo.push(GoBackToVersion("Go back to the version saved today at 10:02", doc.workshop,
                              sample_document().workshop))
    assert doc.get("cards", card) is None
    undo.stack.undo()
    undo.stack.redo()
    undo.stack.undo()
    assert doc.card(card).text == "Ask [name] about the rota"
    doc.replace_workshop(doc.workshop)  # as a read-only file's first Save does: steps kept
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="Zebedee rang, at last", person="P02"))
    assert undo.stack.undoText() == "Add card '[name] rang, at last'"
    assert not any("Zebedee" in label for label in _labels(undo))
    undo.stack.undo()
    assert undo.stack.redoText() == "Add card '[name] rang, at last'"


def test_a_word_still_on_the_wall_is_quoted_until_it_goes_from_there_too(doc, undo):
    """"Swansea" edited out of one card of two is a word the room still sees on the other: it
    read "[name]" in every step. Once the last card or theme with it loses it, it is hidden."""
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="The day centre in Swansea closed",
                       person="P01"))
    day_centre = doc.workshop.cards[-1].id
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="My son lives in Swansea, far away",
                       person="P02"))
    son = doc.workshop.cards[-1].id
    undo.push(create_theme(doc, name="Getting to Swansea", card_ids=[day_centre],
                           kind=Kind.NOT_WORKING))
    theme = next(t.id for t in doc.workshop.themes if t.name == "Getting to Swansea")
    undo.push(edit_card(doc, card_id=son, text="My son lives far away"))
    undo.push(edit_card(doc, card_id=day_centre, text="The day centre closed"))
    assert _labels(undo)[:3] == [
        "Add card 'The day centre in Swansea closed'",
        "Add card 'My son lives in Swansea, far away'",
        "Create theme 'Getting to Swansea' from 1 card",
    ]
    undo.push(rename_theme(doc, theme_id=theme, name="Getting there"))  # its last place
    assert _labels(undo)[:3] == [
        "Add card 'The day centre in [name] closed'",
        "Add card 'My son lives in [name], far away'",
        "Create theme 'Getting to [name]' from 1 card",
    ]
    undo.stack.undo()
    assert doc.theme(theme).name == "Getting to Swansea"
    undo.stack.redo()
    assert doc.theme(theme).name == "Getting there"


def test_a_duplicate_deleted_or_a_typo_fixed_hides_nothing(doc, undo):
    words = "They stopped my Metformin, no one said why"
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=words, person="P01"))
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=words, person="P02"))
    undo.push(delete_cards(doc, card_ids=[doc.workshop.cards[-1].id]))
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="The carer did not come on Tuesdya",
                       person="P03"))
    late = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=late, text="The carer did not come on Tuesday"))
    assert _labels(undo) == [
        "Add card 'They stopped my Metformin, no one said …'",
        "Add card 'They stopped my Metformin, no one said …'",
        "Delete P02's ✗ Not working card",
        "Add card 'The carer did not come on Tuesdya'",
        "Edit card 'The carer did not come on Tuesday'",
    ]


def test_a_name_reworded_out_at_a_sentence_start_is_hidden(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING,
                       text="Zebedee from the agency never comes on time", person="P01"))
    card = doc.workshop.cards[-1].id
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="Gwilym never rings back",
                       person="P02"))
    other = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=card, text="Someone from the agency never comes on time"))
    undo.push(edit_card(doc, card_id=other, text="They never ring back"))
    assert _labels(undo)[:2] == ["Add card '[name] from the agency never comes on …'",
                                 "Add card '[name] never rings back'"]
    undo.stack.undo()
    undo.stack.undo()
    assert doc.card(card).text.startswith("Zebedee")  # the same steps, words and all
    undo.stack.redo()
    assert doc.card(card).text.startswith("Someone")


def test_a_theme_deleted_is_labelled_by_kind_and_cards(doc, undo):
    undo.push(create_theme(doc, name="Zebedee never turns up", card_ids=["n5", "n6"],
                           kind=Kind.NOT_WORKING))
    theme = next(t.id for t in doc.workshop.themes if t.name.startswith("Zebedee"))
    undo.push(delete_theme(doc, theme_id=theme))
    assert undo.stack.undoText() == "Delete a ✗ Not working theme of 2 cards"
    undo.stack.undo()
    assert doc.theme(theme).name == "Zebedee never turns up"
    undo.stack.redo()
    assert doc.get("themes", theme) is None


def test_history_shows_the_place_while_it_is_on_the_wall(make_window, tmp_path, qtbot):
    """A1's repro: History and "Undone: …" quote "Swansea" (still on card c1) and "Tuesday"
    (respelt), as the wall does."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text="The day centre in Swansea closed"),
        Card(id="c2", kind=Kind.NOT_WORKING, text="My son lives in Swansea, far away"),
        Card(id="c3", kind=Kind.NOT_WORKING, text="The carer did not come on Tuesdya")]),
        path, backup=False)
    w = make_window(autosave=False)
    assert w.files.open_path(path)
    w.undo.push(edit_card(w.doc, card_id="c1", text="The day centre in Swansea closed last year"))
    w.undo.push(edit_card(w.doc, card_id="c2", text="My son lives far away"))
    w.undo.push(edit_card(w.doc, card_id="c3", text="The carer did not come on Tuesday"))
    for _ in range(3):
        w.undo_action.trigger()
    assert w.statusBar().currentMessage() == \
        "Undone: Edit card 'The day centre in Swansea closed last y…'"
    w.undo.stack.redo()
    w.history_dock.show()
    w.resize(1100, 700)
    settle()
    save_render(w, "history_place_still_on_the_wall")
    assert "[name]" not in " ".join(_labels(w.undo))
