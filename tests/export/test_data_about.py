"""The data export says which workshop it is from and what its sheets hold (About this data,
the workbook's Title and Author), filters from its heading rows, keeps typed "#N/A" as words,
and keeps its totals apart with labels that stay the same from one export to the next."""

from __future__ import annotations

import datetime as dt

import openpyxl
from export_checks import demo_workshop

from wtfc.export.data import data_tables, export_data
from wtfc.export.data_about import AUTHOR
from wtfc.export.data_counts import by_group
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop

TODAY = dt.date(2026, 11, 30)


def test_the_about_sheet_names_the_workshop_and_every_sheet(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-1] == "About this data"
    assert book.properties.title == demo.title  # File ▸ Info, and Power BI's source name
    assert book.properties.creator == AUTHOR != "openpyxl"
    about = {r[0]: r[1] for r in book["About this data"].iter_rows(min_row=2, values_only=True)}
    assert about["Workshop"] == demo.title
    assert about["Workshop date"] == dt.datetime.combine(demo.date, dt.time())  # a date cell
    assert about["Venue"] == demo.venue
    assert about["Exported on"].date() == dt.date.today()
    assert about["Made with"].startswith("wtfc ")
    assert HIDDEN in about["People not shown"] and "subtraction" in about["People not shown"]
    assert [k for k in about if k.startswith("Sheet: ")] == [
        f"Sheet: {name}" for name in book.sheetnames]
    assert "counted in each" in about["Sheet: Themes"]  # what Themes ▸ Cards counts
    cards = next(c for c in book["Themes"][1] if c.value == "Cards")
    assert "counted in each" in cards.comment.text  # and on the heading itself
    written = export_data(demo, tmp_path / "demo.csv")
    [csv_about] = [p for p in written if p.name == "demo-about.csv"]
    text = csv_about.read_text("utf-8-sig")
    assert demo.title in text and demo.date.isoformat() in text


def test_every_sheet_filters_from_its_heading_row(tmp_path):
    [path] = export_data(demo_workshop(), tmp_path / "demo.xlsx")
    for sheet in openpyxl.load_workbook(path):
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
            f"{sheet.max_row}", sheet.title


def test_a_typed_excel_error_stays_words(tmp_path):
    """An owner typed "#N/A" and resources "#REF!" were error cells: Power Query reported row
    errors. They are text, quote-prefixed as the formula guard's are."""
    ws = demo_workshop()
    ws.actions[0].owner, ws.actions[0].resources = "#N/A", "#REF!"
    [path] = export_data(ws, tmp_path / "edge.xlsx")
    cells = [c for row in openpyxl.load_workbook(path)["Actions"].iter_rows() for c in row]
    typed = [c for c in cells if c.value in ("#N/A", "#REF!")]
    assert len(typed) == 2
    assert all(c.data_type == "s" and c.quotePrefix for c in typed)
    assert not any(c.data_type == "e" for c in cells)
    written = export_data(ws, tmp_path / "edge.csv")
    [actions] = [p for p in written if p.name == "edge-actions.csv"]
    assert "'#N/A" in actions.read_text("utf-8-sig")  # Excel opens a CSV's #N/A as an error


def test_counts_keep_totals_apart_and_labels_the_same_every_export(tmp_path):
    demo = demo_workshop()
    header, rows = data_tables(demo, today=TODAY)["counts"]
    assert header == ["Counted", "Group", "How many", "Is total", "As of", "Part of All"]
    counts = by_group(rows)
    for counted in ("Cards", "People"):
        # a pivot of Part of All = yes adds up to All; Is total = no alone did not (130 vs 94
        # cards: "Not in any theme" and "Held back" counted again)
        parts = [r for r in rows if r[0] == counted and r[5] == "yes"]
        assert len(parts) == (3 if counted == "Cards" else 4)
        assert sum(r[2] for r in parts) == counts[counted, "All"], counted
    assert not any(r[5] == "yes" for r in rows if r[0] in ("Themes", "Actions"))
    assert {r[4] for r in rows} == {TODAY}
    # role words as the People sheet spells them (the demo's 3 family carers and 1 member of
    # staff hide every role there, so 5 older people and 5 family carers say it)
    voices = [Voice.OLDER_PERSON] * 5 + [Voice.FAMILY_CARER] * 5
    five = Workshop(title="x", people=[Person(id=f"P{i}", voice=v) for i, v in enumerate(voices)],
                    cards=[Card(id=f"c{i}", kind=Kind.WORKING, text="Fine.", person=f"P{i}")
                           for i in range(10)])
    tables = data_tables(five, today=TODAY)
    people = {r[1] for r in tables["people"][1]}
    assert people == {"Older person", "Family carer"}
    assert {group for counted, group in by_group(tables["counts"][1]) if counted == "People"} \
        >= people
    assert counts["People", "Older person"] == 12
    later = data_tables(demo, today=dt.date(2027, 6, 1))["counts"][1]
    assert [r[:2] for r in later] == [r[:2] for r in rows]
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    sheet = openpyxl.load_workbook(path)["Counts"]
    assert all(isinstance(c.value, int) for c in sheet["C"][1:])
    assert all(isinstance(c.value, dt.datetime) and c.number_format == "d mmm yyyy"
               for c in sheet["E"][1:])


def test_the_title_and_venue_it_now_prints_are_asked_about_first():
    """The About sheet and the workbook's Title print them: the guard reads them for a data
    export as it does for the report."""
    from wtfc.importing.typed_details import typed_details

    ws = demo_workshop()
    ws.title, ws.venue = "Review for Mrs Patel, 07700 900123", "Flat 3, 12 Acacia Avenue"
    said = [d.where for d in typed_details(ws, "data")]
    assert any(w.startswith("The workshop's title:") for w in said)
    assert "07700" not in " ".join(said)
    assert any(w.startswith("The workshop's venue:") for w in said)
