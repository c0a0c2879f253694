"""An export refuses to replace a workshop (code review A20 R2, M1, M2). The data as
``-o spring.csv`` writes spring-cards.csv, spring-themes.csv, … spring-people.csv and never
spring.csv, yet only spring.csv was checked: a workshop saved as "spring-people.csv" (wtfc opens
it by what it holds) was replaced without a word, by ``wtfc export data`` and by the app's Export
data → CSV alike. Every file written is checked now (the app's Save dialog:
tests/ui/test_export_not_over_other_workshop.py). And what is called a workshop is JSON with a
workshop's keys at its top level (tests/export/test_export_out_json_read_in_pieces.py): any JSON
naming "schema_version" was one, while a big workshop whose keys a tool sorted (schema_version
past the first 64 KiB) was not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from wtfc.export.cli import main_export
from wtfc.export.data import TABLES, csv_paths, data_tables, export_data
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop


def _workshop_at(path: Path) -> Path:
    shutil.copyfile(demo_path(), path)
    return path


def test_a_workshop_named_as_one_of_the_csv_tables_is_not_replaced(tmp_path, capsys):
    workshop = _workshop_at(tmp_path / "spring-people.csv")
    before = workshop.read_bytes()
    assert main_export(["data", "demo", "-o", str(tmp_path / "spring.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "Problem: 'spring-people.csv', one of the CSV files the data export as 'spring.csv' "
        "writes (one per table), holds a wtfc workshop (wtfc opens a workshop by what it "
        "holds, whatever its name ends in), so the export was not saved over it: the work in "
        "it would be lost. Nothing was saved.")
    assert workshop.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring-people.csv"]  # no table


def test_the_workshop_exported_from_as_a_table_file_is_not_replaced(tmp_path, capsys):
    workshop = _workshop_at(tmp_path / "day-cards.csv")
    assert main_export(["data", str(workshop), "-o", str(tmp_path / "day.csv")]) == 1
    assert "'day-cards.csv', one of the CSV files the data export as 'day.csv' writes (one " \
           "per table), is the workshop file you are exporting from." in capsys.readouterr().err
    assert load_workshop(workshop).workshop.cards


def test_a_workshop_at_the_name_given_which_csv_never_writes_is_left_alone(tmp_path, capsys):
    workshop = _workshop_at(tmp_path / "spring.csv")
    before = workshop.read_bytes()
    assert main_export(["data", "demo", "-o", str(workshop)]) == 0, capsys.readouterr().err
    assert workshop.read_bytes() == before
    assert (tmp_path / "spring-cards.csv").exists()


def test_the_files_checked_are_the_files_written(tmp_path):
    workshop = load_workshop(demo_path()).workshop
    assert list(data_tables(workshop)) == list(TABLES)
    out = tmp_path / "d.CSV"
    assert export_data(workshop, out) == csv_paths(out)


def test_json_that_wtfc_would_not_open_is_replaced(tmp_path, capsys):
    """{"name": "x", "schema_version": 1} is no workshop: no cards, themes or actions."""
    other = tmp_path / "json.pdf"
    other.write_text('{"name": "x", "schema_version": 1}', encoding="utf-8")
    assert main_export(["report", "demo", "-o", str(other)]) == 0, capsys.readouterr().err
    assert other.read_bytes().startswith(b"%PDF")


def test_a_big_workshop_with_its_keys_sorted_is_refused(tmp_path, capsys):
    """Keys sorted (jq -S, json.tool --sort-keys): schema_version after the cards, past the
    first 64 KiB, yet wtfc opens it."""
    data = json.loads(Path(demo_path()).read_text(encoding="utf-8"))
    spring = tmp_path / "spring.pdf"
    spring.write_text(json.dumps(data, indent=8, sort_keys=True, ensure_ascii=False),
                      encoding="utf-8")
    assert spring.read_bytes().find(b'"schema_version"') > 64 * 1024
    load_workshop(spring)  # wtfc opens it
    before = spring.read_bytes()
    assert main_export(["report", "demo", "-o", str(spring)]) == 1
    assert "'spring.pdf' holds a wtfc workshop" in capsys.readouterr().err
    assert spring.read_bytes() == before
