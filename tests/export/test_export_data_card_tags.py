"""The cards' own tags (an import's Locality, Age, Gender, Ethnicity, Team… columns) on the data
export's Cards sheet follow the people's small-cell rule. They were printed as imported: the one
97-year-old Somali man in Hillside was named by "Hillside; 97; Male; Somali" on the same row as
the Age band and Locality cells saying "(not shown, so no one can be recognised)", and "Sarah
Jones team; 14 Acacia Road LS6 2AB" went out unasked."""

from __future__ import annotations

import csv
import io

from wtfc.export.data import data_tables, export_data
from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import question, typed_details
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop

NORTH = ["North", "70-79", "Male", "White British"]
HILLSIDE = ["Hillside", "97", "Male", "Somali"]


def _cards_by_person(ws: Workshop) -> dict[str, set[str]]:
    header, rows = data_tables(ws)["cards"]
    tags, person = header.index("Tags"), header.index("Person")
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row[person], set()).add(row[tags])
    return found


def _tagged(*people: tuple[str, list[str]], voices: dict[str, Voice] | None = None) -> Workshop:
    voices = voices or {}
    return Workshop(
        title="Tags",
        people=[Person(id=code, voice=voices.get(code)) for code, _ in people],
        cards=[Card(id=f"{code}-{n}", kind=kind, text=f"Words {n}", person=code, tags=tags)
               for code, tags in people
               for n, kind in enumerate((Kind.WORKING, Kind.NOT_WORKING))],
    )


def test_the_one_97_year_old_somali_man_in_hillside_is_not_named_by_his_tags(tmp_path):
    ws = _tagged(("R1", HILLSIDE), *((f"R{i}", NORTH) for i in range(2, 7)))
    cards = _cards_by_person(ws)
    # "Male" alone is held by 6, but it is all that would be shown of R1, and he is the only
    # one whose shown tags are just that
    assert cards["R1"] == {HIDDEN}
    # and R1's was the one row reading "(not shown…)" beside 5 reading their tags: whoever
    # knew he took part had his cards, so the 5 read "(not shown…)" too (review code-a1 #2)
    assert {cards[f"R{i}"].pop() for i in range(2, 7)} == {HIDDEN}
    export_data(ws, tmp_path / "out.csv")
    text = (tmp_path / "out-cards.csv").read_text("utf-8-sig")
    assert "Somali" not in text and "97" not in text and "Hillside" not in text


def test_a_tag_fewer_than_five_people_have_is_hidden_and_the_rest_shown():
    ws = _tagged(("R1", ["North", "Polish"]), *((f"R{i}", ["North"]) for i in range(2, 6)))
    cards = _cards_by_person(ws)
    # R1 shares "North" with 4 others, but "North; (not shown…)" was R1's row alone, the one
    # whoever knows R1 is Polish finds: all 5 read "(not shown…)" (review code-a1 #2)
    assert cards["R1"] == {HIDDEN}
    assert cards["R2"] == {HIDDEN}
    # with 5 others, "North" stays: R1 beside 5 "North" rows reads "(not shown…)" alone, so
    # the 5 go too; with 5 Polish-and-North beside them, both groups read as 5
    ws = _tagged(*((f"R{i}", ["North", "Polish"]) for i in range(1, 6)),
                 *((f"R{i}", ["North"]) for i in range(6, 11)))
    cards = _cards_by_person(ws)
    assert cards["R1"] == {"North; Polish"} and cards["R6"] == {"North"}


def test_the_role_beside_the_tags_counts_too():
    """A Staff member is the one Staff "North": their role on the same row names them (the
    five other staff, in South, keep Staff shown)."""
    south = [(f"R{i}", ["South"]) for i in range(7, 12)]
    ws = _tagged(*((f"R{i}", ["North"]) for i in range(1, 7)), *south,
                 voices={"R1": Voice.STAFF} | {f"R{i}": Voice.OLDER_PERSON for i in range(2, 7)}
                 | {code: Voice.STAFF for code, _ in south})
    cards = _cards_by_person(ws)
    assert cards["R1"] == {HIDDEN}
    assert all(cards[f"R{i}"] == {"North"} for i in range(2, 7))


def test_a_role_hidden_groups_no_one_by_it():
    """The one member of staff's role is not shown, nor (so the counts by role cannot name
    them) the older people's: six "North" rows whose role is not shown are a group of six."""
    ws = _tagged(*((f"R{i}", ["North"]) for i in range(1, 7)),
                 voices={"R1": Voice.STAFF} | {f"R{i}": Voice.OLDER_PERSON for i in range(2, 7)})
    header, rows = data_tables(ws)["cards"]
    assert {row[header.index("Person's role")] for row in rows} == {HIDDEN}
    assert all(cells == {"North"} for cells in _cards_by_person(ws).values())


