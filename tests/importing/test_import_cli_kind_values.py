"""``wtfc import`` said "To read the rows skipped as unknown kind, import the file again with
--kind…" under a report counting a blank kind cell among them, which --kind cannot give (A25
M4). The advice now names the values it is for."""

from __future__ import annotations

from wtfc.importing.cli import main_import

SHEET = ("Person,Kind,Statement\nP01,Amber,My carer is sometimes late\nP02,Working,I like the "
         "lunch club\nP03,,I feel lonely\n")


def test_the_kind_advice_names_the_values_it_reads(tmp_path, capsys):
    source = tmp_path / "s.csv"
    source.write_text(SHEET, encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    out = capsys.readouterr().out
    assert "Row 4: unknown kind (the kind cell is blank)" in out
    assert ("To read the rows skipped for a kind value wtfc does not read ('Amber'), import the "
            "file again with --kind") in out
