"""A card ending with a care system's sign-off, its signer held back by the guard, kept the rest
of the sign-off after Redact: "I'm lonely at weekends. Completed by [name], SW, 04/03/2026" went
to the wall as if the person had said it (review 34 R4 M1). Redact now takes the whole sign-off
off; the card's own words, and sign-offs that are no sign-off, stay."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo

from wtfc.importing.personal_details import find_personal_details
from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop


def _held_back(text: str) -> tuple[Document, Card]:
    """A card as import leaves it: the guard's findings stored as its details."""
    details = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
               for f in find_personal_details(text)]
    assert details, text  # the guard holds the signer back
    card = Card(kind=Kind.NOT_WORKING, text=text, personal_details=details)
    return Document(Workshop(cards=[card])), card


@pytest.mark.parametrize(("text", "left"), [
    ("I'm lonely at weekends. Completed by Tamsin Ferrier, SW, 04/03/2026",
     "I'm lonely at weekends."),
    ("The carers are always late. Signed: Fenella O.", "The carers are always late."),
    ("The carers are always late - Okonjo, F (Social Worker)", "The carers are always late"),
    ("The carers are always late.\nLast updated by Okonjo F 2026-03-04T10:22:00Z",
     "The carers are always late."),
    ("The carers are always late. Entered by FOKONJO on 04/03/2026 10:22",
     "The carers are always late."),
    ("THE CARERS ARE LATE. COMPLETED BY TAMSIN FERRIER, SW, 04/03/2026", "THE CARERS ARE LATE."),
])
def test_redact_takes_the_whole_sign_off_off(text: str, left: str) -> None:
    doc, card = _held_back(text)
    edit = redact_card(doc, card_id=card.id)
    assert edit.label == f"Redact personal details in '{left}'"

    def done(d: Document) -> None:
        assert d.card(card.id).text == left
        assert not d.card(card.id).held_back

    do_undo_redo(doc, edit, done, changed={"cards": {card.id}})


@pytest.mark.parametrize(("text", "left"), [
    # the person's words after the signer's name: only the name goes
    ("Bye. Signed: Fenella O. My carers are late", "Bye. Signed: [name]. My carers are late"),
    # a name the person wrote, no sign-off
    ("My carer Tamsin Ferrier is kind", "My carer [name] is kind"),
    # nothing of the card's own before it: the card keeps what Redact leaves
    ("Completed by Tamsin Ferrier, SW", "Completed by [name], SW"),
    # the person's own words in brackets after a dash sign-off were deleted (code review A19 S3)
    ("Nobody visits - Colin Watson (I Am So Lonely)", "Nobody visits - [name] (I Am So Lonely)"),
    ("Nobody visits - Colin Watson (I Am So Lonely).",
     "Nobody visits - [name] (I Am So Lonely)."),
    ("Nobody visits - Colin Watson (Lonely)", "Nobody visits - [name] (Lonely)"),
    ("Nobody visits - Ayesha (I miss my husband)", "Nobody visits - [name] (I miss my husband)"),
])
def test_what_is_no_trailing_sign_off_stays(text: str, left: str) -> None:
    doc, card = _held_back(text)
    redact_card(doc, card_id=card.id).do(doc)
    assert doc.card(card.id).text == left


@pytest.mark.parametrize(("text", "left"), [
    # the person's words after the signer's name in Title Case or in brackets went with the
    # sign-off (code review A17 S2): only the name goes
    ("Bye. Signed: Fenella Okonjo. I Want To Go Home", "Bye. Signed: [name]. I Want To Go Home"),
    ("Help me. Signed: Tamsin Ferrier. Please Help", "Help me. Signed: [name]. Please Help"),
    ("The carers are late. Signed: Tamsin Ferrier. Thank You For Listening",
     "The carers are late. Signed: [name]. Thank You For Listening"),
    ("The carers are late. Signed: Tamsin Ferrier, Very Unhappy",
     "The carers are late. Signed: [name], Very Unhappy"),
    ("The food is cold. Typed by Tamsin Ferrier (Mum cannot see to write, she says the food is"
     " cold every day)", "The food is cold. Typed by [name] (Mum cannot see to write, she says"
     " the food is cold every day)"),
])
def test_the_persons_words_after_the_name_stay(text: str, left: str) -> None:
    doc, card = _held_back(text)
    edit = redact_card(doc, card_id=card.id)

    def done(d: Document) -> None:
        assert d.card(card.id).text == left
        assert not d.card(card.id).held_back

    do_undo_redo(doc, edit, done, changed={"cards": {card.id}})


def test_a_dash_sign_off_with_a_role_in_brackets_still_goes() -> None:
    doc, card = _held_back("Nobody visits - Colin Watson (Social Worker)")
    redact_card(doc, card_id=card.id).do(doc)
    assert doc.card(card.id).text == "Nobody visits"


@pytest.mark.parametrize("tail", [", Social Worker, 4 March 2026", " (Social Worker)",
                                  " (Care Co-ordinator, 04/03/2026)",
                                  ", Support Worker, on Monday 4 March"])
def test_a_role_or_date_tail_still_goes(tail: str) -> None:
    doc, card = _held_back("I'm lonely. Completed by Tamsin Ferrier" + tail)
    redact_card(doc, card_id=card.id).do(doc)
    assert doc.card(card.id).text == "I'm lonely."
