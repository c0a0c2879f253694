"""A hand-edited .wtfc with Escape, NUL or bell in its title and cards opens without them (they
showed as boxes on the projector), and says so; an ordinary file comes back byte for byte."""

from __future__ import annotations

import json

from workshop_builders import sample_workshop

from wtfc.model.control_characters import shown_visibly
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes


def _edited(**changes: object) -> bytes:
    """The sample workshop as a text editor left it: its JSON with ``changes`` written in."""
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw.update(changes)
    return json.dumps(raw).encode("utf-8")  # json writes a control character as \\u001b


def test_the_title_and_cards_open_without_control_characters():
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw["cards"][0]["text"] = "Different\x00 carers\x07 every week\x1b"
    raw["cards"][1]["text"] = "Nobody asks\r\nme\twhat I want"
    loaded = workshop_from_bytes(_edited(title="Fine\x1b[2J\x1b[31mRED\x07\nsecond line",
                                         cards=raw["cards"]), name="hand.wtfc")
    workshop = loaded.workshop
    assert workshop.title == "Fine[2J[31mRED second line"  # a one-line box: a space
    assert workshop.cards[0].text == "Different carers every week"
    assert workshop.cards[1].text == "Nobody asks\nme\twhat I want"  # a Windows line end
    assert loaded.controls == (
        "wtfc took out 6 invisible control characters (such as Escape or NUL, put in by hand "
        "or by another program) from the title and 1 card: they would show as boxes on the "
        "projector. The file keeps them until it is saved.")


def test_a_saved_copy_has_none_and_opens_quietly(tmp_path):
    path = tmp_path / "hand.wtfc"
    path.write_bytes(_edited(title="Spring\x1b workshop", venue="Hall\x00"))
    loaded = load_workshop(path)
    assert loaded.controls.endswith("from the title and the workshop's details: they would "
                                    "show as boxes on the projector. The file keeps them until "
                                    "it is saved.")
    save_workshop(loaded.workshop, path)
    again = load_workshop(path)
    assert again.controls == "" and again.workshop.title == "Spring workshop"
    assert again.workshop.venue == "Hall"


def test_an_ordinary_file_comes_back_exactly(tmp_path):
    workshop = sample_workshop().model_copy(update={
        "title": "Réunion — café ☕", "purpose": "Tabs\tstay\nline two", "venue": r"C:\bin\ref"})
    path = tmp_path / "spring.wtfc"
    save_workshop(workshop, path)
    loaded = load_workshop(path)
    assert loaded.controls == ""
    assert workshop_to_bytes(loaded.workshop) == path.read_bytes()  # a backslash b is no control


def test_wtfc_check_escapes_what_a_terminal_would_obey():
    assert shown_visibly("'bad\x1b[2J.wtfc' is empty.\nNext\tline") == (
        "'bad\\x1b[2J.wtfc' is empty.\nNext\tline")
    assert shown_visibly("a\x9bb\x7f") == "a\\x9bb\\x7f"


def test_a_terminal_shows_a_bidi_override_as_a_code():
    # "Spring[U+202E]gpj.wtfc" turned the rest of the line around in ``wtfc check``'s words
    assert shown_visibly("'Spring\u202egpj.wtfc' is empty.") == "'Spring\\u202egpj.wtfc' is empty."
    apart = "'\u2068\u05d0.wtfc\u2069' (set apart)"
    assert shown_visibly(apart) == apart
