"""Person codes after a merge (Collect → Rename person code…, P7 into P07), in a new session:
the same spreadsheet again adds nothing and P7 stays merged; a later one that still says P7
gives its rows to P07, as the file remembers the merge (format 5), and its report says so. A
code only typed like another (never merged) is a person of its own, and the report says how to
merge them. A name's fresh code is never one typed like a code already there (P001 beside
P1)."""

from __future__ import annotations

from import_files import write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.people import rename_person
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

HEAD = ["Person", "Kind", "Statement"]
CODES = [
    HEAD,
    ["P07", "Working", "The lunch club is great"],
    ["P7", "Not working", "Buses stop at six"],
    ["P08", "Working", "My neighbour helps"],
]
LATER = [
    HEAD,
    ["P09", "Working", "A good GP"],
    ["P10", "Working", "The library van"],
    ["P11", "Not working", "No dentist"],
    ["P7", "Future", "See my grandson more"],
]
MERGE_P7 = (
    "P7 is a new code in this workshop, but it is P07 typed another way (case, dashes and "
    "leading zeros aside). If they are one person, merge P7 into P07 with Collect → Rename "
    "person code… (Alt+P)."
)

MERGED_P7 = "P7 is on P07's cards (merged earlier)."


def _import(doc, path):
    table = read_source(path)
    plan = build_import(
        table,
        guess_mapping(table),
        workshop=doc.workshop,
        person_codes=dict(doc.import_person_codes),
    )
    if plan.cards:
        import_edit(doc, plan).do(doc)
        doc.import_person_codes = dict(plan.person_codes)
    return plan


def _merged_and_reopened(tmp_path) -> Document:
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "codes.xlsx", CODES))
    rename_person(doc, old="P7", new="P07").do(doc)
    save_workshop(doc.workshop, tmp_path / "w.wtfc", backup=False)
    return Document(load_workshop(tmp_path / "w.wtfc").workshop)  # a new session


def _people(doc):
    return sorted(p.id for p in doc.workshop.people)


def test_the_same_spreadsheet_again_keeps_the_merge(tmp_path):
    doc = _merged_and_reopened(tmp_path)
    plan = _import(doc, tmp_path / "codes.xlsx")
    assert plan.cards == [] and _people(doc) == ["P07", "P08"]
    assert MERGE_P7 not in plan.report.lines()


def test_a_later_spreadsheet_saying_p7_gives_its_rows_to_p07(tmp_path):
    doc = _merged_and_reopened(tmp_path)
    plan = _import(doc, write_xlsx(tmp_path / "later.xlsx", LATER))
    assert ("P07", "See my grandson more") in [(c.person, c.text) for c in plan.cards]
    assert _people(doc) == ["P07", "P08", "P09", "P10", "P11"]  # P7 is not back
    assert plan.report.people_added == 3
    assert plan.report.lines()[-1] == MERGED_P7
    assert MERGE_P7 not in plan.report.lines()
    again = _import(doc, tmp_path / "later.xlsx")  # the same later file again: nothing new
    assert again.cards == [] and MERGED_P7 not in again.report.lines()


def test_undoing_the_merge_forgets_it_and_redoing_remembers_it(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "codes.xlsx", CODES))
    merge = rename_person(doc, old="P7", new="P07")
    merge.do(doc)
    merge.undo(doc)  # P7 is its own person again, and no merge is remembered
    plan = _import(Document(doc.workshop), write_xlsx(tmp_path / "later.xlsx", LATER))
    assert ("P7", "See my grandson more") in [(c.person, c.text) for c in plan.cards]
    assert MERGED_P7 not in plan.report.lines()
    merge.do(doc)  # redone: remembered again
    plan = _import(Document(doc.workshop), tmp_path / "later.xlsx")
    assert ("P07", "See my grandson more") in [(c.person, c.text) for c in plan.cards]
    assert plan.report.lines()[-1] == MERGED_P7


