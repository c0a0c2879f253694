"""The feedback sheet (A4): a short letter back to the people whose reviews were used.

Written for older people with poor sight: body text 16 pt (large print; 14 pt is only "clear
print") and headings larger, in Atkinson
Hyperlegible, near-black on white, with generous spacing; each kind of statement is said in
words and marked with its drawn symbol (✓ ✗ ★), never by colour alone. The words come from
``feedback_sheet_words.py``; the report's paragraphs and fonts draw them, so themes in Urdu or
Bengali print as typed. Every page's foot has the workshop's title and date and "Page 1 of 2"
(``numbered.py``); a
page that carries on a list or a priority's actions names it at its top, "(continued)"; the
last page is not left near-empty (``feedback_sheet_pages.py``).
What happens next and whom to ask are boxed on page 1, under the introduction, so they never
end up alone on a sheet of their own. It is kept short: each theme is one line, its name and
how many said it ("(6 people)"), and past ``IN_FULL`` actions spelt out the remaining themes
are named with how many things are planned, so a workshop of 30 themes fits 8 pages. Given
last time's workshop, "Since last time" comes before this time's themes
(``feedback_sheet_since.py``).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wtfc.export import fonts as f
from wtfc.export.boxed import Boxed
from wtfc.export.content import ExportContent, format_date
from wtfc.export.continued import CarriedOn
from wtfc.export.feedback_sheet_foot import page_foot
from wtfc.export.feedback_sheet_groups import about, title
from wtfc.export.feedback_sheet_guard import read_once, with_promise
from wtfc.export.feedback_sheet_pages import build_evenly
from wtfc.export.feedback_sheet_since import action_lines, listed, since_flowables, since_words
from wtfc.export.feedback_sheet_unsorted import SOME_NOT_SORTED, not_sorted_together
from wtfc.export.feedback_sheet_words import (
    HEADINGS,
    HEARD_HEADING,
    HEARD_INTRO,
    IN_BRIEF,
    NO_ACTIONS,
    NO_PRIORITIES,
    NO_THEMES,
    ORDER,
    PRIORITIES_INTRO,
    STILL_NAMING,
    STILL_NAMING_ALL_CHOSEN,
    STILL_NAMING_CHOSEN,
    DoingFor,
    FeedbackWords,
    Guard,
    InBrief,
    Said,
    feedback_words,
    number_mark,
)
from wtfc.export.isolates import isolated
from wtfc.export.look import MUTED, draw_kind_icon
from wtfc.export.look import style as make_style
from wtfc.export.numbered import numbered_canvas
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.pdf import BOOKLET, doc_kwargs, document_title
from wtfc.export.report_sections import MARGIN, PAGE, TEXT_WIDTH, p
from wtfc.model.workshop import Kind, Workshop

BODY = 16.0  # the smallest type on the sheet, the page number included: large print
LEADING = 21.0  # 1.31 times the type: room between the lines
GAP = 6.0  # below each priority and action
LIST_GAP = 5.0  # below each theme in the lists of what people told us: one line each
MARKER = 32.0  # the column a theme's symbol or a priority's number stands in
BULLET = 20.0  # the column an action's bullet stands in: room for the words
TOP = 42.0  # the top margin (15 mm): a tiny workshop's sheet fits on one page
ROOM = PAGE[1] - MARGIN - TOP  # a page's height for words
CONTINUED = " (continued)"


class _Styles:
    def __init__(self) -> None:
        self.title = make_style("ft", 28, bold=True, leading=33, space_after=4)
        self.workshop = make_style("fw", 19, bold=True, leading=24, colour=MUTED, space_after=8)
        self.h1 = make_style("fh", 22, bold=True, leading=27, space_before=12, space_after=6)
        self.body = make_style("fb", BODY, leading=LEADING, space_after=6)
        self.bold = make_style("fbb", BODY, bold=True, leading=LEADING)
        self.item = make_style("fi", BODY, leading=LEADING)
        self.h2 = make_style("fh2", 19, bold=True, leading=24, space_before=10, space_after=6)
        self.theme = make_style("fth", 18, bold=True, leading=23, space_before=6, space_after=4)
        # An action's words hang in the column right of its bullet, as paragraphs rather
        # than a table's cell, so a long action carries on over a page.
        indent = make_style("fa", BODY, leading=LEADING, left_indent=MARKER + BULLET)
        self.action = ParagraphStyle(
            "fa1", parent=indent, bulletIndent=MARKER, bulletFontName=f.BOLD, bulletFontSize=BODY
        )
        self.action_who = ParagraphStyle("fa2", parent=indent, spaceAfter=GAP)
        self.action_so_far = ParagraphStyle("fa3", parent=indent, spaceAfter=2)


def export_feedback_sheet(
    workshop: Workshop,
    path: str | os.PathLike[str],
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    previous: Workshop | None = None,
    guard: Guard | None = None,
) -> Path:
    """Write the feedback sheet for the people whose reviews were used; ``previous``: last
    time's workshop, for "Since last time"; ``guard``: the personal-detail guard's redaction,
    for the Act stage's notes (``feedback_sheet_guard``)."""
    pdf = feedback_sheet_pdf(workshop, today=today, progress=progress, previous=previous,
                             guard=guard)
    return write_file(pdf, path)


