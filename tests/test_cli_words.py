"""The command line's own words and exit codes: a mistyped command, render's review view and
its --previous, the wrong arguments that exit 2, and messages that gave the app's advice.

Render makes the app's QApplication as a start does: in this process the tests' shared one,
which kept the palette, the focus ring and the tip filter for every later test in the worker.
What is tested here is words, so render gets the shared application untouched
(tests/shared_app.py)."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.shared_app import app_as_found, left_as_found  # noqa: F401  (a fixture)
from wtfc.app import main
from wtfc.model.demo import demo_path
from wtfc.ui import application
from wtfc.ui.render_cli import main_render

pytestmark = pytest.mark.usefixtures("app_as_found")
SMALL = ["--size", "640x360"]


def test_render_leaves_the_shared_application_as_it_found_it(tmp_path, monkeypatch):
    """Every later test in the worker ran with the palette, ring and tip filter set here."""
    monkeypatch.setattr(application, "TIP_WAKE_MS", 0)  # a tip filter would come at once
    out = tmp_path / "x.png"
    with left_as_found():
        assert main_render(["demo", "--view", "theme:nope", "-o", str(out), *SMALL]) == 2


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["exprt", "report", "demo", "-o", "x"], "export"),
        (["Check", "demo"], "check"),
        (["imprt", "s.csv"], "import"),
        (["rendr", "demo", "--view", "wall", "-o", "w.png"], "render"),
        (["report", "demo", "-o", "r.pdf"], "export"),
    ],
)
def test_a_mistyped_command_says_which_was_meant(argv, meant, tmp_path, monkeypatch, capsys):
    """`wtfc exprt report demo -o x` said 'unrecognized arguments: demo -o x'."""
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    said = capsys.readouterr()
    assert said.err.startswith(
        f"Problem: '{argv[0]}' is not a command — did you mean {meant}? The commands are: "
        "check, render, import, suggest, export"
    )
    assert "unrecognized arguments" not in said.err and said.out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("word", ["chek", "demo", "Spring"])
def test_a_file_to_open_is_not_taken_for_a_command(word, tmp_path, monkeypatch):
    """'chek' is a file here, 'demo' the demo and 'Spring' near no command: the app opens."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chek").write_text("{}", encoding="utf-8")
    opened = []
    monkeypatch.setattr("wtfc.ui.application.run_app", lambda **options: opened.append(options))
    main([word])
    assert opened == [{"file": word, "demo": False}]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["--view", "bogus"],
            "Problem: There is no view called 'bogus'. Views: causes, fishbone, plan, priorities",
        ),
        (
            ["--view", "wall", "--previous", "demo"],
            "Problem: --previous is only for --view review (it compares with last time's "
            "workshop); the wall view does not.",
        ),
        (["--view", "theme:nope"], "Problem: There is no theme called 'nope'. Themes: "),
    ],
)
def test_render_wrong_arguments_exit_2_with_the_usage(argv, said, tmp_path, capsys):
    """`render --view bogus` exited 1 while `export bogus` exited 2."""
    out = tmp_path / "x.png"
    assert main_render(["demo", *argv, "-o", str(out), *SMALL]) == 2
    err = capsys.readouterr().err
    assert err.startswith(said)
    assert "usage: wtfc render" in err
    assert not out.exists()


def test_a_theme_list_cut_short_says_how_many_more(tmp_path, capsys):
    """The demo's ten themes were listed as eight, as if there were no more."""
    assert main_render(["demo", "--view", "theme:nope", "-o", str(tmp_path / "x.png")]) == 2
    first_line = capsys.readouterr().err.splitlines()[0]
    assert first_line.endswith("; and 2 more.")
    assert first_line.count("; ") == 8


