"""The commissioner action poster: every agreed action on one A1 portrait sheet, by theme.

The priority themes come first, in rank order; a theme that is not (or no longer) a priority
but has agreed actions follows under "Actions agreed for other themes", so the poster holds
every action the report holds and dropping a priority never takes its actions off quietly.

An A1 poster is read from a metre or two away. The text is set as large as lets everything fit
on one sheet, from 40 pt down to 24 pt (``SMALLEST``: the size of the report's body text when
the poster is printed at half size on the office A3 printer, and still readable at two metres
on A1). A workshop with more actions than one sheet holds at 24 pt carries on to more sheets
rather than shrinking text further: as few sheets as it needs, the text as large as lets it
fill them, and the actions shared evenly between them so no sheet carries two rows at the top
of a blank page. A sheet that carries on a theme starts with its name and "(continued)", so each
sheet on a wall can be matched to its theme (``continued.py``).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
from pathlib import Path

from reportlab.lib.pagesizes import A1
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
)

from wtfc.export import fonts as f
from wtfc.export.action_poster_table import (
    action_rows,
    action_table,
    causes_cut,
    owner_parts,
    para,
)
from wtfc.export.blocks import Gap, largest_size
from wtfc.export.content import (
    KIND_ORDER,
    NO_ACTION_PLAN,
    NO_ACTIONS_AGREED,
    ExportContent,
    ThemeContent,
    cards_and_people,
    count_phrase,
    format_date,
)
from wtfc.export.errors import ExportError
from wtfc.export.isolates import isolated
from wtfc.export.look import MUTED, KindLabel, kind_words, style
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.pdf import ONE_SIDED, Bookmark, doc_kwargs, document_title
from wtfc.export.title_line import draw_title_line
from wtfc.model.link_words import TACKLES
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Kind, Workshop

PAGE = A1
MARGIN = 80.0
FOOTER = 84.0  # two 28 pt lines below the frame: the workshop and date; the status date and sheet
SIZES = (40, 36, 32, 30, 28, 26, 24)  # body text, largest first
SMALLEST = SIZES[-1]  # 12 pt when printed on A3, as the report's body: the legible floor
SUBJECT = "Actions by role for every priority theme and any other theme with agreed actions"
# in the words of the lines under the actions ("the cause it tackles … the success it aims at"
# named what the poster calls "Because:" and "So people can say:"); a problem's, as a test's anchor
TACKLES_NOTE = ("Each action's “Because:” line is in full in the report, with its “So people "
                "can say:” line.")
RESOURCES_NOTE = "Each action's resources, and who else to bring in, are in the report."


def _note(kinds: list[Kind], resources: bool) -> str:
    """The note under the counts: the lead-ins of the cause lines the sheet prints, as each
    theme's kind leads them ("Builds on:", "In the way:", not "Because:" alone, as the theme
    posters' note), with the resources when any action has them."""
    leads = [f"“{TACKLES[k]}:”" for k in KIND_ORDER if k in kinds]
    if not leads:
        return RESOURCES_NOTE if resources else ""
    named = leads[0] if len(leads) == 1 else f"{', '.join(leads[:-1])} or {leads[-1]}"
    return (f"Each action's {named} line is in full in the report, with its “So people can "
            f"say:” line" + (" and the resources it needs." if resources else "."))


MOVED = 6  # of a sheet's room, in text sizes, lost on average where a theme or a row moves
# on to the next sheet whole


def export_action_poster(workshop: Workshop, path: str | os.PathLike[str], *,
                         today: dt.date | None = None,
                         progress: Progress = no_progress) -> Path:
    """Write the A1 portrait action poster: every priority theme with its actions, then any
    other theme with agreed actions."""
    return write_file(action_poster_pdf(workshop, today=today, progress=progress), path)


