"""The day's agenda (A4): the room's Welcome on paper, to put on the tables before the day.

Its words are ``agenda_words.py``'s: what the room may see (a flagged title left out, typed
details printed as their kind) and never the facilitator's notes. Older people read it at the
tables, so it is large print as the feedback letter is (``feedback_sheet``): body text 16 pt,
headings larger, in Atkinson Hyperlegible, near-black on white. A break is said in words
("Lunch", "Break") and set in bold on a light band, never told by colour alone. Every page's
foot has the title (when it may be printed), the date and "Page 1 of 2"; the plan's rows are
never split over a page, and the plan keeps its heading.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Table,
    TableStyle,
)

from wtfc.export import fonts as f
from wtfc.export.agenda_words import (
    AGREEMENTS,
    HEADING,
    PLAN,
    PURPOSE,
    AgendaWords,
    Guard,
    agenda_words,
)
from wtfc.export.content import ExportContent, format_date
from wtfc.export.feedback_sheet_foot import page_foot
from wtfc.export.look import INK, MUTED, PAPER_TINT, RULE
from wtfc.export.look import style as make_style
from wtfc.export.numbered import numbered_canvas
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.pdf import BOOKLET, doc_kwargs
from wtfc.export.report_sections import MARGIN, PAGE, TEXT_WIDTH, p
from wtfc.model.day_times import Clock, clock_24h
from wtfc.model.workshop import Workshop

BODY = 16.0  # the smallest type on the agenda, the page number included: large print
LEADING = 21.0
TOP = 42.0  # the top margin (15 mm), as the feedback letter's
LENGTH_COLUMN = 110.0  # "2 h 30 min"
ROW_PAD = 4.0


class _Styles:
    def __init__(self) -> None:
        self.kicker = make_style("ak", 19, bold=True, leading=24, colour=MUTED, space_after=2)
        self.title = make_style("at", 28, bold=True, leading=33, space_after=6)
        self.when = make_style("aw", 19, bold=True, leading=24, space_after=6)
        self.h1 = make_style("ah", 22, bold=True, leading=27, space_before=12, space_after=6)
        self.body = make_style("ab", BODY, leading=LEADING, space_after=6)
        self.cell = make_style("ac", BODY, leading=LEADING)
        self.bold = make_style("acb", BODY, bold=True, leading=LEADING)
        self.total = make_style("aT", BODY, bold=True, leading=LEADING, space_before=8)
        self.item = ParagraphStyle("ai", parent=make_style("ai0", BODY, leading=LEADING,
                                                          left_indent=22, space_after=4),
                                   bulletIndent=4, bulletFontName=f.BOLD, bulletFontSize=BODY)


def export_agenda(workshop: Workshop, path: str | os.PathLike[str], *, guard: Guard | None,
                  clock: Clock = clock_24h, progress: Progress = no_progress) -> Path:
    """Write the day's agenda; ``guard``: the personal-detail guard's redaction (without one
    nothing typed is printed), ``clock``: how a clock time is written (the laptop's format)."""
    return write_file(agenda_pdf(workshop, guard=guard, clock=clock, progress=progress), path)


def agenda_pdf(workshop: Workshop, *, guard: Guard | None, clock: Clock = clock_24h,
               progress: Progress = no_progress) -> bytes:
    progress(0, 2)
    words = agenda_words(workshop, guard, clock)
    s = _Styles()
    when = format_date(workshop.date)
    buffer = io.BytesIO()
    named = f"{HEADING}: {words.title}" if words.title else HEADING
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=MARGIN,
        **doc_kwargs(ExportContent(workshop), title=named + (f" ({when})" if when else ""),
                           subject="The day's plan, for the tables", duplex=BOOKLET),
    )
    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, PAGE[1] - MARGIN - TOP,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("agenda", [frame])])

    def foot(canvas: Canvas, page: int, total: int) -> None:
        page_foot(canvas, page, total, words.title, when, BODY)

    progress(1, 2)
    doc.build(_story(words, s), canvasmaker=numbered_canvas(foot))
    progress(2, 2)
    return buffer.getvalue()


def _story(words: AgendaWords, s: _Styles) -> list[Flowable]:
    top: list[Flowable] = [p(HEADING, s.kicker), p(words.title, s.title)] if words.title \
        else [p(HEADING, s.title)]
    if words.when_where:
        top.append(p(words.when_where, s.when))
    out: list[Flowable] = [*top]
    if words.purpose:
        out.append(KeepTogether([p(PURPOSE, s.h1), *_lines(words.purpose, s.body)]))
    out += [KeepTogether([p(PLAN, s.h1), _plan(words, s), p(words.total, s.total)])]
    if words.agreements:
        bullets = [p(line, s.item) for line in words.agreements]
        for bullet in bullets:
            bullet.bulletText = "\u2022"
        out += [KeepTogether([p(AGREEMENTS, s.h1), bullets[0]]), *bullets[1:]]
    return out


def _lines(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [p(line.strip(), style) for line in text.splitlines() if line.strip()]


def _plan(words: AgendaWords, s: _Styles) -> Table:
    """The plan's rows: the clock time (or the stage's number), what happens, how long."""
    rows = [[p(row.at, s.bold), p(row.what, s.bold if row.is_break else s.cell),
             p(row.minutes, s.bold if row.is_break else s.cell)] for row in words.plan]
    # as wide as its widest time ("4:35 PM"), or number, in bold, and the cells' padding
    at = max((stringWidth(row.at, f.BOLD, BODY) for row in words.plan), default=0) + 16
    table = Table(rows, colWidths=[at, TEXT_WIDTH - at - LENGTH_COLUMN, LENGTH_COLUMN],
                  hAlign="LEFT", splitByRow=True)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # else Helvetica, unembedded
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), ROW_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PAD),
        ("LINEBELOW", (0, 0), (-1, -1), 1.0, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, RULE),
    ]
    commands += [("BACKGROUND", (0, n), (-1, n), PAPER_TINT)
                 for n, row in enumerate(words.plan) if row.is_break]
    table.setStyle(TableStyle(commands))
    return table

