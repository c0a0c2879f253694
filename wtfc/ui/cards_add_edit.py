"""Add card… and Edit… on the Collect page: the card dialog, opened on the page (held in
``page.card_dialog`` while open), and what it saves as one undoable step.

A new card starts with the kind and person code of the last one added (``page._last_added``),
so typing in one person's cards is one code typed once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.importing.name_spread import watched_and_found_names
from wtfc.model.operations.cards import add_card, edit_card
from wtfc.model.operations.checks import holding_back_too
from wtfc.model.operations.people import card_counts, merged_codes, withdrawn_refusal
from wtfc.model.top_two import kind_counts
from wtfc.ui.boards.common import push_edit
from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.card_guard import also_held_back
from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.held_back_words import may_edit_on_screen

if TYPE_CHECKING:
    from wtfc.ui.cards_page import CardsPage


def open_add(page: CardsPage) -> None:
    """The card dialog for a new card; saved, it is chosen in the table."""
    if _refused_read_only(page):
        return
    kind, person = page._last_added
    cards, merged = page.doc.workshop.cards, merged_codes(page.doc.workshop)
    dialog = CardDialog(
        # a name found in another card is watched for as a pasted one is
        names=watched_and_found_names(page.names(), cards),
        kind=kind,
        person=person,
        people=card_counts(page.doc),
        kinds=kind_counts(cards),
        merged=merged,
        # a withdrawn person's code refused before Save, where the typed words are still there
        refused=lambda code: withdrawn_refusal(page.doc.workshop, merged.get(code, code)),
        parent=page,
    )
    dialog.accepted.connect(lambda: _finish_add(page))
    open_freed(page, "card_dialog", dialog)


def _finish_add(page: CardsPage) -> None:
    dialog = page.card_dialog
    if dialog is None:
        return
    page.card_dialog = None
    found = dialog.findings()
    done = push_edit(
        page.undo,
        page.notice,
        lambda: holding_back_too(
            page.doc,
            add_card(
                page.doc,
                kind=dialog.kind(),
                text=dialog.text(),
                person=dialog.person_code(),
                source="Typed in",
                personal_details=found,
            ),
            # others with a name it brings in
            findings=also_held_back(page.doc, found, text=dialog.text()),
        ),
    )
    if done:
        page.select_cards([page.doc.workshop.cards[-1].id])
        page._last_added = (dialog.kind(), dialog.person_code())
        if dialog.add_another:
            page.add_card()


def open_edit(page: CardsPage) -> None:
    """The card dialog on the one chosen card (its words or kind)."""
    cards = page.selected_cards()
    if len(cards) != 1:
        page.notice.say("Select one card to edit.")
        return
    if _refused_read_only(page) or not may_edit_on_screen(page, cards[0], page.held_back.shown):
        return
    dialog = CardDialog(
        names=watched_and_found_names(page.names(), page.doc.workshop.cards),
        card=cards[0],
        parent=page,
        kinds=kind_counts(page.doc.workshop.cards),
        themed=cards[0].id in page.doc.themes_of_card(),
    )
    dialog.accepted.connect(lambda: _finish_edit(page, cards[0].id))
    open_freed(page, "card_dialog", dialog)


def _finish_edit(page: CardsPage, card_id: str) -> None:
    dialog = page.card_dialog
    if dialog is None or page.doc.get("cards", card_id) is None:
        return
    page.card_dialog = None
    card = page.doc.card(card_id)
    text = dialog.text() if dialog.text() != card.text else None
    kind = dialog.kind() if dialog.kind() != card.kind else None
    if text is None and kind is None:
        return
    found = dialog.findings() if text is not None else None
    push_edit(
        page.undo,
        page.notice,
        lambda: holding_back_too(
            page.doc,
            edit_card(page.doc, card_id=card_id, text=text, kind=kind, personal_details=found),
            findings=also_held_back(page.doc, found or [], text=text, card_id=card_id),
        ),
    )


def _refused_read_only(page: CardsPage) -> bool:
    if page.undo.read_only:
        page.notice.say("This workshop is open read-only, so it can't be changed.")
    return page.undo.read_only
