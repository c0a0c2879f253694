"""The data export as "SPRING.CSV" writes a CSV file per table (SPRING-cards.csv, …
SPRING-people.csv) just as "spring.csv" does, so each of them is checked before it is written: a
workshop saved as "SPRING-people.csv" must not be replaced because the name was typed in capitals
(mutation check M1, session 35: ``files_written`` compared the ending case-sensitively)."""

from __future__ import annotations

import shutil

from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path


def test_a_workshop_named_as_a_table_of_an_upper_case_csv_export_is_not_replaced(tmp_path, capsys):
    workshop = tmp_path / "SPRING-people.csv"
    shutil.copyfile(demo_path(), workshop)
    before = workshop.read_bytes()
    assert main_export(["data", "demo", "-o", str(tmp_path / "SPRING.CSV")]) == 1
    assert "'SPRING-people.csv', one of the CSV files the data export as 'SPRING.CSV' writes" \
        in capsys.readouterr().err
    assert workshop.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["SPRING-people.csv"]  # no table
