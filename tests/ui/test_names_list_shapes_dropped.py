# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Names lists as facilitators keep them (review 32 A3 S2, R2, M3): with roles or pronouns
beside the names, numbered, under a heading, short names ("Mai Do", "Do Van An"), an Outlook
To line of several people, a column in an .xlsx. Dropped on the cards none opens Import (its
table showed every name as typed); dropped on Names to watch for the text ones go in the box;
the foot does not name the people the file is named after."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.model.workshop import Stage
from wtfc.ui.names_drop import names_not_taken

PEOPLE = [("Quarrie", "Zebulon"), ("Green", "Hope"), ("Ward", "Ann"), ("Khan", "Aisha"),
          ("Hall", "Pat"), ("Long", "June"), ("Smith", "Mary"), ("Mensah", "Kwabena"),
          ("Evans", "Gwen"), ("Patel", "Priya")]


def to_line(count):
    """One Outlook To line of ``count`` people, as copied from an e-mail into a .txt."""
    return "; ".join(f'"{last}, {first}" <{first.lower()}.{last.lower()}@council.gov.uk>'
                     for last, first in PEOPLE[:count]) + "\n"


def collect(window):
    window.go_to_stage(Stage.COLLECT)
    settle()
    return window.page(Stage.COLLECT)


def names_sheet(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def dropped_on_cards(window, path):
    page = collect(window)
    assert drag_onto(page.table, files_of(local(path)))
    settle()
    opened = page.import_dialog is not None
    if opened:
        page.import_dialog.reject()
        settle()
    return opened


@pytest.mark.parametrize("text", [
    "Zebulon Quarrie (son)\nHope Green (carer)\n",
    "Aisha Khan (she/her)\nHope Green\n",
    "Names to watch for\nZebulon Quarrie\nHope Green\n",
    "1. Zebulon Quarrie\n2. Hope Green\n",
    "An Nguyen\nMai Do\nHope Green\n",
    "Zebulon Quarrie - son\nHope Green - carer\n",
    "Do Van An\nHope Green\nrings after 5\n",
    to_line(4),
    # with what a facilitator keeps beside each name (review 32 A5 S4)
    "Zebulon Quarrie 07700 900123\nHope Green 07700 900456\nAisha Khan 0161 496 0000\n",
    "Nasreen Akhtar, 82\nAisha Khan, 79\nMary Smith, 91\n",
    "Olumide Adeyemi | 12 Mill Lane\nAisha Khan | 3 Mill Lane\n",
    "Zebulon Quarrie - person reviewed\nAisha Khan - person reviewed\nHope Green - carer\n",
    "Name | Role\nHope Green | Home care worker\nKofi Mensah | Social worker\n"
    "Zebulon Quarrie | Person reviewed\n",
    "Name,Relationship,Phone\nZebulon Quarrie,Son,07700 900123\nHope Green,Daughter,07700 900456\n",
    "Aisha Khan - lives alone\nHope Green - daughter of Mary\nTariq Aziz - son, lives in Leeds\n",
    "zebulon quarrie\nhope green\naisha khan\nkwabena mensah\n",
    "Maria de los Ángeles García Fernández\nMuhammad Ali Hassan Khan Siddiqui\nHope Green\n",
])
def test_a_names_list_of_any_usual_shape_dropped_on_the_cards_opens_no_import(
        shown_window, tmp_path, text):
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert not dropped_on_cards(shown_window, path)
    assert foot(shown_window).startswith("'names.txt' is a list of names, not imported")


@pytest.mark.parametrize("rows", [
    [["Zebulon Quarrie"], ["Hope Green"], ["Mai Do"]],
    [["Name", "Relation"], ["Zebulon Quarrie", "son"], ["Hope Green", "carer"]],
    [["Surname", "First name"], ["Quarrie", "Zebulon"], ["Green", "Hope"]],
])
def test_a_sheet_of_names_dropped_on_the_cards_opens_no_import(shown_window, tmp_path, rows):
    path = names_sheet(tmp_path / "team names.xlsx", rows)
    assert not dropped_on_cards(shown_window, path)
    assert foot(shown_window).startswith("'team names.xlsx' is a list of names")


def test_a_sheet_of_statements_still_opens_import(shown_window, tmp_path):
    path = names_sheet(tmp_path / "spring.xlsx", [
        ["Person", "Statement", "Kind"], ["P01", "My carer is kind", "Working"],
        ["P02", "Nobody rings back", "Not working"]])
    assert dropped_on_cards(shown_window, path)


@pytest.mark.parametrize("text", [
    # cards typed as headlines from post-its, or one word each: not names (review 32 A5 R2)
    "Friendly Carers\nLate Visits\nGood Food\nLonely At Weekends\nKind Staff\nMissed Calls\n",
    "Loneliness\nTransport\nMeals\nCarers\nCold\n",
    "Working Well,Friendly Carers\nNot Working,Late Visits\nWorking Well,Good Food\n",
    "Person,Statement\nZebulon Quarrie,Carers Are Kind\nHope Green,Lonely\nAisha Khan,Good Food\n",
    "Zebulon Quarrie,carers are kind\nHope Green,nobody rings back\nAisha Khan,too rushed\n",
    "late visits\nfriendly carers\ngood food\nkind staff\n",
])
def test_a_file_of_cards_in_title_case_or_one_word_still_opens_import(
        shown_window, tmp_path, text):
    path = tmp_path / "cards.csv"
    path.write_text(text, encoding="utf-8")
    assert dropped_on_cards(shown_window, path)
    assert "is a list of names" not in foot(shown_window)


@pytest.mark.parametrize(("text", "count"), [
    (to_line(4), 8), (to_line(10), 20), ("Do Van An\nHope Green\n", 2),
    ("Zebulon Quarrie (son of the late Mary Quarrie)\n", 2),  # and Mary Quarrie alone
    ("Names to watch for\nZebulon Quarrie\nHope Green\n", 2)])  # the heading: no name
def test_a_names_list_the_box_refused_now_goes_in_it(shown_window, tmp_path, text, count):
    page = collect(shown_window)
    path = tmp_path / "names.txt"
    path.write_text(text, encoding="utf-8")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert len(page.names()) == count
    assert foot(shown_window).endswith("from the file added to Names to watch for.")
    assert page.import_dialog is None


def test_a_sheet_of_names_on_the_box_is_not_sent_to_the_cards(shown_window, tmp_path):
    page = collect(shown_window)
    path = names_sheet(tmp_path / "team.xlsx", [["Zebulon Quarrie"], ["Hope Green"]])
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert foot(shown_window) == names_not_taken("team.xlsx")
    assert "cards" not in foot(shown_window)  # there it would open nothing either
    assert page.import_dialog is None


def test_the_foot_hides_the_names_the_file_is_named_after(shown_window, tmp_path):
    path = tmp_path / "Kwabena Mensah family.txt"
    path.write_text("Kwabena Mensah\nAma Mensah\n", encoding="utf-8")
    assert shown_window.doc.names_to_watch == ()  # none pasted yet, as before the day
    assert not dropped_on_cards(shown_window, path)
    assert foot(shown_window).startswith("'[name] family.txt' is a list of names")
    assert "Kwabena" not in foot(shown_window) and "Mensah" not in foot(shown_window)
