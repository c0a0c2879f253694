"""Renaming or merging a person code (Collect's Rename person code…) keeps importing the same
file again a repeat: the merged person's rows are not made again, the merged-away code does
not come back, and a name the session gave the old code goes to the new one."""

from import_files import write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.people import rename_person
from wtfc.model.workshop import Workshop

NAMES = [
    ["Name", "Kind", "Statement"],
    ["Doris Day", "Working", "The lunch club is great"],
    ["Doris Day", "Not working", "Buses stop at six"],
    ["Jim Beam", "Working", "My neighbour helps"],
]
LATER = [
    ["Name", "Kind", "Statement"],
    ["Doris Day", "Future", "Stay in my own home"],
    ["Jim Beam", "Future", "See my grandson more"],
]
CODES = [
    ["Person", "Kind", "Statement"],
    ["P07", "Working", "The lunch club is great"],
    ["P7", "Not working", "Buses stop at six"],
    ["P08", "Working", "My neighbour helps"],
]


def _import(doc, path, *, session=True):
    """As the import dialog does: this session's names go in, and the new ones are kept."""
    table = read_source(path)
    plan = build_import(
        table,
        guess_mapping(table),
        workshop=doc.workshop,
        person_codes=dict(doc.import_person_codes) if session else None,
    )
    if plan.cards:
        import_edit(doc, plan).do(doc)
        doc.import_person_codes = dict(plan.person_codes)
    return plan


def _rename(doc, old, new):
    edit = rename_person(doc, old=old, new=new)
    edit.do(doc)
    return edit


def _people(doc):
    return sorted(p.id for p in doc.workshop.people)


def test_a_file_of_codes_again_after_merging_a_code_typed_two_ways(tmp_path):
    path = write_xlsx(tmp_path / "codes.xlsx", CODES)
    doc = Document(Workshop())
    _import(doc, path)
    _rename(doc, "P7", "P07")
    plan = _import(doc, path, session=False)
    assert plan.cards == [] and len(doc.workshop.cards) == 3
    assert _people(doc) == ["P07", "P08"]  # P7 does not come back
    # the merged card reworded since: its row is made again, for P07
    card = next(c for c in doc.workshop.cards if c.text == "Buses stop at six")
    edit_card(doc, card_id=card.id, text="No buses after six in the evening").do(doc)
    plan = _import(doc, path, session=False)
    assert [(c.person, c.text) for c in plan.cards] == [("P07", "Buses stop at six")]
    assert plan.people == [] and _people(doc) == ["P07", "P08"]


def test_a_file_of_names_again_in_a_new_session_after_a_merge(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", NAMES)
    doc = Document(Workshop())
    _import(doc, path)
    _rename(doc, "P001", "P002")  # Doris and Jim were one person
    doc.import_person_codes = {}  # a new session: the workshop reopened
    plan = _import(doc, path)
    assert plan.cards == [] and len(doc.workshop.cards) == 3
    assert _people(doc) == ["P002"]


def test_a_file_of_names_again_in_the_same_session_after_a_merge(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", NAMES)
    doc = Document(Workshop())
    _import(doc, path)
    _rename(doc, "P001", "P002")
    assert doc.import_person_codes == {"doris day": "P002", "jim beam": "P002"}
    plan = _import(doc, path)
    assert plan.cards == [] and _people(doc) == ["P002"]
    plan = _import(doc, write_xlsx(tmp_path / "b.xlsx", LATER))
    assert {c.person for c in plan.cards} == {"P002"} and _people(doc) == ["P002"]


def test_a_renamed_persons_name_keeps_the_new_code_and_undo_gives_the_old_back(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "a.xlsx", NAMES))
    edit = _rename(doc, "P001", "P010")
    later = write_xlsx(tmp_path / "b.xlsx", LATER)
    plan = build_import(
        read_source(later),
        guess_mapping(read_source(later)),
        workshop=doc.workshop,
        person_codes=dict(doc.import_person_codes),
    )
    assert [(c.person, c.text) for c in plan.cards] == [
        ("P010", "Stay in my own home"),
        ("P002", "See my grandson more"),
    ]
    assert plan.people == []  # Doris is still one person
    edit.undo(doc)
    assert doc.import_person_codes == {"doris day": "P001", "jim beam": "P002"}
    edit.do(doc)  # redo
    assert doc.import_person_codes == {"doris day": "P010", "jim beam": "P002"}


def test_undoing_a_merge_keeps_the_file_a_repeat(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", NAMES)
    doc = Document(Workshop())
    _import(doc, path)
    _rename(doc, "P001", "P002").undo(doc)
    assert doc.import_person_codes == {"doris day": "P001", "jim beam": "P002"}
    assert _import(doc, path).cards == [] and _people(doc) == ["P001", "P002"]


def test_one_person_in_the_file_who_was_two_there_is_still_another_file(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "a.xlsx", NAMES))
    one = [NAMES[0], *(["Doris Day", *row[1:]] for row in NAMES[1:])]
    plan = _import(doc, write_xlsx(tmp_path / "one.xlsx", one), session=False)
    assert len(plan.cards) == 3 and [p.id for p in plan.people] == ["P003"]
