"""A control character in an id or a reference to one (a card's person code, a theme's card
list, a person's id) is taken out on both sides, so the file opens with the usual notice; it
was refused naming a "P01" that looked listed (f9fa121a left ids as they were). Two ids that
would become one stay as they are. A card of only a line break reads "(blank)", said in the
notice, as a card of only control characters does (review code-b2 #3, #6b)."""

from __future__ import annotations

import json

import pytest

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.themes import create_theme
from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Kind, Person, Workshop


def _raw() -> dict:
    doc = Document(Workshop(title="T", people=[Person(id="P01"), Person(id="P02")]))
    for words, person in (("first card", "P01"), ("second card", "P02")):
        add_card(doc, kind=Kind.FUTURE, text=words, person=person).do(doc)
    create_theme(doc, name="Being heard", kind=Kind.FUTURE,
                 card_ids=[c.id for c in doc.workshop.cards]).do(doc)
    return json.loads(workshop_to_bytes(doc.workshop))


def _open(raw: dict):
    return workshop_from_bytes(json.dumps(raw).encode(), name="hand.wtfc")


@pytest.mark.parametrize("where", ["card's person", "theme's card", "person's id",
                                   "card's id"])
def test_a_control_character_in_a_pointer_opens_with_the_notice(where):
    raw = _raw()
    card = raw["cards"][0]
    if where == "card's person":
        card["person"] += "\x07"
    elif where == "theme's card":
        raw["themes"][0]["card_ids"][0] += "\x07"
    elif where == "person's id":
        raw["people"][0]["id"] += "\x1b"
    else:
        card["id"] += "\x0b"
    loaded = _open(raw)
    cards, theme = loaded.workshop.cards, loaded.workshop.themes[0]
    assert cards[0].person == "P01" and [p.id for p in loaded.workshop.people] == ["P01", "P02"]
    assert theme.card_ids == [c.id for c in cards] and cards[0].id.isprintable()
    assert loaded.controls.startswith("wtfc took out 1 invisible control character (such as "
                                      "Escape or NUL, put in by hand or by another program)")


def test_two_people_who_would_become_one_stay_two_and_keep_their_cards():
    raw = _raw()
    raw["people"][1]["id"] = "P01\x07"
    raw["cards"][1]["person"] = "P01\x07"
    loaded = _open(raw)
    assert [p.id for p in loaded.workshop.people] == ["P01", "P01\x07"]
    assert [c.person for c in loaded.workshop.cards] == ["P01", "P01\x07"]


@pytest.mark.parametrize("text", ["\x0b", "\u2028", "\x0c\x85", "\r\n"])
def test_a_card_of_only_a_line_break_reads_blank_and_is_said(text):
    raw = _raw()
    raw["cards"][1]["text"] = text
    loaded = _open(raw)
    assert [c.text for c in loaded.workshop.cards] == ["first card", "(blank)"]
    assert loaded.controls == ("Card 2 held no words, so it reads “(blank)”: put the words "
                               "back, or delete it.")


def test_a_card_of_spaces_and_a_control_character_says_both():
    raw = _raw()
    raw["cards"][1]["text"] = " \x1b "
    assert _open(raw).controls.endswith(
        "The file keeps them until it is saved. Card 2 held nothing else, so it reads "
        "“(blank)”: put the words back, or delete it.")
