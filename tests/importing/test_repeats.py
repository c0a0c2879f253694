"""Which rows are repeats of a card already made: how many people said a thing counts towards
the priorities, so only the same person's same words are a repeat; importing the same file
again adds nothing."""

from import_files import import_into, write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop


def _import(doc, path):
    return import_into(doc, path)


def test_the_same_words_on_rows_with_no_person_are_each_a_card(tmp_path):
    path = write_xlsx(tmp_path / "anonymised.xlsx", [
        ["Kind", "Statement", "Locality"],
        ["Not working", "I feel lonely", "North"],
        ["Not working", "I feel lonely", "South"],
        ["Not working", "I feel lonely.", "East"],
        ["Working", "My carer is kind", "North"],
        ["Working", "my carer is kind", "West"],
    ])
    doc = Document(Workshop())
    plan = _import(doc, path)
    assert [c.tags for c in plan.cards] == [["North"], ["South"], ["East"], ["North"], ["West"]]
    assert plan.report.skipped == []
    assert plan.report.summary() == "5 cards added from 5 rows."


NORTH = [["Name", "Kind", "Statement"],
         ["Mrs Ada Brown", "Not working", "I feel lonely"],
         ["Mr Carl Dean", "Working", "Good food"]]
SOUTH = [["Name", "Kind", "Statement"],
         ["Mrs Eve Frost", "Not working", "I feel lonely"],
         ["Mr Gus Hale", "Working", "Good food"],
         ["Mr Gus Hale", "Future", "Walks"]]


def test_another_persons_same_words_from_a_second_file_are_kept(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", NORTH))
    plan = _import(doc, write_xlsx(tmp_path / "south.xlsx", SOUTH))
    assert [c.text for c in plan.cards] == ["I feel lonely", "Good food", "Walks"]
    assert plan.report.skipped == []
    assert len({c.person for c in doc.workshop.cards}) == 4
    assert any(n.startswith("2 statements have the same words as cards already in the "
                            "workshop and were kept") for n in plan.report.lines())


def test_the_same_file_imported_again_adds_nothing(tmp_path):
    """With names, codes or no person column, long or wide: nothing says who a named or
    unnamed person was, but the same words at the same rows from the same people are the
    same file."""
    files = {
        "names.xlsx": NORTH,
        "codes.xlsx": [["Person", "Kind", "Statement"], ["N01", "Not working", "I feel lonely"]],
        "anonymised.xlsx": [["Kind", "Statement"], ["Not working", "I feel lonely"],
                            ["Not working", "I feel lonely"]],
        "wide.xlsx": [["Working 1", "Not working 1"], ["Kind staff", "Lonely"],
                      ["Kind staff", "Lonely"]],
    }
    for name, rows in files.items():
        doc = Document(Workshop())
        path = write_xlsx(tmp_path / name, rows)
        first = _import(doc, path)
        assert first.cards, name
        again = _import(doc, path)
        assert again.cards == [], name
        assert set(again.report.skipped_counts()) == {SkipReason.DUPLICATE}
        assert again.nothing_imported_reason().startswith(
            "Nothing was added: every statement in it is already in the workshop.")
        # rows no one in the workshop is named for are taken by where they sit, and said so
        placed = "taken as import 1's rows again" in again.nothing_imported_reason()
        assert placed == (name != "codes.xlsx"), name


def test_rows_of_another_file_at_the_same_places_are_not_taken_for_it(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", [
        ["Kind", "Statement"], ["Not working", "I feel lonely"], ["Working", "Good food"]]))
    # the same first row, then another: another file, from other people
    plan = _import(doc, write_xlsx(tmp_path / "south.xlsx", [
        ["Kind", "Statement"], ["Not working", "I feel lonely"], ["Working", "Day centre"]]))
    assert [c.text for c in plan.cards] == ["I feel lonely", "Day centre"]
    # the same words from the same row, said by a named person where there was no one
    named = _import(doc, write_xlsx(tmp_path / "named.xlsx", [
        ["Name", "Kind", "Statement"], ["Mrs Ada Brown", "Not working", "I feel lonely"]]))
    assert [c.text for c in named.cards] == ["I feel lonely"]


