"""A report page that carries a theme on names it ("“…” (continued)"), as a page that carries
an action table on does ("Actions for “…” (continued)"), and so does an appendix page that
carries a kind of card on; a theme's title is never left at a page's foot with one card."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_checks import demo_report_pdf, demo_workshop, page_texts, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Cause, Kind, Priority, Theme, Workshop

TITLE = "Carried-on workshop"
FIRST_CARDS = 2  # a theme's title keeps two of its cards on its page at least (three but
# at a page foot they would leave more than ``FillsPage.ROOM`` empty, as a table row splits)
TODAY = dt.date(2025, 3, 1)


def _workshop(fillers: int, loose_cards: int = 70) -> Workshop:
    """Theme A, whose cards move theme B's title down the page a line or two at a time; B
    with eight cards and causes enough to carry it on; loose cards for a two-page appendix."""
    a = [
        Card(
            id=f"a{i}",
            kind=Kind.NOT_WORKING,
            text=f"A card {i}: the carers change every week" + " and nobody rings to say" * (i % 3),
        )
        for i in range(fillers)
    ]
    b = [
        Card(
            id=f"b{i}",
            kind=Kind.NOT_WORKING,
            text=f"B card {i}: I never know who is coming or when they will be here.",
        )
        for i in range(8)
    ]
    loose = [
        Card(
            id=f"u{i}",
            kind=Kind.WORKING if i < 65 else Kind.FUTURE,
            text=f"Loose card {i}, which is long enough to take a line of its own in the "
            "appendix of this report.",
        )
        for i in range(loose_cards)
    ]
    themes = [
        Theme(
            id="tA",
            kind=Kind.NOT_WORKING,
            name="Theme A",
            card_ids=[c.id for c in a],
            priority=Priority(chosen=True, rank=1),
        ),
        Theme(id="tB", kind=Kind.NOT_WORKING, name="Theme B", card_ids=[c.id for c in b]),
    ]
    causes = [
        Cause(
            id=f"k{i}",
            theme_id="tB",
            text=f"Because of reason {i}, which is long "
            "enough to take a line of its own on the page.",
        )
        for i in range(30)
    ]
    return Workshop(title=TITLE, cards=[*a, *b, *loose], themes=themes, causes=causes)


def _pages(pdf: bytes, title: str) -> list[list[str]]:
    """Each page's lines of text, the running footer (title, page number) left out."""
    out = []
    for page in reader(pdf).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        out.append(
            [line for line in lines if line and line != title and not line.startswith("Page ")]
        )
    return out


def _uncarried(pages: list[list[str]]) -> list[tuple[int, str]]:
    """Pages after the themes' first that start with neither a theme, a chapter, an appendix's
    kind nor a "(continued)" heading: (page number, first line)."""
    # the chapter may start under Looking back's foot (12 pt tables moved it off a page's top)
    start = next(n for n, lines in enumerate(pages)
                 if any(line.startswith("Every theme") for line in lines))
    starts = (
        "Not working · ",
        "Working · ",
        "Important for the future · ",
        "Appendix: cards not yet in a theme",
        "Themes not chosen as priorities",  # the heading over the rest (R3 R4)
        "Working (",
        "Not working (",
        "Important for the future (",
    )
    return [
        (n + 1, lines[0])
        for n, lines in enumerate(pages)
        if n > start
        and lines
        and not lines[0].startswith(starts)
        # a long "Actions for “…” (continued)" heading takes two lines
        and not any(line.endswith("(continued)") for line in lines[:2])
    ]


@pytest.mark.parametrize("fillers", range(20, 44, 3))
def test_a_page_that_carries_a_theme_or_kind_on_names_it(fillers):
    pages = _pages(report_pdf(_workshop(fillers), today=TODAY), TITLE)
    assert not _uncarried(pages)
    continued = [lines[0] for lines in pages if lines and lines[0].endswith("(continued)")]
    assert "“Theme B” (continued)" in continued
    assert "Working (continued)" in continued  # the appendix's second page
    text = " ".join(line for lines in pages for line in lines)
    assert all(f"Loose card {i}," in text for i in range(70))


