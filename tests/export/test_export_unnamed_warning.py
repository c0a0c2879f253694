"""Themes still "not named yet" (grouped first, to be named later) are said in words by
``wtfc export`` and ``wtfc check``: a warning on the way, never a refusal; the file is written."""

from __future__ import annotations

import pytest

from wtfc.app import check_command
from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop


def _with_a_group(tmp_path):
    ws = load_workshop(demo_path()).workshop
    first = ws.themes[0].model_copy(update={"name": "Group 1 (not named yet)"})
    ws = ws.model_copy(update={"themes": [first, *ws.themes[1:]]})
    save_workshop(ws, tmp_path / "w.wtfc")
    return tmp_path / "w.wtfc"


@pytest.mark.parametrize("what", ["posters", "report", "feedback"])
def test_an_export_says_which_themes_are_not_named_yet(what, tmp_path, capsys):
    path = _with_a_group(tmp_path)
    out = tmp_path / "out.pdf"
    assert main_export([what, str(path), "-o", str(out)]) == 0
    assert out.exists()  # a warning, not a refusal
    err = " ".join(capsys.readouterr().err.split())
    assert "1 theme is not named yet: “Group 1 (not named yet)” (working)." in err
    assert "Rename theme (F2)" in err and "Traceback" not in err


def test_named_themes_say_nothing_of_it(tmp_path, capsys):
    assert main_export(["posters", "demo", "-o", str(tmp_path / "p.pdf")]) == 0
    assert "not named yet" not in capsys.readouterr().err


def test_check_warns_and_still_says_ok(tmp_path, capsys):
    assert check_command([str(_with_a_group(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Warning: 1 theme is not named yet: “Group 1 (not named yet)” (working)." in out
    assert "OK: " in out
    assert check_command(["demo"]) == 0
    assert "not named yet" not in capsys.readouterr().out
