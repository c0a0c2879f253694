"""``wtfc export report FILE -o OUT --previous LAST.wtfc``: the report compares with last time's
workshop; a bad, missing or same file is a plain problem (exit 1) and nothing is written."""

from __future__ import annotations

import shutil

import pytest
from export_checks import all_text, reader, squash

from wtfc.export.cli import main_export
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop, save_workshop


def test_the_report_compares_with_last_times_file(tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main_export(["report", "demo", "-o", str(out),
                        "--previous", str(demo_previous_path())]) == 0
    assert f"Saved {out}" in capsys.readouterr().out
    text = all_text(reader(out.read_bytes()))
    assert squash("Since last time") in text
    assert squash("Compared with last time's workshop, “Spring 2026 cycle — older people's "
                  "services”") in text


@pytest.mark.parametrize(("name", "contents", "message"), [
    ("missing.wtfc", None, "missing.wtfc' does not exist"),
    ("notes.wtfc", "this is not a workshop", "Couldn't compare with last time's workshop. "),
])
def test_a_bad_or_missing_previous_file_is_a_plain_problem(name, contents, message, tmp_path,
                                                           capsys):
    previous = tmp_path / name
    if contents is not None:
        previous.write_text(contents, encoding="utf-8")
    out = tmp_path / "report.pdf"
    assert main_export(["report", "demo", "-o", str(out), "--previous", str(previous)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Problem: Couldn't compare with last time's workshop. ")
    assert message in err and "Traceback" not in err
    if contents is not None:
        assert "notes.wtfc" in err
    assert not out.exists()


def test_the_workshops_own_file_or_a_copy_of_it_is_refused_in_plain_words(tmp_path, capsys):
    today = tmp_path / "autumn.wtfc"
    shutil.copy(demo_path(), today)
    out = tmp_path / "report.pdf"
    assert main_export(["report", str(today), "-o", str(out), "--previous", str(today)]) == 1
    assert ("'autumn.wtfc' is this workshop's own file, so nothing would show as changed. "
            "Give last time's workshop file after --previous instead.") \
        in capsys.readouterr().err
    copy = tmp_path / "copy.wtfc"
    shutil.copy(today, copy)
    assert main_export(["report", str(today), "-o", str(out), "--previous", str(copy)]) == 1
    assert ("'copy.wtfc' holds the same workshop as 'autumn.wtfc' (the same cards and themes), "
            "so nothing would show as changed.") in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("what", ["posters", "action-poster", "data"])
def test_previous_is_for_the_report_only(what, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert main_export([what, "demo", "-o", str(out),
                        "--previous", str(demo_previous_path())]) == 2
    err = capsys.readouterr().err
    assert "--previous is only for the report" in err and "usage:" in err
    assert list(tmp_path.iterdir()) == []


def test_last_times_words_are_read_by_the_guard_before_the_report(tmp_path, capsys):
    """The hook the app gives: told of last time's workshop and this one, before writing."""
    last = load_workshop(demo_previous_path()).workshop
    action = last.actions[0].model_copy(update={"progress_note": "Ring Mrs Patel on 01632 960418"})
    previous = tmp_path / "spring.wtfc"
    save_workshop(last.model_copy(update={"actions": [action, *last.actions[1:]]}), previous)
    seen = []

    def guard(before, now, what):
        seen.append((before.actions[0].progress_note, now.title))
        return "Last time's words may be personal details."

    out = tmp_path / "report.pdf"
    assert main_export(["report", "demo", "-o", str(out), "--previous", str(previous)],
                       last_time_warnings=guard) == 0
    assert seen == [("Ring Mrs Patel on 01632 960418",
                     "Older people's services — Working Together for Change")]
    assert "Warning: Last time's words may be personal details." in capsys.readouterr().err
    assert out.exists()


def test_wtfc_export_warns_of_last_times_personal_details(tmp_path, capsys):
    """`wtfc export report … --previous` itself (not only the hook): a phone number in last
    time's progress note is warned of, shown as its kind, and the report is made."""
    from wtfc.app import main

    last = load_workshop(demo_previous_path()).workshop
    action = last.actions[0].model_copy(update={"progress_note": "Ring Mrs Patel on 01632 960418"})
    previous = tmp_path / "spring.wtfc"
    save_workshop(last.model_copy(update={"actions": [action, *last.actions[1:]]}), previous)
    out = tmp_path / "report.pdf"
    assert main(["export", "report", "demo", "-o", str(out), "--previous", str(previous)]) == 0
    err = capsys.readouterr().err
    assert "Warning:" in err and "[phone]" in err and "01632 960418" not in err
    assert out.exists()


def test_last_times_words_the_pdf_cannot_draw_are_warned_of(tmp_path, capsys):
    """A theme of last time's named in Chinese printed as '[Chinese or Japanese text not
    shown]' in the 'Since last time' chapter, with no warning first; the report is made."""
    last = load_workshop(demo_previous_path()).workshop
    themes = [last.themes[0].model_copy(update={"name": "我不能去商店"}), *last.themes[1:]]
    previous = tmp_path / "spring.wtfc"
    save_workshop(last.model_copy(update={"themes": themes}), previous)
    out = tmp_path / "report.pdf"
    argv = ["report", "demo", "-o", str(out), "--previous", str(previous)]
    assert main_export(argv, quote=quote_as_kinds) == 0  # quoted as `wtfc export` quotes
    err = capsys.readouterr().err
    assert err.startswith("Warning: Some words in last time's workshop are in writing this "
                          "PDF's fonts cannot draw (Chinese or Japanese text):\n"
                          "• Last time's theme “我不能去商店” (Chinese or Japanese text)\n")
    assert "can only be changed in that workshop's own file" in err
    assert out.exists()


def test_a_last_time_dated_after_this_workshop_is_warned_of_and_the_report_made(tmp_path,
                                                                              capsys):
    """The files swapped: a 21 April workshop's report read 'Compared with last time's
    workshop … (12 November 2026)' without a word."""
    out = tmp_path / "report.pdf"
    assert main_export(["report", str(demo_previous_path()), "-o", str(out),
                        "--previous", "demo"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(
        "Warning: Last time's workshop “Older people's services — Working Together for Change” "
        "is dated 12 November 2026, after this workshop (21 April 2026), so the comparison runs "
        "backwards: themes it calls new may be ones that have gone since, and the other way "
        "round. If the two files are the wrong way round, give the earlier workshop's file "
        "after --previous; if a date is wrong, correct it on the app's Prepare page.")
    assert out.exists()
    assert main_export(["report", "demo", "-o", str(tmp_path / "right.pdf"),
                        "--previous", str(demo_previous_path())]) == 0
    assert "dated" not in capsys.readouterr().err  # the right way round: nothing to say
