"""People's tags (age band, service type, locality) reach the data export: at the end of the
Cards sheet and on a People sheet, so a commissioner can tell whether what a theme says comes
from one locality or one service. They reached no output before. A group of fewer than 5
people (a tag value, or a person's role and tags together) is never shown, as in the report."""

from __future__ import annotations

import csv
import io

import openpyxl
from export_checks import demo_workshop

from wtfc.export.data import data_tables, export_data
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Voice, Workshop

TAGS_SHOWN_NOT = [HIDDEN] * 3

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
    assert rows[0] == [*EARLIER_CARD_COLUMNS, "Age band", "Service type", "Locality",
                       "Theme ids"]
    # P01 is one of Riverside's 4 (the report does not name it either) and the only one on
    # a personal budget; the demo's tags of 5 or more are "85+" and "75-84" (every role is
    # hidden, the 4 not older people's with the rest, so a P09 of 75-84 reads as the others)
    p01 = [row for row in rows[1:] if row[3] == "P01"]
    assert p01 and all(row[8:11] == ["75-84", HIDDEN, HIDDEN] for row in p01)
    p02 = [row for row in rows[1:] if row[3] == "P02"]
    assert p02 and all(row[8:11] == ["85+", HIDDEN, HIDDEN] for row in p02)


def test_the_demos_people_sheet_lists_each_code_with_its_tags_and_cards(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    # after the sheets of earlier exports, before the later ones
    assert book.sheetnames[-3:] == ["People", "Card themes", "About this data"]
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
    assert people["P01"][1:5] == [HIDDEN, "75-84", HIDDEN, HIDDEN]
    shown = [c for c in demo.cards if not c.held_back]
    assert people["P01"][5] == sum(c.person == "P01" for c in shown)
    assert sum(row[5] for row in people.values()) == sum(1 for c in shown if c.person)


def test_the_people_csv_is_written_and_made_safe(tmp_path):
    ws = Workshop(
        title="Tags",
        people=[
            Person(
                id=f"P{i}",
                voice=Voice.STAFF,
                locality="=North",
                service_type="home care",
                age_band="85+",
            )
            for i in range(1, 6)
        ],
        cards=[
            Card(id=f"c{i}", kind=Kind.WORKING, text="Good", person=f"P{i}") for i in range(1, 6)
        ],
    )
    written = export_data(ws, tmp_path / "out.csv")
    assert written[-3].name == "out-people.csv"
    rows = list(csv.reader(io.StringIO(written[-3].read_text("utf-8-sig"))))
    assert rows[1][:6] == ["P1", "Staff", "85+", "home care", "'=North", "1"]
    cards = list(csv.reader(io.StringIO(written[0].read_text("utf-8-sig"))))
    assert cards[1][-4:-1] == ["85+", "home care", "'=North"]


def test_held_back_cards_are_counted_apart_and_two_untagged_people_are_hidden():
    """P2's only card is held back: the export says nothing of P2, not even a row of tags.
    A blank fewer than 5 rows share is hidden like a value: 2 people with no role or tags are
    2 rows, and nobody's row may be one of fewer than 5 (review code-a1 #2)."""
    ws = Workshop(
        title="Tags",
        people=[Person(id="P1"), Person(id="P2", locality="Hillside"), Person(id="P3")],
        cards=[
            Card(id="c1", kind=Kind.WORKING, text="Fine", person="P1"),
            Card(id="c4", kind=Kind.WORKING, text="Kind", person="P3"),
            Card(
                id="c5",
                kind=Kind.WORKING,
                text="Ring Jo",
                person="P3",
                personal_details=[PersonalDetail(start=5, end=7, category="name", text="Jo")],
            ),
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
    hidden = [HIDDEN] * 4
    assert people == [["P1", *hidden, 1, 0], ["P3", *hidden, 1, 1]]
    _, cards = tables["cards"]
    assert [row[0] for row in cards] == ["c1", "c4", "c3"]  # c2 and c5 are held back
    # c3 has no person: nobody's tags, so blank
    assert [row[-4:-1] for row in cards] == [[HIDDEN] * 3, [HIDDEN] * 3, ["", "", ""]]
