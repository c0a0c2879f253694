"""``--map`` where a heading is also a column's letter, or starts with "column"/"heading"
("Column 1", as LibreOffice heads a column with none): the report's advice has one reading, and
pasted into bash as printed it takes the column of codes. A plain ``--map A=person`` or
``--map 'Column 1=person'`` that could be either column is refused with both forms, never read
as one."""

from __future__ import annotations

import csv
import re
import subprocess

import pytest

from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop

KINDS = ("Working", "Not working", "Future")


def _write(path, headings, person_at):
    rows = [headings]
    for person in range(1, 7):
        for k, kind in enumerate(KINDS):
            row = ["65+"] * len(headings)
            row[person_at] = f"P{person:02d}"
            row[headings.index("Statement")] = f"Person {person} says thing {k}"
            row[headings.index("Kind")] = kind
            rows.append(row)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _advised_in_bash(tmp_path, capsys, source):
    """The command line's advice, pasted after the command as printed: the people it gives."""
    assert main_import([str(source), "--into", str(tmp_path / "first.wtfc")]) == 0
    said = capsys.readouterr().out
    advice = re.search(r"import the file again with (--map .*)\.\n", said).group(1)
    # bash splits and unquotes the advice as pasted; the words it would pass are run here (a
    # second interpreter cost ~0.3 s a test; test_cli_leave_out_unsure.py runs `-m wtfc import`)
    ran = subprocess.run(["bash", "-c", f"printf '%s\\0' {advice}"], capture_output=True,
                         text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    words = ran.stdout.split("\0")[:-1]
    assert main_import([str(source), "--into", str(tmp_path / "again.wtfc"), *words]) == 0, \
        capsys.readouterr().err
    cards = load_workshop(tmp_path / "again.wtfc").workshop.cards
    return advice, {card.person for card in cards}


def test_a_column_headed_with_a_letter_is_advised_by_heading_and_the_advice_works(
        tmp_path, capsys):
    source = _write(tmp_path / "reviews.csv", ["C", "Statement", "Kind"], 0)
    advice, people = _advised_in_bash(tmp_path, capsys, source)
    assert advice == "--map 'heading C=person'"  # "C" alone reads as column C, the kinds
    assert people == {f"P{n:02d}" for n in range(1, 7)}


def test_codes_advised_by_letter_are_not_taken_from_a_column_headed_with_that_letter(
        tmp_path, capsys):
    """Column A's heading is not its own, so the advice goes by letter; column E is headed
    "A": --map A=person took it (1 person, "65+")."""
    source = _write(tmp_path / "reviews.csv", ["Reviewer", "Reviewer", "Statement", "Kind", "A"], 0)
    advice, people = _advised_in_bash(tmp_path, capsys, source)
    assert advice == "--map 'column A=person'"
    assert people == {f"P{n:02d}" for n in range(1, 7)}


def test_a_plain_letter_that_is_another_columns_heading_is_refused(tmp_path, capsys):
    source = _write(tmp_path / "reviews.csv", ["Who", "Statement", "Kind", "A"], 0)
    into = tmp_path / "out.wtfc"
    assert main_import([str(source), "--into", str(into), "--map", "A=person"]) == 2
    assert capsys.readouterr().err == (
        "Nothing was imported. --map A=person: 'A' is the heading of column D and the letter "
        "of column A. Write --map 'heading A=person' for the column headed 'A', or --map "
        "'column A=person' for column A.\n")
    assert not into.exists()


def test_a_heading_starting_with_heading_or_column_and_one_holding_equals_still_map(
        tmp_path, capsys):
    source = _write(tmp_path / "reviews.csv", ["Code=reviewer", "Statement", "Kind",
                                               "Column notes"], 0)
    into = tmp_path / "out.wtfc"
    assert main_import([str(source), "--into", str(into), "--map", "Code=reviewer=person",
                        "--map", "Column notes=tag"]) == 0
    capsys.readouterr()
    cards = load_workshop(into).workshop.cards
    assert {card.person for card in cards} == {f"P{n:02d}" for n in range(1, 7)}
    assert {tag for card in cards for tag in card.tags} == {"65+"}


@pytest.mark.parametrize("headings", [
    ["Kind", "Statement", "Column 1"],  # LibreOffice's heading for a column with none
    ["Locality", "Statement", "Kind", "Column B"],  # plain, it read as column B
    ["Statement", "Kind", "Heading Kind"],  # plain, it read as the column headed "Kind"
])
def test_a_heading_starting_with_column_or_heading_is_advised_so_the_advice_takes_it(
        tmp_path, capsys, headings):
    """Pasted, the advice --map 'Column 1=person' took column A: the kinds (nothing imported)
    or, with a locality there, each locality as a person."""
    source = _write(tmp_path / "reviews.csv", headings, len(headings) - 1)
    advice, people = _advised_in_bash(tmp_path, capsys, source)
    assert advice == f"--map 'heading {headings[-1]}=person'"
    assert people == {f"P{n:02d}" for n in range(1, 7)}


def test_a_heading_that_also_reads_as_another_column_is_refused_and_both_forms_work(
        tmp_path, capsys):
    source = _write(tmp_path / "reviews.csv", ["Locality", "Statement", "Kind", "Column 1"],
                    3)
    into = tmp_path / "out.wtfc"
    assert main_import([str(source), "--into", str(into), "--map", "Column 1=person"]) == 2
    assert capsys.readouterr().err == (
        "Nothing was imported. --map Column 1=person: 'Column 1' is the heading of column D, "
        "and also reads as column A. Write --map 'heading Column 1=person' for the column "
        "headed 'Column 1', or --map 'column A=person' for column A.\n")
    assert not into.exists()
    # column A's one locality ("65+") is one person; column D holds the six codes
    for form, people in (("heading Column 1=person", 6), ("column A=person", 1)):
        into = tmp_path / f"{form.split()[0]}.wtfc"
        assert main_import([str(source), "--into", str(into), "--map", form]) == 0, form
        assert len({c.person for c in load_workshop(into).workshop.cards}) == people, form
