"""A page (or action-poster sheet) that carries an action table on mid-row says whose row it
is ("Commissioners (continued)") without printing that label over the next role's name: the
row is as tall as its label, and a row of which only the padding carried on is no row at all."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Callable

import pytest
from export_checks import reader, squash
from reportlab.platypus import Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate

from wtfc.export import action_poster as poster
from wtfc.export import action_poster_table as poster_table
from wtfc.export.content import ExportContent, ThemeContent
from wtfc.export.continued import ContinuedTable
from wtfc.export.report_sections import TEXT_WIDTH, Styles, action_table
from wtfc.model.workshop import Action, Card, Kind, Priority, Role, Theme, Workshop

WORDS = "Agree a named small team for each neighbourhood and pay for the travel time. "


def _content(first_words: int, commissioners: int = 1) -> ExportContent:
    theme = Theme(
        id="t1",
        kind=Kind.WORKING,
        name="I like my day centre",
        card_ids=["c1"],
        priority=Priority(chosen=True, rank=1),
    )
    actions = [
        Action(
            id=f"c{i}",
            theme_id="t1",
            role=Role.COMMISSIONERS,
            owner="Jo",
            what=WORDS * (first_words if i == 0 else 1),
        )
        for i in range(commissioners)
    ]
    actions.append(
        Action(
            id="p", theme_id="t1", role=Role.PROVIDERS, owner="Sam", what="Meet the three providers"
        )
    )
    ws = Workshop(
        title="Rows",
        date=dt.date(2025, 3, 3),
        themes=[theme],
        actions=actions,
        cards=[Card(id="c1", kind=Kind.WORKING, text="The day centre is lovely.")],
    )
    return ExportContent(ws, today=dt.date(2025, 3, 1))


def _report_table(content: ExportContent, theme: ThemeContent) -> ContinuedTable:
    table = action_table(content, theme, Styles())
    assert isinstance(table, ContinuedTable)
    return table


def _poster_table(content: ExportContent, theme: ThemeContent) -> ContinuedTable:
    rows, groups = poster_table.action_rows(content, theme, poster.SMALLEST, whole=False)
    return poster_table.action_table(theme, rows, groups, poster.SMALLEST, POSTER_WIDTH,
                                     lambda: poster._theme_head(theme, poster.SMALLEST,
                                                                continued=True))


POSTER_WIDTH = poster.PAGE[0] - 2 * poster.MARGIN
Make = Callable[[ExportContent, ThemeContent], ContinuedTable]
# Each table on pages of its own width and of a height that holds a few of its rows, and the
# height of a line of its cells.
TABLES: dict[str, tuple[Make, float, float]] = {
    "report": (_report_table, TEXT_WIDTH, 700.0),
    "action poster": (_poster_table, POSTER_WIDTH, 1400.0),
}
LINE = {"report": Styles().cell.leading, "action poster": poster.SMALLEST * 1.25}


def _pdf(kind: str, content: ExportContent, room: Callable[[list[float]], float]) -> bytes:
    """The table on pages of its kind, the first leaving ``room(row heights)`` for it."""
    make, width, height = TABLES[kind]
    theme = content.themes[0]
    measured = make(content, theme)
    measured.wrap(width, height)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(width, height), leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0
    )
    frame = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build([Spacer(width, height - room(measured._rowHeights)), make(content, theme)])
    return out.getvalue()


def _who_column(page) -> list[tuple[float, str]]:
    """The lines in the "Who" column under its heading, top first: (baseline, words)."""
    runs: list[tuple[float, float, str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text.strip(), size * tm[3] * cm[3]))

    page.extract_text(visitor_text=visit)
    who = next(r for r in runs if r[2] == "Who")
    what = next(r for r in runs if r[2].startswith("What we will do"))
    lines = [(y, t, size) for x, y, t, size in runs if who[0] - 1 <= x < what[0] - 1 and y < who[1]]
    lines.sort(key=lambda line: -line[0])
    for (above, words, size), (below, next_words, _) in itertools.pairwise(lines):
        assert above - below >= size, f"'{next_words}' printed over '{words}'"
    return [(y, t) for y, t, _ in lines]


def _names(page) -> list[str]:
    return [words for _, words in _who_column(page)]


@pytest.mark.parametrize("kind", TABLES)
def test_a_row_carried_on_by_its_last_line_is_as_tall_as_its_label(kind):
    # The first page has room for the headings and all but the last line of the first row
    # (the report carries three lines over, never one alone: ``FillsPage.LEAST``).
    pdf = reader(_pdf(kind, _content(first_words=5), lambda h: h[0] + h[1] - LINE[kind]))
    assert len(pdf.pages) == 2
    assert " ".join(_names(pdf.pages[1])) == "Commissioners (continued) Providers"
    said = [squash(page.extract_text()).count("traveltime") for page in pdf.pages]
    assert said[1] == (1 if kind == "action poster" else 2)  # the row's last line, or three
    assert sum(said) == 5  # no words lost or said twice


@pytest.mark.parametrize("kind", TABLES)
def test_a_row_whose_words_all_fit_is_not_carried_on_as_an_empty_labelled_row(kind):
    """Only its padding would go over: the next sheet starts with the next role, named as
    ever, and says nothing of the commissioners."""
    pdf = reader(_pdf(kind, _content(first_words=3), lambda h: h[0] + h[1] - 2))
    assert len(pdf.pages) == 2
    assert _names(pdf.pages[1]) == ["Providers"]


@pytest.mark.parametrize("kind", TABLES)
def test_the_next_row_of_the_same_role_says_it_carries_the_role_on(kind):
    pdf = reader(_pdf(kind, _content(first_words=3, commissioners=2), lambda h: h[0] + h[1] - 2))
    assert len(pdf.pages) == 2
    assert " ".join(_names(pdf.pages[1])) == "Commissioners (continued) Providers"
