"""Taking hand-typed control characters out of a workshop file never refuses it: a card whose
words were only control characters opens reading "(blank)", said in the notice, and ids are
left as they are, so two never become one (both refused the whole file: review code-a3 #4)."""

from __future__ import annotations

import json

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Kind, Workshop


def _two_cards() -> dict:
    doc = Document(Workshop(title="T"))
    for words in ("first card", "second card"):
        add_card(doc, kind=Kind.FUTURE, text=words, person="P01").do(doc)
    return json.loads(workshop_to_bytes(doc.workshop))


def test_a_card_of_only_control_characters_opens_reading_blank(tmp_path):
    raw = _two_cards()
    raw["cards"][1]["text"] = "\x1b\x07"
    path = tmp_path / "w.wtfc"
    path.write_bytes(json.dumps(raw).encode())
    loaded = load_workshop(path)
    cards = loaded.workshop.cards
    assert [c.text for c in cards] == ["first card", "(blank)"]
    assert cards[1].person == "P01" and cards[1].id == raw["cards"][1]["id"]
    assert loaded.controls == (
        "wtfc took out 2 invisible control characters (such as Escape or NUL, put in by hand "
        "or by another program) from 1 card: they would show as boxes on the projector. The "
        "file keeps them until it is saved. Card 2 held nothing else, so it reads “(blank)”: "
        "put the words back, or delete it.")
    save_workshop(loaded.workshop, path)
    assert load_workshop(path).workshop.cards[1].text == "(blank)"


def test_two_ids_that_differ_only_by_a_control_character_stay_two():
    raw = _two_cards()
    first = raw["cards"][0]["id"]
    raw["cards"][1]["id"] = first + "\x07"
    raw["cards"][1]["text"] = "second\x1b card"
    loaded = workshop_from_bytes(json.dumps(raw).encode(), name="hand.wtfc")
    cards = loaded.workshop.cards
    assert [c.id for c in cards] == [first, first + "\x07"]
    assert [c.text for c in cards] == ["first card", "second card"]
    assert loaded.controls.startswith("wtfc took out 1 invisible control character ")