def feedback_sheet_pdf(
    workshop: Workshop,
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    previous: Workshop | None = None,
    guard: Guard | None = None,
) -> bytes:
    progress(0, 2)
    content = ExportContent(workshop, today=today or dt.date.today())
    guard = read_once(guard)  # (the promise reads the printed notes again)
    words = feedback_words(content, guard)
    s = _Styles()
    last_time = since_words(previous, content.today, listed(words), guard,
                            workshop.date) if previous else None
    words = with_promise(words, last_time, workshop.venue, guard)

    def story() -> list[Flowable]:  # afresh for each try: a build uses its flowables up
        since = since_flowables(last_time, s) if last_time else []
        heard = _heard(words, s, after_since=bool(since))
        return [*_top(words, s), *since, *heard, *_chosen(words, s)]

    def document(buffer: io.BytesIO) -> BaseDocTemplate:
        doc = BaseDocTemplate(
            buffer,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=MARGIN,
            **doc_kwargs(
                content,
                title=document_title(content, "Feedback sheet"),
                subject="What you told us, and what we are doing about it",
                duplex=BOOKLET,
            ),
        )
        frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, ROOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("sheet", [frame])])
        return doc

    when = format_date(workshop.date)

    def foot(canvas: Canvas, page: int, total: int) -> None:
        page_foot(canvas, page, total, words.title, when, BODY)

    progress(1, 2)
    pdf = build_evenly(story, document, numbered_canvas(foot))
    progress(2, 2)
    return pdf


def _top(words: FeedbackWords, s: _Styles) -> list[Flowable]:
    title = [p(words.title, s.workshop)] if words.title else []
    box = Boxed([p(words.next_steps, s.body), p(words.questions, s.bold)])
    return [
        p("What you told us, and what we are doing about it", s.title),
        *title,
        *(p(line, s.body) for line in words.intro),
        Spacer(1, 2),
        box,
    ]


