"""The workshop record's free text (the reflection's answers, the root-cause teams' names and
findings) is read by the guard before the report and the data export print it; the feedback
sheet prints none of it, so never asks about it."""

from __future__ import annotations

import pytest

from wtfc.app import main as run_app
from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import printed_texts
from wtfc.importing.typed_details import question, typed_details
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Cause, Kind, Reflection, Team, Theme, Workshop

# the reviewer's sentences, typed into the demo's reflection and Team A's summary
WENT_WELL = "Mrs Patel's daughter rang on 07700 900123 to say it helped."
NOT_SO_WELL = "Email jean.smith@example.com about the hearing loop."
FOUND = "Mr Jones at 12 Acacia Road, LS1 4AB told us carers rush."
SECRETS = ("Patel", "07700", "jean.smith", "Jones", "Acacia", "LS1 4AB")
THEME_A = "“I am not treated with respect or as an individual…”"  # Team A's why-tree


def _reviewers_demo() -> Workshop:
    ws = load_workshop(demo_path()).workshop
    teams = [t.model_copy(update={"summary": FOUND}) if t.name == "Team A" else t for t in ws.teams]
    reflection = Reflection(went_well=WENT_WELL, not_so_well=NOT_SO_WELL)
    return ws.model_copy(update={"reflection": reflection, "teams": teams})


@pytest.mark.parametrize("what", ["report", "data"])
def test_the_reflection_and_a_teams_finding_are_asked_about_as_kinds(what):
    """They printed "Mrs Patel's daughter rang on 07700 900123" without asking."""
    found = [f.where for f in typed_details(_reviewers_demo(), what)]
    in_theme = f", in the theme {THEME_A}" if what == "report" else ""
    assert found == [
        "The reflection's answer to “What went well”: "
        "“[name] daughter rang on [phone] to say it helped.”",
        "The reflection's answer to “What didn't go so well”: "
        "“Email [e-mail] about the hearing loop.”",
        f"What the team “Team A” found{in_theme}: "
        "“[name] at [address], [postcode] told us carers…”",  # a whole word
    ]
    text = question(typed_details(_reviewers_demo(), what))
    assert not any(secret in text for secret in SECRETS), text


def test_the_feedback_sheet_prints_none_of_the_record_so_asks_about_none():
    ws = _reviewers_demo()
    assert typed_details(ws, "feedback") == []
    printed = " ".join(text for text, _part in printed_texts(ExportContent(ws)))
    assert not any(secret in printed for secret in SECRETS)


def _teams_workshop(*teams: Team) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting")
    causes = [Cause(id=f"c{i}", theme_id="t1", text=f"Reason {i}", team="Team A") for i in range(3)]
    return Workshop(themes=[theme], causes=causes, teams=list(teams))


def test_a_team_off_every_why_tree_is_asked_about_by_no_export():
    """The report prints a team's record after the tree it worked on, and the data export's
    "Workshop record" sheet only the records of teams on some why-tree: a record whose team
    was taken off its tree is printed by neither, so neither asks about it."""
    ws = _teams_workshop(
        Team(name="Team A", summary="Visits are rushed"),
        Team(name="Mrs Patel's table", summary="Ring 07700 900123"),
    )
    assert typed_details(ws, "report") == []
    assert typed_details(ws, "data") == []


def test_a_team_typed_with_other_capitals_is_asked_about_as_its_record_is_printed():
    """The tree says "team  a" where the record is "Team A": the report and the data export
    print the record (as the Teams panel finds it), so both ask about it."""
    ws = _teams_workshop(Team(name="Team A", summary="Ring 07700 900123 about it"))
    ws = ws.model_copy(update={"causes": [
        c.model_copy(update={"team": "team  a"}) for c in ws.causes]})
    assert [f.where for f in typed_details(ws, "report")] == [
        "What the team “Team A” found, in the theme “I am kept waiting”: “Ring [phone] about it”"
    ]
    assert [f.where for f in typed_details(ws, "data")] == [
        "What the team “Team A” found: “Ring [phone] about it”"
    ]


def test_a_team_on_three_branches_is_asked_about_once():
    ws = _teams_workshop(Team(name="Team A", summary="Ring 07700 900123 about it"))
    assert [f.where for f in typed_details(ws, "report")] == [
        "What the team “Team A” found, in the theme “I am kept waiting”: “Ring [phone] about it”"
    ]


def test_wtfc_export_report_warns_of_them_by_kind(tmp_path, capsys):
    source = tmp_path / "w.wtfc"
    save_workshop(_reviewers_demo(), source, backup=False)
    assert run_app(["export", "report", str(source), "-o", str(tmp_path / "r.pdf")]) == 0
    err = capsys.readouterr().err
    assert "“Email [e-mail] about the hearing loop.”" in err
    assert "[name] at [address], [postcode]" in err
    assert not any(secret in err for secret in SECRETS), err


def test_a_teams_finding_is_named_alike_by_both_questions_before_the_report():
    """The personal-detail question said "What the team “Team A” found, in the theme …" and
    the PDF writing warning after it "A team's summary in the theme …" for the same words:
    both now name the team, in the same words."""
    from wtfc.export.unshowable import unshowable_parts

    ws = _teams_workshop(Team(name="Team A", summary="Ring 07700 900123 about it 我想回家"))
    (detail,) = typed_details(ws, "report")
    (drawn,) = unshowable_parts(ws, "report", quote=lambda text: f"“{text}”")
    named = "What the team “Team A” found, in the theme “I am kept waiting”: "
    assert detail.where.startswith(named) and drawn.where.startswith(named)
