"""``wtfc export feedback``: the feedback sheet from a terminal, with plain errors."""

from __future__ import annotations

import pytest
from export_checks import all_text, reader, squash

from wtfc.export.cli import main_export


def test_the_demos_feedback_sheet_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "For the people who took part"
    assert main_export(["feedback", "demo", "-o", str(out)]) == 0
    written = out.with_name(out.name + ".pdf")  # .pdf added, as for the other PDFs
    said = capsys.readouterr()
    assert f"Saved {written}" in said.out
    # told, not asked: words an older reader may not know (no words quoted without the guard)
    assert (
        "Warning: Some words on the feedback sheet may be new to an older person reading it at "
        "home:\n• “Individual Service Funds”, in an action: “…”\n"
    ) in said.err
    assert squash("What you told us, and what we are doing about it") in all_text(
        reader(written.read_bytes())
    )


def test_a_folder_that_is_not_there_is_said_plainly(tmp_path, capsys):
    argv = ["feedback", "demo", "-o", str(tmp_path / "no such folder" / "sheet.pdf")]
    assert main_export(argv) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def test_help_names_the_feedback_sheet(capsys):
    assert main_export(["--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "feedback: a large-print A4 letter" in said
    assert ("the feedback sheet for the people whose reviews were used, the day's agenda, or a "
            "spreadsheet") in said  # the agenda joined the exports in 88e2511e
    assert "took part" not in said


def test_wtfc_help_names_whom_the_feedback_sheet_is_for(capsys):
    from wtfc.app import main

    with pytest.raises(SystemExit):
        main(["--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "the feedback sheet for the people whose reviews were used, or the data" in said