def test_a_code_in_the_file_is_the_same_person_in_every_file(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", [
        ["Person", "Kind", "Statement"], ["N01", "Not working", "I feel lonely"]]))
    plan = _import(doc, write_xlsx(tmp_path / "south.xlsx", [
        ["Person", "Kind", "Statement"], ["S01", "Not working", "I feel lonely"],
        ["N01", "Not working", "I feel lonely"]]))
    assert [(c.person, c.text) for c in plan.cards] == [("S01", "I feel lonely")]
    assert [(s.row, s.reason) for s in plan.report.skipped] == [(3, SkipReason.DUPLICATE)]


def test_names_keep_their_codes_through_the_session_so_a_longer_file_adds_only_new_rows(
        tmp_path):
    doc = Document(Workshop())
    first = _import(doc, write_xlsx(tmp_path / "north.xlsx", NORTH))
    assert first.person_codes == {"ada brown": "P001", "carl dean": "P002"}
    longer = write_xlsx(tmp_path / "north.xlsx", [*NORTH, ["Dean, Carl", "Future", "Walks"],
                                                   ["Mrs Eve Frost", "Working", "Good food"]])
    table = read_source(longer)
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=first.person_codes)
    assert [(c.person, c.text) for c in plan.cards] == [("P002", "Walks"), ("P003", "Good food")]
    assert [s.row for s in plan.report.skipped] == [2, 3]
    assert plan.person_codes == {"ada brown": "P001", "carl dean": "P002", "eve frost": "P003"}
    # without them (a new session) nothing says who was who: the changed file is all kept
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop)
    assert len(plan.cards) == 4
    assert any("earlier copy of this file" in n for n in plan.report.lines())


def test_a_code_kept_for_a_name_is_dropped_once_its_person_is_gone(tmp_path):
    """Undo of the first import took P001 out: the name is no one's any more."""
    table = read_source(write_xlsx(tmp_path / "north.xlsx", NORTH))
    plan = build_import(table, guess_mapping(table), workshop=Workshop(),
                        person_codes={"ada brown": "P007"})
    assert [c.person for c in plan.cards] == ["P001", "P002"]
    assert [p.id for p in plan.people] == ["P001", "P002"]


def test_after_undo_a_name_never_takes_the_code_of_whoever_holds_it_now(tmp_path):
    """Import a file, Undo, import another, then the first again (as the dialog does, the
    session's codes passed on from each import to the next): four people, four cards."""
    doc = Document(Workshop())
    a = write_xlsx(tmp_path / "a.xlsx", [["Person", "Kind", "Statement"],
                                         ["Mrs Ada Brown", "Not working", "I feel lonely"],
                                         ["Carl Dean", "Working", "My carer is kind"]])
    b = write_xlsx(tmp_path / "b.xlsx", [["Person", "Kind", "Statement"],
                                         ["Zed Young", "Not working", "I feel lonely"],
                                         ["Yan Hill", "Working", "Garden is nice"]])
    memory: dict[str, str] = {}

    def session_import(path):
        nonlocal memory
        table = read_source(path)
        plan = build_import(table, guess_mapping(table), workshop=doc.workshop,
                            person_codes=memory)
        edit = import_edit(doc, plan)
        edit.do(doc)
        memory = plan.person_codes
        return plan, edit

    _, first = session_import(a)
    first.undo(doc)
    session_import(b)
    assert memory == {"zed young": "P001", "yan hill": "P002"}  # Ada and Carl forgotten
    again, _ = session_import(a)
    assert [c.text for c in again.cards] == ["I feel lonely", "My carer is kind"]
    assert again.report.skipped == []
    by_person = {(c.person, c.text) for c in doc.workshop.cards}
    assert len(by_person) == 4 and len({p for p, _ in by_person}) == 4
    assert len(doc.workshop.people) == 4
    assert memory == {"zed young": "P001", "yan hill": "P002", "ada brown": "P003",
                      "carl dean": "P004"}