def test_a_later_spreadsheet_saying_a_code_only_typed_like_another_says_so(tmp_path):
    """P7 never merged: a person of its own, and the report says how to merge it."""
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "codes.xlsx", CODES[:2] + CODES[3:]))
    plan = _import(doc, write_xlsx(tmp_path / "later.xlsx", LATER))
    assert ("P7", "See my grandson more") in [(c.person, c.text) for c in plan.cards]
    assert "P7" in _people(doc)
    assert plan.report.lines()[-1] == MERGE_P7
    rename_person(doc, old="P7", new="P07").do(doc)
    assert _people(doc) == ["P07", "P08", "P09", "P10", "P11"]


def test_codes_typed_alike_within_one_file_are_said_together(tmp_path):
    rows = [
        HEAD,
        *CODES[1:],
        ["p-8", "Future", "A walk"],
        ["P9", "Working", "Quiet"],
        ["P09", "Working", "Tea"],
        ["P09", "Future", "Garden"],
        ["P11", "Working", "Cat"],
    ]
    plan = _import(Document(Workshop()), write_xlsx(tmp_path / "alike.xlsx", rows))
    assert plan.report.lines()[-1] == (
        "3 codes new in this workshop are another code typed another way (case, dashes and "
        "leading zeros aside), given in brackets: P7 (P07), P9 (P09), p-8 (P08). Where they "
        "are one person, merge each into the code in brackets with Collect → Rename person "
        "code… (Alt+P)."
    )


def test_no_note_when_no_code_is_typed_like_another(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "codes.xlsx", CODES[:2] + CODES[3:]))
    plan = _import(doc, write_xlsx(tmp_path / "later.xlsx", LATER[:4]))
    assert not any("typed another way" in line for line in plan.report.lines())


def test_a_names_fresh_code_is_not_typed_like_a_code_already_there(tmp_path):
    """P001 was given beside P1, which Rename person code… and the card dialog then took for
    P1 typed another way."""
    workshop = Workshop(
        people=[Person(id="P1")], cards=[Card(id="c1", kind=Kind.WORKING, text="Hi", person="P1")]
    )
    rows = [
        HEAD,
        ["Doris Day", "Working", "Lunch club"],
        ["P3", "Working", "Buses"],
        ["Jim Beam", "Working", "Garden"],
    ]
    plan = _import(Document(workshop), write_xlsx(tmp_path / "names.xlsx", rows))
    assert [p.id for p in plan.people] == ["P002", "P3", "P004"]
    assert not any("typed another way" in line for line in plan.report.lines())


def test_several_merged_codes_are_said_in_one_note():
    from wtfc.importing.alike_codes import merged_codes_note

    assert merged_codes_note({"P8": "P08", "P7": "P07"}) == (
        "P7 is on P07's cards and P8 on P08's (merged earlier)."
    )
    many = {f"P{n}": f"P0{n}" for n in range(1, 10)}
    assert merged_codes_note(many).endswith(
        "P8 on P08's and 1 more code on the people they were merged into (merged earlier)."
    )


def _csv(path, rows):
    path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


def test_another_file_saying_p7_on_the_row_of_an_earlier_p07_is_a_new_code(tmp_path, capsys):
    """P7 at the row where an earlier import made P07's card, in another file: the card was
    given to P07 silently, no alike-codes note, and the report said it was 'added again'."""
    into = str(tmp_path / "w.wtfc")
    assert main_import([_csv(tmp_path / "a1.csv", CODES[:2]), "--into", into]) == 0
    capsys.readouterr()
    later = [HEAD, ["P7", "Working", "The bus is late."]]  # also on row 2
    assert main_import([_csv(tmp_path / "a2.csv", later), "--into", into]) == 0
    out = capsys.readouterr().out
    workshop = load_workshop(into).workshop
    assert sorted(p.id for p in workshop.people) == ["P07", "P7"]
    assert ("P7", "The bus is late.") in [(c.person, c.text) for c in workshop.cards]
    assert MERGE_P7 in out and "added again" not in out


