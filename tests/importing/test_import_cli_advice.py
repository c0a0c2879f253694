"""``wtfc import`` in the command line's own words: the --into name, the columns it could not
use, a workshop file given as the source, and exit code 2 for an option in the wrong form."""

from __future__ import annotations

import pytest

from wtfc.importing.cli import main_import
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

GOOD = "text,kind\nMy carer is kind,working\n"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_an_into_name_with_no_ending_gets_wtfc(tmp_path, source, capsys):
    """'Spring review' was written with no ending, which File ▸ Open's *.wtfc filter hides."""
    into = tmp_path / "Spring review"
    assert main_import([str(source), "--into", str(into)]) == 0
    assert main_import([str(source), "--into", str(into)]) == 0  # the same file, added to
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".bak")) == [
        "Spring review.wtfc",
        "s.csv",
    ]
    assert len(load_workshop(tmp_path / "Spring review.wtfc").workshop.cards) == 2
    assert f"Saved to {tmp_path / 'Spring review.wtfc'}." in capsys.readouterr().out


def test_an_into_name_with_another_ending_is_refused(tmp_path, source, capsys):
    assert main_import([str(source), "--into", str(tmp_path / "review.xlsx")]) == 2
    assert capsys.readouterr().err == (
        "Nothing was imported. --into review.xlsx: a workshop file's name ends in .wtfc, not "
        ".xlsx. Name it review.wtfc (or leave the ending off and wtfc adds it).\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Review 12.11.2026", "Review 12.11.2026.wtfc"),  # said "Name it Review 12.11.wtfc"
        ("Review v2.1", "Review v2.1.wtfc"),  # said "Name it Review v2.wtfc"
        ("Team B. Final", "Team B. Final.wtfc"),
    ],
)
def test_a_dot_in_an_into_name_is_kept_and_wtfc_added(tmp_path, source, capsys, name, written):
    """Only a real file ending is refused: a date or version number is part of the name."""
    assert main_import([str(source), "--into", str(tmp_path / name)]) == 0
    assert (tmp_path / written).exists()
    assert f"Saved to {tmp_path / written}." in capsys.readouterr().out


def test_a_dot_at_the_end_of_an_into_name_is_not_doubled(tmp_path, source):
    """'Review.' was written as 'Review..wtfc'."""
    assert main_import([str(source), "--into", str(tmp_path / "Review.")]) == 0
    assert (tmp_path / "Review.wtfc").exists()


def test_an_into_ending_in_a_slash_names_a_folder_that_is_not_there(tmp_path, source, capsys):
    """'a/b.c/' (a folder not made yet) was quietly written as the file 'a/b.c.wtfc'."""
    into = f"{tmp_path / 'b.c'}/"
    assert main_import([str(source), "--into", into]) == 2
    assert f"there is no folder {tmp_path / 'b.c'}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv"]


@pytest.mark.parametrize("name", [".wtfc", ".WTFC"])
def test_an_into_that_is_only_the_ending_is_refused(tmp_path, source, capsys, name):
    """'.wtfc' alone was saved as the hidden file '.wtfc.wtfc', which File ▸ Open does not show."""
    assert main_import([str(source), "--into", str(tmp_path / name)]) == 2
    assert f"--into {name}: give the workshop file a name" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv"]


@pytest.mark.parametrize(
    ("name", "ending", "suggested"),
    [
        ("x.wtfc.bak", ".bak", "x.wtfc"),  # said "Name it x.wtfc.wtfc"
        ("x.wtfc.BAK2", ".BAK2", "x.wtfc"),
        ("Spring review.csv", ".csv", "Spring review.wtfc"),
        ("notes.txt", ".txt", "notes.wtfc"),
    ],
)
def test_a_real_file_ending_is_refused_and_the_name_without_it_suggested(
    tmp_path, source, capsys, name, ending, suggested
):
    assert main_import([str(source), "--into", str(tmp_path / name)]) == 2
    assert capsys.readouterr().err == (
        f"Nothing was imported. --into {name}: a workshop file's name ends in .wtfc, not "
        f"{ending}. Name it {suggested} (or leave the ending off and wtfc adds it).\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv"]


