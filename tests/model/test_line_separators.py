"""U+2028 and U+2029 (the line and paragraph separators a paste from Word or a web page can
carry) in a person's tags, a theme's comments and name, and a person code: wtfc saved them
unescaped and opened them as they were, a box or an odd break on the projector. They are tidied
as the other line breaks are, where typed and where a file is opened: a one-line field's a
space, a comment's a newline, a code's taken out (the person and each card naming it alike,
said in the opening notice)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.people import set_person_tag
from wtfc.model.operations.themes import add_theme_comment, edit_theme_comment
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

LS, PS = "\u2028", "\u2029"


def _pasted() -> Workshop:
    """A workshop holding the separators as a paste leaves them (built, not typed)."""
    return Workshop(
        title="Spring",
        people=[Person(id=f"P01{LS}", locality=f"North{LS}East", age_band=f"65{PS}74",
                       service_type=f"Home{LS}care"), Person(id="P02")],
        cards=[Card(id="c1", kind=Kind.WORKING, text="They listen", person=f"P01{LS}"),
               Card(id="c2", kind=Kind.WORKING, text="Kind staff", person="P02")],
        themes=[Theme(id="t1", kind=Kind.WORKING, name=f"I am{LS}listened to",
                      card_ids=["c1", "c2"], comments=[f"Ask again{PS}in May", "fine"])])


def test_a_file_with_them_opens_tidied_and_says_so(tmp_path):
    path = tmp_path / "pasted.wtfc"
    save_workshop(_pasted(), path)
    assert LS.encode() in path.read_bytes()  # as wtfc wrote them: unescaped
    loaded = load_workshop(path)
    w = loaded.workshop
    person = w.people[0]
    assert (person.locality, person.age_band, person.service_type) \
        == ("North East", "65 74", "Home care")  # one-line tags: a space
    assert w.themes[0].comments == ["Ask again\nin May", "fine"]  # a comment: a newline
    assert w.themes[0].name == "I am listened to"
    # the code and the card naming it alike: the card still finds its person
    assert person.id == "P01" and w.cards[0].person == "P01"
    # said as what they are: no hand put Escape or NUL in this file
    assert loaded.controls.startswith("wtfc took out 2 line breaks (pasted from Word or a web "
                                      "page) from ")
    assert "odd breaks" in loaded.controls and "Escape" not in loaded.controls
    assert "1 person and 1 card" in loaded.controls
    # saved again, nothing is left for the next opening to tidy or say
    save_workshop(w, path)
    data = path.read_bytes()
    assert LS.encode() not in data and PS.encode() not in data
    again = load_workshop(path)
    assert again.controls == "" and again.workshop == w


def test_only_line_breaks_in_words_open_quietly_as_the_others_do():
    workshop = _pasted()
    workshop.people[0].id = "P01"
    workshop.cards[0].person = "P01"
    for data in (workshop_to_bytes(workshop),  # unescaped, as wtfc writes them
                 workshop_to_bytes(workshop).replace(LS.encode(), b"\\u2028")):  # escaped
        loaded = workshop_from_bytes(data, name="w.wtfc")
        assert loaded.controls == ""  # made spaces and newlines: nothing taken out to say
        assert loaded.workshop.people[0].locality == "North East"
        assert loaded.workshop.themes[0].comments[0] == "Ask again\nin May"


def test_typed_tags_comments_and_codes_are_tidied_and_undone():
    doc = Document(Workshop(title="T"))
    edit = add_card(doc, kind=Kind.WORKING, text="They listen", person=f"P01{LS}")
    edit.do(doc)
    assert doc.workshop.cards[0].person == "P01" and doc.get("people", "P01") is not None
    edit.undo(doc)
    assert doc.workshop.cards == [] and doc.workshop.people == []
    edit.do(doc)  # redo
    assert doc.workshop.cards[0].person == "P01"

    tag = set_person_tag(doc, codes=["P01"], tag="locality", value=f"North{LS}East{PS}")
    tag.do(doc)
    assert doc.get("people", "P01").locality == "North East"
    tag.undo(doc)
    assert doc.get("people", "P01").locality == ""
    tag.do(doc)
    assert doc.get("people", "P01").locality == "North East"

    from wtfc.model.operations.themes import create_theme

    create_theme(doc, kind=Kind.WORKING, name=f"I am{LS}heard").do(doc)
    theme = doc.workshop.themes[0]
    assert theme.name == "I am heard"
    said = add_theme_comment(doc, theme_id=theme.id, comment=f"Ask again{PS}in May")
    said.do(doc)
    assert doc.workshop.themes[0].comments == ["Ask again\nin May"]
    said.undo(doc)
    assert doc.workshop.themes[0].comments == []
    said.do(doc)
    edited = edit_theme_comment(doc, theme_id=theme.id, index=0, comment=f"May{LS}June")
    edited.do(doc)
    assert doc.workshop.themes[0].comments == ["May\nJune"]
    edited.undo(doc)
    assert doc.workshop.themes[0].comments == ["Ask again\nin May"]
    data = workshop_to_bytes(doc.workshop)
    assert LS.encode() not in data and PS.encode() not in data


def test_a_separator_beside_a_control_character_is_said_as_control_characters(tmp_path):
    """The line break's own words only when the file held nothing else to take out."""
    workshop = _pasted()
    workshop.cards[1].person = "P02\x1b"
    path = tmp_path / "both.wtfc"
    save_workshop(workshop, path)
    said = load_workshop(path).controls
    assert said.startswith("wtfc took out 3 invisible control characters (such as Escape or NUL")

