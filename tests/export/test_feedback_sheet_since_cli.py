"""``wtfc export feedback FILE -o OUT --previous LAST.wtfc``: the letter opens with "Since last
time". Before it is made, the personal-detail guard and the check for writing a PDF cannot draw
read what it prints of last time's workshop (its actions' words and notes, their themes' names)
and nothing else of it (no owner, no "How we said we'd know", no title); and this time's
dropped actions and notes, which the letter now prints, are read too."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.cli import main_export
from wtfc.importing.last_time_details import last_time_details
from wtfc.importing.typed_details import quote_as_kinds, typed_details
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop


def _spring(tmp_path, **first):
    last = load_workshop(demo_previous_path()).workshop
    action = last.actions[0].model_copy(update=first)
    path = tmp_path / "spring.wtfc"
    save_workshop(last.model_copy(update={"actions": [action, *last.actions[1:]]}), path)
    return last, path


def test_wtfc_export_feedback_with_previous(tmp_path, capsys):
    """A phone number in last time's note is warned of as its kind; the letter is made, and
    opens with what happened to each of last time's actions."""
    from wtfc.app import main

    last, previous = _spring(tmp_path, progress_note="Ring Mrs Patel on 01632 960418",
                             owner="Jane Smith 07700 900123", status=ActionStatus.DROPPED)
    out = tmp_path / "letter.pdf"
    assert main(["export", "feedback", "demo", "-o", str(out), "--previous",
                 str(previous)]) == 0
    err = capsys.readouterr().err
    assert "What had happened to last time's action" in err and "[phone]" in err
    assert "01632 960418" not in err
    assert "owner" not in err.lower()  # the letter prints no owner: not asked about
    text = all_text(reader(out.read_bytes()))
    since = text.index(squash("Since last time"))
    assert since < text.index(squash("What you told us is working"))
    # the letter goes to people's homes: the note is printed as the guard shows it
    assert squash(f"{last.actions[0].what} We have stopped this: Ring [name] on [phone]") in text
    assert "Patel" not in text and "960418" not in text
    for action in last.actions[1:]:
        assert squash(action.what) in text[since:], action.what
    assert "Jane Smith" not in text


def test_without_previous_the_guard_reads_nothing_of_last_time(tmp_path, capsys):
    out = tmp_path / "letter.pdf"
    seen = []

    def guard(before, now, what):
        seen.append(what)
        return ""

    assert main_export(["feedback", "demo", "-o", str(out)], last_time_warnings=guard) == 0
    assert seen == []
    _, previous = _spring(tmp_path)
    assert main_export(["feedback", "demo", "-o", str(out), "--previous", str(previous)],
                       last_time_warnings=guard) == 0
    assert seen == ["feedback"]


def test_last_times_note_the_pdf_cannot_draw_is_warned_of(tmp_path, capsys):
    _, previous = _spring(tmp_path, progress_note="已经开始了")
    out = tmp_path / "letter.pdf"
    argv = ["feedback", "demo", "-o", str(out), "--previous", str(previous)]
    assert main_export(argv, quote=quote_as_kinds) == 0
    err = capsys.readouterr().err
    assert "Some words in last time's workshop are in writing this PDF's fonts cannot draw" in err
    assert "What had happened to last time's action" in err
    assert out.exists()


def _last_time() -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="The bus never comes")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I can't get out, says Mrs Patel",
                    card_ids=["c1"]),
              Theme(id="t2", kind=Kind.NOT_WORKING, name="No actions, says Mr Grey")]
    actions = [Action(id="a1", theme_id="t1", role=Role.PROVIDERS,
                      owner="Jane Smith, 07700 900123", what="Ring 01632 960418 to book the bus",
                      progress_note="Spoke to Dr Okafor on Monday",
                      how_we_know="Mr Grey can get to the bus stop")]
    return Workshop(title="Spring with Grimshaw", cards=cards, themes=themes, actions=actions)


def test_the_guard_reads_only_what_the_letter_prints_of_last_time():
    wheres = [d.where for d in last_time_details(_last_time(), Workshop(), ["Grimshaw"],
                                                 what="feedback")]
    assert wheres == [
        "Last time's theme “I can't get out, says [name]”",  # a theme with no action: unnamed
        "Last time's action in the theme “I can't get out, says [name]”: "
        "“Ring [phone] to book the bus”",
        "What had happened to last time's action in the theme “I can't get out, says [name]”: "
        "“Spoke to [name] on Monday”",
    ]


def test_this_times_notes_and_dropped_actions_are_read_for_the_letter():
    """The letter prints them now, so the guard asks about them before it is made."""
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting", card_ids=["c1"])
    ws = Workshop(cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Late again")],
                  themes=[theme], actions=[
                      Action(theme_id="t1", role=Role.PROVIDERS, what="Ring 01632 960418",
                             status=ActionStatus.DROPPED, by_when=dt.date(2027, 1, 1)),
                      Action(theme_id="t1", role=Role.PROVIDERS, what="Send a rota",
                             progress_note="Mrs Patel at 14 Mill Lane has hers")])
    wheres = [d.where for d in typed_details(ws, "feedback")]
    assert "An action in the theme “I am kept waiting”: “Ring [phone]”" in wheres
    assert any(w.startswith("What has happened so far to an action in the theme “I am kept "
                            "waiting”: ") and "Mill Lane" not in w for w in wheres), wheres
