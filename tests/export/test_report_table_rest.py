"""A report table split over pages goes on at the top of the next page, its column headings
again there and nowhere else, and a row carried over starts level with its "(continued)"
label.

reportlab tried the rest of a table split between rows in the space left under its first
part, where only a split row fits: the Priorities table printed "Rank | Theme | … " a second
time mid-page, over two or three lines of the very row that was to go over whole (long
reasons, or long Welsh theme names). And a row's "What we will do" cell (its parts on lines
of their own) carried on under an empty line, a line below "Commissioners (continued)"."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from export_checks import demo_report_pdf, demo_workshop, reader
from reportlab.platypus import Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate

from wtfc.export.report import report_pdf
from wtfc.export.report_flow import FillsPage
from wtfc.export.report_sections import TEXT_WIDTH, Styles, grid, p
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 28)
REASON = "Everyone on home care said this, and the providers agreed they could change it. "
WELSH = "Gwasanaethaugofalcartrefacynghanolfannaudyddllanfairpwllgwyngyll"


def _demo(reason_times: int = 0, name: str = "") -> Workshop:
    """The demo, its priorities' reasons ``reason_times`` sentences long, or every theme
    named ``name``."""
    ws = demo_workshop()
    themes = []
    for theme in ws.themes:
        update: dict = {"name": name} if name else {}
        if theme.priority.chosen and reason_times:
            update["priority"] = theme.priority.model_copy(
                update={"reason": REASON * reason_times})
        themes.append(theme.model_copy(update=update))
    return ws.model_copy(update={"themes": themes})


def _lines(page) -> list[str]:
    return [line.strip() for line in page.extract_text().splitlines() if line.strip()]


@pytest.mark.parametrize("ws", [
    pytest.param(lambda: _demo(reason_times=10), id="long reasons"),
    pytest.param(lambda: _demo(reason_times=12), id="longer reasons"),
    # four long words: with three the table went whole onto one page once it was 12 pt
    pytest.param(lambda: _demo(name=f"Rydw i eisiau {WELSH} {WELSH} a chael fy nghlywed yn "
                                    f"{WELSH} {WELSH}"), id="long Welsh names"),
])
def test_the_priorities_column_headings_are_printed_once_a_page(ws):
    pages = [_lines(page) for page in reader(report_pdf(ws(), today=TODAY)).pages]  # read once
    headed = [n for n, lines in enumerate(pages) if "Rank" in lines]
    assert len(headed) > 1  # the table goes over a page
    for n in headed:
        assert pages[n].count("Rank") == 1, n + 1


def _table_pdf(room_under_short_row: float) -> list:
    """A report table (column headings, a short row, a row of 30 lines or so) on pages that
    leave it ``room_under_short_row`` under its short row on the first."""
    s = Styles()
    tall = " ".join(f"Line {i} of what we will do, said at length." for i in range(60))
    rows = [[p("Who", s.cell_bold), p("What", s.cell_bold)],
            [p("Providers", s.cell), p("A short action.", s.cell)],
            [p("Health", s.cell), p(tall, s.cell)]]

    def table():
        return grid([list(row) for row in rows], [0.3, 0.7])

    measured = table()
    measured.wrap(TEXT_WIDTH, 700)
    head, short, _ = measured._rowHeights
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=(TEXT_WIDTH, 700), leftMargin=0, rightMargin=0,
                          topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate(frames=[Frame(0, 0, TEXT_WIDTH, 700, leftPadding=0,
                                                     rightPadding=0, topPadding=0,
                                                     bottomPadding=0)])])
    doc.build([Spacer(TEXT_WIDTH, 700 - head - short - room_under_short_row), table()])
    return list(reader(out.getvalue()).pages)


def test_a_row_moved_whole_starts_the_next_page_under_the_column_headings():
    """Under ``ROOM`` left below the short row: the tall row goes over whole, and nothing of
    the table is printed again in the space left."""
    first, second = _table_pdf(FillsPage.ROOM - 10)
    assert _lines(first).count("Who") == 1 and "Line 0" not in first.extract_text()
    assert _lines(second)[:2] == ["Who", "What"]
    assert "Line 0 of what we will do" in second.extract_text()


def test_a_row_begun_at_the_foot_of_a_page_goes_on_at_the_top_of_the_next():
    first, second = _table_pdf(200)
    assert _lines(first).count("Who") == 1 and "Line 0 of" in first.extract_text()
    assert _lines(second)[:2] == ["Who", "What"]


def _first_lines(page) -> tuple[list[str], tuple[float, float] | None]:
    """The page's lines (as ``_lines``, from the same one reading), and the baselines of the
    first line under an action table's column headings in its "Who" and "What we will do"
    columns, or None with no action table on the page."""
    runs: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                         tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))

    read = page.extract_text(visitor_text=visit)
    lines = [line.strip() for line in read.splitlines() if line.strip()]
    heads = {text: (x, y) for x, y, text in runs if text in ("Who", "What we will do", "Owner")}
    if len(heads) < 3:
        return lines, None
    (who, top), (what, _), (owner, _) = heads["Who"], heads["What we will do"], heads["Owner"]
    below = [(x, y) for x, y, _ in runs if y < top - 1]
    return lines, (max(y for x, y in below if who - 1 <= x < what - 1),
                   max(y for x, y in below if what - 1 <= x < owner - 1))


def test_an_action_row_carried_over_starts_level_with_its_label():
    """The demo's pages 10 and 12 start "People who use services and carers (continued)" and
    "Commissioners (continued)": the row's carried words start on the label's first line."""
    pages = reader(demo_report_pdf(TODAY)).pages
    carried = 0
    for page in pages:
        lines, first = _first_lines(page)
        if first is not None:
            carried += "(continued)" in " ".join(lines[:12])
            assert first[0] == pytest.approx(first[1], abs=0.5), lines[:8]
    assert carried >= 2
