"""``wtfc export …`` from a terminal: files made, plain errors, exit codes, no tracebacks."""

from __future__ import annotations

import pytest
from export_checks import reader

from wtfc.export.cli import main_export


@pytest.mark.parametrize(("what", "name"), [("posters", "p.pdf"), ("action-poster", "a.pdf"),
                                            ("report", "r.pdf"), ("data", "d.xlsx")])
def test_every_export_of_the_demo(what, name, tmp_path, capsys):
    out = tmp_path / name
    assert main_export([what, "demo", "-o", str(out)]) == 0
    assert out.stat().st_size > 1000
    assert f"Saved {out}" in capsys.readouterr().out
    if name.endswith(".pdf"):
        assert len(reader(out.read_bytes()).pages) >= 1


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "missing.wtfc", "-o", "x.pdf"], "does not exist"),
    (["report", "demo", "-o", "/no/such/folder/x.pdf"], "does not exist"),
])
def test_problems_are_plain_english_with_exit_1(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main_export(argv) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("argv", "message"), [
    (["pictures", "demo", "-o", "x.pdf"], "invalid choice"),
    (["report", "demo"], "required"),
    (["data", "demo", "-o", "x.txt"], "'x.txt' does not end in .xlsx or .csv. Name the export "
                                      "x.xlsx for one workbook, or x.csv"),
])
def test_wrong_arguments_exit_2_as_with_every_command(argv, message, tmp_path, monkeypatch,
                                                      capsys):
    """It was 1, where check, render, import and suggest give argparse's 2."""
    monkeypatch.chdir(tmp_path)
    assert main_export(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_a_damaged_workshop_file_is_a_plain_error(tmp_path, capsys):
    bad = tmp_path / "bad.wtfc"
    bad.write_text('{"schema_version": 1, "cards": [', encoding="utf-8")
    assert main_export(["report", str(bad), "-o", str(tmp_path / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert "bad.wtfc" in err and "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()


def test_help_exits_0(capsys):
    assert main_export(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "posters" in out
    # a tag is hidden for either reason, so help says both (not only "fewer than 5 have it")
    assert (
        "a tag, a person's or a card's, is not shown where fewer than 5 people have it, or "
        "share that person's role and tags, so no one can be recognised" in out
    )


@pytest.mark.parametrize("what", ["posters", "action-poster", "report"])
def test_a_pdf_export_named_with_no_ending_gets_pdf(what, tmp_path, capsys):
    assert main_export([what, "demo", "-o", str(tmp_path / "rep")]) == 0
    assert f"Saved {tmp_path / 'rep.pdf'}" in capsys.readouterr().out
    assert (tmp_path / "rep.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "rep").exists()


@pytest.mark.parametrize("what", ["posters", "action-poster", "report"])
def test_a_pdf_export_named_with_another_ending_is_refused(what, tmp_path, capsys):
    """'rep.docx' used to get PDF bytes that Word cannot open, and 'Saved'."""
    assert main_export([what, "demo", "-o", str(tmp_path / "rep.docx")]) == 2  # wrong argument
    err = capsys.readouterr().err
    assert "'rep.docx' does not end in .pdf" in err and "Name it rep.pdf" in err
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_ending_in_capitals_or_a_name_with_a_dot_in_it_is_kept(tmp_path, capsys):
    assert main_export(["report", "demo", "-o", str(tmp_path / "REP.PDF")]) == 0
    assert (tmp_path / "REP.PDF").is_file()
    assert main_export(["report", "demo", "-o", str(tmp_path / "Spring review. Final")]) == 0
    assert (tmp_path / "Spring review. Final.pdf").is_file()


def test_a_folder_given_as_the_output_is_still_refused_as_a_folder(tmp_path, capsys):
    assert main_export(["report", "demo", "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("what", "ending"), [("report", ".pdf"), ("report", ""),
                                              ("data", ".csv"), ("data", ".xlsx")])
def test_a_name_too_long_for_the_disk_is_a_plain_problem(what, ending, tmp_path, capsys):
    """It used to say 'the export could not be made (OSError: [Errno 36] …)'."""
    out = tmp_path / ("é" * 140 + ending)
    assert main_export([what, "demo", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is too long for a file here. Choose a shorter one." in err
    assert "OSError" not in err and "Errno" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_fault_of_ours_is_said_in_plain_words_with_exit_1(tmp_path, monkeypatch, capsys):
    """It used to print the library's words: 'the export could not be made (LayoutError:
    Flowable <Table@0x7F8C… 1 rows x 2 cols(tallest row 993.0)> … too large on page 4 …)'."""
    from reportlab.platypus.doctemplate import LayoutError

    import wtfc.export.feedback_sheet as sheet

    def fails(*args, **kwargs):
        raise LayoutError("Flowable <Table@0x7F8CF5914FD0 1 rows x 2 cols> too large on page 4")

    monkeypatch.setattr(sheet, "export_feedback_sheet", fails)
    out = tmp_path / "sheet.pdf"
    assert main_export(["feedback", "demo", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert (
        "Problem: something went wrong while making the feedback export, and nothing was "
        "saved. The workshop file is unchanged. Please tell us what you were exporting."
    ) in err
    assert "LayoutError" not in err and "Flowable" not in err and "Traceback" not in err
    assert not out.exists()
