# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Names lists left over from session 32: one pairing each person's code with the name ("P01,
Zebulon Quarrie") and one with a note of what each person does ("Aisha Khan, neighbour, rings
daily") opened Import when dropped on the cards, every name in its table (on the projector
maybe). Both are lists of names now, offered to Names to watch for as the others are, the codes
left out of the box; a cards file (statements with codes, a "Person | Statement | Kind" sheet,
cards typed as headlines, lower-case cards beside codes) still opens Import."""

from __future__ import annotations

import pytest
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from test_names_list_shapes_dropped import collect, dropped_on_cards, names_sheet
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.ui.names_list import file_lines, is_names_list

CODES = "P01, Zebulon Quarrie\nP02, Hope Green\nP03, Aisha Khan\n"
NOTES = ("Aisha Khan, neighbour, rings daily\nHope Green, daughter, visits on Sundays\n"
         "Kofi Mensah - carer - works nights\n")


@pytest.mark.parametrize(("name", "text"), [
    ("people.csv", CODES),
    ("people.txt", "Code | Name\nP01 | Zebulon Quarrie\nP02 | Hope Green\nP03 | Aisha Khan\n"),
    ("contacts.txt", NOTES),
    ("contacts.txt", "Aisha Khan - rings daily\nHope Green - visits on Sundays\n"),
])
def test_a_names_list_with_codes_or_notes_dropped_on_the_cards_opens_no_import(
        shown_window, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
    assert foot(shown_window).startswith(f"'{name}' is a list of names, not imported")


def test_a_sheet_of_codes_and_names_dropped_on_the_cards_opens_no_import(shown_window, tmp_path):
    path = names_sheet(tmp_path / "people.xlsx", [
        ["Code", "Name"], ["P01", "Zebulon Quarrie"], ["P02", "Hope Green"]])
    assert not dropped_on_cards(shown_window, path)
    assert foot(shown_window).startswith("'people.xlsx' is a list of names")


@pytest.mark.parametrize(("name", "text", "names"), [
    ("people.csv", CODES, ["Zebulon Quarrie", "Hope Green", "Aisha Khan"]),
    ("contacts.txt", NOTES, ["Aisha Khan", "Hope Green", "Kofi Mensah"]),
])
def test_dropped_on_names_to_watch_for_the_names_go_in_without_the_codes(
        shown_window, tmp_path, name, text, names):
    page = collect(shown_window)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert page.import_dialog is None
    assert all(any(n in watched for watched in page.names()) for n in names)
    assert not any("P0" in n for n in page.names())  # a code is no name to watch for
    assert foot(shown_window).endswith("from the file added to Names to watch for.")


@pytest.mark.parametrize("text", [
    "Person,Statement,Kind\nP01,My carer is kind,Working\nP02,Nobody rings back,Not working\n"
    "P03,Lonely,Not working\nP04,Hope,Future\n",
    "P01,Lonely At Weekends\nP02,Friendly Carers\nP03,Late Visits\nP04,Good Food\n",
    "P01,Transport\nP02,Loneliness\nP03,Meals\nP04,Carers\n",
    "P01,carers are kind\nP02,nobody rings back\nP03,too rushed\n",
    "P01 - late visits\nP02 - friendly carers\nP03 - good food\n",
    "Zebulon Quarrie,nobody rings back\nHope Green,too rushed\nAisha Khan,carers are kind\n",
])
def test_a_cards_file_with_codes_is_still_cards(tmp_path, text):
    path = tmp_path / "cards.csv"
    path.write_text(text, encoding="utf-8")
    assert not is_names_list(file_lines(path))  # what a drop on the cards asks of it


def test_a_person_statement_kind_sheet_still_opens_import(shown_window, tmp_path):
    path = names_sheet(tmp_path / "spring.xlsx", [
        ["Person", "Statement", "Kind"], ["P01", "Hope", "Future"],
        ["P02", "Transport", "Not working"], ["P03", "Friendly Carers", "Working"]])
    assert dropped_on_cards(shown_window, path)
