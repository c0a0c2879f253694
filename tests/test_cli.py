"""The command line: help, check, version, the no-screen message, render, exit codes and
where problems are written."""

import os
import subprocess
import sys

import pytest

from tests.child_env import child_env
from tests.shared_app import app_as_found, left_as_found  # noqa: F401  (a fixture)
from wtfc.app import main
from wtfc.model.dates import long_date


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "wtfc 0.1.0" in capsys.readouterr().out


def test_check_reports_a_good_file_and_changes_nothing(tmp_path, capsys):
    from wtfc.model.demo import demo_path

    before = demo_path().read_bytes()
    assert main(["check", "demo"]) == 0
    assert "96 cards from 16 people" in capsys.readouterr().out
    assert demo_path().read_bytes() == before


def test_check_explains_a_broken_file_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "cut.wtfc"
    bad.write_bytes(b'{"schema_version": 1, "title": "Spr')
    assert main(["check", str(bad)]) == 1
    said = capsys.readouterr()
    assert said.err.startswith("Problem: ") and "cut short" in said.err
    # no kept earlier version to open: a copy elsewhere is the way back
    assert "If you have a copy — an e-mail attachment, a USB stick — open that." in said.err
    assert said.out == ""  # a problem goes to standard error, as with every command
    assert "Traceback" not in said.err


def test_without_a_screen_the_app_says_so_plainly(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--demo"]) == 1
    assert "needs a screen" in capsys.readouterr().err


def test_render_writes_a_png_of_the_demo_with_no_screen_set_up(tmp_path):
    """The no-screen message points people at ``wtfc render``, so it must work there."""
    out = tmp_path / "wall.png"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "wtfc", "render", "demo", "--view", "room",
                           "-o", str(out), "--size", "1280x720"],
                          capture_output=True, text=True, timeout=120, env=child_env(env))
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_render_explains_an_unknown_view(tmp_path):
    done = subprocess.run([sys.executable, "-m", "wtfc", "render", "demo", "--view", "poster",
                           "-o", str(tmp_path / "x.png")], capture_output=True, text=True,
                          timeout=120, env=child_env())
    assert done.returncode == 2  # a wrong argument, as `export poster` gives
    assert "Problem: There is no view called 'poster'" in done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.usefixtures("app_as_found")  # render in this process: the shared application
def test_render_refuses_a_file_name_that_is_not_png(tmp_path, capsys):
    """It used to write PNG bytes into 'wall.pdf'."""
    from wtfc.ui.render_cli import main_render

    out = tmp_path / "wall.pdf"
    with left_as_found():  # refused before the app's set-up, and were it moved, without it
        assert main_render(["demo", "--view", "room", "-o", str(out)]) == 2
    assert not out.exists()
    assert "Problem: wtfc render draws PNG pictures" in capsys.readouterr().err


def test_help_says_what_wtfc_is_and_what_each_command_does(capsys):
    """It said 'Start-up and the command line.' and listed the commands' names only."""
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Start-up" not in out
    assert "Run a Working Together for Change workshop" in out
    for line in ("check check a workshop file", "render draw a view of a workshop",
                 "import add statements from a spreadsheet", "suggest suggest themes",
                 "export make the theme posters"):
        assert line in out


def test_check_help_says_what_file_is(capsys):
    assert main(["check", "--help"]) == 0
    assert "FILE the .wtfc workshop file to check, or the word demo" in " ".join(
        capsys.readouterr().out.split())


@pytest.mark.parametrize("argv", [["check"], ["render", "demo"], ["import"], ["suggest"],
                                  ["export", "report", "demo"], ["export", "pictures", "demo",
                                                                 "-o", "x.pdf"]])
def test_wrong_arguments_exit_2_with_the_usage_on_standard_error(argv, capsys):
    """export gave 1 where the others gave 2; 1 is kept for a problem with the files."""
    assert main(argv) == 2
    said = capsys.readouterr()
    assert said.out == "" and f"usage: wtfc {argv[0]}" in said.err
    assert "Traceback" not in said.err


