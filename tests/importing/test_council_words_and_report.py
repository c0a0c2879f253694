"""What councils' own spreadsheets say, and a report a facilitator can read: the headings and
kind words review teams use ("Working well", "WW", "Not working well"), and an import report
that keeps what matters (what was read, what was skipped and why) and leaves out how the text
was decoded or split."""

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.kind_values import KindValues
from wtfc.importing.mapping import Field, field_for_heading, guess_mapping
from wtfc.importing.report import ImportReport
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable, source_in_sentence
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.workshop import Kind, Workshop


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("Working well", Kind.WORKING),
        ("WW", Kind.WORKING),
        ("What's working well?", Kind.WORKING),
        ("Works well", Kind.WORKING),
        ("What went well", Kind.WORKING),
        ("Strengths", Kind.WORKING),
        ("Not working well", Kind.NOT_WORKING),
        ("NWW", Kind.NOT_WORKING),
        ("What's not working well?", Kind.NOT_WORKING),
        ("Not working so well", Kind.NOT_WORKING),
        ("Doesn't work", Kind.NOT_WORKING),
        ("Could be better", Kind.NOT_WORKING),
        ("Needs to change", Kind.NOT_WORKING),
        ("Concerns", Kind.NOT_WORKING),
        ("Important for the future", Kind.FUTURE),
        ("What's important for the future?", Kind.FUTURE),
        ("Hopes for the future", Kind.FUTURE),
        ("Wishes", Kind.FUTURE),
        ("Aspirations", Kind.FUTURE),
        ("Goals", Kind.FUTURE),
        ("Worried", Kind.NOT_WORKING),
        # Welsh
        ("Yn gweithio", Kind.WORKING),
        ("Beth sy'n gweithio", Kind.WORKING),
        ("Ddim yn gweithio", Kind.NOT_WORKING),
        ("Beth sydd ddim yn gweithio", Kind.NOT_WORKING),
        ("Dyfodol", Kind.FUTURE),
        ("Pwysig ar gyfer y dyfodol", Kind.FUTURE),
    ],
)
def test_council_kind_words_are_known(value, kind):
    assert KindValues.default().kind_of(value) == kind


def test_amber_is_still_asked_about():
    """Red/amber/green: amber can mean either, so the facilitator says which."""
    assert KindValues.default().kind_of("amber") is None


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Working well 1", Field.WORKING),
        ("WW 1", Field.WORKING),
        ("WW2", Field.WORKING),
        ("Not working well 1", Field.NOT_WORKING),
        ("NWW 2", Field.NOT_WORKING),
        ("Not going well", Field.NOT_WORKING),  # was taken for "going well"
        ("What doesn't work", Field.NOT_WORKING),
        ("Could be better 1", Field.NOT_WORKING),
        ("WW / NWW", Field.KIND),
        # Welsh
        ("Math", Field.KIND),
        ("Datganiad", Field.TEXT),
        ("Yn gweithio 1", Field.WORKING),
        ("Beth sy'n gweithio?", Field.WORKING),
        ("Ddim yn gweithio 1", Field.NOT_WORKING),
        ("Beth sydd ddim yn gweithio?", Field.NOT_WORKING),
        ("Pwysig ar gyfer y dyfodol", Field.FUTURE),
    ],
)
def test_council_headings_are_recognised(heading, field):
    assert field_for_heading(heading) == field


def test_a_sheet_with_working_well_values_imports_every_row():
    table = read_pasted_text(
        "Person\tType\tStatement\n"
        "P01\tWorking well\tMy carer has time for a chat\n"
        "P01\tNot working well\tNobody tells me who is coming\n"
        "P02\tWW\tThe lunch club\n"
        "P02\tNWW\tCold dinners\n"
    )
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.kind for c in plan.cards] == [
        Kind.WORKING, Kind.NOT_WORKING, Kind.WORKING, Kind.NOT_WORKING]
    assert plan.report.skipped == []


def test_a_welsh_sheet_imports_every_row_with_no_questions():
    table = SourceTable(
        rows=[("Person", "Math", "Datganiad"),
              ("P60", "Yn gweithio", "Mae fy ngofalwr yn garedig"),
              ("P61", "Ddim yn gweithio", "Mae'r bwyd yn oer"),
              ("P62", "Dyfodol", "Hoffwn fynd i'r ardd"),
              ("P63", "Pwysig ar gyfer y dyfodol", "Gweld fy wyres")],
        source_name="adolygiadau.xlsx")
    mapping = guess_mapping(table)
    assert mapping.fields == (Field.PERSON, Field.KIND, Field.TEXT) and mapping.certain
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.kind for c in plan.cards] == [
        Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE, Kind.FUTURE]
    assert plan.report.skipped == []


