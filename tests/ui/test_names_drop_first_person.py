"""A names list dropped on Names to watch for lost its first person: any first line that was not
name-shaped was taken for a heading ("P01, Grace Long, very deaf, needs BSL"), so the foot said
"3 names added", Grace Long was not in the box and "Grace helps every Tuesday" went up (review
33 A1 S1). Only a line made of a heading's words is left out now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_findings
from wtfc.ui.names_drop import names_dropped, names_in

REST = "P02, Hope Green\nP03, Aisha Khan\nP04, Kwabena Mensah\n"


def _held(card: str, names: tuple[str, ...]) -> bool:
    return any(f.category == "name" for f in watched_findings(card, names))


def test_the_first_person_of_a_codes_list_is_watched(qtbot, tmp_path):
    path = tmp_path / "people.txt"
    path.write_text("P01, Grace Long, very deaf, needs BSL\n" + REST, encoding="utf-8")
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    foot = names_dropped(box, path, ())
    names = tuple(parse_names(box.toPlainText()))
    assert "Grace Long" in box.toPlainText()
    assert foot.endswith("from the file added to Names to watch for.")
    assert not foot.startswith("3 names")
    assert _held("Grace helps every Tuesday", names)
    assert _held("Long never visits now", names)
    assert _held("Hope came late", names)


@pytest.mark.parametrize("first", [
    "P01, Zebulon Quarrie, friendly neighbour",
    "P01 Zebulon Quarrie",
    "Zebulon Quarrie, very deaf, needs BSL",  # no codes: the same loss before
    "Zebulon Quarrie, friendly neighbour",
])
def test_a_first_line_with_a_name_is_kept(tmp_path, first):
    path = tmp_path / "people.txt"
    path.write_text(f"{first}\n{REST}", encoding="utf-8")
    lines = names_in(path)
    assert lines is not None and len(lines) == 4
    assert _held("Zebulon came at 7", tuple(parse_names("\n".join(lines))))


@pytest.mark.parametrize("heading", [
    "Names to watch for", "Code, Name", "Code | Name", "First name, Surname, Phone",
    "People reviewed", "Name, Relationship, Phone"])
def test_a_heading_is_still_left_out(tmp_path, heading):
    path = tmp_path / "people.txt"
    path.write_text(f"{heading}\n{REST}", encoding="utf-8")
    assert names_in(path) == ["Hope Green", "Aisha Khan", "Kwabena Mensah"]


def test_short_names_made_of_small_words_are_no_heading(tmp_path):
    path = tmp_path / "people.txt"
    path.write_text("An To\nMai Do\nHope Green\n", encoding="utf-8")
    assert names_in(path) == ["An To", "Mai Do", "Hope Green"]
