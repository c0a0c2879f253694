"""Every guard that takes the names pasted to watch for reads them as the check's list and
History do: a name wherever it stands capitalised. With "Grace Lee" and "Bill Jones" pasted,
"Grace and Bill met the provider" was quoted "Grace and [name] met…" by the exports' questions,
Remove this person…'s and the forms' hints, and "Grace and her daughter met…" in last time's
notes was not asked about at all: the guard reads a sentence's first "Grace" as the word
(code review A1 S2)."""

from __future__ import annotations

import pytest

from tests.python_steps import steps
from wtfc.importing.last_time_details import last_time_details
from wtfc.importing.pasted_names import pasted_at
from wtfc.importing.typed_details import (
    detail_quote,
    quote_as_kinds,
    quote_theme_names,
    shown_as_kinds,
)
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.workshop import Action, Kind, Role, Theme, Workshop

NAMES = ("Grace Lee", "Bill Jones")
NOTE = "Grace and Bill met the provider; the new rota starts in June."


@pytest.mark.parametrize("guard", [
    quote_as_kinds, shown_as_kinds, detail_quote,
    lambda text, names: quote_theme_names(text, names, ("Eirlys",), ["Trips out"]),
])
def test_every_quote_that_takes_the_names_hides_both(guard):
    said = guard(NOTE, NAMES)
    assert "[name] and [name] met the provider" in said
    assert "Grace" not in said and "Bill" not in said


def test_the_room_views_redaction_keeps_the_lines_as_typed():
    assert watched_redacted(f"{NOTE}\nGrace's rota", NAMES) == (
        "[name] and [name] met the provider; the new rota starts in June.\n[name]'s rota")
    assert watched_redacted("   ", NAMES) == "   "


def test_last_times_note_is_asked_about_with_the_names_pasted():
    last = Workshop(title="Spring", themes=[Theme(id="t", kind=Kind.NOT_WORKING,
                                                  name="Getting out")],
                    actions=[Action(id="a", theme_id="t", role=Role.PROVIDERS,
                                    what="Keep a diary.",
                                    progress_note="Grace and her daughter met the provider.")])
    now = Workshop(title="Autumn")
    assert last_time_details(last, now) == []  # the guard alone reads "Grace" as the word
    wheres = [d.where for d in last_time_details(last, now, NAMES)]
    assert wheres == ["What had happened to last time's action in the theme “Getting out”: "
                      "“[name] and her daughter met the provider.”"]


@pytest.mark.parametrize(("pasted", "text", "found"), [
    ("Bill Jones", "Jones's carer", ["Jones"]),
    ("Bill Jones's", "Jones rang", ["Jones"]),  # pasted with its possessive
    ("Bill Jonesy", "Jones rang", []),
    ("Ann O'Jones", "Jones rang, then O'Jones", ["O'Jones"]),
    ("Ann Wood-Hughes", "Hughes rang", ["Hughes"]),
    ("İlker Lee", "İlker rang", ["İlker"]),
    ("Mrs Patel", "Mrs Jones rang", []),
])
def test_a_word_is_watched_only_where_it_is_a_whole_word_of_a_name(pasted, text, found):
    assert [text[a:b] for a, b in pasted_at(text, [pasted])] == found


def test_many_names_pasted_are_read_quickly():
    """1,700 names pasted: each text took 5 ms when every name's words were gathered for it
    (the letter reads every action's note, the room views every card's). Counted in Python
    steps, not timed (a loaded machine stretches seconds): 21,000 a text then, 7,400 while the
    pasted list was read again for each text, and well under 1,000 now it is read once."""
    names = [f"Given{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} Family{i // 26:x}"
             for i in range(1700)]
    steps(lambda: [pasted_at(NOTE, names) for _ in range(20)], most=20 * 1_000)