def test_a_card_with_no_person_is_nobody_so_makes_no_group_bigger():
    ws = Workshop(title="x", cards=[
        Card(id=f"c{i}", kind=Kind.WORKING, text="Good", tags=["Hillside"]) for i in range(8)])
    assert _cards_by_person(ws) == {"": {HIDDEN}}
    ws = _tagged(*((f"R{i}", ["North"]) for i in range(1, 6)))
    ws.cards.append(Card(id="anon", kind=Kind.WORKING, text="Good", tags=["North"]))
    assert _cards_by_person(ws)[""] == {"North"}


def test_a_name_and_an_address_in_tag_columns_are_named_at_import_and_hidden_in_the_data():
    rows = [["Name", "Kind", "Statement", "Team", "Area"],
            ["Mary Smith", "working", "My carer is kind", "Sarah Jones team",
             "14 Acacia Road LS6 2AB"],
            ["John Brown", "working", "I like the lunch club", "North team", "LS6 2AB"]]
    table = SourceTable(rows=[tuple(r) for r in rows], source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    said = "\n".join(plan.report.lines())
    assert "The Team ([name]) column may hold personal details" in said
    assert ("If they could identify someone and that column is not needed: Undo takes this "
            "import out: then import the file again with that column set to “Leave out”."
            ) in said
    # an Area is the person's locality, where a coarse tag is kept and an address is not
    assert ("“Area” held what may be personal details ([address], [postcode]): those cells "
            "were not kept.") in said
    assert [p.locality for p in plan.people] == ["", ""]
    for words in ("Sarah", "Acacia", "LS6"):  # the dialog may be on the projector
        assert words not in said
    ws = Workshop(title="x", people=plan.people, cards=plan.cards)
    assert _cards_by_person(ws) == {"P001": {HIDDEN}, "P002": {HIDDEN}}
    assert typed_details(ws, "data") == []  # nothing printed: nothing to ask


def test_a_name_in_a_tag_five_people_share_is_asked_about_before_the_data_export():
    rows = [["Person", "Kind", "Statement", "Team"]]
    rows += [[f"P0{i}", "working", f"My carer is kind {i}", "Sarah Jones team"]
             for i in range(1, 6)]
    table = SourceTable(rows=[tuple(r) for r in rows], source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    # the command line has no Undo: the copy saving kept is the way back
    said = "\n".join(plan.report.lines(taking_out="Open the copy, then import only the new rows."))
    assert "The Team ([name]) column may hold" in said
    assert ("that column is not needed: Open the copy, then import the file again with that "
            "column mapped with --map COLUMN=ignore.") in said
    ws = Workshop(title="x", people=plan.people, cards=plan.cards)
    assert _cards_by_person(ws)["P01"] == {"Sarah Jones team"}
    found = typed_details(ws, "data")
    assert [f.where for f in found] == ["A tag on the cards (from an import): “[name] team”"]
    assert "“[name] team”" in question(found)
    # no other export prints card tags
    for what in ("posters", "action-poster", "report", "feedback"):
        assert typed_details(ws, what) == [], what


def test_tag_columns_with_nothing_found_add_no_note():
    rows = [["Person", "Kind", "Statement", "Locality"],
            ["P01", "working", "Fine", "North"]]
    table = SourceTable(rows=[tuple(r) for r in rows], source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert "may hold personal details" not in "\n".join(plan.report.lines())


def test_the_csv_tags_cell_is_made_safe(tmp_path):
    ws = _tagged(*((f"R{i}", ["=North"]) for i in range(1, 6)))
    export_data(ws, tmp_path / "out.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "out-cards.csv").read_text("utf-8-sig"))))
    assert {row[7] for row in rows[1:]} == {"'=North"}


def test_every_spelling_of_a_tag_printed_is_asked_about_not_only_the_first():
    """The name finder goes by capitals: "sarah jones team" on the first card hid the
    "Sarah Jones team" the other cards printed, and the export asked nothing."""
    for first in ("sarah jones team", "SARAH JONES TEAM"):
        ws = _tagged(("R1", [first]), *((f"R{i}", ["Sarah Jones team"]) for i in range(2, 7)))
        cards = _cards_by_person(ws)
        assert cards["R2"] == {"Sarah Jones team"} and cards["R1"] == {first}
        found = typed_details(ws, "data")
        assert "A tag on the cards (from an import): “[name] team”" in [f.where for f in found]
