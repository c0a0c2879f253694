# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A names list with a note on its own line under each name (review 33 R1a D1): dropped on
Names to watch for, each note goes in beside its name, so its words ("in", "left", "after")
are no watched name; and a file of cards, with names between them or not, is still cards."""

from __future__ import annotations

import pytest
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from test_names_list_shapes_dropped import collect
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.names_list import is_names_list, notes_beside_names

NOTES_UNDER = "Zebulon Quarrie\nrings after 5 pm\nHope Green\ndeaf in left ear\n"


def test_dropped_on_names_to_watch_for_the_notes_go_beside_their_names(shown_window, tmp_path):
    page = collect(shown_window)
    path = tmp_path / "names.txt"
    path.write_text(NOTES_UNDER, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert page.import_dialog is None
    assert foot(shown_window) == "2 names from the file added to Names to watch for."
    names = tuple(page.names())
    assert watched_redacted("I am deaf in my left ear", names) == "I am deaf in my left ear"
    assert watched_redacted("Quarrie rings after tea", names) == "[name] rings after tea"


def test_a_lower_case_name_under_a_name_stays_a_name():
    # "zeb" is no everyday word: beside its name it is still watched (pasted_names)
    assert notes_beside_names(["zebulon quarrie", "zeb"]) == ["zebulon quarrie - zeb"]


@pytest.mark.parametrize("text", [
    # a name, then a card: a card that reads as a note now and then leaves it cards
    "Hope Green\nnice relaxed atmosphere also staff amazing\nZebulon Quarrie\n"
    "the carers are always late\nAisha Khan\nnobody ever rings me back.\n",
    # one name, then a long run of lower-case cards
    "Hope\nno help at weekends\ntoo rushed\nlonely\nlate visits\n",
    "Zebulon Quarrie\ncarers are kind\nHope Green\ntoo rushed. nobody rang\n",
    "Zebulon Quarrie, carer was late\nHope Green, carers are kind\n",
])
def test_a_cards_file_is_still_cards(text):
    assert not is_names_list(text.splitlines())