def test_the_demo_report_names_the_theme_each_page_carries_on():
    """In the demo, page 8 ended with a title and a card and page 9 carried on with no
    heading; page 4 started 'What would success look like?' under no theme's name."""
    workshop = demo_workshop()
    pages = _pages(report_pdf(workshop, today=TODAY), workshop.title)
    assert not _uncarried(pages)


def _title_page(pdf: bytes, theme: str) -> tuple[int, list[str]]:
    """The page (numbered from 1) with a theme's title, and its lines, the footer left out.
    Read from the page its bookmark opens on, the first the title can be on: reading one
    page or two instead of every page is most of the cost of reading a report back."""
    document = reader(pdf)

    def entries(items):
        for item in items:
            yield from entries(item) if isinstance(item, list) else [item]

    entry = next(e for e in entries(document.outline) if e.title == theme)
    for number in range(document.get_destination_page_number(entry), len(document.pages)):
        lines = [" ".join(x.split()) for x in document.pages[number].extract_text().splitlines()]
        if f"“{theme}”" in lines:
            return number + 1, lines
    raise AssertionError(f"no page has “{theme}”")


def test_a_theme_title_keeps_its_first_cards_on_its_page():
    orphaned = []
    for fillers in range(20, 60):
        # The appendix comes after theme B, so leaving it out moves nothing B's title keeps.
        workshop = _workshop(fillers, loose_cards=0)
        number, lines = _title_page(report_pdf(workshop, today=TODAY), "Theme B")
        cards = [line for line in lines if line.startswith("“B card")]
        if len(cards) < FIRST_CARDS:
            orphaned.append((fillers, number, len(cards)))
    assert not orphaned


def test_a_page_the_priorities_table_carries_on_to_says_so():
    """Long reasons take the priorities table over two pages: the second starts "Priorities
    (continued)" above the column headings again (they alone were repeated)."""
    ws = demo_workshop()
    reason = "Chosen because it came up at every table and in every kind of review. " * 12
    themes = [t.model_copy(update={"priority": t.priority.model_copy(update={"reason": reason})})
              if t.priority.chosen else t for t in ws.themes]
    pdf = reader(report_pdf(ws.model_copy(update={"themes": themes}),
                            today=dt.date(2026, 11, 28)))
    pages = [squash(page.extract_text()) for page in pdf.pages]
    heads = [n for n, text in enumerate(pages) if squash("RankThemePeopleVotes") in text]
    assert len(heads) >= 2  # it does carry on
    for n in heads[1:]:
        assert squash("Priorities (continued)RankThemePeopleVotes") in pages[n]
    assert sum(squash("Priorities (continued)") in text for text in pages) == len(heads) - 1


def _demo_pages(previous: bool) -> list[list[str]]:
    """The demo's report's lines (beside last time's workshop when ``previous``): the report
    and its reading other modules share."""
    pdf = demo_report_pdf(dt.date(2026, 11, 28), previous=previous)
    return [[x.strip() for x in text.splitlines() if x.strip()] for text in page_texts(pdf)]


@pytest.mark.parametrize("previous", [False, True])
def test_no_appendix_card_stands_alone_under_its_kinds_continued_line(previous):
    """"Working (continued)" started a page over one card (the demo with last time's workshop,
    page 18): a kind's last two cards go over together."""
    for number, lines in enumerate(_demo_pages(previous), start=1):
        for kind in ("Not working", "Working", "Important for the future"):
            if f"{kind} (continued)" in lines:
                under = lines[lines.index(f"{kind} (continued)") + 1:]
                ends = [n for n, x in enumerate(under) if re.fullmatch(r"[\w ]+ \(\d+\)", x)]
                cards = under[: ends[0]] if ends else under
                assert sum(x.startswith("“") for x in cards) >= 2, (number, cards)
