"""The report's cover holds what fits on it; the rest (a long purpose or scope, who took part,
what they said) carries on onto body pages that have the running footer and page number, each
heading on a page with what it heads. A long scope pushed the summary onto a page of its own
that had the cover's dark band and no page number; a long title left "Whose reviews" alone at
the foot of the cover."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_report_pdf, demo_workshop, reader

from wtfc.export.report import report_pdf

COVER_HEADINGS = {"Purpose", "Scope", "Whose reviews", "What they said"}
MORE_SCOPE = (
    "Reviews were chosen so that every locality and every kind of service is "
    "represented, including people who pay for their own care, people with dementia "
    "and their carers, and people whose first language is not English (interpreters "
    "were used for Urdu, Bengali and Polish). Care managers and providers' staff "
    "helped people choose their top two statements; where a person could not take "
    "part, a family carer or advocate spoke with them."
)
LONG_TITLE = (
    "Older people's services in Riverside, North, Old Town, Hillside and East Moor — "
    "Working Together for Change, autumn 2026 cycle, with the home care, day "
    "services, extra care housing and residential care providers"
)


@pytest.fixture(scope="module")
def demo():
    return demo_workshop()


def _pages(pdf: bytes, first: int | None = None) -> list[list[str]]:
    """Each page's lines; only the first few when ``first`` is given (reading is the slow part)."""
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in list(reader(pdf).pages)[:first]
    ]


def _body(lines: list[str], title: str) -> list[str]:
    """A page's lines without its footer (the title, perhaps shortened, with the date, and
    "Page 2 of 16")."""
    return [line for line in lines
            if not line.startswith("Page ") and line.split(" · ")[0].rstrip("…") not in title]


def _through_body_start(pdf: bytes) -> list[list[str]]:
    """The pages up to the one where the body starts ("How to read this report"): all that
    the cover holds and carries on to (reading is the slow part)."""
    pages = []
    for page in reader(pdf).pages:
        pages.append([line.strip() for line in page.extract_text().splitlines() if line.strip()])
        if "How to read this report" in pages[-1]:
            break
    return pages


def _problems(pdf: bytes, title: str, pages: list[list[str]] | None = None) -> list[str]:
    """What is wrong with the cover's pages: a page after the cover without its page number,
    or a page whose last line (before the footer) is one of the cover's headings."""
    found = []
    for number, lines in enumerate(pages or _pages(pdf), start=1):
        if number > 1 and not any(x.startswith(f"Page {number} of ") for x in lines):
            found.append(f"page {number} has no page number")
        body = _body(lines, title)
        if body and body[-1] in COVER_HEADINGS:
            found.append(f"page {number} ends with {body[-1]!r}")
    return found


def test_a_long_scope_carries_on_onto_a_numbered_page_with_the_chart(demo):
    """The reviewer's case, 740 more characters of scope, twice: once no longer fills the cover
    since its two tables stand side by side."""
    long = f"{demo.scope} {MORE_SCOPE} {MORE_SCOPE}"
    # the reviewer's demo had no agreements: without them the chart's chapter fits on page 2
    ws = demo.model_copy(update={"scope": long, "agreements": ""})
    pdf = report_pdf(ws, today=dt.date(2026, 11, 28))
    pages = _pages(pdf)  # read once for both checks (reading is the slow part)
    assert not _problems(pdf, ws.title, pages)
    # the line that sums the workshop up is under its title, never alone at the top of a body
    # page (it came last, below the tables, and the cover had no room left for it)
    assert any("themes; the room chose" in x for x in pages[0])
    # the page the cover carries on to is not left nearly blank: the chart's chapter follows
    assert "Themes at a glance" in pages[1]
    # with the demo's agreements as well, page 2 still goes on with how to read the report
    agreed = report_pdf(demo.model_copy(update={"scope": long}), today=dt.date(2026, 11, 28))
    agreed_pages = _pages(agreed)
    assert not _problems(agreed, ws.title, agreed_pages)
    assert "How to read this report" in agreed_pages[1]


def test_a_long_title_leaves_no_heading_at_the_foot_of_the_cover(demo):
    ws = demo.model_copy(
        update={
            "title": LONG_TITLE,
            "venue": "Riverside Community Hall, Main Street, Riverside (the large room upstairs, "
            "lift at the back)",
            "facilitator": "Jane Smith and Mohammed Rahman, Commissioning and Quality Team, Adult "
            "Social Care and Health Directorate",
        }
    )
    assert not _problems(report_pdf(ws, today=dt.date(2026, 11, 28)), ws.title)


def test_no_scope_length_spills_the_cover(demo):
    """Scope grown a few words at a time: whichever line of the cover reaches the foot of the
    page, what follows is on a numbered body page and no heading is left behind."""
    words = MORE_SCOPE.split()
    # What the cover holds and what carries on from it come from the header, the people, the
    # cards and the themes; the boards' chapters after it only made each of 39 reports slower.
    # The pages are read up to the one the body starts on, wherever the cover's words end
    # (page 2 for every scope here): a page past that is no page of the cover's.
    cover_only = demo.model_copy(update={"causes": [], "success": [], "actions": [], "teams": []})
    found = []
    for n in range(0, len(words) * 3, 7):
        extra = " ".join((words * 3)[:n])
        ws = cover_only.model_copy(update={"scope": f"{demo.scope} {extra}"})
        pdf = report_pdf(ws, today=dt.date(2026, 11, 28))
        found += [(n, x) for x in _problems(pdf, ws.title, pages=_through_body_start(pdf))]
    assert not found


def test_a_short_cover_is_one_page_and_the_chart_starts_the_next(demo):
    pages = _pages(demo_report_pdf(dt.date(2026, 11, 28)))
    assert any("themes; the room chose" in x for x in pages[0])
    body = _body(pages[1], demo.title)
    assert body[0] == "How to read this report"  # for a reader who was not in the room
    assert "Themes at a glance" in body


BIG_TITLE = ("Older people's services in the North and East localities — Working Together for "
             "Change, autumn cycle")


@pytest.mark.parametrize("title", [BIG_TITLE, BIG_TITLE + "s"])
def test_a_long_title_is_cut_alike_in_every_footer(demo, title):
    """The footer's title stops short of the page number: it was fitted to each page's own
    number, so "… autumn cycles" on pages 2 to 9 read "… autumn…" from page 10 on (and the big
    workshop's "… autumn cycle" on pages 30, 40, 44…). It is fitted to the widest number now
    ("Page 888 of 888"): cut alike on every page, the workshop's date kept whole after it."""
    pdf = reader(report_pdf(demo.model_copy(update={"title": title}), today=dt.date(2026, 11, 28)))
    assert len(pdf.pages) >= 10
    footers = set()
    for page in pdf.pages[1:]:
        lines = page.extract_text().splitlines()
        footers |= {x.strip() for x in lines if x.startswith("Older people's services in")}
    [footer] = footers
    cut, date = footer.split("… · ")
    assert title.startswith(cut) and date == "12 November 2026"
