"""The workshop report (A4): everything the workshop produced, for sending round.

Title page (the workshop, who facilitated it, its purpose, scope and how the room agreed to
work and decide, and who took part, by role and without names;
what does not fit on it carries on onto a numbered page, before the chart), a bar chart of
theme sizes by kind, the priorities, then every theme with all its cards in people's own
words, its why-tree, success statements and actions, and the unsorted cards in an appendix
(none when every card is in a theme: the title page says so). "What was agreed" (every
action in one place, ``report_agreed.py``) follows the priorities; given last time's workshop,
a "Since last time" chapter follows it (``report_review.py``). Every page after the cover
has the workshop's title and date and "Page 6 of 16" at its foot (``numbered.py``), and
every chapter and theme is a bookmark; the PDF states its title, author, subject and
language.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wtfc.export import fonts as f
from wtfc.export.added_after import added_after_count
from wtfc.export.content import KIND_ORDER, ExportContent, count_phrase, format_date
from wtfc.export.continued import CarriedOn
from wtfc.export.data_people import held_back_only
from wtfc.export.look import INK, MUTED, PRINTABLE_EDGE, RULE, kind_words
from wtfc.export.numbered import numbered_canvas
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.pdf import BOOKLET, doc_kwargs, document_title
from wtfc.export.report_agreed import what_was_agreed
from wtfc.export.report_flow import chapter_break
from wtfc.export.report_how_to_read import how_to_read
from wtfc.export.report_looking_back import looking_back
from wtfc.export.report_other_themes import FOR, first_of_kind, others
from wtfc.export.report_other_themes import HEADING as OTHERS
from wtfc.export.report_other_themes import INTRO as OTHERS_INTRO
from wtfc.export.report_overview import overview
from wtfc.export.report_sections import (
    AGREEMENTS,
    MARGIN,
    PAGE,
    ROW_RULE,
    TEXT_WIDTH,
    Styles,
    heading,
    p,
    theme_chapter,
    unsorted_appendix,
)
from wtfc.export.team_words import members_words
from wtfc.export.title_line import draw_title_line
from wtfc.model.workshop import Workshop

GUTTER = 18.0  # between the cover's two tables, side by side
NUMBER = 56.0  # their numbers' column
FRAME = PAGE[1] - 2 * MARGIN  # a page's text area, high
FOOT_SIZE = 11.0  # every page's foot, its "Page 6 of 16" too: no report text is smaller


def export_report(workshop: Workshop, path: str | os.PathLike[str], *,
                  today: dt.date | None = None, progress: Progress = no_progress,
                  previous: Workshop | None = None) -> Path:
    """Write the A4 workshop report; with ``previous`` (last time's workshop) it has a
    "Since last time" chapter after the priorities."""
    return write_file(report_pdf(workshop, today=today, progress=progress, previous=previous),
                      path)


def report_pdf(workshop: Workshop, *, today: dt.date | None = None,
               progress: Progress = no_progress, previous: Workshop | None = None) -> bytes:
    content = ExportContent(workshop, today=today or dt.date.today())
    s = Styles()
    total = len(content.themes) + 2  # building the story, theme by theme, then laying it out
    progress(0, total)
    story = _title_page(content, s) + how_to_read(content, s)
    story += overview(content, in_the_room_words(workshop), s)
    story += what_was_agreed(content, s)  # every action in one place, after the priorities
    if previous is not None:  # the Review step: what changed for people since last time
        from wtfc.export.report_review import since_last_time

        story += [*chapter_break(FRAME), *since_last_time(content, previous, s)]
    story += looking_back(workshop, s, content.today)  # the reflection and next review, if any
    if content.themes:
        story += [*chapter_break(FRAME),
                  *heading("Every theme, in people's own words", s.h1, "themes", 0)]
        story.append(p("Every card that can be shown, in full, under the theme the room put it "
                       "in. Priority themes come first.", s.body))
    rest = others(content)  # after the priorities, under a heading of their own (R3 R4)
    first = first_of_kind(rest)
    for number, theme in enumerate(content.themes, start=1):
        over = [p(FOR[kind], s.body)] if (kind := first.get(theme.theme.id)) else []
        if rest and theme is rest[0]:  # kept on a page with the first one's title and cards
            over = [*heading(OTHERS, s.h1, "other-themes", 1), p(OTHERS_INTRO, s.body), *over]
        story += theme_chapter(content, theme, number, s, over=over, level=2 if rest and
                               not theme.theme.priority.chosen else 1)
        progress(number, total)
    if content.unsorted_cards:  # a page of its own only with cards on it
        story += [*chapter_break(FRAME), *unsorted_appendix(content, s)]
    progress(total - 1, total)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN,
                          **doc_kwargs(content, title=document_title(content, "Workshop report"),
                                       subject="Working Together for Change workshop report",
                                       duplex=BOOKLET))
    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, FRAME, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("title", [frame], onPage=_title_edge),
        PageTemplate("body", [frame]),
    ])

    def furniture(canvas: Canvas, page: int, pages: int) -> None:
        if page > 1:  # the cover says it all, larger
            _page_furniture(canvas, page, pages, content)

    doc.build(story, canvasmaker=numbered_canvas(furniture))
    progress(total, total)
    return buffer.getvalue()


def _title_page(content: ExportContent, s: Styles) -> list[Flowable]:
    ws = content.workshop
    out: list[Flowable] = [
        NextPageTemplate("body"),  # what the cover cannot hold goes on a numbered page
        Spacer(1, 36),
        p("Working Together for Change", s.h3),
        p(content.title, f_style(s, 34, 40)),
    ]
    place = " · ".join(x for x in (format_date(ws.date), ws.venue) if x)
    if place:
        out.append(p(place, f_style(s, 16, 22, muted=True)))
    if ws.facilitator:  # the Prepare page says its details go on this page
        out.append(p(f"Facilitated by {ws.facilitator}", f_style(s, 16, 22, muted=True)))
    out.append(Spacer(1, 12))
    # the line that sums the workshop up, under its title: never alone at the top of a page
    # with no heading, as it was below the cover's tables when they filled the page
    out.append(p(cover_summary(content), s.body))
    if note := content.held_back_note():
        them = "It is" if content.held_back_count == 1 else "They are"
        out.append(p(f"{note} {them} not in this report.", s.muted))
    out.append(Spacer(1, 18))
    # how the room agreed to work and decide goes with them: "How to read" points to it
    for name, words in (("Purpose", ws.purpose), ("Scope", ws.scope),
                        (AGREEMENTS, ws.agreements)):
        if words:  # the heading goes over the page with at least three lines of its words
            # and a page its words carry on to says whose they are, as a theme's page does
            out += [CondPageBreak(s.h3.leading + s.h3.spaceBefore + 3 * s.body.leading),
                    p(name, s.h3), CarriedOn([p(f"{name} (continued)", s.continued)]),
                    p(words, s.body), CarriedOn([])]
    took_part = [p("Whose reviews", s.h3)]  # not who came to the workshop
    if content.voices:
        # one whose every card is left out is still counted, and said to be
        hidden = held_back_only(ws, content.cards)
        only = f"; {hidden:,} of them only on cards left out of this report" if hidden else ""
        took_part.append(p(f"{count_phrase(content.people_count, 'person', 'people')} whose "
                           f"reviews the cards come from (no names are recorded{only}):",
                           s.body))
        took_part.append(_two_columns([(label, f"{n:,}") for label, n in content.voices], s))
    else:
        took_part.append(p("No people are recorded in this workshop.", s.body))
    rows = [(kind_words(k), f"{content.kind_counts[k]:,}") for k in KIND_ORDER]
    rows.append(("Cards in all", f"{len(content.cards):,}"))
    # side by side: half the height stacked, so the pair fits the foot of a long cover (or
    # goes over the page together), one beside the other as a reader compares them
    pair = Table([[took_part, [p("What they said", s.h3), _two_columns(rows, s)]]],
                 colWidths=[TEXT_WIDTH / 2] * 2, hAlign="LEFT")
    pair.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # else Helvetica
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), GUTTER),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    out.append(pair)
    return [*out, _AfterCover()]



def cover_summary(content: ExportContent) -> str:
    """The workshop in a few short sentences, with no zero counts: "10 themes; the room chose
    3 as priorities. 34 cards are not yet in a theme: they are in the appendix. 13 actions
    agreed. Action status as of …", or "No themes yet." The cards are the report's own count
    (held-back ones left out), in the wall's words, as the appendix and "Since last time"
    say them."""
    themes, chosen = len(content.themes), len(content.priority_themes)
    if not themes:
        said = ["No themes yet."]
    elif chosen:
        which = "it" if themes == 1 else chosen
        said = [f"{count_phrase(themes, 'theme')}; the room chose {which} as "
                f"{'a priority' if chosen == 1 else 'priorities'}."]
    else:
        said = [f"{count_phrase(themes, 'theme')}; no priorities chosen yet."]
    if loose := len(content.unsorted_cards):
        said.append(f"{count_phrase(loose, 'card')} {'is' if loose == 1 else 'are'} not yet "
                    f"in a theme: {'it is' if loose == 1 else 'they are'} in the appendix.")
    elif themes and content.cards:
        said.append("Every card that can be shown is in a theme.")
    if actions := len(content.workshop.actions):
        # one typed in weeks after the day is no action of the room's: "25 actions (1 added
        # after the workshop)", not "agreed"
        later = added_after_count(content.workshop)
        agreed = f"({later:,} added after the workshop)" if later else "agreed"
        said.append(f"{count_phrase(actions, 'action')} {agreed}. {content.status_as_of}.")
    elif themes:
        said.append("No actions agreed yet.")
    return " ".join(said)


def in_the_room_words(ws: Workshop) -> str:
    """The overview's line 'In the room: 6 older people, 2 family carers, … (19 people).', as
    Prepare counted the room; "" when nobody was counted."""
    counted = [c for c in ws.in_the_room if c.count]
    if not counted:
        return ""
    return (f"In the room: {members_words(counted)} "
            f"({count_phrase(sum(c.count for c in counted), 'person', 'people')}).")


class _AfterCover(Flowable):
    """A new page after the cover; but once the cover's parts have run onto a body page, a
    gap, so that page is not left holding a line or two (a new page all the same when too
    little of it is left for "How to read this report" and its first lines, which run on)."""

    GAP = 24.0
    ROOM = 110.0  # "How to read this report" and its first paragraph

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._doctemplateAttr("page") > 1 and available_height >= self.ROOM:
            return 0, self.GAP
        self._doctemplateAttr("frame").add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        """Space, or a break to the next frame: nothing to draw."""


def f_style(s: Styles, size: float, leading: float, *, muted: bool = False):
    from wtfc.export.look import style

    return style(f"t{size}", size, bold=not muted, leading=leading,
                 colour=MUTED if muted else INK, space_after=6)


def _two_columns(rows: list[tuple[str, str]], s: Styles) -> Table:
    table = Table([[p(a, s.body), p(b, s.cell_bold)] for a, b in rows],
                  colWidths=[TEXT_WIDTH / 2 - GUTTER - NUMBER, NUMBER], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), f.REGULAR),  # else Helvetica
                               ("LINEBELOW", (0, 0), (-1, -1), ROW_RULE, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _title_edge(canvas: Canvas, doc: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFillColor(INK)
    edge = PRINTABLE_EDGE  # the printer would cut a band at the paper's edge
    canvas.rect(edge, PAGE[1] - edge - 18, PAGE[0] - 2 * edge, 18, stroke=0, fill=1)
    canvas.restoreState()


def _page_furniture(canvas: Canvas, page: int, pages: int, content: ExportContent) -> None:
    """The foot of every page after the cover: the workshop's title and date, so a page sent
    on its own (or one from last cycle's report, which has the same title) says which workshop
    it is, and "Page 6 of 16", so a missing page shows."""
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(f.REGULAR, FOOT_SIZE)
    canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 26, f"Page {page} of {pages}")
    # The title page shows the title whole; here it stops short of the widest page number
    # the report may have, so it is cut at the same word on every page, not on "Page 40" only
    widest = max("0123456789", key=lambda d: canvas.stringWidth(d, f.REGULAR, FOOT_SIZE))
    digits = widest * max(3, len(str(pages)))
    label = f"Page {digits} of {digits}"
    room = TEXT_WIDTH - canvas.stringWidth(label, f.REGULAR, FOOT_SIZE) - 16
    when = format_date(content.workshop.date)
    draw_title_line(canvas, MARGIN, MARGIN - 26, content.title, FOOT_SIZE, room,
                    tail=f" · {when}" if when else "")
    canvas.setStrokeColor(RULE)
    canvas.line(MARGIN, MARGIN - 14, PAGE[0] - MARGIN, MARGIN - 14)
    canvas.restoreState()