def test_a_wide_sheet_headed_ww_and_nww_needs_no_questions():
    table = SourceTable(
        rows=[("Person", "WW 1", "WW 2", "NWW 1", "Future 1"),
              ("P01", "Lunch club", "My dog", "Carers rush", "See my sister")],
        source_name="reviews.xlsx")
    mapping = guess_mapping(table)
    assert mapping.certain and mapping.layout == "wide"
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.kind for c in plan.cards] == [
        Kind.WORKING, Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE]


def test_the_report_of_pasted_cells_reads_as_sentences_without_technical_lines():
    table = read_pasted_text("Person\tKind\tStatement\nP01\tred\tLate again\n")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    lines = plan.report.lines()
    assert lines[0] == "Imported from the pasted cells."
    assert not any("encoding" in line.casefold() for line in lines)
    assert not any("separated by" in line for line in lines)
    assert not any("Pasted text" in line for line in lines)
    assert "1 card added from 1 row." in lines  # what matters stays


def test_the_report_of_a_csv_leaves_out_utf8_and_commas(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("Person,Kind,Statement\nP01,red,Late again\n", encoding="utf-8")
    table = read_source(path)
    lines = build_import(table, guess_mapping(table), workshop=Workshop()).report.lines()
    assert lines[0] == "Imported from reviews.csv."
    assert not any("UTF-8" in line or "commas" in line for line in lines)


def test_a_windows_csv_says_to_check_accented_letters(tmp_path):
    """Read as Windows-1252 is the one reading that can go wrong in a way people see."""
    path = tmp_path / "reviews.csv"
    path.write_bytes("Person,Kind,Statement\nP01,red,Café closed\n".encode("cp1252"))
    table = read_source(path)
    lines = build_import(table, guess_mapping(table), workshop=Workshop()).report.lines()
    assert any("accented letters" in line and "Windows" in line for line in lines)


def test_the_source_is_named_mid_sentence_without_a_capital():
    pasted = read_pasted_text("Kind\tStatement\nred\tLate again\n")
    assert pasted.source_name == "Pasted text"  # at the start of a message
    assert source_in_sentence(pasted.source_name) == "the pasted cells"
    assert source_in_sentence("reviews.xlsx") == "reviews.xlsx"


def test_nothing_imported_from_pasted_cells_reads_as_a_sentence():
    table = read_pasted_text("Kind\tStatement\n")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert plan.nothing_imported_reason() == (
        "Nothing could be imported: there are no rows of statements in the pasted cells.")


def test_the_summary_still_opens_the_command_line_report():
    report = ImportReport(source="reviews.csv", rows_read=2, cards_added=2)
    assert report.lines()[:2] == ["Imported from reviews.csv.", "2 cards added from 2 rows."]


@pytest.mark.parametrize(("cards", "rows", "people", "summary", "people_line"), [
    (1, 1, 1, "1 card added from 1 row.", "1 person added (by code, never by name)."),
    (1200, 1201, 2, "1,200 cards added from 1,201 rows.",
     "2 people added (by code, never by name)."),
])
def test_the_report_counts_in_the_singular_and_the_plural(cards, rows, people, summary,
                                                          people_line):
    report = ImportReport(source="reviews.csv", rows_read=rows, cards_added=cards,
                          people_added=people)
    assert report.summary() == summary
    assert people_line in report.lines()


def test_the_skip_forecast_counts_what_the_import_then_skips():
    """Said beside Import before importing; the report then lists the same rows."""
    from wtfc.importing.skip_forecast import forecast_skips

    rows = [("Person", "Kind", "Statement"), ("P01", "amber", "I wait"), ("P02", "", "Cold"),
            ("P03", "red", ""), ("P04", "red", "x" * 2001), ("P05", "red", "Fine"),
            ("P06", "amber", "")]
    table = SourceTable(rows=rows, source_name="reviews.xlsx")
    mapping = guess_mapping(table)
    skips = forecast_skips(table, mapping)
    plan = build_import(table, mapping, workshop=Workshop())
    assert skips.total == len(plan.report.skipped) == 5
    assert skips.asked == ["amber"] and skips.unknown == {"amber": 1}
    assert skips.describe() == (
        "⚠ Import will skip 5 rows: 1 with a kind not known yet (“amber”), 1 with no kind, "
        "2 with no statement, 1 too long for a card. Say what it means under “How the kinds "
        "are written” to keep them.")
