"""A line break pasted from Word (Shift+Enter reaches the clipboard as U+000B) stays a line
break: it was saved as typed, then deleted on reopening, so the words ran together ("listened
tonot talked over") under a notice blaming a hand edit (review code-a3 #1)."""

from __future__ import annotations

import json

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card, edit_card
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Kind, Workshop

WORD = "I want to be listened to\x0bnot talked over"


def test_a_card_pasted_from_word_saves_and_reopens_with_its_line_break(tmp_path):
    doc = Document(Workshop(title="Word paste"))
    edit = add_card(doc, kind=Kind.FUTURE, text=WORD)
    edit.do(doc)
    assert doc.workshop.cards[0].text == "I want to be listened to\nnot talked over"
    edit.undo(doc)
    assert doc.workshop.cards == []
    edit.do(doc)
    path = tmp_path / "w.wtfc"
    save_workshop(doc.workshop, path)
    assert b"\\u000b" not in path.read_bytes()  # nothing saved that opening would take out
    loaded = load_workshop(path)
    assert loaded.workshop.cards[0].text == "I want to be listened to\nnot talked over"
    assert loaded.controls == ""


def test_edited_words_and_details_keep_line_breaks_as_newlines():
    doc = Document(Workshop(title="T"))
    add_card(doc, kind=Kind.FUTURE, text="first").do(doc)
    card_id = doc.workshop.cards[0].id
    edit = edit_card(doc, card_id=card_id, text="one\u2028two\x0cthree\x85four")
    edit.do(doc)
    assert doc.workshop.cards[0].text == "one\ntwo\nthree\nfour"
    edit.undo(doc)
    assert doc.workshop.cards[0].text == "first"
    edit.do(doc)  # redo
    assert doc.workshop.cards[0].text == "one\ntwo\nthree\nfour"
    edit_details(doc, purpose="Hear them\x0bthen plan").do(doc)
    assert doc.workshop.purpose == "Hear them\nthen plan"
    edit_details(doc, venue="Hall\x0bRoom 2").do(doc)  # a one-line box (test_one_line_fields)
    assert doc.workshop.venue == "Hall Room 2"


def test_a_file_saved_before_the_fix_opens_with_line_breaks_and_no_notice():
    doc = Document(Workshop(title="Old"))
    add_card(doc, kind=Kind.FUTURE, text="placeholder").do(doc)
    raw = json.loads(workshop_to_bytes(doc.workshop))
    raw["cards"][0]["text"] = "listened to\x0bnot\x0ctalked\u2028over\u2029again\x85end"
    raw["title"] = "Spring\x0bworkshop"
    loaded = workshop_from_bytes(json.dumps(raw).encode(), name="old.wtfc")
    assert loaded.workshop.cards[0].text == "listened to\nnot\ntalked\nover\nagain\nend"
    assert loaded.workshop.title == "Spring workshop"  # a one-line box: a space
    assert loaded.controls == ""  # only line breaks: nothing taken out, nothing to say


def test_a_real_control_beside_a_line_break_is_the_only_one_counted():
    doc = Document(Workshop(title="Old"))
    add_card(doc, kind=Kind.FUTURE, text="placeholder").do(doc)
    raw = json.loads(workshop_to_bytes(doc.workshop))
    raw["cards"][0]["text"] = "listened to\x0bnot\x1b talked over"
    loaded = workshop_from_bytes(json.dumps(raw).encode(), name="old.wtfc")
    assert loaded.workshop.cards[0].text == "listened to\nnot talked over"
    assert loaded.controls.startswith("wtfc took out 1 invisible control character ")
