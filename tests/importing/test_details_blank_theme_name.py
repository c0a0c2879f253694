"""The export's personal-details question names the theme a detail is in. A theme named only
a zero-width space (or joiner, word joiner, byte-order mark), kept from a file saved before one
was refused, was quoted with nothing between the quotes ("An action in the theme “”: …"), and
with no name at all the feedback letter's question skipped its actions while the letter
printed them (under "About something we are still naming"), a phone number and all. It is
named as the exports print it and the app shows it, "Unnamed theme"; last time's action in
such a theme is named by its words alone, as the report prints it."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.importing.last_time_details import last_time_details
from wtfc.importing.typed_details import quote_theme, typed_details
from wtfc.model.workshop import Action, Role, Workshop

PHONE = "Ring the office on 07700 900123"
ASKED = "An action in the theme “Unnamed theme”: “Ring the office on [phone]”"


def _with_action(name: str) -> Workshop:
    """The boards' workshop, its first priority named ``name`` with an action giving a phone
    number."""
    ws = sample_workshop().model_copy(deep=True)
    ws.themes[0].name = name
    ws.actions = [Action(id="a1", theme_id=ws.themes[0].id, role=Role.PROVIDERS, what=PHONE,
                         owner="Home care forum")]
    return ws


@pytest.mark.parametrize("name", ["\u200b", "\ufeff", " \u200d\u2060 ", ""])
@pytest.mark.parametrize("what", ["report", "data", "posters", "action-poster", "feedback"])
def test_an_action_in_a_theme_with_no_words_is_asked_about_in_unnamed_theme(name, what):
    assert ASKED in [d.where for d in typed_details(_with_action(name), what)]


def test_a_named_theme_is_quoted_as_it_is():
    ws = _with_action("I feel like a package")
    assert "An action in the theme “I feel like a package”: “Ring the office on [phone]”" in \
        [d.where for d in typed_details(ws, "feedback")]
    assert quote_theme("\u200b", (), ()) == "“Unnamed theme”"
    assert quote_theme("Group 1 (not named yet)", (), ()) == "“Group 1 (not named yet)”"


@pytest.mark.parametrize("name", ["\u200b", ""])
def test_last_times_action_in_such_a_theme_is_named_by_its_words(name):
    previous = _with_action(name)
    found = [d.where for d in last_time_details(previous, sample_workshop())]
    assert "Last time's action: “Ring the office on [phone]”" in found
    assert not any("“”" in w or "\u200b" in w for w in found)
