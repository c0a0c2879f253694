"""The report's first pages once the cover carries on (how the room agreed to work and decide
runs long): "Themes at a glance" was left alone at the foot of the page the cover's last parts
end on, its sentence and chart over the page; and a page the agreements carried on to started
mid-paragraph with no heading, where a theme's page says "(continued)"."""

from __future__ import annotations

import datetime as dt
import functools
import re

from export_checks import demo_workshop, page_texts, reader, squash

from wtfc.export.report import report_pdf
from wtfc.export.report_sections import Styles

TODAY = dt.date(2026, 11, 29)
AGREE = (
    "We listen to each other and let each person finish. Everyone's words count the same, "
    "whether they use services, care for someone or plan and pay for care. Older people speak "
    "first in each round.\n\nWe decide by dot voting: each person has three dots. Where two "
    "themes tie, the older people in the room choose. We do not name anyone who is not here, "
    "and what is said about a person stays in the room. If someone needs a break they take "
    "one; the facilitator checks that everyone has had a say before we move on. Commissioners "
    "agree to write back within six weeks to say what has happened to each action, and to "
    "come back next year to report on progress."
)
LONG = "\n\n".join(
    [
        "We agreed that everyone would have a fair say, that older people would speak first, and "
        "that we would check with each table before moving on to the next step of the day. " * 3
    ]
    * 8
)


@functools.cache
def _report(agreements: str) -> bytes:
    """The demo's report with these agreements, made once: three tests read the long one."""
    ws = demo_workshop()
    ws.agreements = agreements
    return report_pdf(ws, today=TODAY)


def _pages(agreements: str) -> list[str]:
    return [squash(text) for text in page_texts(_report(agreements))]


def test_themes_at_a_glance_starts_with_its_first_chart():
    for agreements in (AGREE, LONG):
        pages = _pages(agreements)
        page = next(t for t in pages if squash("Themes at a glance") in t)
        assert squash("How many people each theme comes from (and its cards), by what people "
                      "said: most first.") in page
        assert squash("Not working (4 themes)") in page
        assert squash("In the room: 6 older people") in page


def test_a_page_the_agreements_carry_on_to_says_so():
    pages = _pages(LONG)
    assert pages[1].startswith(squash("How we agreed to work and decide (continued)"))
    # the footer comes after the page's words, as a screen reader should meet it
    assert re.search(squash(r"Page 2 of \d+ Older people's services — Working Together for "
                            r"Change · 12 November 2026$"), pages[1])
    # once they end, nothing after them is headed so
    assert sum(squash("(continued)") in t for t in pages[:3]) == 1


def test_the_agreements_continued_line_stands_apart_from_the_words_under_it():
    """It sat 0.6 pt above the first line under it (15 pt between their baselines, where the
    words' own lines are 16 apart); a theme's "(continued)" has 6 pt of space below it."""
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[5] + cm[5], text.strip()))

    reader(_report(LONG)).pages[1].extract_text(visitor_text=visit)
    top = next(i for i, (_, t) in enumerate(runs) if t.endswith("(continued)"))
    (continued, _), (first, _) = runs[top : top + 2]
    line = Styles().body.leading  # the words' own line spacing (their first may be one line)
    assert continued - first >= line + 5  # 15 before, under 16; now 21
