"""Every page of every PDF says which workshop it belongs to, on which day, and which page of
how many it is: pages get separated, emailed a few at a time, and put beside last cycle's.

The report's pages said "Page 6" (no "of 16") and no date, so its page 2 read word for word
as the next cycle's page 2 (the title is carried over); the action poster's sheets 2, 3… had no
title, date or status date; the feedback letter's pages 2–4 only "Page 2 of 4"."""

from __future__ import annotations

import re

import pytest
from every_pdf import every_pdf
from export_checks import demo_workshop, reader

from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop

TITLE = "Older people's services — Working Together for Change"
DATE = "12 November 2026"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    """Each PDF's pages' words, by name: made and read once (two tests read the poster's)."""
    demo = demo_workshop()
    # 52 actions: the action poster takes more than one A1 sheet
    copies = [a.model_copy(update={"id": f"{a.id}-{n}"}) for a in demo.actions
              for n in range(4)]
    pdfs = every_pdf(demo.model_copy(update={"actions": copies}),
                     previous=load_workshop(demo_previous_path()).workshop)
    return {which: _pages(pdf) for which, pdf in pdfs.items()}


@pytest.mark.parametrize("which, first, number", [
    ("report", 2, "Page {n} of {total}"),  # the cover says it all, larger
    ("feedback sheet", 1, "Page {n} of {total}"),
    ("action poster", 1, "sheet {n} of {total}"),
    ("posters", 1, "Poster {n} of {total}"),
])
def test_every_page_names_the_workshop_its_date_and_its_number(pdf_pages, which, first,
                                                                number):
    pages = pdf_pages[which]
    assert len(pages) > 1
    for n, text in enumerate(pages, start=1):
        if n < first:
            continue
        assert number.format(n=n, total=len(pages)) in text, (which, n)
        # the title, cut with "…" where the foot's type is large (the letter's 16 pt)
        assert re.search(rf"Older people's services[^·]* · {DATE}", text), (which, n)


def test_every_action_poster_sheet_says_how_recent_its_statuses_are(pdf_pages):
    pages = pdf_pages["action poster"]
    assert all("Action status as of 29 November 2026" in text for text in pages)
    assert all(f"{TITLE} · {DATE}" in text for text in pages)


def test_a_one_page_sheet_says_so():
    """A reader holding one page knows there is no other to look for."""
    from wtfc.export.action_poster import action_poster_pdf
    from wtfc.export.feedback_sheet import feedback_sheet_pdf
    from wtfc.model.workshop import Workshop

    demo = demo_workshop()
    [poster] = _pages(action_poster_pdf(demo))
    assert "sheet 1 of 1" in poster
    tiny = Workshop(title="Pilot", date=demo.date)
    [letter] = _pages(feedback_sheet_pdf(tiny))
    assert letter.endswith(f"Page 1 of 1 Pilot · {DATE}")
