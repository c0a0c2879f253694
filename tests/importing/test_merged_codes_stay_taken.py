"""A code merged into another (Collect → Rename person code…, P001 into P002) is never given
to someone new: a later import's names, and a wide sheet's rows, get codes after it. It was
given again as the first free code (P001), the import said it had worked and saved, and the
workshop then would not open ("Person P002 lists P001 as a code merged into it, but P001 is a
person of its own.")."""

from __future__ import annotations

from import_files import write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.people import merged_codes, rename_person
from wtfc.model.storage import load_workshop, save_workshop


def _csv(path, *rows: str):
    path.write_text("Person,Kind,Statement\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    return path


def test_an_import_after_a_merge_gives_a_new_code_and_the_workshop_opens(tmp_path, capsys):
    into = tmp_path / "s.wtfc"
    first = _csv(
        tmp_path / "a.csv", "Alice Smith,Working,The lunch club", "Bob Jones,Working,My neighbour"
    )
    assert main_import([str(first), "--into", str(into)]) == 0
    doc = Document(load_workshop(into).workshop)
    assert sorted(p.id for p in doc.workshop.people) == ["P001", "P002"]
    rename_person(doc, old="P001", new="P002").do(doc)  # Alice and Bob were one person
    save_workshop(doc.workshop, into)
    capsys.readouterr()
    later = _csv(tmp_path / "b.csv", "Carol White,Working,The library van")
    assert main_import([str(later), "--into", str(into)]) == 0
    assert "Note:" not in capsys.readouterr().out  # nothing had to be put right
    loaded = load_workshop(into)
    assert loaded.forgotten == ""
    cards = {c.text: c.person for c in loaded.workshop.cards}
    assert cards == {"The lunch club": "P002", "My neighbour": "P002", "The library van": "P003"}
    assert merged_codes(loaded.workshop) == {"P001": "P002"}  # still remembered


def test_undo_and_redo_of_the_import_keep_the_merged_code_taken(tmp_path):
    doc = Document(load_workshop(_two_people(tmp_path)).workshop)
    rename_person(doc, old="P001", new="P002").do(doc)
    table = read_source(
        write_xlsx(
            tmp_path / "names.xlsx",
            [["Person", "Kind", "Statement"], ["Carol White", "Working", "The library van"]],
        )
    )
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop, person_codes={})
    edit = import_edit(doc, plan)

    def people(d):
        return sorted(p.id for p in d.workshop.people), merged_codes(d.workshop)

    before = people(doc)
    edit.do(doc)
    assert [c.person for c in doc.workshop.cards if c.text == "The library van"] == ["P003"]
    assert people(doc) == (["P002", "P003"], {"P001": "P002"})
    edit.undo(doc)
    assert people(doc) == before == (["P002"], {"P001": "P002"})
    edit.do(doc)  # redo
    assert people(doc) == (["P002", "P003"], {"P001": "P002"})


def test_a_wide_sheets_rows_get_codes_after_a_merged_one(tmp_path):
    doc = Document(load_workshop(_two_people(tmp_path)).workshop)
    rename_person(doc, old="P001", new="P002").do(doc)
    table = read_source(
        write_xlsx(
            tmp_path / "wide.xlsx",
            [["Working", "Not working"], ["Lunch club", "Carers rush"], ["Day centre", ""]],
        )
    )
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop)
    assert [c.person for c in plan.cards] == ["P003", "P003", "P004"]
    import_edit(doc, plan).do(doc)
    save_workshop(doc.workshop, tmp_path / "w.wtfc", backup=False)
    assert load_workshop(tmp_path / "w.wtfc").forgotten == ""


def _two_people(tmp_path):
    into = tmp_path / "two.wtfc"
    names = _csv(
        tmp_path / "two.csv", "Alice Smith,Working,The lunch club", "Bob Jones,Working,My neighbour"
    )
    assert main_import([str(names), "--into", str(into)]) == 0
    return into


def test_wtfc_import_into_a_file_an_earlier_import_spoilt_says_so_and_puts_it_right(
    tmp_path, capsys
):
    """A file saved before this was mended (P001 merged into P002, then given to Carol) is
    added to, said, and saved without the merge that no longer holds."""
    into = _two_people(tmp_path)
    doc = Document(load_workshop(into).workshop)
    rename_person(doc, old="P001", new="P002").do(doc)
    save_workshop(doc.workshop, into, backup=False)
    raw = into.read_text(encoding="utf-8")  # as the import before the fix saved it
    raw = raw.replace('"people":[', '"people":[{"id":"P001"},', 1)
    into.write_text(raw, encoding="utf-8")
    capsys.readouterr()
    later = _csv(tmp_path / "c.csv", "Dan Brown,Future,A bus on Sundays")
    assert main_import([str(later), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Note: P001 was merged into P002 earlier, but P001 is also a person")
    loaded = load_workshop(into)
    assert loaded.forgotten == "" and merged_codes(loaded.workshop) == {}
    assert [c.person for c in loaded.workshop.cards if c.text == "A bus on Sundays"] == ["P003"]
