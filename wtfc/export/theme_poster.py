"""Theme posters: one A3 landscape page per priority theme, for the meeting-room wall.

Each poster carries the "I" statement, how many cards and people it speaks for, the cards in
people's own words (carried on under the other columns when those leave room, a selection only
when even that is too little: ``theme_poster_quotes.py``), the causes the room will act on and the
other root causes with their categories (``theme_poster_causes.py``), what success would look
like by perspective, and the actions by role with what each tackles and aims at, owner, date
and status (``theme_poster_actions.py``: the links give way before an action does). The columns
share the width by what each needs. Nothing is smaller than 14 pt: the posters are read from a
few steps away.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from wtfc.export import fonts as f
from wtfc.export.blocks import Column, height_of
from wtfc.export.content import (
    NO_PRIORITY_FOR_POSTERS,
    ExportContent,
    ThemeContent,
    count_phrase,
    format_date,
)
from wtfc.export.errors import ExportError
from wtfc.export.look import INK, KIND_COLOURS, MUTED, PRINTABLE_EDGE, RULE, draw_kind_label
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.pdf import ONE_SIDED, bookmark, document_title, new_canvas
from wtfc.export.team_heading import theme_teams_heading, theme_teams_line
from wtfc.export.text import forget_measurements
from wtfc.export.theme_poster_actions import AT_LEAST, actions_loss, draw_actions
from wtfc.export.theme_poster_middle import draw_causes_and_success, middle_blocks
from wtfc.export.theme_poster_quotes import draw_quotes
from wtfc.export.theme_poster_styles import MIN_POINTS, PosterStyles
from wtfc.export.theme_poster_top import draw_counts, fit_title
from wtfc.export.title_line import draw_title_line
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Workshop

PAGE = landscape(A3)
MARGIN = 40.0
GUTTER = 30.0
SPLITS = ((0.31, 0.33, 0.36), (0.27, 0.34, 0.39), (0.23, 0.35, 0.42))  # column shares
# The middle column's shares, when it gives the actions the width it does not need
NARROWER = (0.33, 0.31, 0.29, 0.27, 0.25, 0.23, 0.21)
Widths = tuple[float, float, float]
SPARE_GAP = 18.0  # between a column's own blocks and the cards carried on under them


def export_theme_posters(
    workshop: Workshop,
    path: str | os.PathLike[str],
    *,
    theme_ids: Sequence[str] | None = None,
    today: dt.date | None = None,
    progress: Progress = no_progress,
) -> Path:
    """Write one A3 landscape poster per priority theme (or per theme in ``theme_ids``)."""
    return write_file(
        theme_posters_pdf(workshop, theme_ids=theme_ids, today=today, progress=progress), path
    )


def theme_posters_pdf(
    workshop: Workshop,
    *,
    theme_ids: Sequence[str] | None = None,
    today: dt.date | None = None,
    progress: Progress = no_progress,
) -> bytes:
    content = ExportContent(workshop, today=today or dt.date.today())
    forget_measurements()
    if theme_ids is None:
        themes = content.priority_themes
        if not themes:
            raise ExportError(NO_PRIORITY_FOR_POSTERS)
    else:
        try:
            themes = [content.theme(tid) for tid in theme_ids]
        except KeyError as exc:
            raise ExportError(f"The workshop has no theme with the id {exc.args[0]}.") from exc
        if not themes:
            raise ExportError("No theme was chosen, so there is no theme poster to make.")
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        PAGE,
        content=content,
        title=document_title(content, "Theme posters"),
        subject="Priority themes with their causes, success and actions",
        duplex=ONE_SIDED,  # each poster goes on the wall by itself
    )
    progress(0, len(themes))
    styles = PosterStyles()
    for number, theme in enumerate(themes, start=1):
        bookmark(canvas, f"theme{number}", shown_theme_name(theme.theme.name))
        _draw_poster(canvas, content, theme, number, len(themes), styles)
        canvas.showPage()
        progress(number, len(themes))
    canvas.showOutline()
    canvas.save()
    return buffer.getvalue()


def _draw_poster(
    canvas: Canvas,
    content: ExportContent,
    theme: ThemeContent,
    number: int,
    total: int,
    styles: PosterStyles,
) -> None:
    _, height = PAGE
    kind = theme.theme.kind
    # A kind-coloured edge down the left: the kind is also in words and an icon beside it.
    # Inside the printable area, so it prints the same on every printer.
    canvas.setFillColor(KIND_COLOURS[kind])
    canvas.rect(PRINTABLE_EDGE, PRINTABLE_EDGE, 11, height - 2 * PRINTABLE_EDGE, stroke=0, fill=1)
    header_bottom = _draw_header(canvas, content.workshop, theme)
    footer_top = _draw_footer(canvas, content, theme, number, total, styles)
    top, bottom = header_bottom - 18, footer_top + 14
    widths = _widths(content, theme, styles, top - bottom)
    xs = (MARGIN, MARGIN + widths[0] + GUTTER, MARGIN + widths[0] + widths[1] + 2 * GUTTER)
    for x in (xs[1], xs[2]):
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(x - GUTTER / 2, bottom, x - GUTTER / 2, top)
    # The middle and right columns are laid out first: the cards may carry on under them.
    middle = Column(canvas, xs[1], top, widths[1], bottom, deferred=True)
    actions = Column(canvas, xs[2], top, widths[2], bottom, deferred=True)
    draw_causes_and_success(middle, theme, styles)
    draw_actions(actions, content, theme, styles)
    draw_quotes(
        Column(canvas, xs[0], top, widths[0], bottom),
        [middle.below(SPARE_GAP), actions.below(SPARE_GAP)],
        theme.cards,
        heading=styles.heading,
        note=styles.note,
        held_back=theme.held_back,
    )
    middle.draw_placed()
    actions.draw_placed()


def _widths(
    content: ExportContent, theme: ThemeContent, styles: PosterStyles, room: float
) -> Widths:
    """The columns' widths. The cards are a selection anyway: when the causes and success, or
    the actions with their links, would not fit at 14 pt, the other columns widen at the
    expense of the cards'. The first split where everything fits; else one where every
    action does, the one that shows most of the middle column first, then most of the
    actions' links; else (some actions left off anyway) the one where the actions are
    widest. A middle column with width to spare then gives it to actions that are losing
    their links or being left off."""
    usable = PAGE[0] - 2 * MARGIN - 2 * GUTTER
    none_fit = len(AT_LEAST)  # the loss when actions are left off

    def measured(split: tuple[float, float, float]) -> tuple[Widths, float, int]:
        """The widths, how far the middle column is from fitting, and the actions' loss."""
        widths = (usable * split[0], usable * split[1], usable * split[2])
        # without the causes' categories: they take only room the split leaves (below)
        middle = middle_blocks(theme, MIN_POINTS, styles, categories=False)
        short = height_of(middle, widths[1]) - room
        loss = actions_loss(content, theme, styles, widths[2], room)
        return widths, max(0.0, short), none_fit if loss is None else loss

    options = []
    for split in SPLITS:  # measured lazily: most posters fit the first split
        widths, short, loss = measured(split)
        if not short and loss == 0:
            return widths
        options.append((loss == none_fit, short, loss, widths))
    fitting = [option for option in options if not option[0]]
    _, short, loss, widths = min(fitting, key=lambda o: o[:3]) if fitting else options[-1]
    if short:
        return widths
    cards = SPLITS[-1][0]
    for share in NARROWER:
        narrower, short, narrower_loss = measured((cards, share, 1 - cards - share))
        if short:
            break
        if narrower_loss < loss or narrower_loss == loss == none_fit:  # the widest shows most
            widths, loss = narrower, narrower_loss
        if loss == 0:
            break
    return widths


