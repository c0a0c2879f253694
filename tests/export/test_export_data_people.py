"""People's tags (age band, service type, locality) reach the data export: at the end of the
Cards sheet and on a People sheet, so a commissioner can tell whether what a theme says comes
from one locality or one service. They reached no output before."""

from __future__ import annotations

import csv
import io

import openpyxl
from export_checks import demo_workshop

from wtfc.export.data import data_tables, export_data
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Voice, Workshop

EARLIER_CARD_COLUMNS = [
    "Card id",
    "Kind",
    "Text",
    "Person",
    "Person's role",
    "Themes",
    "Source",
    "Tags",
]


def test_the_demos_cards_carry_their_peoples_tags_after_the_earlier_columns(tmp_path):
    [path] = export_data(demo_workshop(), tmp_path / "demo.xlsx")
    sheet = openpyxl.load_workbook(path)["Cards"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [*EARLIER_CARD_COLUMNS, "Age band", "Service type", "Locality"]
    p01 = [row for row in rows[1:] if row[3] == "P01"]
    assert p01 and all(
        row[8:] == ["75-84", "home care (personal budget)", "Riverside"] for row in p01
    )


def test_the_demos_people_sheet_lists_each_code_with_its_tags_and_cards(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-1] == "People"  # after the sheets of earlier exports
    rows = [[c.value for c in row] for row in book["People"].iter_rows()]
    assert rows[0][:6] == [
        "Person",
        "Person's role",
        "Age band",
        "Service type",
        "Locality",
        "Cards",
    ]
    people = {row[0]: row for row in rows[1:]}
    assert len(people) == 16
    assert people["P01"][1:5] == [
        "Older person",
        "75-84",
        "home care (personal budget)",
        "Riverside",
    ]
    shown = [c for c in demo.cards if not c.held_back]
    assert people["P01"][5] == sum(c.person == "P01" for c in shown)
    assert sum(row[5] for row in people.values()) == sum(1 for c in shown if c.person)


def test_the_people_csv_is_written_and_made_safe(tmp_path):
    ws = Workshop(
        title="Tags",
        people=[
            Person(
                id="P1",
                voice=Voice.STAFF,
                locality="=North",
                service_type="home care",
                age_band="85+",
            )
        ],
        cards=[Card(id="c1", kind=Kind.WORKING, text="Good", person="P1")],
    )
    written = export_data(ws, tmp_path / "out.csv")
    assert written[-1].name == "out-people.csv"
    rows = list(csv.reader(io.StringIO(written[-1].read_text("utf-8-sig"))))
    assert rows[1][:6] == ["P1", "Staff", "85+", "home care", "'=North", "1"]
    cards = list(csv.reader(io.StringIO(written[0].read_text("utf-8-sig"))))
    assert cards[1][-3:] == ["85+", "home care", "'=North"]


def test_held_back_cards_are_counted_apart_and_untagged_people_are_blank():
    ws = Workshop(
        title="Tags",
        people=[Person(id="P1"), Person(id="P2", locality="Hillside")],
        cards=[
            Card(id="c1", kind=Kind.WORKING, text="Fine", person="P1"),
            Card(
                id="c2",
                kind=Kind.WORKING,
                text="Doris is late",
                person="P2",
                personal_details=[PersonalDetail(start=0, end=5, category="name", text="Doris")],
            ),
            Card(id="c3", kind=Kind.WORKING, text="No code"),
        ],
    )
    tables = data_tables(ws)
    _, people = tables["people"]
    assert people == [["P1", "", "", "", "", 1, 0], ["P2", "", "", "", "Hillside", 0, 1]]
    _, cards = tables["cards"]
    assert [row[-3:] for row in cards] == [["", "", ""], ["", "", ""]]  # c2 is held back