def test_a_name_is_never_given_a_code_the_file_gives_someone_else(tmp_path):
    table = read_source(write_xlsx(tmp_path / "mixed.xlsx", [
        ["Person", "Kind", "Statement"], ["Mrs Ada Brown", "Not working", "I feel lonely"],
        ["P001", "Not working", "I feel lonely"]]))
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.person for c in plan.cards] == ["P002", "P001"]
    assert plan.person_codes == {"ada brown": "P002"}


def test_the_command_line_says_the_bak_file_takes_an_import_out_as_it_has_no_undo(
        tmp_path, capsys):
    """The file is saved and there is no Undo on the command line: the note on statements
    worded like cards already there names the copy saving kept. The app says Undo."""
    into = tmp_path / "re.wtfc"
    assert main_import([str(write_xlsx(tmp_path / "north.xlsx", NORTH)), "--into",
                        str(into)]) == 0
    capsys.readouterr()
    assert main_import([str(write_xlsx(tmp_path / "south.xlsx", SOUTH)), "--into",
                        str(into)]) == 0
    out = capsys.readouterr().out
    assert "Undo" not in out
    assert ("If they are rows imported before, from an earlier copy of this file, "
            "'re.wtfc.bak' holds the workshop as it was before this import") in out
    assert len(load_workshop(tmp_path / "re.wtfc.bak").workshop.cards) == 2
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", NORTH))
    report = _import(doc, write_xlsx(tmp_path / "south.xlsx", SOUTH)).report
    assert report.lines()[-1].endswith(
        "Undo takes this import out: then import only the new rows.")


def test_a_client_number_keeps_its_code_through_the_session(tmp_path):
    """'1234567' is too long for a code and is no name: the cell itself is remembered, so a
    copy of the file sorted another way, with a new row, adds only that row."""
    rows = [["Client ID", "Kind", "Statement"], ["1234567", "Not working", "I feel lonely"],
            ["1234567", "Working", "My carer is kind"], ["2345678", "Working", "Good food"]]
    doc = Document(Workshop())
    table = read_source(write_xlsx(tmp_path / "ids.xlsx", rows))
    first = build_import(table, guess_mapping(table), workshop=doc.workshop)
    import_edit(doc, first).do(doc)
    assert first.person_codes == {"1234567": "P001", "2345678": "P002"}
    table = read_source(write_xlsx(tmp_path / "ids2.xlsx", [
        rows[0], *reversed(rows[1:]), ["2345678", "Future", "Walks"]]))
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=first.person_codes)
    assert [(c.person, c.text) for c in plan.cards] == [("P002", "Walks")]
    assert plan.people == []


def test_after_undo_a_name_never_takes_a_code_a_card_added_by_hand_now_holds(tmp_path):
    from wtfc.model.operations.cards import add_card
    from wtfc.model.workshop import Kind

    doc = Document(Workshop())
    table = read_source(write_xlsx(tmp_path / "north.xlsx", NORTH))
    first = build_import(table, guess_mapping(table), workshop=doc.workshop)
    edit = import_edit(doc, first)
    edit.do(doc)
    edit.undo(doc)
    add_card(doc, kind=Kind.NOT_WORKING, text="I feel lonely", person="P001").do(doc)
    again = build_import(table, guess_mapping(table), workshop=doc.workshop,
                         person_codes=first.person_codes)
    assert [c.text for c in again.cards] == ["I feel lonely", "Good food"]
    assert "P001" not in {c.person for c in again.cards}
    assert again.person_codes == {"ada brown": "P002", "carl dean": "P003"}


def test_the_note_on_one_statement_worded_like_a_card_is_in_the_singular(tmp_path):
    doc = Document(Workshop())
    _import(doc, write_xlsx(tmp_path / "north.xlsx", NORTH))
    plan = _import(doc, write_xlsx(tmp_path / "south.xlsx", [
        SOUTH[0], SOUTH[1], ["Mr Gus Hale", "Working", "Day centre"]]))
    assert plan.report.lines()[-1] == (
        "1 statement has the same words as a card already in the workshop and was kept as "
        "another person's words (how many people say a thing counts). If it is a row "
        "imported before, from an earlier copy of this file, Undo takes this import out: "
        "then import only the new rows.")
