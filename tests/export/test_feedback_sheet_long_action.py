"""An action's "What we will do" may be 4,000 characters long (the model's limit): the
feedback sheet prints it in full, carried on over a page, under the priority's name
"(continued)" at the top of the next. It used to fail: each action was one row of a table,
which reportlab cannot split, so the sheet could not be made at all."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_checks import demo_workshop, reader, squash
from pypdf import PdfReader

from wtfc.export.cli import main_export
from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 29)
WORDS = (
    "Money from the Better Care Fund, time from the home care agencies' managers, the Carers' "
    "Centre, the GP surgery's social prescriber, the library and Age UK volunteers; "
)
LONGEST = (WORDS * 30)[:3990] + " THE END."  # 4,000 characters


def _with_long_what(index: int) -> tuple[Workshop, str]:
    """The demo with the first priority's ``index``-th action on the sheet made as long as
    it may be; and the priority's name."""
    ws = demo_workshop()
    first = feedback_words(ExportContent(ws, today=TODAY)).priorities[0]
    what = first.actions[index].what
    actions = [a.model_copy(update={"what": LONGEST}) if a.what == what else a for a in ws.actions]
    return ws.model_copy(update={"actions": actions}), first.theme


@pytest.mark.parametrize("index", [0, 1], ids=["first_action", "second_action"])
def test_a_4000_character_action_is_printed_in_full_over_pages(index):
    ws, priority = _with_long_what(index)
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY))
    assert _in_full(pdf, priority)
    pages = [squash(page.extract_text()) for page in pdf.pages]
    start = next(n for n, text in enumerate(pages) if squash(WORDS) in text)
    end = next(n for n, text in enumerate(pages) if squash("THE END.") in text)
    assert end > start
    # carried on to the next pages, each saying at its top which priority it carries on
    for carried_on in pages[start + 1 : end + 1]:
        assert carried_on.startswith(
            squash(f"What we chose to work on first (continued) 1. {priority} (continued)")
        )
    # the priority's own heading on the page the action starts on, not again before it
    assert pages[start].count(squash(f"1. {priority}")) == 1


def test_the_command_line_makes_it_too(tmp_path, capsys):
    ws, priority = _with_long_what(0)
    source, out = tmp_path / "long.wtfc", tmp_path / "sheet.pdf"
    save_workshop(ws, source)
    assert main_export(["feedback", str(source), "-o", str(out)]) == 0
    assert f"Saved {out}" in capsys.readouterr().out
    assert _in_full(reader(out.read_bytes()), priority)


def _in_full(pdf: PdfReader, priority: str) -> bool:
    """``LONGEST`` is there word for word, once each page's foot ("Page 2 of 5", the title and
    date) and the next one's top ("… (continued)") between are left out."""
    top = squash(f"What we chose to work on first (continued) 1. {priority} (continued)")
    pages = [squash(page.extract_text()) for page in pdf.pages]
    foot = r"Page\d+of\d+[^·]*·\d+[A-Za-z]+\d{4}$"
    text = "".join(re.sub(foot, "", t).removeprefix(top) for t in pages)
    return squash(LONGEST) in text


@pytest.mark.parametrize("rank", [0, 1, 2])
def test_long_actions_leave_no_page_mostly_blank(rank):
    """A long first and last action of a priority run on from where they start: moved whole
    to the next page each left the page before it up to 85% blank (10 pages, not 8)."""
    ws = demo_workshop()
    chosen = sorted((t for t in ws.themes if t.priority.chosen), key=lambda t: t.priority.rank)
    actions = list(ws.actions)
    mine = [i for i, a in enumerate(actions) if a.theme_id == chosen[rank].id]
    long = ("We will meet every person and listen to what matters to them. " * 70)[:4000]
    for i in (mine[0], mine[-1]):
        actions[i] = actions[i].model_copy(update={"what": long})
    pdf = reader(feedback_sheet_pdf(ws.model_copy(update={"actions": actions}), today=TODAY))
    assert len(pdf.pages) == 8