def test_an_import_problem_goes_to_standard_error(tmp_path, capsys):
    assert main(["import", str(tmp_path / "missing.csv"), "--into",
                 str(tmp_path / "w.wtfc")]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("Nothing was imported. There is no file called missing.csv")


def test_export_warns_of_personal_details_typed_during_the_day(tmp_path, capsys):
    """`wtfc export` is told what the app asks about: a name in a cause, by its kind only."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Cause, Kind, Priority, Theme, Workshop

    path = tmp_path / "day.wtfc"
    save_workshop(Workshop(
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                      priority=Priority(chosen=True, rank=1))],
        causes=[Cause(id="k1", theme_id="t1", text="Mrs Patel's round is too long")]), path)
    out = tmp_path / "report.pdf"
    assert main(["export", "report", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Warning: Some words typed during the workshop may be personal details" in err
    assert "“[name] round is too long”" in err and "Patel" not in err
    assert "cancel" not in err  # the export is made: nothing to cancel
    assert out.read_bytes().startswith(b"%PDF")


def test_check_and_export_warn_of_a_next_review_before_the_workshop(tmp_path, capsys):
    """The file opens (a warning, not a refusal), but the facilitator is told the date is
    wrong before the feedback sheet tells people 'We will look again … on 1 January 2020'."""
    import datetime as dt

    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Workshop

    path = tmp_path / "early.wtfc"
    save_workshop(Workshop(date=dt.date(2026, 11, 12), next_review=dt.date(2020, 1, 1)), path)
    said = ("Warning: The next review (1 January 2020) is before the workshop itself "
            "(12 November 2026)")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert said in out and "OK: 'Untitled workshop'" in out
    assert main(["export", "feedback", str(path), "-o", str(tmp_path / "fb.pdf")]) == 0
    assert said in capsys.readouterr().err
    assert main(["export", "posters", str(path), "-o", str(tmp_path / "p.pdf")]) == 1  # none chosen
    assert "next review" not in capsys.readouterr().err  # warned before; posters lack it


def test_check_and_export_warn_of_a_next_review_that_has_passed(tmp_path, capsys):
    """Set for the day before the check: still a warning, not a problem (exit code 0), and
    the feedback sheet says the group will look again 'at the next reviews', not on that day."""
    import datetime as dt
    import re

    from pypdf import PdfReader

    from wtfc.export.feedback_sheet_words import NEXT_REVIEW_UNKNOWN
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Workshop

    yesterday = dt.date.today() - dt.timedelta(days=1)
    day = long_date(yesterday)
    path = tmp_path / "passed.wtfc"
    save_workshop(Workshop(date=yesterday - dt.timedelta(days=8), next_review=yesterday), path)
    said = (f"Warning: The next review ({day}) has passed, so the report says it has passed "
            f"and the feedback sheet gives no date for looking again. Set the date of the next "
            f"one on the Review board (Next review).")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert said in out and "OK: 'Untitled workshop'" in out
    sheet = tmp_path / "fb.pdf"
    assert main(["export", "feedback", str(path), "-o", str(sheet)]) == 0
    assert said in capsys.readouterr().err
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(sheet).pages))
    assert re.sub(r"\s+", "", NEXT_REVIEW_UNKNOWN) in text
    assert re.sub(r"\s+", "", day) not in text  # the sheet gives no date that has passed


def test_check_says_a_damaged_record_in_the_apps_words(tmp_path, capsys):
    import json

    from wtfc.model.demo import demo_path

    raw = json.loads(demo_path().read_text("utf-8"))
    raw["in_the_room"][0]["count"] = -3
    path = tmp_path / "neg.wtfc"
    path.write_text(json.dumps(raw), "utf-8")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err == (
        "Problem: 'neg.wtfc' has a problem: Who was in the room, 'Older people': the count "
        "should be 0 or more, not -3. (In the file: in_the_room[0].count.) If you have a copy "
        "— an e-mail attachment, a USB stick — open that.\n")


def test_check_counts_people_with_cards_as_collect_and_the_exports_do(tmp_path, capsys):
    """A person whose cards were all deleted stays in the file but said nothing: check says
    "from 15 people", as Collect, the report and the data export do, not 16."""
    from wtfc.export.content import ExportContent
    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.operations.cards import delete_cards
    from wtfc.model.storage import load_workshop, save_workshop

    doc = Document(load_workshop(demo_path()).workshop)
    gone = doc.workshop.people[0].id
    delete_cards(doc, card_ids=[c.id for c in doc.workshop.cards if c.person == gone]).do(doc)
    path = tmp_path / "nocards.wtfc"
    save_workshop(doc.workshop, path)
    with_cards = len({c.person for c in doc.workshop.cards if c.person})
    assert len(doc.workshop.people) == with_cards + 1
    assert ExportContent(doc.workshop).people_count == with_cards
    assert main(["check", str(path)]) == 0
    assert f"cards from {with_cards} people," in capsys.readouterr().out


def test_check_says_one_of_each_in_the_singular(tmp_path, capsys):
    """ "1 card from 1 person, 1 theme, 1 action", not "1 cards from 1 people"."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Action, Card, Kind, Person, Role, Theme, Workshop

    card = Card(kind=Kind.NOT_WORKING, text="I feel lonely", person="P01")
    theme = Theme(kind=Kind.NOT_WORKING, name="I feel lonely", card_ids=[card.id])
    ws = Workshop(title="One of each", people=[Person(id="P01")], cards=[card], themes=[theme],
                  actions=[Action(theme_id=theme.id, role=Role.COMMISSIONERS, what="Ask")])
    path = tmp_path / "one.wtfc"
    save_workshop(ws, path)
    assert main(["check", str(path)]) == 0
    assert "— 1 card from 1 person, 1 theme, 1 action." in capsys.readouterr().out


def test_check_notes_more_than_the_top_two_cards_of_a_kind(tmp_path, capsys):
    """The method takes each person's top two (TLAP step 2): six 'not working' cards for P1 is
    said as a note, never a problem (exit code 0), as the facilitator may have good reason."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Card, Kind, Person, Workshop

    cards = [Card(kind=Kind.NOT_WORKING, text=f"Problem {n}", person="P1") for n in range(6)]
    cards.append(Card(kind=Kind.WORKING, text="Lunch club", person="P2"))
    path = tmp_path / "six.wtfc"
    save_workshop(Workshop(people=[Person(id="P1"), Person(id="P2")], cards=cards), path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "Warning: The workshop has no title or date yet: fill them in on 1 Prepare (the exports "
        "print “Untitled workshop” and no date).",  # review 24 firsttime F4
        "Note: P1 has 6 'not working' cards; the method takes each person's top two.",
        "OK: 'Untitled workshop' — 7 cards from 2 people, 0 themes, 0 actions.",
    ]
    assert main(["check", "demo"]) == 0  # the demo keeps to two of each: nothing to say
    assert "top two" not in capsys.readouterr().out
