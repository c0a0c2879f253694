"""A name the guard did not know, taken off by hand, leaves Edit → History, the Undo item and
"Undone: …" at once (README: "a name you edited out of a card is not left on screen there"):
every earlier step quoting it reads "[name]", as for Names to watch for. Only labels change:
Ctrl+Z still undoes the same steps, and the workshop file holds no History."""

from __future__ import annotations

import pytest

from tests.model.workshop_builders import sample_document
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.cards import add_card, delete_cards, edit_card
from wtfc.model.operations.themes import create_theme, rename_theme
from wtfc.model.workshop import Kind
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.undo_names import without_names


@pytest.fixture
def doc():
    return sample_document()


def _labels(undo: UndoAdapter) -> list[str]:
    return [undo.stack.text(i) for i in range(undo.stack.count())]


def test_a_name_edited_out_leaves_every_earlier_step_and_undo_still_works(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text="Zebedee came late agian",
                       person="P01"))
    card = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=card, text="Zebedee came late again"))
    undo.push(create_theme(doc, name="Zebedee is always late", card_ids=[card],
                              kind=Kind.NOT_WORKING))
    theme = next(t.id for t in doc.workshop.themes if t.name.startswith("Zebedee"))
    assert "Add card 'Zebedee came late agian'" in _labels(undo)  # not known to be a name yet

    undo.push(edit_card(doc, card_id=card, text="[name] came late again"))
    # still on the wall, in the theme's name: quoting it says nothing the room does not see
    assert "Add card 'Zebedee came late agian'" in _labels(undo)
    undo.push(rename_theme(doc, theme_id=theme, name="Always late"))
    assert _labels(undo) == [
        "Add card '[name] came late agian'",
        "Edit card '[name] came late again'",
        "Create theme '[name] is always late' from 1 card",
        "Edit card '[name] came late again'",
        "Rename theme to 'Always late'",
    ]
    assert undo.stack.undoText() == "Rename theme to 'Always late'"  # the Edit menu's

    # the same steps are undone and redone, words and all
    for _ in range(5):
        undo.stack.undo()
    assert doc.get("cards", card) is None and doc.get("themes", theme) is None
    undo.stack.redo()
    assert doc.card(card).text == "Zebedee came late agian"
    for _ in range(3):
        undo.stack.redo()
    assert doc.card(card).text == "[name] came late again"
    assert doc.theme(theme).name == "Zebedee is always late"
    # a later step quoting it (the theme, renamed only now) is labelled without it at once
    undo.push(rename_theme(doc, theme_id=theme, name="Zebedee again"))
    assert undo.stack.undoText() == "Rename theme to '[name] again'"


def test_a_theme_renamed_or_a_card_deleted_takes_off_a_name_mid_sentence(doc, undo):
    undo.push(add_card(doc, kind=Kind.WORKING, text="Thank you Eirlys for the lifts",
                       person="P02"))
    card = doc.workshop.cards[-1].id
    undo.push(create_theme(doc, name="Lifts from Gwenllian", card_ids=[card],
                              kind=Kind.WORKING))
    theme = next(t.id for t in doc.workshop.themes if t.name.startswith("Lifts"))
    undo.push(rename_theme(doc, theme_id=theme, name="Lifts to church"))
    undo.push(delete_cards(doc, card_ids=[card]))
    assert _labels(undo) == [
        "Add card 'Thank you [name] for the lifts'",
        "Create theme 'Lifts from [name]' from 1 card",
        "Rename theme to 'Lifts to church'",
        "Delete P02's ✓ Working card",  # one card is never quoted: deleted for what it says
    ]
    undo.stack.undo()
    assert doc.card(card).text == "Thank you Eirlys for the lifts"  # back, to read on the wall


def test_everyday_words_taken_off_stay_in_history(doc, undo):
    """Conservative: a word starting a sentence, "I", a month or a day, or a body, edited out,
    is no name: History keeps quoting it."""
    undo.push(add_card(doc, kind=Kind.NOT_WORKING,
                       text="Felt lonely in May. I waited each Tuesday for the Council",
                       person="P01"))
    card = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=card, text="lonely"))
    assert _labels(undo)[0] == "Add card 'Felt lonely in May. I waited each Tuesd…'"


def test_a_name_cut_at_the_quotes_end_is_hidden_too():
    assert without_names("Add card 'We all went on the day trip with Eirl…'",
                         ["Eirlys"]) == "Add card 'We all went on the day trip with [name]…'"
    # only the quoted words: the label's own words are the app's
    assert without_names("Mark 'Mark came' as fine to show", ["Mark"]) == \
        "Mark '[name] came' as fine to show"


def test_undone_and_the_history_dock_say_no_name(qtbot, demo_window, tmp_path):
    w = demo_window
    one, other = w.doc.workshop.cards[:2]
    w.undo.push(edit_card(w.doc, card_id=one.id, text="Zebedee rang, at last"))
    w.undo.push(edit_card(w.doc, card_id=other.id, text="Ask Zebedee about the rota"))
    w.undo.push(edit_card(w.doc, card_id=one.id, text="[name] rang, at last"))
    w.undo.push(edit_card(w.doc, card_id=other.id, text="Ask someone about the rota"))
    w.undo_action.trigger()
    w.undo_action.trigger()
    assert w.statusBar().currentMessage() == "Undone: Edit card '[name] rang, at last'"
    assert w.undo_action.text() == "&Undo Edit card 'Ask [name] about the rota'"
    w.undo.stack.redo()
    w.undo.stack.redo()
    w.history_dock.show()
    settle()
    save_render(w, "history_names_taken_off")
    # the workshop file never held History: the steps' words are not in it
    path = tmp_path / "saved.wtfc"
    assert w.files.save_to(path)
    assert "Zebedee" not in path.read_text(encoding="utf-8")
    assert "Edit card" not in path.read_text(encoding="utf-8")


def test_another_workshop_opened_forgets_the_names(doc, undo):
    undo.push(edit_card(doc, card_id="n3", text="Ask Zebedee for the rota"))
    undo.push(edit_card(doc, card_id="n3", text="Ask someone for the rota"))
    assert undo.stack.text(0) == "Edit card 'Ask [name] for the rota'"
    doc.replace_workshop(sample_document().workshop)
    undo.stack.clear()
    undo.push(edit_card(doc, card_id="n3", text="Ask Zebedee for the rota"))
    assert undo.stack.undoText() == "Edit card 'Ask Zebedee for the rota'"
