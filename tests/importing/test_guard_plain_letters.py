"""A name or a phone number pasted from an e-mail or a web page, with a no-break space, a
zero-width space or full-width letters in it, is found as if typed with plain spaces: on
import, in the words typed on the day (the reason line, a theme's name) and before an export."""

from __future__ import annotations

import unicodedata

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.plain_letters import plain_copy
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import typed_details
from wtfc.model.workshop import Action, ActionStatus, Kind, Priority, Role, Theme, Workshop

SPACES = ["\u00a0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u202f", "\u205f", "\u3000"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u2066"]


@pytest.mark.parametrize("space", SPACES, ids=lambda c: f"U+{ord(c):04X}")
def test_a_name_and_a_phone_number_with_any_space_are_found(space):
    """"Mrs Hughes died, her son rang on 07700 900456" copied from an e-mail."""
    text = f"Mrs{space}Hughes died, her son rang on 07700{space}900456"
    found = find_personal_details(text)
    assert [(f.category, f.text) for f in found] == [
        ("name", f"Mrs{space}Hughes"), ("phone", f"07700{space}900456")]
    assert redact(text, found) == "[name] died, her son rang on [phone]"


@pytest.mark.parametrize("mark", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_inside_a_word_hides_nothing(mark):
    text = f"Do{mark}reen next door has to help me every night, ring 07700 9{mark}00456"
    found = find_personal_details(text)
    assert [(f.category, f.text) for f in found] == [
        ("name", f"Do{mark}reen"), ("phone", f"07700 9{mark}00456")]
    assert redact(text, found) == "[name] next door has to help me every night, ring [phone]"


def test_full_width_letters_and_digits_are_read_as_plain_ones():
    text = "Ｍｒｓ Ｈｕｇｈｅｓ rang from ０７７００ ９００４５６"
    assert redact(text, find_personal_details(text)) == "[name] rang from [phone]"


def test_every_space_and_invisible_character_is_made_plain():
    """Every Unicode space is one plain space and every format character is taken out, so a new
    one pasted from somewhere else is no way round the guard either."""
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) in ("Zs", "Cf") and char != " ":
            copy = plain_copy(f"a{char}b")
            assert copy is not None and copy.text in ("a b", "ab"), hex(code)


def test_text_as_typed_keeps_its_characters_and_plain_text_is_not_copied():
    assert plain_copy("My carer Mrs Hughes is kind") is None
    assert plain_copy("Mrs Hughes’s visits are café-style") is None  # NFKC already
    text = "Mrs\u00a0Hughes"
    (finding,) = find_personal_details(text)
    assert text[finding.start:finding.end] == finding.text == text  # offsets of the typed text


def test_a_card_with_a_zero_width_space_in_a_name_is_held_back_on_import():
    table = SourceTable(rows=[("Statement", "Kind"),
                              ("Do\u200breen next door has to help me every night", "red"),
                              ("Mrs\u00a0Patel rings on 07700\u00a0900123", "red"),
                              ("Lovely\u00a0food", "green")], source_name="a.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.held_back for c in plan.cards] == [True, True, False]


def _stopped(note: str) -> Workshop:
    return Workshop(
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                      priority=Priority(chosen=True, rank=1))],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, owner="Rota team",
                        what="Rebook the rounds", status=ActionStatus.DROPPED,
                        progress_note=note)])


@pytest.mark.parametrize("what", ["feedback", "report", "data"])
def test_a_stopped_reason_pasted_with_no_break_spaces_is_asked_about(what):
    ws = _stopped("Stopped: Mrs\u00a0Hughes died, her son rang on 07700\u00a0900456")
    assert [f.where for f in typed_details(ws, what)] == [
        "What has happened so far to an action in the theme “I am kept waiting”: “Stopped: "
        "[name] died, her son rang on [phone]”" if what == "feedback" else
        "An action in the theme “I am kept waiting”: “Stopped: [name] died, her son rang on "
        "[phone]”"]


def test_names_to_watch_for_pasted_with_invisible_characters_are_still_found():
    """The names pasted into Names to watch for… come from an e-mail or a list on a web page."""
    for pasted in ("Zebe\u200bdee Quo\u200brn", "Zebedee\u00a0Quorn", "Ｚｅｂｅｄｅｅ Ｑｕｏｒｎ"):
        text = "I told Zebedee that quorn is not food"
        assert redact(text, find_personal_details(text, known_names=[pasted])) == \
            "I told [name] that [name] is not food"
