"""A withdrawn person's code is never given to anyone new (review A4 R3): Remove this person…
keeps the code (and the codes merged into them) in the workshop's ``withdrawn_codes``, a code
only, and the next import gives new people other codes, also ones that read as it ("P005"
beside "P05"). Undo of the removal takes the code off the list again."""

from __future__ import annotations

from pathlib import Path

from tests.importing.import_files import import_into
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.people import code_key, rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Workshop


def _sheet(folder: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    path = folder / name
    path.write_text("Person,Kind,Statement\n" + "".join(
        f"{who},Working,{said}\n" for who, said in rows), encoding="utf-8")
    return path


def _people(doc: Document) -> dict[str, str]:
    return {card.text: card.person for card in doc.workshop.cards}


def test_the_next_import_gives_someone_new_another_code(tmp_path):
    doc = Document(Workshop(title="Spring"))
    first = _sheet(tmp_path, "a.csv", [("Alice Smith", "The lunch club"),
                                       ("Bob Jones", "My neighbour")])
    import_into(doc, first, person_codes=doc.import_person_codes)
    alice = _people(doc)["The lunch club"]
    remove_person(doc, code=alice).do(doc)
    assert doc.workshop.withdrawn_codes == [alice]
    import_into(doc, _sheet(tmp_path, "b.csv", [("Carol White", "The library van")]),
                person_codes=doc.import_person_codes)
    assert _people(doc)["The library van"] not in (alice, _people(doc)["My neighbour"])
    import_into(doc, first, person_codes=doc.import_person_codes)  # the same sheet again
    assert alice not in {card.person for card in doc.workshop.cards}


def test_no_new_code_reads_as_the_withdrawn_one_nor_those_merged_into_them(tmp_path):
    doc = Document(load_workshop(demo_path()).workshop)
    rename_person(doc, old="P06", new="P05").do(doc)  # P06 merged into P05
    remove_person(doc, code="P05").do(doc)
    saved = workshop_from_bytes(workshop_to_bytes(doc.workshop)).workshop
    assert saved.withdrawn_codes == ["P05", "P06"]  # kept in the file, codes only
    before = {p.id for p in doc.workshop.people}
    import_into(doc, _sheet(tmp_path, "more.csv", [(name, f"Card {n}") for n, name in enumerate(
        ("Dora Evans", "Ed Hughes", "Fay Lloyd", "Gil Price", "Hal Rees", "Ivy Ward"))]),
        person_codes=doc.import_person_codes)
    new = {p.id for p in doc.workshop.people} - before
    assert len(new) == 6
    assert not {code_key(code) for code in new} & {code_key("P05"), code_key("P06")}


def test_undo_of_the_removal_takes_the_code_off_the_list():
    doc = Document(load_workshop(demo_path()).workshop)
    edit = remove_person(doc, code="P05")
    edit.do(doc)
    edit.undo(doc)
    assert doc.workshop.withdrawn_codes == []
    assert doc.get("people", "P05") is not None
    edit.do(doc)  # redo
    assert doc.workshop.withdrawn_codes == ["P05"]


def test_the_next_cycle_keeps_the_withdrawn_codes():
    from wtfc.model.next_cycle import next_cycle

    doc = Document(load_workshop(demo_path()).workshop)
    remove_person(doc, code="P05").do(doc)
    assert next_cycle(doc.workshop).withdrawn_codes == ["P05"]


def test_the_withdrawn_persons_rows_in_a_sheet_again_stay_out_and_are_counted(tmp_path):
    """The same sheet imported again after Remove this person… brought P05's cards back on the
    wall as P05, the report saying only "1 card added" (code review A6 S1)."""
    from wtfc.importing.report import SkipReason

    doc = Document(load_workshop(demo_path()).workshop)
    remove_person(doc, code="P05").do(doc)
    sheet = _sheet(tmp_path, "again.csv", [("P05", "My son says the carers steal"),
                                           ("P05", "The bus never comes"),
                                           ("P99", "The library van is lovely")])
    plan = import_into(doc, sheet, person_codes=doc.import_person_codes)
    people = _people(doc)
    assert "My son says the carers steal" not in people and "The bus never comes" not in people
    assert people["The library van is lovely"] == "P99"
    withdrawn = [row for row in plan.report.skipped if row.reason is SkipReason.WITHDRAWN]
    assert len(withdrawn) == 2
    assert doc.get("people", "P05") is None
