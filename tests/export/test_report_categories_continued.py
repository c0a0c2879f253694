"""A report page that carries a why-tree's "By category" list on says so at its top, under the
theme's name: "By category (continued)", and the category's name where the page starts
part-way through its causes ("Money (continued)")."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader

from wtfc.export.report import report_pdf
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import Card, Cause, Kind, Priority, Theme, Workshop

TITLE = "Categories carried on"
TODAY = dt.date(2026, 11, 28)
THEME = "I want carers who know me"
BONES = [*CauseCategory, None]


def _workshop(causes: int) -> Workshop:
    theme = Theme(
        id="t1",
        kind=Kind.NOT_WORKING,
        name=THEME,
        card_ids=["c1"],
        priority=Priority(chosen=True, rank=1),
    )
    return Workshop(
        title=TITLE,
        themes=[theme],
        cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming.")],
        causes=[
            Cause(
                id=f"k{i}",
                theme_id="t1",
                category=BONES[i % 3 + 3 * (i >= causes // 2)],
                text=f"Reason {i}: rotas change at short notice and nobody rings to say so.",
            )
            for i in range(causes)
        ],
    )


def _pages(pdf: bytes) -> list[list[str]]:
    """Each page's lines of text, the running footer (title, page number) left out."""
    out = []
    for page in reader(pdf).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        out.append([x for x in lines if x and x != TITLE and not x.startswith("Page ")])
    return out


@pytest.mark.parametrize("causes", [60, 64, 70, 75])
def test_a_page_that_carries_the_list_on_says_so(causes):
    pages = _pages(report_pdf(_workshop(causes), today=TODAY))
    start = next(n for n, lines in enumerate(pages) if "By category" in lines)
    carried = [lines for lines in pages[start + 1 :] if lines and "The teams" not in lines]
    carried = [lines for lines in carried if any(x.startswith("• Reason") for x in lines)]
    assert carried  # the list goes over a page
    labels = {c.label for c in CauseCategory} | {"Not sorted"}
    for lines in carried:
        assert lines[:2] == [f"“{THEME}” (continued)", "By category (continued)"]
        first = lines[2]  # a category's own name, else its name carried on
        assert first in labels or first.removesuffix(" (continued)") in labels
        if first.endswith("(continued)"):
            assert lines[3].startswith("• Reason")
