"""An action row longer than a page (a few thousand characters of resources) is split across
the report's pages under "Actions for “…” (continued)". The rest of the table was kept
together with nothing, which broke to a new page again and again below that line: with 2,500
characters one page held only the line, with 4,000 several did. No page holds only a heading
now, nor is a page's foot left empty above a row that would be split anyway."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from export_checks import demo_workshop, reader

from wtfc.export.report import report_pdf

TODAY = dt.date(2026, 11, 29)
RESOURCES = (
    "Money from the Better Care Fund, time from the home care agencies' managers, the Carers' "
    "Centre, the GP surgery's social prescriber, the library and Age UK volunteers; "
) * 40


@functools.cache
def _pages(length: int) -> tuple[tuple[str, ...], ...]:
    """Each page's lines, the first action's resources ``length`` characters long: made and
    read once (two tests read 2,500)."""
    ws = demo_workshop()
    ws.actions[0].resources = RESOURCES[:length]
    pdf = reader(report_pdf(ws, today=TODAY))
    pages = []
    for page in pdf.pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        # the running footer ("… — Working Together for Change", "Page 9") is not content
        pages.append(
            tuple(
                x
                for x in lines
                if "Working Together for Change" not in x and not x.startswith("Page ")
            )
        )
    return tuple(pages)


@pytest.mark.parametrize("length", [2500, 4000])
def test_no_page_holds_only_a_heading(length):
    for number, lines in enumerate(_pages(length), start=1):
        assert len(lines) > 2, (number, lines)
        assert not all(line.endswith("(continued)") for line in lines), (number, lines)


def test_the_long_row_starts_where_the_row_before_it_ends():
    """The Providers row, taller than a page, starts on the page the Commissioners row before
    it ends on, below it, rather than leaving that page's foot empty."""
    pages = _pages(2500)
    # in its chapter: "What was agreed", before the chapters, has the row too
    start = next(i for i, lines in enumerate(pages)
                 if "Every theme, in people's own words" in lines)
    for lines in pages[start:]:  # the page the long row (the first action's) starts on
        if any(line.startswith("Write a one-page profile") for line in lines):
            assert "Commissioners" in lines
            assert lines.index("Commissioners") < lines.index("Providers")
            assert lines.count("Who") == 1  # one table, its column headings once
            return
    pytest.fail("the long row is missing")
