"""An initial and a surname with no title or relation word before them are a name: "J. Smith
comes at 9", "A Patel from the agency", "J.Smith rang me", "spoke to K. O'Neill" reached the
wall, the projector and the PDFs whole, where "Mrs J Smith" and "my SW Karen" were held back.

A letter before a word it labels is not a name ("A Level", "B Road", "P Ward"), nor "A", "I"
or "O" starting a sentence as the words they are ("A Carer came", "I Phoned", "A Lot").
"""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.workshop import PersonalDetail


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    ("J. Smith comes at 9", "[name] comes at 9"),
    ("A Patel from the agency was late", "[name] from the agency was late"),
    ("J.Smith rang me", "[name] rang me"),
    ("spoke to K. O'Neill", "spoke to [name]"),
    ("spoke to K. O’Neill", "spoke to [name]"),  # a curly apostrophe, as Word types it
    ("J Smith is kind but always rushing", "[name] is kind but always rushing"),
    ("R.P. Patel changed my tablets", "[name] changed my tablets"),
    ("R P Patel changed my tablets", "[name] changed my tablets"),
    ("RP Patel changed my tablets", "[name] changed my tablets"),
    ("The new carer, M. Wójcik, is lovely", "The new carer, [name], is lovely"),
    ("Ł. Nowak does my shopping", "[name] does my shopping"),
    ("I asked for R. ap Rhys", "I asked for [name]"),
    ("Please can S. Ó Briain come back", "Please can [name] come back"),
    ("K. van Dijk is the manager", "[name] is the manager"),
    ("I told J. Smith's daughter", "I told [name] daughter"),
    ("Talk to J Smith-Jones", "Talk to [name]"),
    ("Carers this week:\nJ Smith", "Carers this week:\n[name]"),
    ("(J Smith) came twice", "([name]) came twice"),
    ("J Ward rang me", "[name] rang me"),  # a place word said of a person
    ("A. Patel is my key worker", "[name] is my key worker"),
    ("Miss A Smith rang", "[name] rang"),
    ("Y. Khan rang", "[name] rang"),  # with its full stop, an initial
])
def test_an_initial_and_a_surname_are_held_back_as_a_name(text, shown):
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "I passed my A Level", "A Level", "O Level", "Miss A Level", "my mum O Level",
    "Miss A Level days at college", "My mum O Level certificates are in the loft",
    "I Am fed up", "A Day Centre place", "I Phoned twice", "A Lot of carers", "The B Road",
    "A and E", "A&E", "GP", "UK", "NHS", "P Ward is noisy", "a M&S voucher", "A Carer came",
    "I Don't want that", "I Can't cope", "A Lovely Lady came", "A Nurse came at 7",
    "Ward B Staff are kind", "Vitamin D Tablets help", "Plan B Worked", "the A Team",
    "O Positive blood", "The Z Bed hurts", "C Diff on the ward", "P.S. Thanks for listening",
    "Q. What works well?\nA. Nothing really", "MS Society helps", "AA Meeting on Monday",
    "I got a J Cloth", "A New carer came", "I Think the carers are good",
    "The bus to Y Fenni is slow", "Y Bala day centre", "We went to Y Rhyl",  # Welsh "the"
])
def test_a_letter_that_labels_or_a_word_starting_a_sentence_is_no_name(text):
    assert find_personal_details(text) == []


def test_a_card_typed_in_title_case_after_a_is_not_read_as_a_name():
    assert find_personal_details("A Whole Week Without A Visit") == []
    # a sentence typed as sentences are: the capitalised word after "A" is a surname
    assert _shown("A Patel came on Monday") == "[name] came on Monday"


def test_after_a_or_o_the_word_held_back_does_not_hold_back_other_cards():
    """"A Whole came" may be a person or a stray capital: it is held back where found, but
    "whole" in other cards is not; "J Smith" holds back every card with "Smith"."""
    def found(name: str) -> list[PersonalDetail]:
        return [PersonalDetail(start=0, end=len(name), category="name", text=name)]

    assert spread_words(found("A Whole")) == ()
    assert spread_words(found("A. Patel")) == ()
    assert spread_words(found("J. Smith")) == ("smith",)


def test_each_card_with_a_bare_initial_is_held_back_on_import_and_the_rest_are_not():
    table = SourceTable(rows=[
        ("Person", "Kind", "Statement"),
        ("P01", "Working", "J. Smith comes at 9 and has time for a chat"),
        ("P02", "Not working", "A Patel from the agency was late again"),
        ("P03", "Working", "I passed my A Level at the day centre"),
        ("P04", "Not working", "A Carer came at 7 and I was not dressed"),
        ("P05", "Future", "spoke to K. O'Neill about my blue badge"),
    ], source_name="review.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    held = {card.text: card.held_back for card in doc.workshop.cards}
    assert held == {
        "J. Smith comes at 9 and has time for a chat": True,
        "A Patel from the agency was late again": True,
        "I passed my A Level at the day centre": False,
        "A Carer came at 7 and I was not dressed": False,
        "spoke to K. O'Neill about my blue badge": True,
    }