def _draw_header(canvas: Canvas, workshop: Workshop, theme: ThemeContent) -> float:
    """Kind, priority, the team that made it, the "I" statement and the counts; returns the
    header's bottom edge."""
    width, height = PAGE
    y = height - MARGIN - 20
    label_w = draw_kind_label(canvas, theme.theme.kind, MARGIN, y, 20)
    priority = theme.theme.priority
    rank = f"Priority {priority.rank}" if priority.rank else "Priority theme"
    if priority.votes:
        rank += f" · {count_phrase(priority.votes, 'vote')}"
    # then the group that wrote the poster up, as the why-tree's room view says it, "Team:
    # Team C (2 older people, 1 commissioner)": where that is too long, its name alone, cut
    # short with "…" before the page's edge where even that is
    team = theme_teams_heading(workshop, theme.theme.id)
    rank += " · " if team else ""
    canvas.setFont(f.plain_font(rank), 20)
    canvas.setFillColor(MUTED)
    x = MARGIN + label_w + 24
    canvas.drawString(x, y, rank)
    if team:
        x += canvas.stringWidth(rank, f.plain_font(rank), 20)
        if canvas.stringWidth(team, f.plain_font(team), 20) > width - MARGIN - x:
            team = theme_teams_line(workshop, theme.theme.id)  # its name whole, not "1 care…"
        draw_title_line(canvas, x, y, team, 20, width - MARGIN - x)
    stats_w = 230.0
    name_w = width - 2 * MARGIN - stats_w - GUTTER
    name = fit_title(shown_theme_name(theme.theme.name), name_w)
    _, name_h = name.wrap(name_w, 10**6)
    name_top = y - 14
    name.drawOn(canvas, MARGIN, name_top - name_h)
    stats_x = width - MARGIN - stats_w
    stats_bottom = draw_counts(
        canvas, theme, stats_x + 16, width - MARGIN, name_top, note_points=MIN_POINTS
    )
    canvas.setStrokeColor(RULE)
    canvas.line(stats_x, name_top, stats_x, stats_bottom + 2)
    bottom = min(name_top - name_h, stats_bottom) - 12
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.5)
    canvas.line(MARGIN, bottom, width - MARGIN, bottom)
    return bottom


def _draw_footer(
    canvas: Canvas,
    content: ExportContent,
    theme: ThemeContent,
    number: int,
    total: int,
    styles: PosterStyles,
) -> float:
    width, _ = PAGE
    ws = content.workshop
    y = MARGIN - 6
    canvas.setFillColor(MUTED)
    right = f"Poster {number} of {total} · Working Together for Change"
    canvas.setFont(f.REGULAR, MIN_POINTS)
    canvas.drawRightString(width - MARGIN, y, right)
    # A long title is shortened (the date kept) so it stops short of the poster number.
    when = f" · {format_date(ws.date)}" if ws.date else ""
    room = width - 2 * MARGIN - canvas.stringWidth(right, f.REGULAR, MIN_POINTS) - GUTTER
    draw_title_line(canvas, MARGIN, y, content.title, MIN_POINTS, room, tail=when)
    top = y + MIN_POINTS + 4
    note = content.held_back_note(theme.held_back, where="of this theme")
    if note:
        canvas.setFont(f.REGULAR, MIN_POINTS)
        canvas.drawString(MARGIN, top, note)
        top += MIN_POINTS + 4
    return top
