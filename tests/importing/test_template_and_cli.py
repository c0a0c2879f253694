"""The collection template round trip and the ``wtfc import`` command."""

import csv

import pytest
from import_files import write_xlsx
from openpyxl import load_workbook

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.template import TEMPLATE_HEADINGS, template_bytes
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Voice, Workshop

FILLED = ["P01", "Older person", "North", "Home care", "85+", "My dog", "", "Carers rush", "",
          "See the sea", ""]


def _fill_xlsx(path):
    workbook = load_workbook(path)
    workbook.active.append(FILLED)
    workbook.save(path)


def _fill_csv(path):
    with path.open("a", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerow(FILLED)


@pytest.mark.parametrize(
    ("name", "fill"), [("t.xlsx", _fill_xlsx), ("t.csv", _fill_csv)],
)
def test_the_filled_template_imports_with_no_mapping_step(tmp_path, name, fill):
    path = tmp_path / name
    path.write_bytes(template_bytes(path.suffix))
    fill(path)
    table = read_source(path)
    mapping = guess_mapping(table)
    assert mapping.certain and mapping.layout == "wide"
    assert table.rows[mapping.header_row] == TEMPLATE_HEADINGS
    plan = build_import(table, mapping, workshop=Workshop())
    assert [(c.kind, c.text, c.person, c.tags) for c in plan.cards] == [
        (Kind.WORKING, "My dog", "P01", []),
        (Kind.NOT_WORKING, "Carers rush", "P01", []),
        (Kind.FUTURE, "See the sea", "P01", []),
    ]
    # the role and tags are the person's, on People, not each card's
    [person] = plan.people
    assert (person.voice, person.locality, person.service_type, person.age_band) == \
        (Voice.OLDER_PERSON, "North", "Home care", "85+")


def test_the_empty_template_says_there_is_nothing_to_import(tmp_path, capsys):
    (tmp_path / "t.xlsx").write_bytes(template_bytes(".xlsx"))
    assert main_import([str(tmp_path / "t.xlsx"), "--into", str(tmp_path / "w.wtfc")]) == 1
    assert "no rows of statements" in capsys.readouterr().err
    assert not (tmp_path / "w.wtfc").exists()


def test_the_command_creates_then_extends_a_workshop_file(tmp_path, capsys):
    first = write_xlsx(tmp_path / "a.xlsx", [["Statement", "Kind"], ["Lunch club", "green"]])
    second = write_xlsx(tmp_path / "b.xlsx", [["Statement", "Kind"], ["Cold food", "red"]])
    into = tmp_path / "w.wtfc"
    assert main_import([str(first), "--into", str(into)]) == 0
    assert main_import([str(second), "--into", str(into)]) == 0
    assert "1 card added from 1 row." in capsys.readouterr().out
    cards = load_workshop(into).workshop.cards
    assert [(c.kind, c.text) for c in cards] == [
        (Kind.WORKING, "Lunch club"),
        (Kind.NOT_WORKING, "Cold food"),
    ]


def test_the_command_takes_a_mapping_kind_values_and_names(tmp_path, capsys):
    source = tmp_path / "s.csv"
    source.write_text("Words,Colour,Where\nAsk Wilf first,amber,North\n", encoding="utf-8")
    into = tmp_path / "w.wtfc"
    code = main_import(
        [
            str(source), "--into", str(into), "--map", "Words=text", "--map", "C=ignore",
            "--kind", "amber=not_working", "--names", "Wilf Hargreaves",
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().out
    (card,) = load_workshop(into).workshop.cards
    assert (card.kind, card.tags, card.held_back) == (Kind.NOT_WORKING, [], True)


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "is empty"),
        (b"Statement,Kind\nWords,purple\n", [], "its one row was skipped (1 unknown kind)"),
        (b"Statement,Kind\nWords,red\n", ["--sheet", "Other"], None),
    ],
)
def test_the_command_exits_1_with_a_plain_reason(tmp_path, capsys, content, args, message):
    (tmp_path / "s.csv").write_bytes(content)
    code = main_import([str(tmp_path / "s.csv"), "--into", str(tmp_path / "w.wtfc"), *args])
    out = capsys.readouterr().err
    if message is None:  # a CSV has no sheets: --sheet is ignored and the import works
        assert code == 0
        return
    assert code == 1
    assert message in out
    assert "Traceback" not in out
    assert not (tmp_path / "w.wtfc").exists()