def test_render_review_of_the_demo_compares_with_its_previous_cycle(tmp_path, capsys):
    """Without --previous it drew only 'Looking back', and said nothing of it."""
    out = tmp_path / "review.png"
    assert main_render(["demo", "--view", "review", "-o", str(out), *SMALL]) == 0
    said = capsys.readouterr().out
    assert "Note: compared with the demo's previous cycle, as the Review board does." in said
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_render_review_says_when_it_shows_only_looking_back(tmp_path, capsys):
    mine = tmp_path / "mine.wtfc"
    shutil.copyfile(demo_path(), mine)
    out = tmp_path / "review.png"
    assert main_render([str(mine), "--view", "review", "-o", str(out), *SMALL]) == 0
    assert "Note: with no --previous, the review view shows only 'Looking back'" in (
        capsys.readouterr().out
    )
    assert out.exists()


@pytest.mark.parametrize(
    ("this", "previous", "said"),
    [
        (
            "demo",
            "demo",
            "'demo.wtfc' is this workshop's own file, so nothing would show as changed.",
        ),
        ("mine", "demo", "'demo.wtfc' holds the same workshop as 'mine.wtfc'"),
    ],
)
def test_render_review_checks_last_time_as_the_report_does(this, previous, said, tmp_path, capsys):
    """`--previous demo` on the demo drew the workshop against itself."""
    shutil.copyfile(demo_path(), tmp_path / "mine.wtfc")
    file = "demo" if this == "demo" else str(tmp_path / "mine.wtfc")
    out = tmp_path / "review.png"
    assert main_render([file, "--view", "review", "--previous", previous, "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"Problem: {said}")
    assert not out.exists()


def test_export_into_a_file_taken_for_a_folder_says_it_is_a_file(tmp_path, capsys):
    """It said "The folder 'notwtfc.wtfc' does not exist" of a file that does."""
    (tmp_path / "notwtfc.wtfc").write_text("x", encoding="utf-8")
    out = tmp_path / "notwtfc.wtfc" / "r.pdf"
    assert main(["export", "report", "demo", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"Problem: '{tmp_path / 'notwtfc.wtfc'}' is a file, not a folder, so "
        "'r.pdf' could not be saved in it."
    )
    assert "does not exist" not in err


def test_export_s_personal_detail_warning_is_worded_for_a_made_export(tmp_path, capsys):
    """It said 'export anyway' of an export already saved."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Cause, Kind, Priority, Theme, Workshop

    path = tmp_path / "day.wtfc"
    save_workshop(
        Workshop(
            themes=[
                Theme(
                    id="t1",
                    kind=Kind.NOT_WORKING,
                    name="I am kept waiting",
                    priority=Priority(chosen=True, rank=1),
                )
            ],
            causes=[Cause(id="k1", theme_id="t1", text="Mrs Patel's round is too long")],
        ),
        path,
    )
    assert main(["export", "report", str(path), "-o", str(tmp_path / "r.pdf")]) == 0
    err = capsys.readouterr().err
    assert "anyway" not in err and "cancel" not in err
    assert (
        "The export is made all the same. If they could identify someone, change those "
        "words where they were typed (in the app) and run the export again; if they are "
        "fine (a service's or a place's name), there is nothing to do."
    ) in err


@pytest.fixture
def newer_file(tmp_path):
    raw = json.loads(demo_path().read_text("utf-8"))
    raw["schema_version"] = 999
    path = tmp_path / "future.wtfc"
    path.write_text(json.dumps(raw), "utf-8")
    return path


def test_check_on_a_newer_file_says_what_to_do_on_the_command_line(newer_file, capsys):
    """It advised 'Use Save As', which check has not got."""
    assert main(["check", str(newer_file)]) == 0
    out = capsys.readouterr().out
    assert "Save As" not in out
    assert out.startswith(
        "Note: 'future.wtfc' was saved by a newer version of wtfc (format "
        "999; this one reads format "
    )
    assert "To check all of it, use the newer version of wtfc" in out


def test_import_into_a_newer_file_says_what_to_do_on_the_command_line(newer_file, tmp_path, capsys):
    source = tmp_path / "s.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    before = newer_file.read_bytes()
    assert main(["import", str(source), "--into", str(newer_file)]) == 1
    err = capsys.readouterr().err
    assert "Save As" not in err
    assert "import with the newer version, or choose another file with --into." in err
    assert newer_file.read_bytes() == before