def action_poster_pdf(workshop: Workshop, *, today: dt.date | None = None,
                      progress: Progress = no_progress) -> bytes:
    content = ExportContent(workshop, today=today or dt.date.today())
    themes = content.priority_themes
    # Every agreed action is on the poster, as in the report: a theme that is no longer a
    # priority (or never was) still has its actions, after the priorities.
    others = [t for t in content.themes if not t.theme.priority.chosen and t.actions]
    if not themes and not others:  # priorities with no actions yet still make a poster
        raise ExportError(NO_ACTION_PLAN)
    themes = [*themes, *others]
    progress(0, len(themes) + 1)
    layout = _Layout(content, themes, progress)  # each cause tackled in one line
    size, sheets = _size_and_sheets(layout)
    pdf = None
    if causes_cut(content, themes, size, layout.width):
        # Whole causes, where they fit at the same size on as many sheets: a plan of six
        # actions has the room that the demo's thirteen have not.
        whole = _Layout(content, themes, no_progress, whole=True)
        room = layout.room if sheets == 1 else sheets * (layout.room - size * MOVED)
        if whole.height(size) <= room:
            pdf, made = _made(whole, size, sheets)
            pdf = pdf if made == sheets else None
    if pdf is None:
        pdf, _ = _made(layout, size, sheets)
    progress(len(themes) + 1, len(themes) + 1)
    return pdf


def _made(layout: _Layout, size: float, sheets: int) -> tuple[bytes, int]:
    """The PDF at ``size`` and how many sheets it took: each sheet filled to about the same
    depth, its share and room for a theme or a row that moves on to the next sheet whole."""
    room = layout.room
    depth = min(room, layout.height(size) / sheets + size * 12)
    pdf, made = layout.build(size, depth, sheets)
    if made > sheets > 1:  # the shares did not fit: share between as many as it took
        sheets = made
        pdf, made = layout.build(size, min(room, layout.height(size) / sheets + size * 12),
                                 sheets)
    while made != sheets:  # fill each sheet, and number them again
        sheets = made
        pdf, made = layout.build(size, room, sheets)
    return pdf, made


