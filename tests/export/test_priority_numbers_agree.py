"""A file with two themes at one rank, a gap, or a chosen theme with no rank: the feedback
letter, the report and the posters give each priority the same number. The letter counted
1, 2, 3… for itself while the others printed the file's numbers, so "Priority 2" was a
different theme on two papers (review agree F4). The file is numbered 1..n as it opens
(``priority_numbers``), and the letter prints that stored number."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Priority, Workshop

TODAY = dt.date(2026, 11, 28)
FILE_RANKS = {  # the file's ranks for t1, t2, t3 → the numbers every paper prints
    "two at rank 1": ((1, 1, 2), (1, 2, 3)),
    "a gap": ((5, 2, 9), (2, 1, 3)),
    "no rank": ((None, 1, None), (2, 1, 3)),
}


def _opened(tmp_path, ranks: tuple[int | None, ...]) -> Workshop:
    ws = make_workshop()
    for theme, rank in zip(ws.themes[:3], ranks, strict=True):
        theme.priority = Priority(chosen=True, rank=rank, votes=theme.priority.votes)
    path = tmp_path / "hand-edited.wtfc"
    save_workshop(ws, path)
    return load_workshop(path).workshop


@pytest.mark.parametrize("case", FILE_RANKS)
def test_every_paper_numbers_each_priority_alike(tmp_path, case):
    ranks, numbered = FILE_RANKS[case]
    ws = _opened(tmp_path, ranks)
    names = [t.name for t in ws.themes[:3]]
    want = dict(zip(names, numbered, strict=True))
    assert {t.name: t.priority.rank for t in ws.themes[:3]} == want

    letter = all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
    for name, rank in want.items():
        assert f"{rank}.{squash(name)}" in letter

    report = all_text(reader(report_pdf(ws, today=TODAY)))
    for name, rank in want.items():  # the chapter's label, then its heading, the name
        assert re.search(re.escape(f"Priority{rank}·") + r"[^“]{0,80}“" + re.escape(squash(name)),
                         report), (name, rank)

    posters = reader(theme_posters_pdf(ws, today=TODAY))
    on_pages = {name: rank for page in posters.pages for name, rank in want.items()
                if f"Priority{rank}" in squash(page.extract_text())
                and squash(name) in squash(page.extract_text())}
    assert on_pages == want


def test_the_letter_prints_the_stored_number_not_a_count_of_its_own():
    """A priority with no "I" statement yet is listed by its cards' words under its own number,
    2; the next keeps its number, 3, as on the board and in the report."""
    ws = make_workshop()
    for theme, rank in zip(ws.themes[:3], (1, 2, 3), strict=True):
        theme.priority = Priority(chosen=True, rank=rank)
    ws.themes[1].name = ""
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert [(d.theme, d.rank) for d in words.priorities] == [(ws.themes[0].name, 1), ("", 2),
                                                            (ws.themes[2].name, 3)]
    assert f"3.{squash(ws.themes[2].name)}" in all_text(reader(feedback_sheet_pdf(ws,
                                                                                 today=TODAY)))