def _heard(words: FeedbackWords, s: _Styles, *, after_since: bool = False) -> list[Flowable]:
    """Every named theme by kind, biggest first, one line each where its name allows: the
    name, then how many said it; the kinds with cards but no named theme are said in the
    opening words. The priorities come again below, with their actions. After
    "Since last time" (``after_since``) the part has a heading of its own, "this time"."""
    out: list[Flowable] = []
    head = [p(HEARD_HEADING, s.h1)] if after_since else []
    if not any(words.said.values()):
        return [KeepTogether([*(head or [p("What you told us", s.h1)]), p(NO_THEMES, s.body)])]
    # a kind with cards is never dropped without a word (R3 S1), yet said with the cards in no
    # group, not under a heading of its own kept with these words: that moved them to page 2
    # (A25 M5 for two kinds, A29 M1 for one)
    unsorted = [k for k in ORDER if k in words.unsorted and not words.said[k]]
    loose = (f" {not_sorted_together(unsorted, words.some_loose)}" if unsorted else
             f" {SOME_NOT_SORTED}" if words.some_loose else "")  # once, not under each kind
    intro: list[Flowable] = [*head, p(HEARD_INTRO + loose, s.body)]
    for kind in ORDER:
        said = words.said[kind]
        if not said:
            continue
        first, *rest = [_said(kind, x, s) for x in said]
        more = _KindHeading(kind, HEADINGS[kind] + CONTINUED, s.h1)
        out += [KeepTogether([*intro, _KindHeading(kind, HEADINGS[kind], s.h1), first])]
        out += [CarriedOn([more]), *rest, CarriedOn([])]
        intro = []
    if words.unnamed_said:
        out.append(p(STILL_NAMING, s.body))
    return out


def _said(kind: Kind, said: Said, s: _Styles) -> Flowable:
    line = BidiParagraph(f"{f.markup(said.name)} {f.markup(said.count)}", s.item)
    return _marked(_KindIcon(kind), [line], gap=LIST_GAP)


def _chosen(words: FeedbackWords, s: _Styles) -> list[Flowable]:
    """The priorities in rank order, each with what we are going to do about it under it;
    then what is planned for other themes (past ``IN_FULL`` actions, only named), those not
    named yet together. A page that carries on names the part and the priority it carries on,
    "(continued)"."""
    section = "What we chose to work on first"
    more = [p(section + CONTINUED, s.h2)]
    as_of = [p(words.as_of, s.body)] if words.any_actions else []
    out: list[Flowable] = []
    head: list[Flowable] = [p(section, s.h1)]
    if not words.priorities:  # none chosen: one not named yet is here too, by its number
        out += [KeepTogether([*head, p(NO_PRIORITIES, s.body)])]
        head = []
    else:
        head += [p(PRIORITIES_INTRO, s.body), *as_of]
        for priority in words.priorities:  # the stored number, never a count of its own
            n, called = number_mark(priority.rank), title(priority.theme)
            name = _marked(p(n, s.theme), [p(called, s.theme)], gap=2)
            again = _marked(p(n, s.theme), [p(called + CONTINUED, s.theme)], gap=2)
            out += _with_actions([*head, Spacer(1, 4), name], priority, s, [*more, again], more)
            head = []
        also_chose = [Spacer(1, 4), p("We also chose to work on these", s.theme)]
        out += _in_brief(words.priorities_in_brief, s, also_chose, numbered=True)
        chosen = len(words.priorities) + len(words.priorities_in_brief)
        if words.unnamed_priorities:  # "some" would say others are named, when none is
            every = words.unnamed_priorities == chosen
            out.append(p(STILL_NAMING_ALL_CHOSEN if every else STILL_NAMING_CHOSEN, s.body))
    out.append(CarriedOn([]))
    also = "We are also going to do these things"
    more = [p(also + CONTINUED, s.h2)]
    head = [p(also, s.h2), *(as_of if not words.priorities else [])]
    for other in words.others:
        line = about(other.theme, other.groups)
        again = [*more, p(line + CONTINUED, s.bold)]
        out += _with_actions([*head, p(line, s.bold)], other, s, again, more)
        head = []
    out += _in_brief(words.others_in_brief, s, [*head, Spacer(1, 4)])
    return [*out, CarriedOn([])]


def _in_brief(
    themes: list[InBrief], s: _Styles, head: list[Flowable], *, numbered: bool = False
) -> list[Flowable]:
    """The themes past ``IN_FULL``, one line each with how many things are planned, under
    a word that the letter does not say what they are and whom to ask: priorities by their
    numbers (``numbered``), other themes "About “…”" by a bullet."""
    if not themes:
        return []

    def line(x: InBrief) -> Flowable:
        name = isolated(title(x.theme)) if numbered else about(x.theme, x.groups)
        marker = p(number_mark(x.rank) if numbered else "•", s.item)
        return _marked(marker, [p(f"{name} {x.planned}", s.item)], gap=LIST_GAP)

    lines = [line(x) for x in themes]
    return [KeepTogether([*head, p(IN_BRIEF, s.body), lines[0]]), *lines[1:]]