def test_the_command_will_not_add_to_a_workshop_open_in_the_app(tmp_path, capsys):
    """The app's next save would silently undo the import, so it refuses and says where."""
    import os
    import socket

    source = tmp_path / "s.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    into = tmp_path / "spring.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 0
    before = into.read_bytes()
    lock = tmp_path / "spring.wtfc.lock"  # what the app's QLockFile writes while it is open
    lock.write_text(f"{os.getpid()}\npython3\n{socket.gethostname()}\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(into)]) == 1
    said = capsys.readouterr().err
    assert "'spring.wtfc' is open in wtfc on" in said and "Close it there first" in said
    assert into.read_bytes() == before
    lock.write_text(f"999999999\npython3\n{socket.gethostname()}\n", encoding="utf-8")
    source.write_text("text,kind\nCold food,not working\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(into)]) == 0  # a lock left by a crash


def test_a_folder_it_may_not_write_to_is_explained_for_the_command_line(tmp_path, capsys,
                                                                       monkeypatch):
    import errno

    from wtfc.model import temporary_files

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(temporary_files.tempfile, "mkstemp", refuse)
    source = tmp_path / "s.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 1
    said = capsys.readouterr().err
    assert "may not write to" in said and "--into" in said and "Save As" not in said


def test_a_new_workshop_is_not_titled_with_a_name_in_the_file_name(tmp_path):
    source = tmp_path / "Review - Mrs Edith Jones 12 Acacia Avenue.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    assert load_workshop(tmp_path / "w.wtfc").workshop.title == "Imported statements"
    plain = tmp_path / "spring reviews.csv"
    plain.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(plain), "--into", str(tmp_path / "s.wtfc")]) == 0
    # never the file's name, even one that looks plain: the guard misses a bare name
    assert load_workshop(tmp_path / "s.wtfc").workshop.title == "Imported statements"


def test_with_no_into_each_import_makes_a_new_file_and_never_writes_over_one(tmp_path, capsys):
    source = tmp_path / "s.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    taken = tmp_path / "Imported statements.wtfc"
    taken.write_bytes(b"someone else's file")
    assert main_import([str(source)]) == 0
    assert main_import([str(source)]) == 0
    assert taken.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.glob("*.wtfc")) == [
        "Imported statements 2.wtfc", "Imported statements 3.wtfc", "Imported statements.wtfc"]
    for name in ("Imported statements 2.wtfc", "Imported statements 3.wtfc"):
        assert len(load_workshop(tmp_path / name).workshop.cards) == 1
    said = capsys.readouterr().out
    assert "Saved to 'Imported statements 2.wtfc'" in said
    assert "Saved to 'Imported statements 3.wtfc'" in said and "--into" in said
    assert not (tmp_path / "s.wtfc").exists()


@pytest.mark.parametrize("into", ["é" * 140 + ".wtfc", "é" * 140 + "/w.wtfc"])
def test_an_into_name_too_long_for_the_disk_is_a_plain_problem(tmp_path, capsys, into):
    """A name over 255 bytes used to end in a traceback from into.exists()."""
    source = tmp_path / "s.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / into)]) == 1
    said = capsys.readouterr()
    assert "The name given to --into is too long" in said.err
    assert "Traceback" not in said.out + said.err
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]


def test_the_instructions_ask_for_the_facilitators_codes_not_p01(tmp_path):
    """Two care managers who both start at P01 become the same people; the template asks each
    for the codes the facilitator gave them."""
    path = tmp_path / "t.xlsx"
    path.write_bytes(template_bytes(".xlsx"))
    sheet = load_workbook(path).active
    said = " ".join(str(c.value) for row in sheet.iter_rows(max_row=5) for c in row if c.value)
    assert "the codes your facilitator gave you" in said
    assert "such as P01" not in said
    assert "both start at P01" in said
