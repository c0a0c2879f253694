"""Which cause an action tackles and which success statement it aims at (set in the action
dialog): shown under the action wherever commissioners read the plan."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from export_checks import all_text, demo_workshop, reader, squash, text_sizes

from wtfc.export.action_poster import SMALLEST, TACKLES_NOTE, action_poster_pdf
from wtfc.export.data import export_data
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.unshowable import unshowable_parts
from wtfc.importing.typed_details import quote_as_kinds, typed_details
from wtfc.model.workshop import Action, Cause, Role, Workshop

TODAY = dt.date(2025, 1, 1)
# Not a root cause, so no poster lists it but under the action that tackles it.
LINKED = "Agency staff are not told who they are visiting."
TACKLES = "Because (cause not agreed):"  # nor agreed to address, which the action says


def linked(workshop: Workshop, text: str = LINKED, *, agreed: bool = False) -> Workshop:
    """a1 tackles a cause of the theme that is not a root cause and aims at s2. An ``agreed``
    cause says plain "Because:" (only the theme posters list agreed causes otherwise)."""
    cause = Cause(id="k9", theme_id="t1", parent_id="k1", text=text, agreed=agreed)
    actions = [a.model_copy(update={"cause_id": "k9", "success_id": "s2"}) if a.id == "a1"
               else a for a in workshop.actions]
    return workshop.model_copy(update={"causes": [*workshop.causes, cause],
                                       "actions": actions})


def test_the_theme_poster_says_under_an_action_what_it_tackles_and_aims_at(workshop):
    text = all_text(reader(theme_posters_pdf(linked(workshop), today=TODAY)))
    assert squash(f"{TACKLES} {LINKED}") in text
    assert squash("So people can say: “Contracts reward continuity of carer.”") in text
    # the action not linked says neither
    assert text.count("Because") == 1 and text.count(squash("So people can say:")) == 1


def test_the_report_says_it_in_the_action_table(workshop):
    pdf = reader(report_pdf(linked(workshop), today=TODAY))
    text = all_text(pdf)
    tackles = squash(f"{TACKLES} {LINKED}")
    assert tackles in text
    assert squash("So people can say: “Contracts reward continuity of carer.”") in text
    # in the table, between the action's words and its first step
    assert (text.index(squash("Pay for continuity")) < text.index(tackles)
            < text.index(squash("First step: Draft")))


def _under_the_actions(text: str) -> str:
    """The action poster's words less its note, which names the lines ("Each action's
    “Because:” line is in full in the report…")."""
    return text.replace(squash(TACKLES_NOTE).removesuffix("."), "")


def test_the_action_poster_gives_a_cause_whole_where_the_sheet_holds_it(workshop):
    """A plan of a few actions: the cause tackled is whole, at the size its one line would
    have had, where it was cut to "Because: Bills are written in council…" with a fifth of
    the sheet empty."""
    long = LINKED + " Nobody writes it down, so each new carer starts from nothing" * 3
    pdf = reader(action_poster_pdf(linked(workshop, long, agreed=True), today=TODAY))
    text = all_text(pdf)
    assert squash(f"Because: {long}") in text
    assert "…" not in text and len(pdf.pages) == 1
    short = reader(action_poster_pdf(linked(workshop, agreed=True), today=TODAY))
    assert max(text_sizes(pdf, 0)) == max(text_sizes(short, 0))  # no smaller for it
    assert squash(TACKLES_NOTE) in text  # the report has the success it aims at
    # under no action (only the note names the line): a line more per action costs the demo a sheet
    assert squash("So people can say") not in _under_the_actions(text)


def test_the_action_poster_cuts_a_cause_to_one_line_where_whole_ones_take_more_room():
    """The demo's thirteen actions fill the sheet: a long cause is cut to its one line rather
    than set smaller or carried on to a second sheet."""
    demo = demo_workshop()
    cause_id = demo.actions[0].cause_id
    long = "Nobody writes it down, so each new carer starts from nothing. " * 4
    causes = [c.model_copy(update={"text": long}) if c.id == cause_id else c
              for c in demo.causes]
    pdf = reader(action_poster_pdf(demo.model_copy(update={"causes": causes}), today=TODAY))
    text = all_text(pdf)
    assert squash("Nobody writes it down") in text and "…" in text
    assert text.count(squash("so each new carer starts from nothing")) == 0  # its one line
    assert len(pdf.pages) == 1
    plain = reader(action_poster_pdf(demo, today=TODAY))
    assert max(text_sizes(pdf, 0)) == max(text_sizes(plain, 0))


