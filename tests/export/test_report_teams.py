"""Each root-cause team's record in words, and after a theme's why-tree in the report: who was
in the team by role and what it found ("Team A (2 older people, …): …")."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.export.team_words import (
    lacks_older_people,
    members_words,
    recorded_teams,
    report_line,
    team_line,
)
from wtfc.export.unshowable import unshowable_parts
from wtfc.model.workshop import RoleCount, RoomRole, Team

TODAY = dt.date(2026, 11, 28)
CJK_AND_EMOJI = "我想回家 with my cat 🐈"  # as test_export_writing's
OLDER, COMM, PROV, ORGS = (
    RoomRole.OLDER_PEOPLE,
    RoomRole.COMMISSIONERS,
    RoomRole.PROVIDERS,
    RoomRole.OLDER_PEOPLES_ORGANISATIONS,
)


def _team(*counts: tuple[RoomRole, int], summary: str = "") -> Team:
    return Team(
        name="Team A", summary=summary, members=[RoleCount(role=r, count=n) for r, n in counts]
    )


def test_a_team_is_counted_in_words_one_and_many_alike():
    team = _team((OLDER, 2), (COMM, 1), (PROV, 1))
    assert members_words(team.members) == "2 older people, 1 commissioner, 1 provider"
    assert team_line("Team A", team) == "Team A: 2 older people, 1 commissioner, 1 provider"
    assert (
        members_words(_team((OLDER, 1), (ORGS, 2)).members)
        == "1 older person, 2 from older people's organisations"
    )
    assert team_line("Team B", None) == "Team B: nobody recorded yet"


def test_a_team_with_no_older_person_is_said_so_once_people_are_counted():
    assert lacks_older_people(_team((COMM, 2), (PROV, 1)))
    assert not lacks_older_people(_team((OLDER, 1), (COMM, 2)))
    assert not lacks_older_people(_team(summary="Pay"))  # nobody counted yet: nothing to say
    assert not lacks_older_people(None)


def test_the_report_line_names_the_team_its_people_and_what_it_found():
    assert (
        report_line(_team((OLDER, 2), (COMM, 1), summary="Contracts pay for minutes"))
        == "Team A (2 older people, 1 commissioner): Contracts pay for minutes"
    )
    assert report_line(_team(summary="Pay")) == "Team A: Pay"
    assert report_line(_team((OLDER, 2))) == "Team A (2 older people)."


def test_the_report_prints_each_team_after_its_theme_s_why_tree():
    demo = demo_workshop()
    text = all_text_of(demo_report_pdf(TODAY))
    for team in demo.teams:
        assert squash(report_line(team)) in text
    first = squash(
        "Team A (2 older people, 1 family carer, 1 commissioner, 1 provider, "
        "1 care manager): Contracts pay for minutes of task"
    )
    tree = squash("Care plans are long and written for assessors")  # Team A's tree's last
    success = squash("My carers listen to me")  # the same theme's success, after the teams
    assert text.index(tree) < text.index(first) < text.index(success)


def test_a_team_with_no_record_or_no_branch_here_is_not_printed():
    demo = demo_workshop()
    theme_a = next(c.theme_id for c in demo.causes if c.team == "Team A")
    emptied = [
        t.model_copy(update={"members": [], "summary": ""}) if t.name == "Team A" else t
        for t in demo.teams
    ]
    ws = demo.model_copy(update={"teams": emptied})
    assert recorded_teams(ws, theme_a) == []
    text = squash(all_text(reader(report_pdf(ws, today=TODAY))))
    assert squash("Team A (") not in text and squash("Team B (2 older people") in text


def test_a_summary_the_pdf_cannot_draw_is_named_before_the_export():
    demo = demo_workshop()
    teams = [
        t.model_copy(update={"summary": CJK_AND_EMOJI}) if t.name == "Team B" else t
        for t in demo.teams
    ]
    parts = unshowable_parts(
        demo.model_copy(update={"teams": teams}), "report", quote=lambda t: f"“{t}”"
    )
    named = "What the team “Team B” found, in the theme"
    assert any(p.where.startswith(named) and CJK_AND_EMOJI in p.where for p in parts)


def test_a_team_typed_with_other_capitals_keeps_its_record_in_the_report():
    """The tree says "team a" where the record is "Team A": the Teams panel finds the record
    (spaces and capitals aside), and so do the report and its check of what it can draw."""
    from wtfc.model.document import Document
    from wtfc.model.operations.causes import assign_team

    doc = Document(demo_workshop())
    team_a = [c.id for c in doc.workshop.causes if c.team == "Team A"]
    theme_a = doc.get("causes", team_a[0]).theme_id
    assign_team(doc, cause_ids=team_a, team="team a").do(doc)
    ws = doc.workshop
    assert [t.name for t in recorded_teams(ws, theme_a)] == ["Team A"]
    text = squash(all_text(reader(report_pdf(ws, today=TODAY))))
    assert squash("(2 older people, 1 family carer, 1 commissioner, 1 provider, "
                  "1 care manager): Contracts pay for minutes of task") in text


def test_a_summary_with_the_report_s_markup_letters_prints_as_typed():
    """The report marks up the line ``report_line`` makes (its head bold): what the team typed
    stays words, never markup ("<b>" or a lone "&")."""
    demo = demo_workshop()
    said = "Pay < cost & <b>rotas</b>"
    teams = [t.model_copy(update={"summary": said}) if t.name == "Team B" else t
             for t in demo.teams]
    team_b = next(t for t in teams if t.name == "Team B")
    text = squash(all_text(reader(report_pdf(demo.model_copy(update={"teams": teams}),
                                             today=TODAY))))
    assert squash(report_line(team_b)) in text and squash(said) in text


def test_the_teams_heading_is_as_large_as_the_theme_s_other_headings():
    """'The teams' was 10.5 pt bold over team names in 12 pt bold: smaller than what it heads
    (as 'By category' was before 512fa03)."""
    pdf = reader(demo_report_pdf(TODAY))
    runs = [r for page in pdf.pages for r in _runs(page)]
    at = next(i for i, r in enumerate(runs) if r[2] == "The teams")
    heading, team = runs[at], runs[at + 1]
    assert team[2].startswith("Team ") and team[1]  # a team's name, bold, under it
    assert heading[1] and heading[0] > team[0]
    success = next(r for r in runs if r[2] == "What would success look like?")
    assert heading[0] == success[0]  # the h3 every heading within a theme has


def _runs(page) -> list[tuple[float, bool, str]]:
    """(size, bold, text) of each piece of text on a page, top to bottom."""
    runs: list[tuple[float, bool, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and font is not None:
            runs.append((size * tm[0], str(font["/BaseFont"]).endswith("-Bold"), text.strip()))

    page.extract_text(visitor_text=visit)
    return runs
