"""No page of the report ends with a heading whose first item is over the page: each heading
("Why it happens", "What would success look like?", "What we will do", a perspective's "… would
say", a theme's name, a kind in the appendix) is kept on a page with its first item."""

from __future__ import annotations

import datetime as dt

from export_checks import reader

from wtfc.export.report import report_pdf
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Workshop,
)

TITLE = "Headings workshop"
HEADINGS = {"Why it happens", "What would success look like?", "What we will do",
            "Action status as of 1 March 2025.", *(p.label for p in Perspective)}


def _workshop(fillers: int) -> Workshop:
    """One theme whose headings move down the page, a line or two at a time, as the number of
    cards above them grows; and cards in no theme, after it."""
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING,
                  text="The carers change every week so I never know who is coming" +
                       " and nobody rings to say" * (i % 3)) for i in range(fillers)]
    loose = [Card(id=f"u{i}", kind=Kind.WORKING, text=f"Loose card {i}") for i in range(3)]
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                  card_ids=[c.id for c in cards], priority=Priority(chosen=True, rank=1))
    causes = [Cause(id=f"k{i}", theme_id="t1", text=f"Because of reason {i}, which is long "
                    "enough to take a line of its own on the page.") for i in range(4)]
    success = [SuccessStatement(id=f"s{n}", theme_id="t1", perspective=perspective,
                                text=f"We know who is coming ({perspective.label}).")
               for n, perspective in enumerate(Perspective)]
    actions = [Action(id=f"a{i}", theme_id="t1", role=Role.PROVIDERS, owner="Agency",
                      what=f"Send a weekly rota {i}", by_when=dt.date(2025, 6, 1))
               for i in range(3)]
    return Workshop(title=TITLE, cards=[*cards, *loose], themes=[theme], causes=causes,
                    success=success, actions=actions)


def _last_lines(pdf_bytes: bytes) -> list[str]:
    """Each page's last line of text after the title page's (not read: reading is the slow
    part), the running footer (title, page number) left out."""
    out = []
    for page in list(reader(pdf_bytes).pages)[1:]:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        lines = [line for line in lines if line and line != TITLE
                 and not line.startswith("Page ")]
        out.append(lines[-1] if lines else "")
    return out


def test_no_page_ends_with_a_heading():
    orphans = []
    for fillers in range(20, 60):  # a heading reaches the foot of page 2 or 3 in turn
        pages = _last_lines(report_pdf(_workshop(fillers), today=dt.date(2025, 3, 1)))
        for number, last in enumerate(pages, start=2):  # after the title page
            if last in HEADINGS or last.startswith(("Not working (", "Working (")):
                orphans.append((fillers, number, last))
    assert not orphans
