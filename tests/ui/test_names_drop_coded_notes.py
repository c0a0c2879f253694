# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A list of the people reviewed with their codes and notes ("P02, Ann Lee - husband died last
year, wheelchair user"), dropped on Names to watch for, was refused as a .csv or where a note
ran past five words, and the foot said to drop it on the cards "to import it", which opened
Import with every name and note in its table (review 33 W1 R2). Codes with only a space after
them ("P04 Olive Twist") were read as cards, or joined to the name above as its note (M2)."""

from __future__ import annotations

import pytest
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from test_names_list_shapes_dropped import collect, dropped_on_cards
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind
from wtfc.ui.names_drop import names_in
from wtfc.ui.names_list import file_lines, is_names_list

PEOPLE = ("P01, Grace Long, very deaf, needs BSL\n"
          "P02, Ann Lee - husband died last year, wheelchair user\n"
          "P03, Rose De Souza (daughter Olive)\n")
SPACED = "P04 Olive Twist - son drew\nP05 Bill Hargreaves: carer\nP06 Mai Do\n"


@pytest.mark.parametrize("name", ["people.csv", "people.txt"])
def test_codes_names_and_notes_dropped_on_the_box_go_in(shown_window, tmp_path, name):
    page = collect(shown_window)
    shown_window.undo.push(add_card(shown_window.doc, kind=Kind.NOT_WORKING, text="Ann helps me"))
    path = tmp_path / name
    path.write_text(PEOPLE, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert page.import_dialog is None
    assert foot(shown_window) == "3 names from the file added to Names to watch for."
    box = page.names_box.toPlainText()
    assert all(name in box for name in ("Grace Long", "Ann Lee", "Rose De Souza"))
    assert "P0" not in box  # a code is no name to watch for
    page.check_button.click()
    assert [c.held_back for c in shown_window.doc.workshop.cards] == [True]


@pytest.mark.parametrize("text", [PEOPLE, SPACED])
def test_such_a_list_dropped_on_the_cards_opens_no_import(shown_window, tmp_path, text):
    path = tmp_path / "people notes.csv"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
    assert "not imported as cards" in foot(shown_window)


def test_codes_with_a_space_go_in_without_them_each_name_on_its_own_line(tmp_path):
    path = tmp_path / "people.txt"
    path.write_text(SPACED, encoding="utf-8")
    assert names_in(path) == ["Olive Twist - son drew", "Bill Hargreaves: carer", "Mai Do"]
    path.write_text("P01, Grace Long\nP02, Hope Green\nP03 Rose De Souza\n", encoding="utf-8")
    assert names_in(path) == ["Grace Long", "Hope Green", "Rose De Souza"]


def test_a_coded_list_the_box_cannot_read_is_not_sent_to_import(shown_window, tmp_path):
    page = collect(shown_window)
    path = tmp_path / "people.txt"  # columns from a spreadsheet: the box takes no tabs
    path.write_text("P01\tGrace Long\tvery deaf\nP02\tAnn Lee\twheelchair user\n",
                    encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    said = foot(shown_window)
    assert "paste" in said
    assert "import" not in said.casefold()
    assert "cards" not in said


@pytest.mark.parametrize("text", [
    "P01, My carer is kind, Working\nP02, Nobody rings back, Not working\nP03, Lonely, Working\n",
    "P01, Transport, late buses\nP02, Staff, are kind\nP03, Never, enough time\n",
    "S01 Carers are kind\nS02 Taxis are late\nS03 Nobody rings back\n",
])
def test_cards_with_codes_are_still_cards(tmp_path, text):
    path = tmp_path / "cards.csv"
    path.write_text(text, encoding="utf-8")
    assert not is_names_list(file_lines(path))
