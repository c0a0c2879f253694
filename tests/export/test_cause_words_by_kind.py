"""A hope's why-tree answers "what stands in the way of this?" (the Understand board asks it),
but the report and the poster printed its answers under "Why it happens", each with "Why?" in
front: "Why? No transport after the number 12 bus stopped" read as the reason people want to get
out (review R3 R1). Each kind's heading and lead-in come from one table
(``wtfc.model.cause_kind_words``); a problem's are as they were."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.data_about import SHEETS
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Cause, Priority

TODAY = dt.date(2026, 12, 1)
BUS = "No transport after the number 12 bus stopped."
NEIGHBOURS = "Neighbours live close by."


def _hopes(*, red_tree: bool = True):
    """t2 (a hope, Priority 2) and t3 (what is working, Priority 3) with a cause each."""
    ws = make_workshop()
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=3)})
              if t.id == "t3" else t for t in ws.themes]
    causes = [*(ws.causes if red_tree else []),
              Cause(id="h1", theme_id="t2", text=BUS, root_cause=True, agreed=True),
              Cause(id="w1", theme_id="t3", text=NEIGHBOURS, root_cause=True)]
    return ws.model_copy(update={"themes": themes, "causes": causes})


def _chapter(text: str, start: str, end: str | None) -> str:
    at = text.index(squash(start), text.index(squash("Every theme")))
    return text[at:text.index(squash(end), at) if end else None]


def test_the_report_heads_each_kinds_causes_with_its_own_question():
    text = all_text(reader(report_pdf(_hopes(), today=TODAY)))
    red = _chapter(text, "“I don't know who is coming or when”", "“I want to stay in my own home”")
    hope = _chapter(text, "“I want to stay in my own home”", "“I have people who know me”")
    working = _chapter(text, "“I have people who know me”", None)
    assert squash("Why it happens") in red and squash("Why? Contracts pay by the minute.") in red
    assert squash("Why it happens") not in hope and "Why?" not in hope
    assert squash(f"What stands in the way • In the way: {BUS}") in hope
    assert squash(f"Why it works • Why? {NEIGHBOURS}") in working
    # how to read it: a hope's question too, and "the problem" as there is a red tree
    assert squash("“why?” (of a hope: “what stands in the way of this?”)") in text
    assert squash("at the bottom of the problem") in text


def test_with_no_tree_on_a_problem_the_report_speaks_of_no_problem():
    text = all_text(reader(report_pdf(_hopes(red_tree=False), today=TODAY)))
    assert squash("at the bottom of the problem") not in text
    assert squash("at the bottom of its tree") in text


def test_the_poster_of_a_hope_and_of_what_is_working():
    posters = reader(theme_posters_pdf(_hopes(), theme_ids=["t1", "t2", "t3"], today=TODAY))
    red, hope, working = (squash(page.extract_text()) for page in posters.pages)
    assert squash("Why it happens") in red
    assert squash("Why it happens") not in hope and squash("What stands in the way") in hope
    assert squash("Why it works") in working and squash("Why it happens") not in working


def test_the_data_exports_causes_note_names_a_hopes_question():
    note = SHEETS["causes"][1]
    assert "\"Why?\"" in note and "\"What stands in the way of this?\"" in note