def test_the_demos_action_poster_stays_one_sheet_at_24_pt_with_every_cause():
    """The demo links all thirteen actions: a line each still fits one A1 sheet at 24 pt."""
    demo = demo_workshop()
    assert all(a.cause_id for a in demo.actions)
    pdf = reader(action_poster_pdf(demo, today=TODAY))
    assert len(pdf.pages) == 1
    assert min(text_sizes(pdf, 0)) >= SMALLEST
    assert _under_the_actions(all_text(pdf)).count(squash("Because:")) == len(demo.actions)


def test_the_data_export_has_a_column_for_each(workshop, tmp_path):
    ws = linked(workshop)
    [book] = export_data(ws, tmp_path / "data.xlsx")
    sheet = openpyxl.load_workbook(book)["Actions"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][12:14] == ["Cause it tackles", "Success it aims at"]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["a1"][12:14] == [LINKED, "Contracts reward continuity of carer."]
    assert by_id["a2"][12:14] in ([None, None], ["", ""])
    files = export_data(ws, tmp_path / "data.csv")
    actions = next(f for f in files if f.name == "data-actions.csv")
    with actions.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][12:14] == ["Cause it tackles", "Success it aims at"]
    assert {row[0]: row[12:14] for row in table[1:]}["a1"] == [
        LINKED, "Contracts reward continuity of carer."]


@pytest.mark.parametrize("what", ["posters", "action-poster"])
def test_the_personal_detail_question_reads_the_cause_printed_under_an_action(workshop, what):
    """A cause no poster lists otherwise (not a root cause) is printed under its action, so
    the guard reads it before a poster is made."""
    ws = linked(workshop, "Mrs Patel's carer is never told she is deaf.")
    found = [f.where for f in typed_details(ws, what)]
    assert any(w.startswith("A cause in the theme") and "[name]" in w for w in found), found


def test_the_personal_detail_question_reads_a_linked_statement_of_another_theme(workshop):
    ws = linked(workshop)
    statements = [s.model_copy(update={"theme_id": "t3", "text": "Ring 07700 900123 to ask."})
                  if s.id == "s2" else s for s in ws.success]
    ws = ws.model_copy(update={"success": statements})  # t3 is no priority: no poster of its own
    found = [f.where for f in typed_details(ws, "posters")]
    assert any("[phone]" in w and "I have people who know me" in w for w in found), found
    assert not any("[phone]" in w for w in typed_details(ws, "action-poster"))  # not printed


@pytest.mark.parametrize("what", ["posters", "action-poster"])
def test_a_linked_cause_in_writing_the_pdf_cannot_show_is_warned_of_and_marked(workshop,
                                                                               what):
    ws = linked(workshop, "방문 시간이 자주 바뀝니다", agreed=what == "action-poster")
    parts = unshowable_parts(ws, what, quote=quote_as_kinds)
    assert any("방문" in p.where and "Korean text" in p.what for p in parts), parts
    pdf = theme_posters_pdf if what == "posters" else action_poster_pdf
    tackles = TACKLES if what == "posters" else "Because:"
    assert squash(f"{tackles} [Korean text not shown]") in all_text(reader(pdf(ws, today=TODAY)))


def test_a_crowded_theme_poster_cuts_the_links_to_a_line_and_says_where_they_are_whole(
        workshop):
    """Where not every action fits at 14 pt, an action's cause and success go to one line
    each; the action poster does not have the success words, so only the report is named."""
    sentence = "Review the home care contract with providers and people who use services. "
    ws = linked(workshop, LINKED + " " + sentence * 4)
    actions = [a.model_copy(update={"what": sentence * 60}) if a.id == "a1" else a
               for a in ws.actions]
    ws = ws.model_copy(update={"actions": actions})
    text = squash(reader(theme_posters_pdf(ws, theme_ids=["t1"])).pages[0].extract_text())
    assert squash(f"{TACKLES} Agency staff") in text
    assert squash(LINKED + " " + sentence) not in text  # one line of it
    assert squash("Words cut short (…) are whole in the report.") in text


def test_the_action_posters_other_themes_are_read_before_it_is_made_too(workshop):
    """The A1 poster prints the actions of a theme that is no priority (under "Actions
    agreed for other themes"): its words are asked about and warned of as a priority's."""
    other = Action(id="a9", theme_id="t3", role=Role.PROVIDERS, owner="Ring 07700 900123",
                   what="Keep the same carers: 방문 시간")
    ws = workshop.model_copy(update={"actions": [*workshop.actions, other]})
    assert squash("Ring 07700 900123") in all_text(reader(action_poster_pdf(ws, today=TODAY)))
    found = [f.where for f in typed_details(ws, "action-poster")]
    assert any("[phone]" in w and "I have people who know me" in w for w in found), found
    parts = unshowable_parts(ws, "action-poster", quote=quote_as_kinds)
    assert any("방문" in p.where for p in parts)
