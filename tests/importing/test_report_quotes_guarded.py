"""The import report quotes a skipped row's kind cell as the preview shows it: a name in it
("Beth Jones") reads "[name]" on the report page and the command line (either may be on the
projector), where it showed in full; a kind cell with no name in it ("Amber") as written."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

ROWS = [("Person", "Kind", "Statement"), ("P01", "Working", "The bus is on time"),
        ("P02", "Not working", "Too many forms"), ("P03", "Beth Jones", "I like lunch club"),
        ("P04", "Amber", "The garden")]


def test_the_report_hides_a_name_in_a_kind_cell_and_keeps_other_words():
    table = SourceTable(rows=list(ROWS), source_name="reviews.csv")
    lines = build_import(table, guess_mapping(table), workshop=Workshop()).report.lines()
    assert "  Row 4: unknown kind ('[name]')" in lines
    assert "  Row 5: unknown kind ('Amber')" in lines
    assert "Beth" not in "\n".join(lines)


def test_the_command_line_says_it_the_same(tmp_path, capsys):
    source = tmp_path / "reviews.csv"
    source.write_text("\n".join(",".join(row) for row in ROWS) + "\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    said = capsys.readouterr().out
    assert "Row 4: unknown kind ('[name]')" in said and "Beth" not in said
