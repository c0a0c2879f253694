"""Review 33 R1a D2 (failed at aecd3bd0). A given name that is a word (Hope, Pat,
Joy, Grace, Rose) and a surname, starting a card, is a person when a person verb follows ("Pat
Hall came late", "Hope Smith came" are held), but not with "never", "didn't" or "did not"
between: "Pat Hall never came", "Hope Smith never came", "Hope Green did not turn up", "Grace
Kitchen never came" go on the wall as typed (with no names pasted, as on a venue's laptop) and
print whole in the letter and the room views. bare_given_names._ROLE_AFTER (PERSON_VERBS)
took the verb only right after the surname. "Pat Hall came late" was held all along."""

from __future__ import annotations

import pytest

from tests.importing.test_guard_possessives_and_capitals import _held
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted

CARDS = [
    ("Pat Hall never came", "Pat Hall"),
    ("Hope Smith never came", "Hope Smith"),
    ("Hope Green never came", "Hope Green"),
    ("Grace Kitchen never came", "Grace Kitchen"),
    ("Pat Hall didn't come on Tuesday", "Pat Hall"),
    ("Hope Green did not turn up", "Hope Green"),
    ("Pat Hall hasn't rung", "Pat Hall"),
    ("Joy Wood forgot my tablets", "Joy Wood"),
    ("Hope Green left early", "Hope Green"),
    ("HOPE GREEN NEVER CAME", "HOPE GREEN"),
    ("Pat Hall came late", "Pat Hall"),
]


@pytest.mark.parametrize(("text", "name"), CARDS)
def test_the_name_is_found_and_hidden(text, name):
    assert [f.text for f in find_personal_details(text)] == [name]
    shown = text.replace(name, "[name]")
    assert shown_as_kinds(text) == shown
    assert watched_redacted(text) == shown


def test_an_import_holds_them_back():
    assert _held([text for text, _name in CARDS]) == [True] * len(CARDS)
