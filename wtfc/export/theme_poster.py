"""Theme posters: one A3 landscape page per priority theme, for the meeting-room wall.

Each poster carries the "I" statement, how many cards and people it speaks for, the cards in
people's own words (carried on under the other columns when those leave room, a selection only
when even that is too little: ``theme_poster_quotes.py``), the causes agreed to address and the
other root causes, what success would look like by perspective, and the actions by role with
owner, date and status; actions that do not fit are named by role in a note. A dropped action
is not something "we will do", so it is left off and the poster says how many were, and where
they are listed. Nothing is smaller than 14 pt: the posters are read from a few steps away.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.blocks import Column, Gap, height_of, largest_fitting, largest_size
from wtfc.export.content import (
    AGREED_HEADING,
    NO_ACTIONS_AGREED,
    NO_CAUSE_MARKED,
    NO_DATE,
    NO_PRIORITY_FOR_POSTERS,
    ExportContent,
    ThemeContent,
    count_phrase,
    format_date,
    status_stands_out,
    status_words,
)
from wtfc.export.errors import ExportError
from wtfc.export.look import INK, KIND_COLOURS, MUTED, RULE, draw_kind_label
from wtfc.export.output import Progress, no_progress, write_file
from wtfc.export.pdf import bookmark, document_title, new_canvas
from wtfc.export.text import Text, TextStyle, forget_measurements
from wtfc.export.theme_poster_quotes import draw_quotes
from wtfc.export.theme_poster_top import draw_counts, fit_title
from wtfc.export.title_line import draw_title_line
from wtfc.model.workshop import Action, ActionStatus, Role, Workshop

PAGE = landscape(A3)
MARGIN = 40.0
GUTTER = 30.0
MIN_POINTS = 14.0  # the smallest text on a poster
SIZES = (22, 20, 18, 17, 16, 15, MIN_POINTS)  # body text, tried largest first
SPLITS = ((0.31, 0.33, 0.36), (0.27, 0.34, 0.39), (0.23, 0.35, 0.42))  # column shares
LINES = (30, 20, 12, 9, 6, 4)  # an action's lines at most, tried largest first, when not all fit
SPARE_GAP = 18.0  # between a column's own blocks and the cards carried on under them


def export_theme_posters(workshop: Workshop, path: str | os.PathLike[str], *,
                         theme_ids: Sequence[str] | None = None,
                         today: dt.date | None = None,
                         progress: Progress = no_progress) -> Path:
    """Write one A3 landscape poster per priority theme (or per theme in ``theme_ids``)."""
    return write_file(theme_posters_pdf(workshop, theme_ids=theme_ids, today=today,
                                        progress=progress), path)


def theme_posters_pdf(workshop: Workshop, *, theme_ids: Sequence[str] | None = None,
                      today: dt.date | None = None,
                      progress: Progress = no_progress) -> bytes:
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
    canvas = new_canvas(buffer, PAGE, content=content,
                        title=document_title(content, "Theme posters"),
                        subject="Priority themes with their causes, success and actions")
    progress(0, len(themes))
    styles = _Styles()
    for number, theme in enumerate(themes, start=1):
        bookmark(canvas, f"theme{number}", theme.theme.name or "Unnamed theme")
        _draw_poster(canvas, content, theme, number, len(themes), styles)
        canvas.showPage()
        progress(number, len(themes))
    canvas.showOutline()
    canvas.save()
    return buffer.getvalue()


class _Styles:
    def __init__(self) -> None:
        self.heading = TextStyle(28, bold=True, space_after=10)
        self.note = TextStyle(MIN_POINTS, colour=MUTED, leading=18)

    @staticmethod
    def subheading(size: float) -> TextStyle:
        size = max(16, size + 1)
        return TextStyle(size, bold=True, space_before=size * 0.3, space_after=size * 0.1)

    @staticmethod
    def body(size: float, *, bullet: str = "", indent: float = 0) -> TextStyle:
        return TextStyle(size, leading=size * 1.3, space_after=size * 0.35, bullet=bullet,
                         indent=indent or (size * 1.1 if bullet else 0))

    @staticmethod
    def detail(size: float, indent: float, *, strong: bool = False) -> TextStyle:
        """An action's owner, date and status; ``strong`` (bold, near-black) when it is
        overdue, done or dropped."""
        small = max(MIN_POINTS, size - 2)
        return TextStyle(small, bold=strong, leading=small * 1.25,
                         colour=INK if strong else MUTED, space_after=size * 0.4,
                         indent=indent)


def _draw_poster(canvas: Canvas, content: ExportContent, theme: ThemeContent, number: int,
                 total: int, styles: _Styles) -> None:
    width, height = PAGE
    kind = theme.theme.kind
    # A kind-coloured edge down the left: the kind is also in words and an icon beside it.
    canvas.setFillColor(KIND_COLOURS[kind])
    canvas.rect(0, 0, 14, height, stroke=0, fill=1)
    header_bottom = _draw_header(canvas, theme, number, total, styles)
    footer_top = _draw_footer(canvas, content, theme, number, total, styles)
    usable = width - 2 * MARGIN - 2 * GUTTER
    top, bottom = header_bottom - 18, footer_top + 14
    # The cards are a selection anyway: when the causes, success or actions would not fit at
    # 14 pt, their columns widen at the expense of the cards' column.
    widths, fallback = None, None
    for split in SPLITS:  # measured lazily: most posters fit the first split
        option = tuple(usable * share for share in split)
        middle_fits, actions_fit = _fits(content, theme, styles, option, top - bottom)
        if middle_fits and actions_fit:
            widths = option
            break
        if actions_fit and fallback is None:
            fallback = option
    widths = widths or fallback or option
    xs = (MARGIN, MARGIN + widths[0] + GUTTER, MARGIN + widths[0] + widths[1] + 2 * GUTTER)
    for x in (xs[1], xs[2]):
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(x - GUTTER / 2, bottom, x - GUTTER / 2, top)
    # The middle and right columns are laid out first: the cards may carry on under them.
    middle = Column(canvas, xs[1], top, widths[1], bottom, deferred=True)
    actions = Column(canvas, xs[2], top, widths[2], bottom, deferred=True)
    _draw_causes_and_success(middle, theme, styles)
    _draw_actions(actions, content, theme, styles)
    draw_quotes(Column(canvas, xs[0], top, widths[0], bottom),
                [middle.below(SPARE_GAP), actions.below(SPARE_GAP)], theme.cards,
                heading=styles.heading, note=styles.note)
    middle.draw_placed()
    actions.draw_placed()


def _fits(content: ExportContent, theme: ThemeContent, styles: _Styles,
          widths: tuple[float, ...], room: float) -> tuple[bool, bool]:
    """Whether the middle column and the actions fit at 14 pt in these column widths."""
    middle = height_of(_middle_blocks(theme, MIN_POINTS, styles), widths[1])
    heading = styles.heading.leading + styles.heading.space_after
    actions = height_of(_action_blocks(content, theme, MIN_POINTS, styles),
                        widths[2]) + heading
    return middle <= room, actions <= room


def _draw_header(canvas: Canvas, theme: ThemeContent, number: int, total: int,
                 styles: _Styles) -> float:
    """Kind, priority, the "I" statement and the counts; returns the header's bottom edge."""
    width, height = PAGE
    y = height - MARGIN - 20
    label_w = draw_kind_label(canvas, theme.theme.kind, MARGIN, y, 20)
    priority = theme.theme.priority
    rank = f"Priority {priority.rank}" if priority.rank else "Priority theme"
    if priority.votes:
        rank += f" · {count_phrase(priority.votes, 'vote')}"
    canvas.setFont(f.plain_font(rank), 20)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN + label_w + 24, y, rank)
    stats_w = 230.0
    name_w = width - 2 * MARGIN - stats_w - GUTTER
    name = fit_title(theme.theme.name or "Unnamed theme", name_w)
    _, name_h = name.wrap(name_w, 10**6)
    name_top = y - 14
    name.drawOn(canvas, MARGIN, name_top - name_h)
    stats_x = width - MARGIN - stats_w
    stats_bottom = draw_counts(canvas, theme, stats_x + 16, width - MARGIN, name_top,
                               note_points=MIN_POINTS)
    canvas.setStrokeColor(RULE)
    canvas.line(stats_x, name_top, stats_x, stats_bottom + 2)
    bottom = min(name_top - name_h, stats_bottom) - 12
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.5)
    canvas.line(MARGIN, bottom, width - MARGIN, bottom)
    return bottom


