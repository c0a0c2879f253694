"""An import whose cards get no person says so in its report, in the app and on the command line,
and names a left-out column of codes to use as the person: the mapping step says it before
Import, but the command line has no mapping step and the report is what stays."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.workshop import Workshop

NO_PERSON = "No column gave the person, so these cards have no person"


def _csv(tmp_path, rows):
    path = tmp_path / "reviews.csv"
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return read_source(path)


def test_a_left_out_column_of_codes_is_named_with_the_way_to_use_it(tmp_path):
    table = _csv(tmp_path, [("Ref no.", "Kind", "Statement"),
                            ("P01", "Working", "My carer is kind"),
                            ("p2", "Not working", "Nobody rings back"),
                            ("P03", "Future", "I want to garden again")])
    mapping = guess_mapping(table).with_field(0, Field.IGNORE)
    report = build_import(table, mapping, workshop=Workshop()).report
    app = " ".join(report.lines())
    assert NO_PERSON in app
    assert ("“Ref no.” looks like person codes: Undo takes this import out: then import the "
            "file again with “Ref no.” as Person.") in app
    cli = " ".join(report.lines(taking_out="'x.wtfc.bak' holds it: open it; then import only "
                                           "the new rows."))
    assert "then import the file again with --map 'Ref no.=person'." in cli


def test_with_no_codes_anywhere_it_says_so_without_an_offer(tmp_path):
    table = _csv(tmp_path, [("Kind", "Statement"), ("Working", "My carer is kind"),
                            ("Future", "I want to garden again")])
    report = build_import(table, guess_mapping(table), workshop=Workshop()).report
    lines = report.lines()
    assert any(line.startswith(NO_PERSON) and "looks like" not in line for line in lines)


def test_nothing_is_said_when_a_column_gives_the_person(tmp_path):
    table = _csv(tmp_path, [("Ref no.", "Kind", "Statement"), ("P01", "Working", "Kind carer")])
    report = build_import(table, guess_mapping(table), workshop=Workshop()).report
    assert report.people_added == 1 and NO_PERSON not in " ".join(report.lines())