def test_into_demo_is_refused_not_written_where_every_command_reads_the_demo(
    tmp_path, source, capsys, monkeypatch
):
    """`--into demo` wrote ./demo, which every command then read as the bundled demo."""
    monkeypatch.chdir(tmp_path)
    before = demo_path().read_bytes()
    assert main_import([str(source), "--into", "demo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "Nothing was imported. --into demo: the word demo stands for the demo "
        "workshop that comes with wtfc"
    )
    assert "wtfc demo" in err and "Save As" in err
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]
    assert demo_path().read_bytes() == before


def test_no_kind_column_names_the_columns_and_the_options(tmp_path, capsys):
    """It said the app's 'Choose the column that says…', a control the command line lacks."""
    path = tmp_path / "nokind.csv"
    path.write_text("who,said\nP1,I like the lunch club\nP2,Buses are late\n", encoding="utf-8")
    assert main_import([str(path), "--into", str(tmp_path / "w.wtfc")]) == 1
    err = capsys.readouterr().err
    assert "Choose the column" not in err
    assert err.startswith(
        "Nothing was imported. No column says whether each statement is "
        "working, not working or for the future. Say which column does with "
        "--map COLUMN=kind; or, when each row is one person"
    )
    assert "give --layout wide" in err
    assert err.rstrip().endswith("The columns in nokind.csv: 'who' (person), 'said' (text).")
    assert not (tmp_path / "w.wtfc").exists()


def test_no_statement_column_says_to_map_one(tmp_path, source, capsys):
    args = [str(source), "--into", str(tmp_path / "w.wtfc"), "--map", "text=ignore"]
    assert main_import(args) == 1
    err = capsys.readouterr().err
    assert "wtfc could not tell which column holds the statements" in err
    assert "--map COLUMN=text" in err and "--layout wide" in err
    assert "The columns in s.csv: 'text', 'kind' (kind)." in err


def test_a_text_file_named_xlsx_says_it_was_read_as_text(tmp_path, capsys):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a zip\n", encoding="utf-8")
    assert main_import([str(path), "--into", str(tmp_path / "w.wtfc")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "Nothing was imported. fake.xlsx ends in .xlsx but is not a workbook: "
        "it was read as plain text."
    )
    assert "The columns in fake.xlsx: 'Column A' (text)." in err


@pytest.mark.parametrize("name", ["last time.wtfc", "saved as.txt"])
def test_a_workshop_file_given_as_the_source_says_so(tmp_path, capsys, name):
    path = tmp_path / name
    save_workshop(Workshop(title="Last time"), path)
    assert main_import([str(path), "--into", str(tmp_path / "w.wtfc")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"Nothing was imported. {name} is a workshop file, not statements: "
        "wtfc import reads statements from a spreadsheet (.xlsx) or a CSV file."
    )
    assert f'--into "{name}"' in err
    assert "Choose the column" not in err
    assert not (tmp_path / "w.wtfc").exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--map", "text"],
            "--map text: write COLUMN=FIELD, where COLUMN is a heading, a "
            "letter or a number and FIELD one of: text, kind,",
        ),
        (
            ["--map", "text=colour_of_card"],
            "--map text=colour_of_card: 'colour_of_card' is not a field; write COLUMN=FIELD",
        ),
        (["--map", "=text"], "--map =text: write COLUMN=FIELD"),
        (
            ["--map", "Nope=text"],
            "--map Nope=text: there is no column 'Nope' in s.csv. The columns are: text, kind.",
        ),
        (
            ["--kind", "amber"],
            "--kind amber: write VALUE=KIND, where KIND is working, "
            "not_working or future (as in --kind amber=not_working).",
        ),
    ],
)
def test_an_option_in_the_wrong_form_exits_2_and_says_the_right_form(
    tmp_path, source, capsys, args, said
):
    """--map text said "'' is not a field" and exited 1, the code for a problem with files."""
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Nothing was imported. {said}")
    assert "''" not in err
    assert not (tmp_path / "w.wtfc").exists()


def test_the_help_says_which_sheet_is_read(capsys):
    with pytest.raises(SystemExit):
        main_import(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "--sheet SHEET the sheet to read (default: the first visible sheet whose columns "
        "hold statements, else the first visible sheet)"
    ) in out
    assert "(default: the first)" not in out