def _draw_footer(canvas: Canvas, content: ExportContent, theme: ThemeContent, number: int,
                 total: int, styles: _Styles) -> float:
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


def _middle_blocks(theme: ThemeContent, size: float, styles: _Styles) -> list[Flowable]:
    success_items: list[tuple[str, list[str]]] = [
        (perspective.label, [s.text for s in statements])
        for perspective, statements in theme.success.items()]
    return [*_cause_blocks(theme, size, styles), Gap(10),
            *_success_blocks(success_items, size, styles)]


def _draw_causes_and_success(column: Column, theme: ThemeContent, styles: _Styles) -> None:
    blocks = largest_fitting(SIZES, lambda size: _middle_blocks(theme, size, styles),
                             column.width, column.room)
    column.place_all(blocks, overflow=lambda left: Text(
        "More of this theme is in the workshop report.", styles.note))


def _cause_blocks(theme: ThemeContent, size: float, styles: _Styles) -> list[Flowable]:
    """The causes agreed to address, then the other root causes, each group named in words
    (a reader of a black-and-white print sees no colour)."""
    blocks: list[Flowable] = [Text("Why it happens", styles.heading)]
    agreed, others = theme.agreed_causes, theme.other_root_causes
    if not agreed and not others:
        return [*blocks, Text(NO_CAUSE_MARKED, styles.note)]
    groups = ((AGREED_HEADING, agreed),
              ("Other root causes" if agreed else "Root causes", others))
    body = styles.body(size, bullet="•")
    for label, causes in groups:
        if causes:
            blocks.append(Text(label, styles.subheading(size), keep_with_next=True))
            blocks += [Text(c.text, body) for c in causes]
    return blocks


