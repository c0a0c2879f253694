"""A sheet's kind column in the method's own words is read (review 35 R3-R5): "What people
wanted in the future" (the blue cards, as the method's own story writes them), "What I want
for the future", "What he wanted in the future"… were all skipped by `wtfc import` as unknown
kinds, with no word of the --kind option that reads them, while the sheet's green and red
rows went in."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.cli import main_import
from wtfc.model.kind_values import KindValues
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind

FUTURE = ["What they want in the future", "What people wanted in the future",
          "Wants for the future", "In the future", "What I want for the future",
          "What he wanted in the future", "What would you like in the future"]


@pytest.mark.parametrize(("value", "kind"), [
    *((value, Kind.FUTURE) for value in FUTURE),
    ("What we want for the future", Kind.FUTURE),
    ("What I would like in the future", Kind.FUTURE),  # A25 M4
    ("What I’d like for the future", Kind.FUTURE),
    ("What is working in my life", Kind.WORKING),
    ("What's working in their life", Kind.WORKING),
    ("What is not working in my life", Kind.NOT_WORKING),
    ("What was not going well", Kind.NOT_WORKING),
])
def test_the_methods_words_are_read_as_their_kind(value, kind):
    assert KindValues.default().kind_of(value) is kind


def _sheet(tmp_path: Path, kinds: list[str]) -> Path:
    sheet = tmp_path / "reviews.csv"
    sheet.write_text("person,kind,text\n" + "".join(
        f"P{n % 3 + 1},{kind},statement {n}\n" for n, kind in enumerate(kinds)),
        encoding="utf-8")
    return sheet


def test_wtfc_import_makes_a_blue_card_of_every_row(tmp_path, capsys):
    into = tmp_path / "t.wtfc"
    assert main_import([str(_sheet(tmp_path, FUTURE)), "--into", str(into)]) == 0
    cards = load_workshop(into).workshop.cards
    assert len(cards) == len(FUTURE) and {c.kind for c in cards} == {Kind.FUTURE}
    assert "unknown kind" not in capsys.readouterr().out


def test_rows_skipped_for_a_kind_it_does_not_know_are_told_the_option_that_reads_them(
        tmp_path, capsys):
    into = tmp_path / "t.wtfc"
    sheet = _sheet(tmp_path, ["Blauw", "Blauw", "Working"])
    assert main_import([str(sheet), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "Skipped as unknown kind: 2." in out
    assert 'import the file again with --kind "VALUE=KIND"' in out
    # as it says: again with the option, the two rows are read and the one added is not twice
    assert main_import([str(sheet), "--into", str(into), "--kind", "Blauw=future"]) == 0
    cards = load_workshop(into).workshop.cards
    assert sorted(c.kind for c in cards) == sorted([Kind.FUTURE, Kind.FUTURE, Kind.WORKING])
    assert "--kind" not in capsys.readouterr().out.replace("--own-codes", "")


def test_a_blank_kind_cell_is_not_told_of_the_option(tmp_path, capsys):
    main_import([str(_sheet(tmp_path, ["", "Working"])), "--into", str(tmp_path / "t.wtfc")])
    assert "--kind" not in capsys.readouterr().out