def _size_and_sheets(layout: _Layout) -> tuple[float, int]:
    """The text size and the number of sheets: one sheet at the largest size that fits on
    one, else the fewest sheets that hold it at ``SMALLEST`` and the largest size that fits
    on those. A story at a smaller size is at most as tall in proportion to its size (fewer
    lines may wrap, none more), so a size is ruled in or out from the heights already
    measured where it can be: each size measured is a layout of the whole story."""
    room = layout.room
    first = SIZES[(len(SIZES) - 1) // 2]  # what the search for one sheet measures first
    # ``first`` scaled down to 24 pt is at least as tall as 24 pt itself: when that fits, one
    # sheet surely does; else 24 pt is measured, as it may still fit.
    if layout.height(first) * SMALLEST / first <= room or layout.height(SMALLEST) <= room:
        size = largest_size(SIZES, lambda s: layout.height(s) <= room)
        if layout.height(size) <= room:
            return size, 1
    least = layout.height(SMALLEST)
    sheets = math.ceil(least / (room - SMALLEST * MOVED))

    def fits(size: float) -> bool:
        holds = sheets * (room - size * MOVED)
        return least * size / SMALLEST <= holds and layout.height(size) <= holds

    return largest_size(SIZES, fits), sheets


class _Layout:
    """The poster's story at each size tried, measured once, and the PDF made from one."""

    def __init__(self, content: ExportContent, themes: list[ThemeContent],
                 progress: Progress, *, whole: bool = False) -> None:
        self.content, self.themes, self.whole = content, themes, whole
        width, height = PAGE
        self.width = width - 2 * MARGIN
        self.room = height - 2 * MARGIN - FOOTER  # a sheet's frame, at its tallest
        self.scratch = Canvas(io.BytesIO())  # KeepTogether measures its parts on a canvas
        self._stories: dict[float, tuple[list[Flowable], float]] = {}
        self._done = 0

        def ahead(done: int, total: int) -> None:  # each size tried builds every theme again
            if done > self._done:
                self._done = done
                progress(done, total)

        self._progress = ahead

    def height(self, size: float) -> float:
        if size not in self._stories:
            story = _story(self.content, self.themes, size, self.width,
                           progress=self._progress, scratch=self.scratch, whole=self.whole)
            self._stories[size] = story, _height(story, self.width, self.scratch)
        return self._stories[size][1]

    def build(self, size: float, depth: float, sheets: int) -> tuple[bytes, int]:
        """The PDF with ``depth`` points of each sheet filled, and how many sheets it took;
        ``sheets`` is how many the footers say there are."""
        story = self._stories.pop(size, None)  # a story is laid out once
        flowables = story[0] if story else _story(self.content, self.themes, size, self.width,
                                                  progress=None, scratch=self.scratch,
                                                  whole=self.whole)
        content = self.content
        height = PAGE[1]
        frame = Frame(MARGIN, height - MARGIN - depth, self.width, depth, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN, bottomMargin=MARGIN,
                              **doc_kwargs(content, title=document_title(content, "Action plan"),
                                           subject=SUBJECT, duplex=ONE_SIDED))
        doc.addPageTemplates([PageTemplate("poster", [frame],
                                           onPage=lambda c, d: _footer(c, d, content,
                                                                       sheets))])
        doc.build(flowables)
        return buffer.getvalue(), doc.page


def _height(story: list[Flowable], width: float, scratch: Canvas) -> float:
    """The story's height on a sheet, with the space above and below each paragraph that
    the sheet adds (leaving it out once let a poster that "fitted" spill onto a blank sheet)."""
    total = 0.0
    for block in story:
        _, h = block.wrapOn(scratch, width, 10**6)
        if isinstance(block, KeepTogether):  # its wrap says "too tall", to be split
            h = block._H
        total += h + block.getSpaceBefore() + block.getSpaceAfter()
    return total


def _story(content: ExportContent, themes: list[ThemeContent], size: float, width: float,
           progress: Progress | None, scratch: Canvas, whole: bool) -> list[Flowable]:
    ws = content.workshop
    actions = sum(t.action_count for t in themes)
    priorities = [t for t in themes if t.theme.priority.chosen]
    elsewhere = actions - sum(t.action_count for t in priorities)
    also = _elsewhere(elsewhere, actions) if priorities else ""
    story: list[Flowable] = [
        para("What we will do", style("title", size * 2.4, bold=True, leading=size * 2.7)),
        para(isolated(content.title) + (f" · {format_date(ws.date)}" if ws.date else ""),
             style("sub", size * 1.1, colour=MUTED, leading=size * 1.5)),
        para(("" if not priorities else
              f"{count_phrase(len(priorities), 'priority theme')} · ")
             + f"{count_phrase(actions, 'action')}{also} · {content.whose_reviews}",
             style("counts", size * 1.1, colour=MUTED, leading=size * 1.5)),
        para(content.status_as_of, style("asof", size * 1.1, colour=MUTED, leading=size * 1.5,
                                         space_after=size * 0.8)),
    ]
    every = [a for t in themes for role in t.actions.values() for a in role]
    # the kind that leads each printed cause line in, as content.answers finds it (its cause's
    # theme; "Because:" where that theme is gone)
    kind_of = {t.id: t.kind for t in ws.themes}
    kinds = [kind_of.get(c.theme_id, Kind.NOT_WORKING)
             for c in map(content.tackles, every) if c is not None]
    if note := _note(kinds, any(a.resources for a in every)):
        story[-1:-1] = [para(note, style("tackles", size * 1.1, colour=MUTED,
                                         leading=size * 1.5))]
    for number, theme in enumerate(themes, start=1):
        first_other = not theme.theme.priority.chosen and number == len(priorities) + 1
        intro = (_others_intro(size, len(themes) - len(priorities), bool(priorities))
                 if first_other else [])
        story += _theme_section(content, theme, number, size, width, scratch, intro, whole)
        if progress is not None:
            progress(number, len(themes) + 1)
    return story[:-1]  # no gap after the last theme: it would start a sheet of its own


def _elsewhere(elsewhere: int, actions: int) -> str:
    """How many of the ``actions`` are on themes that are not priorities, after their count."""
    if not elsewhere:
        return ""
    if elsewhere == actions:
        return ", on another theme" if actions == 1 else ", all on other themes"
    return ", 1 of them on another theme" if elsewhere == 1 else (
        f", {elsewhere:,} of them on other themes")


def _others_intro(size: float, count: int, after_priorities: bool) -> list[Flowable]:
    """The heading above the ``count`` themes that are not priorities but have actions (with
    no priority chosen yet, every theme with actions)."""
    if not after_priorities:
        title = "Actions agreed by theme"
        why = "No theme has been chosen as a priority yet; these are the actions the room agreed."
    elif count == 1:
        title = "Actions agreed for other themes"
        why = "This theme is not among the priorities, but the room agreed actions for it."
    else:
        title = "Actions agreed for other themes"
        why = ("These themes are not among the priorities, but the room agreed actions for "
               "them.")
    return [para(title, style(f"others{size}", size * 1.6, bold=True, leading=size * 2)),
            para(why, style(f"othersn{size}", size, colour=MUTED, leading=size * 1.3,
                            space_after=size * 0.6))]


def _theme_section(content: ExportContent, theme: ThemeContent, number: int, size: float,
                   width: float, scratch: Canvas, intro: list[Flowable],
                   whole: bool) -> list[Flowable]:
    t = theme.theme
    head: list[Flowable] = [*intro, Bookmark(f"theme{number}", shown_theme_name(t.name)),
                            *_theme_head(theme, size)]
    if not theme.actions:
        none = para(NO_ACTIONS_AGREED, style("none", size, colour=MUTED))
        return [KeepTogether([*head, none]), Gap(size * 1.5)]
    rows, groups = action_rows(content, theme, size, whole=whole)

    def again() -> list[Flowable]:  # above the table on a sheet that carries it on
        return _theme_head(theme, size, continued=True)

    owners = owner_parts(content)
    table = action_table(theme, rows, groups, size, width, again, owners=owners)
    # The theme's name starts a sheet only with its first action below it, but a long list
    # flows on from wherever the sheet has room (a KeepTogether would leave a sheet empty).
    first = _height([*head, action_table(theme, rows[:2], groups[:1], size, width, again,
                                         owners=owners)], width, scratch)
    room = size * 12 + _height(intro, width, scratch)
    return [CondPageBreak(min(first, room)), *head, table, Gap(size * 1.5)]


def _theme_head(theme: ThemeContent, size: float, *, continued: bool = False) -> list[Flowable]:
    t = theme.theme
    heading = style(f"theme{size}", size * 1.35, bold=True, leading=size * 1.6)
    rank = ("Not a priority" if not t.priority.chosen
            else f"Priority {t.priority.rank}" if t.priority.rank else "Priority")
    name = f"“{f.markup(shown_theme_name(t.name))}”"
    if continued:
        # "(continued)", as the report, the feedback sheet and this poster's roles say it
        return [KindLabel(t.kind, size, text=f"{kind_words(t.kind)}  ·  {rank} (continued)"),
                BidiParagraph(f"{name} (continued)", heading), Gap(size * 0.4)]
    return [
        KindLabel(t.kind, size, text=f"{kind_words(t.kind)}  ·  {rank}  ·  "
                  f"{cards_and_people(theme.cards)}"),
        BidiParagraph(name, heading),
        Gap(size * 0.4),
    ]


def _footer(canvas: Canvas, doc: BaseDocTemplate, content: ExportContent,
            sheets: int) -> None:
    """Every sheet's foot says which workshop, which day and how recent its statuses are,
    and which sheet of how many it is: sheets 2, 3… of this cycle's plan looked the same as
    last cycle's on the wall (the same themes are often carried over)."""
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(f.REGULAR, 28)
    # "sheet 1 of 1" too: a sheet found alone says there is no other
    sheet = f"Working Together for Change · action plan · sheet {doc.page} of {sheets}"
    canvas.drawRightString(PAGE[0] - MARGIN, MARGIN, sheet)
    canvas.drawString(MARGIN, MARGIN, content.status_as_of)
    when = format_date(content.workshop.date)
    draw_title_line(canvas, MARGIN, MARGIN + 36, content.title, 28, PAGE[0] - 2 * MARGIN,
                    tail=f" · {when}" if when else "")
    # no "2 cards are left out …" line: this poster prints no cards, so none is left out of it
    canvas.restoreState()