def _with_actions(
    head: list[Flowable],
    doing_for: DoingFor,
    s: _Styles,
    again: list[Flowable],
    after: list[Flowable],
) -> list[Flowable]:
    """``head`` and the theme's actions, indented under it: the head never ends a page alone.
    A page the actions carry on to starts with ``again``; one after them with ``after``."""
    if not doing_for.actions:
        nothing = _marked(Spacer(1, 1), [p(NO_ACTIONS, s.item)])
        return [KeepTogether([*head, nothing]), CarriedOn(after)]
    first, *rest = [action_lines(doing, s) for doing in doing_for.actions]
    # ``again`` is set once the head is placed, not before the first action as ``CarriedOn``
    # would be (it is set as soon as it is measured): a first action longer than the rest of
    # the page carries on under the priority's name, yet a head moved whole to the next page
    # is not named twice there.
    if _height(first) <= ROOM / 2:
        lead: list[Flowable] = [KeepTogether([*head, _CarriedOnFromHere(again), *first])]
    else:  # kept together it would leave most of a page blank: the head keeps a few lines
        lead = [CondPageBreak(_height(head) + 5 * LEADING), *head, _CarriedOnFromHere(again)]
        lead += first
    later = [x for action in rest for x in _together_if_short(action)]
    return [*lead, CarriedOn(again), *later, CarriedOn(after)]


def _height(flowables: list[Flowable]) -> float:
    return sum(x.wrap(TEXT_WIDTH, ROOM)[1] for x in flowables)


def _together_if_short(action: list[Flowable]) -> list[Flowable]:
    """An action moves whole to the next page when it fits well within one; a longer one runs
    on from where it is, or the page before it would be left mostly blank."""
    return [KeepTogether(action)] if _height(action) <= ROOM / 2 else action


def _marked(
    marker: Flowable,
    body: list[Flowable],
    *,
    width: float = TEXT_WIDTH,
    gap: float = GAP,
    column: float = MARKER,
) -> Table:
    """``body`` beside a marker (a kind's symbol, a number, a bullet) in a column of its own,
    so every line of a long item starts under the first."""
    table = Table([[marker, body]], colWidths=[column, width - column], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # else Helvetica, unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), gap),
            ]
        )
    )
    return table


class _CarriedOnFromHere(CarriedOn):
    """``CarriedOn`` that takes effect where it is drawn, not when a ``KeepTogether`` round
    it is measured (which may then move it whole to the next page)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        doc = getattr(canvas, "_doctemplate", None)
        if doc is not None:
            doc._topFlowables = self._F


class _KindIcon(Flowable):
    """A kind's drawn symbol (✓ ✗ ★), the size of a line of body text."""

    def __init__(self, kind: Kind) -> None:
        super().__init__()
        self.kind = kind

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return BODY, BODY * 1.5

    def draw(self) -> None:
        draw_kind_icon(self.canv, self.kind, 0, BODY * 0.3, BODY)


class _KindHeading(Flowable):
    """A section heading led by its kind's symbol: the words say the kind too."""

    def __init__(self, kind: Kind, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.kind, self.style = kind, style
        self.paragraph = p(
            text, ParagraphStyle(f"{style.name}-k", parent=style, spaceBefore=0, spaceAfter=0)
        )
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(available_width - MARKER, available_height)
        return available_width, height

    def draw(self) -> None:
        size = self.style.fontSize
        top = self.paragraph.height
        draw_kind_icon(self.canv, self.kind, 0, top - size * 1.05, size)
        self.paragraph.drawOn(self.canv, MARKER, 0)