def _success_blocks(items: list[tuple[str, list[str]]], size: float,
                    styles: _Styles) -> list[Flowable]:
    blocks: list[Flowable] = [Text("What success looks like", styles.heading)]
    if not items:
        return [*blocks, Text("No success statements have been written yet.", styles.note)]
    for label, texts in items:
        blocks.append(Text(label, styles.subheading(size), keep_with_next=True))
        blocks += [Text(f"“{t}”", styles.body(size)) for t in texts]
    return blocks


def _draw_actions(column: Column, content: ExportContent, theme: ThemeContent,
                  styles: _Styles) -> None:
    column.place(Text("What we will do", styles.heading))
    planned = _planned(theme)
    if not planned:
        column.place_all(_action_blocks(content, theme, MIN_POINTS, styles))
        return
    blocks = largest_fitting(SIZES, lambda size: _action_blocks(content, theme, size, styles),
                             column.width, column.room)
    if height_of(blocks, column.width) > column.room:
        # Not all fit even at 14 pt: an action of many lines (minutes pasted in) is cut short,
        # so that one long action does not push the others off.
        def capped(lines: float) -> list[Flowable]:
            return _action_blocks(content, theme, MIN_POINTS, styles,
                                  cap=(int(lines), column.width))

        blocks = capped(largest_size(LINES, lambda n: height_of(capped(n), column.width)
                                     <= column.room))
    total = sum(len(a) for a in planned.values())

    def more(left: int) -> Text:
        """The note that closes a list cut short, naming the roles whose actions are left off
        (a whole lane can be). The notes follow: the "as of" date goes with every "Overdue"
        shown. Asked first for every block left, the room place_all keeps for it, it is then
        as long as it can be."""
        if total == 1:
            said = ("This theme's action does not fit here whole: the action poster and the "
                    "report have all its words.")
        else:
            hidden = {getattr(b, "action_id", "") for b in blocks[len(blocks) - left:]}
            said = (f"Not all of this theme's {total:,} actions fit here. "
                    f"{_left_off(planned, hidden, longest=left == len(blocks))}"
                    "The action poster and the report list every one.")
        return Text(" ".join([said, *_action_notes(content, theme)]), styles.note)

    column.place_all(blocks, overflow=more)


