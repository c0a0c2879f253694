# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A list of names dropped on wtfc, review 32 A2 1 and 8: anywhere on Names to watch for (its
button while it is folded away, its label) it goes into the box; anywhere else it opens no
Import table of the names; a file of statements dropped on the box is not taken as names, and
Excel's one column of "Surname, First" is. Drags are sent as test_file_drop sends them."""

from __future__ import annotations

import pytest
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.model.workshop import Stage
from wtfc.ui.names_drop import names_in, not_names

NAMES = "Zebulon Quarrie\nHope Green\nMary Ward\n"


def collect(window):
    window.go_to_stage(Stage.COLLECT)
    settle()
    return window.page(Stage.COLLECT)


def written(tmp_path, text=NAMES, name="names to watch.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_dropped_on_the_folded_names_button_goes_in_the_box(shown_window, tmp_path):
    window = shown_window
    page = collect(window)
    assert not page.names_fold.is_open()  # empty: only its button shows, as on the day
    assert drag_onto(page.names_fold.button, files_of(local(written(tmp_path))))
    settle()
    assert page.import_dialog is None  # no table of the names, on the projector maybe
    assert page.names() == ["Zebulon Quarrie", "Hope Green", "Mary Ward"]
    assert page.names_fold.is_open() and page.names_box.isVisible()
    assert foot(window) == "3 names from the file added to Names to watch for."


@pytest.mark.parametrize("part", ["explain", "button"])
def test_dropped_on_the_open_boxs_label_or_button_goes_in_the_box(shown_window, tmp_path,
                                                                   part):
    window = shown_window
    page = collect(window)
    page.names_fold.open()
    settle()
    target = page.watch_names.explain if part == "explain" else page.names_fold.button
    assert drag_onto(target, files_of(local(written(tmp_path))))
    settle()
    assert page.import_dialog is None
    assert page.names() == ["Zebulon Quarrie", "Hope Green", "Mary Ward"]


@pytest.mark.parametrize("name", ["names to watch.txt", "names.csv"])
def test_a_names_list_dropped_on_the_cards_opens_no_import(shown_window, tmp_path, name):
    window = shown_window
    page = collect(window)
    assert drag_onto(page.table, files_of(local(written(tmp_path, name=name))))
    settle()
    assert page.import_dialog is None
    assert page.names() == []  # nothing guessed: the facilitator drops it where names go
    assert f"'{name}' is a list of names" in foot(window)
    assert "Names to watch for" in foot(window)


def test_a_statements_file_dropped_on_the_cards_still_opens_import(shown_window, tmp_path):
    window = shown_window
    page = collect(window)
    path = written(tmp_path, "My carer is kind\nThe food is cold\n", "statements.txt")
    assert drag_onto(page.table, files_of(local(path)))
    settle()
    assert page.import_dialog is not None
    page.import_dialog.reject()
    settle()


def test_statements_dropped_on_the_names_box_are_not_taken_as_names(shown_window, tmp_path):
    window = shown_window
    page = collect(window)
    page.names_fold.open()
    settle()
    path = written(tmp_path, "My carer is kind\nStaff are lovely\nThe food is cold\n",
                   "statements.txt")
    assert drag_onto(page.names_box.viewport(), files_of(local(path)))
    settle()
    assert page.names() == []  # "is", "the", "my" would have held back nearly every card
    assert foot(window) == not_names("statements.txt")
    assert page.import_dialog is None


def test_excels_surname_first_column_goes_in_the_box(shown_window, tmp_path):
    window = shown_window
    page = collect(window)
    path = written(tmp_path, "Quarrie, Zebulon\r\nGreen, Hope\r\n", "names.csv")
    assert drag_onto(page.names_fold.button, files_of(local(path)))
    settle()
    assert page.names() == ["Quarrie", "Zebulon", "Green", "Hope"]


@pytest.mark.parametrize(("text", "names"), [
    ("Zebulon Quarrie\nHope Green\n", True),
    ("Quarrie, Zebulon; Green, Hope\n", True),
    ("Mary van der Berg\nGwen ap Rhys\n", True),
    ('"Quarrie, Zebulon" <z.q@example.org>; "Green, Hope" <h.g@example.org>\n', True),
    ("Working\nKind staff\n", False),  # a statement of two words
    ("P01\nP02\n", False),  # codes
    ("Not working\nFood cold\n", False),
    # review 32 A3 S2: roles, a heading, numbers, short names; and statements that are not
    ("Zebulon Quarrie - son\nHope Green: carer\n", True),
    ("Names to watch for\n1. Zebulon Quarrie\n2. Mai Do\n", True),
    ("Transport - buses never come\nFood cold\n", False)])
def test_what_reads_as_a_list_of_names(tmp_path, text, names):
    from wtfc.ui.names_drop import reads_as_names

    lines = names_in(written(tmp_path, text))
    assert lines is not None
    assert reads_as_names(lines) is names


@pytest.mark.parametrize("text", [
    "My carer is kind\n", "Staff are kind to me\n", "Zebulon,Quarrie,Working\n",
    "P01,Kind staff\n"])
def test_what_is_no_list_of_names_for_the_box(tmp_path, text):
    assert names_in(written(tmp_path, text, "cards.csv")) is None
