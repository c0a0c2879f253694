"""A person who withdrew, imported by name (a sheet with names instead of codes): Remove this
person… forgot the names this session's imports gave their code, so the same sheet imported
again gave their rows a new code and put their words back on the wall. The names are kept for
the session (in memory, never in the file), and their rows stay out as a code's do: counted in
the report as "a person who withdrew", never quoted."""

from __future__ import annotations

from pathlib import Path

from tests.importing.import_files import import_into
from wtfc.importing.report import SkipReason
from wtfc.model.document import Document
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.workshop import Workshop

ROWS = [("Alice Smith", "The lunch club is the best part of my week"),
        ("Bob Jones", "My neighbour brings the paper"),
        ("Alice Smith", "I feel like a package")]


def _sheet(folder: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    path = folder / name
    path.write_text("Person,Kind,Statement\n" + "".join(
        f"{who},Working,{said}\n" for who, said in rows), encoding="utf-8")
    return path


def _import(doc: Document, path: Path):
    """As the import dialog does: the session's names go in, and come back with this
    import's."""
    plan = import_into(doc, path, person_codes=doc.import_person_codes)
    doc.import_person_codes = dict(plan.person_codes)
    return plan


def _withdrawn_rows(plan) -> list[int]:
    return [s.row for s in plan.report.skipped if s.reason is SkipReason.WITHDRAWN]


def _alice_removed(tmp_path: Path) -> tuple[Document, str, Path]:
    doc = Document(Workshop(title="Spring"))
    sheet = _sheet(tmp_path, "names.csv", ROWS)
    _import(doc, sheet)
    alice = next(c.person for c in doc.workshop.cards if c.text == "I feel like a package")
    remove_person(doc, code=alice).do(doc)
    return doc, alice, sheet


def test_the_same_names_sheet_again_keeps_the_withdrawn_persons_rows_out(tmp_path):
    """The sheet again with someone new on it (so the import adds cards and People rows: a
    sheet of repeats alone adds nothing, and People could not change): Carol comes in, Alice's
    rows stay out and her People row, tags and all, is not made again; the file saves and
    opens."""
    doc, alice, _ = _alice_removed(tmp_path)
    people = {p.id for p in doc.workshop.people}
    sheet = tmp_path / "again.csv"
    sheet.write_text("Person,Kind,Statement,Locality\n" + "".join(
        f"{who},Working,{said},{where}\n" for (who, said), where in zip(
            [*ROWS, ("Carol White", "The library van is lovely")],
            ["East Moor", "Riverside", "East Moor", "Northfield"], strict=True)),
        encoding="utf-8")
    plan = _import(doc, sheet)
    assert [c.text for c in plan.cards] == ["The library van is lovely"]
    assert _withdrawn_rows(plan) == [2, 4]
    carol = plan.cards[0].person
    assert carol not in people and carol != alice
    assert {p.id for p in doc.workshop.people} == people | {carol}  # Alice's row not made again
    assert alice in doc.workshop.withdrawn_codes
    assert "package" not in workshop_to_bytes(doc.workshop).decode()
    save_workshop(doc.workshop, tmp_path / "spring.wtfc", backup=False)
    assert load_workshop(tmp_path / "spring.wtfc").workshop.people == doc.workshop.people
    said = "\n".join(plan.report.lines())
    assert "a person who withdrew" in said
    assert "package" not in said and "lunch club" not in said  # counted, never quoted
    assert "Alice" not in said and "Smith" not in said


def test_another_sheet_naming_them_keeps_their_new_rows_out_too(tmp_path):
    doc, alice, _sheet_again = _alice_removed(tmp_path)
    plan = _import(doc, _sheet(tmp_path, "more.csv", [
        ('"Smith, Alice"', "The bus never comes on a Sunday"),
        ("Carol White", "The library van is lovely")]))
    assert [c.text for c in plan.cards] == ["The library van is lovely"]
    assert plan.cards[0].person != alice
    assert _withdrawn_rows(plan) == [2]
    # and the next import still knows the name: it is kept for the session
    plan = _import(doc, _sheet(tmp_path, "third.csv", [("Alice Smith", "Tea is cold")]))
    assert plan.cards == [] and _withdrawn_rows(plan) == [2]


def test_the_name_is_never_in_the_file(tmp_path):
    doc, alice, _ = _alice_removed(tmp_path)
    assert doc.import_person_codes.get("alice smith") == alice  # in memory, this session
    saved = workshop_to_bytes(doc.workshop).decode()
    assert "Alice" not in saved and "alice" not in saved and "Smith" not in saved


def test_do_undo_redo_of_the_removal(tmp_path):
    """Undo gives their rows their code again; redo keeps them out again."""
    doc = Document(Workshop(title="Spring"))
    _import(doc, _sheet(tmp_path, "names.csv", ROWS))
    alice = next(c.person for c in doc.workshop.cards if c.text == "I feel like a package")
    removal = remove_person(doc, code=alice)
    removal.do(doc)
    removal.undo(doc)
    removal.do(doc)  # redo
    tea = _sheet(tmp_path, "more.csv", [("Alice Smith", "Tea is cold")])
    plan = _import(doc, tea)
    assert plan.cards == [] and _withdrawn_rows(plan) == [2]
    removal.undo(doc)  # (that import added nothing: no step of its own)
    plan = _import(doc, tea)
    assert [(c.text, c.person) for c in plan.cards] == [("Tea is cold", alice)]
    assert _withdrawn_rows(plan) == []