def _left_off(planned: dict[Role, list[Action]], hidden: set[str], *, longest: bool) -> str:
    """"Not shown here: Providers (all 4), Commissioners (2 of 3). ", or "" when only notes
    are; ``longest``: every role as "n of n", as long as this sentence gets."""
    parts = []
    for role, actions in planned.items():
        n, left = len(actions), sum(a.id in hidden for a in actions)
        if longest or 0 < left < n:
            parts.append(f"{role.label} ({n if longest else left} of {n})")
        elif left:
            parts.append(f"{role.label} ({f'all {n}' if n > 1 else '1'})")
    return f"Not shown here: {', '.join(parts)}. " if parts else ""


def _planned(theme: ThemeContent) -> dict[Role, list[Action]]:
    """The theme's actions by role, less those dropped."""
    planned = {role: [a for a in actions if a.status != ActionStatus.DROPPED]
               for role, actions in theme.actions.items()}
    return {role: actions for role, actions in planned.items() if actions}


def _action_blocks(content: ExportContent, theme: ThemeContent, size: float,
                   styles: _Styles, *, cap: tuple[int, float] | None = None) -> list[Flowable]:
    """Each role's actions, then the notes. ``cap``: (lines, column width): an action's words
    are in at most that many lines of the column."""
    max_lines, width = cap or (None, 0.0)
    blocks: list[Flowable] = []
    cut = link_cut = False  # the action poster has its words whole, not all its links
    what_style = styles.body(size, bullet="•")
    what_style.space_after = size * 0.1
    detail = styles.detail(size, indent=what_style.indent)
    detail.space_after = 0  # the status follows on its own line
    plain = styles.detail(size, indent=what_style.indent)
    strong = styles.detail(size, indent=what_style.indent, strong=True)
    planned = _planned(theme)
    for role, actions in planned.items():
        blocks.append(Text(role.label, styles.subheading(size), keep_with_next=True))
        for action in actions:
            what = Text(action.what, what_style, keep_with_next=True, max_lines=max_lines,
                        may_cut=True)
            what.action_id = action.id  # a list cut short names the roles it left off
            cut = cut or what.cut_short(width)
            blocks.append(what)
            for line in content.answers(action):  # the cause and success it answers
                link = Text(line, detail, keep_with_next=True,
                            max_lines=1 if max_lines else None, may_cut=True)
                link_cut = link_cut or link.cut_short(width)
                blocks.append(link)
            who = action.owner or "Owner to be agreed"
            when = f"By {format_date(action.by_when)}" if action.by_when else NO_DATE
            blocks.append(Text(f"{who} · {when}", detail, keep_with_next=True))
            # On a line of its own, as in the report's "By when" column: "In progress" is
            # never parted across two lines.
            blocks.append(Text(status_words(action, content.today),
                               strong if status_stands_out(action, content.today) else plain))
    notes = _action_notes(content, theme)
    if link_cut:
        notes.insert(0, "Words cut short (…) are whole in the report.")
    elif cut:
        notes.insert(0, "Words cut short (…) are whole on the action poster and in the report.")
    return blocks + [Text(note, styles.note) for note in notes]


def _action_notes(content: ExportContent, theme: ThemeContent) -> list[str]:
    """What closes the actions column: how many dropped actions are not shown (or that there
    are no actions), and the day their status is as of."""
    planned = _planned(theme)
    dropped = theme.action_count - sum(len(a) for a in planned.values())
    notes = []
    if dropped:
        notes.append(_dropped_note(dropped, any_left=bool(planned)))
    elif not planned:
        notes.append(NO_ACTIONS_AGREED)
    if planned:
        notes.append(f"{content.status_as_of}.")
    return notes


def _dropped_note(dropped: int, *, any_left: bool) -> str:
    if not any_left:
        return (f"Every action agreed for this theme has been dropped "
                f"({count_phrase(dropped, 'action')}). The report lists them.")
    if dropped == 1:
        return "1 action that was dropped is not shown. The report lists it."
    return f"{dropped} actions that were dropped are not shown. The report lists them."
