"""A card or theme deleted while a view still points at it: no traceback, a plain refusal."""

from __future__ import annotations

import pytest

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.cards import delete_cards
from wtfc.model.operations.themes import move_cards, move_placements
from wtfc.model.workshop import Card, Kind, Stage, Theme, Workshop
from wtfc.ui.wall import suggestion_messages as messages
from wtfc.ui.wall.card_fit import ID_ROLE, FitAnswer
from wtfc.ui.wall.readout_card import ReadOutCard


def _doc() -> Document:
    return Document(Workshop(cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind"),
                                    Card(id="c2", kind=Kind.WORKING, text="I like the garden")],
                             themes=[Theme(id="t1", kind=Kind.WORKING, name="I am cared for",
                                           card_ids=["c2"])]))


@pytest.mark.parametrize("build", [
    lambda d: move_placements(d, moves=[("c1", None)], to_theme_id="gone"),
    lambda d: move_cards(d, card_ids=["c1"], to_theme_id="gone"),
    lambda d: move_placements(d, moves=[("gone", None)], to_theme_id="t1"),
])
def test_moving_to_or_from_a_part_that_is_gone_is_refused_in_plain_english(build):
    with pytest.raises(EditRefused):
        build(_doc())


def test_deleting_the_card_the_room_reads_out_does_not_raise(window, qtbot):
    window.files.open_demo()
    panel = window.page(Stage.THEME)
    window.room.act_show.setChecked(True)
    window.room.show_view("readout")
    panel.toggle_readout(True)
    card_id = panel.readout.card_id
    assert card_id and window.room.window.content.card.id == card_id
    window.undo.push(delete_cards(window.doc, card_ids=[card_id]))
    content = window.room.window.content  # read-out goes on to the next card, on both
    assert isinstance(content, ReadOutCard) and content.shown_card() is not None
    assert content.shown_card().id == panel.readout.card_id != card_id
    window.undo.stack.undo()  # and back: nothing stale
    assert window.doc.get("cards", card_id) is not None


def _answer_for_first_unsorted(window):
    panel = window.page(Stage.THEME)
    card = window.doc.unsorted_cards()[0]
    theme = next(t for t in window.doc.workshop.themes if t.kind == card.kind)
    panel.suggestions.set_shown(True)
    panel.suggestions.fit_page.show_answer(FitAnswer(card.id, [(theme.id, 0.9)], []))
    return panel.suggestions, card, theme


def _offered_theme_ids(fit_page) -> list:
    return [fit_page.themes.item(r).data(ID_ROLE) for r in range(fit_page.themes.count())]


def test_put_it_there_after_the_theme_was_deleted_is_refused_not_raised(window):
    from wtfc.model.operations.themes import delete_theme

    window.files.open_demo()
    suggestions, card, theme = _answer_for_first_unsorted(window)
    window.undo.push(delete_theme(window.doc, theme_id=theme.id))
    assert theme.id not in _offered_theme_ids(suggestions.fit_page)  # no longer offered
    steps = window.undo.stack.count()
    # what "Put it there" sends, as a click that was already on its way would
    suggestions.fit_page.put_requested.emit(card.id, theme.id)  # a traceback fails (pytest-qt)
    assert suggestions.message.text() == messages.GONE
    assert suggestions.fit_page.answer is None
    assert card.id in [c.id for c in window.doc.unsorted_cards()]  # nothing moved
    assert window.undo.stack.count() == steps


def test_put_it_there_after_the_card_was_deleted_is_refused_not_raised(window):
    window.files.open_demo()
    suggestions, card, theme = _answer_for_first_unsorted(window)
    window.undo.push(delete_cards(window.doc, card_ids=[card.id]))
    assert suggestions.fit_page.answer is None  # the answer about it went with it
    steps, theme_cards = window.undo.stack.count(), list(window.doc.theme(theme.id).card_ids)
    suggestions.fit_page.put_requested.emit(card.id, theme.id)  # a traceback fails (pytest-qt)
    assert suggestions.message.text() == messages.GONE
    assert window.doc.get("cards", card.id) is None
    assert window.doc.theme(theme.id).card_ids == theme_cards  # nothing moved
    assert window.undo.stack.count() == steps