def test_the_same_file_again_after_a_merge_the_workshop_does_not_remember(tmp_path, capsys):
    """A format 4 workshop forgot merges: the file is known as the earlier import's file
    again, so its P7 row is still P07's merged card and nothing is added."""
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "codes.xlsx", CODES))
    rename_person(doc, old="P7", new="P07").do(doc)
    for person in doc.workshop.people:
        person.former_codes = []
    save_workshop(doc.workshop, tmp_path / "w.wtfc", backup=False)
    into = str(tmp_path / "w.wtfc")
    assert main_import([str(tmp_path / "codes.xlsx"), "--into", into]) == 1  # nothing added
    out = capsys.readouterr()
    assert "Nothing was added: every statement in it is already in the workshop." in out.err
    workshop = load_workshop(into).workshop
    assert sorted(p.id for p in workshop.people) == ["P07", "P08"]
    assert len(workshop.cards) == 3 and MERGE_P7 not in out.out


# P05 merged into P02 earlier: P05 is no one's code now, so a code typed like it (P5) was
# compared with the live codes only and quietly became a new person, with no note.
MERGED_FIRST = [HEAD, ["P02", "Working", "Lunch club"], ["P05", "Working", "Buses"]]
MERGE_P5 = (
    "P5 is a new code in this workshop, but it is P05 typed another way (case, dashes and "
    "leading zeros aside), and P05 was merged into P02 earlier. If they are one person, merge "
    "P5 into P02 with Collect → Rename person code… (Alt+P)."
)


def _p05_merged_into_p02(tmp_path) -> Document:
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "first.xlsx", MERGED_FIRST))
    rename_person(doc, old="P05", new="P02").do(doc)
    save_workshop(doc.workshop, tmp_path / "w.wtfc", backup=False)
    return Document(load_workshop(tmp_path / "w.wtfc").workshop)


def test_a_code_typed_like_a_merged_one_names_the_person_it_was_merged_into(tmp_path):
    """Warned, never joined, as for a code typed like a live one."""
    doc = _p05_merged_into_p02(tmp_path)
    later = [HEAD, ["P5", "Future", "A garden"], ["P03", "Working", "Tea"]]
    plan = _import(doc, write_xlsx(tmp_path / "later.xlsx", later))
    assert ("P5", "A garden") in [(c.person, c.text) for c in plan.cards]
    assert _people(doc) == ["P02", "P03", "P5"]
    assert plan.report.lines()[-1] == MERGE_P5
    rename_person(doc, old="P5", new="P02").do(doc)  # what the note says to do
    assert _people(doc) == ["P02", "P03"]
    assert [c.person for c in doc.workshop.cards if c.text == "A garden"] == ["P02"]


def test_codes_typed_like_merged_and_live_ones_are_said_together(tmp_path, capsys):
    into = tmp_path / "w.wtfc"
    save_workshop(_p05_merged_into_p02(tmp_path).workshop, into, backup=False)
    later = [HEAD, ["P5", "Future", "Garden"], ["p05", "Working", "Tea"], ["P2", "Working", "Cat"]]
    assert main_import([_csv(tmp_path / "later.csv", later), "--into", str(into)]) == 0
    assert (
        "3 codes new in this workshop are another code typed another way (case, dashes and "
        "leading zeros aside), given in brackets: P2 (P02), P5 (P05, merged into P02 "
        "earlier), p05 (P05, merged into P02 earlier). Where they are one person, merge each "
        "into the code in brackets, or the person it was merged into, with Collect → Rename "
        "person code… (Alt+P)."
    ) in " ".join(capsys.readouterr().out.split())
    assert sorted(p.id for p in load_workshop(into).workshop.people) == ["P02", "P2", "P5", "p05"]
