"""The Prioritise room view: every theme's counts and votes, priorities first with why each was
chosen, in large type.

The counts keep to the canvas's right edge; on a canvas narrower than 1920 (a smaller screen,
where type would otherwise go under 24 px) each kind is shown by its symbol alone so the names
keep their room, and a key says what each symbol means: at the end of the subtitle's last
line where it has room (1024x768: a line of its own cost the demo a page), else beside the
counts' headings or on a line under the heading. A priority's rank
is its number under the heading "Priority", at every size, as the counts are under theirs
("#1" left the room to guess; "★ 1" beside a Future theme's badge, "★", read as the same
mark). Where the rows with room to spare would go on over pages (15 themes while the
room votes), each theme takes one compact line (``COMPACT``) so most or all are seen at once;
themes that still do not fit go on over pages, each name whole, in the room's order and
shared out evenly (15 themes over two pages are 8 and 7, not 10 and 5 with half a page
empty), never on more pages than filling each would take."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.workshop import Theme
from wtfc.ui.boards.common import follow_document, themes_chosen_text
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.boards.priorities_layout import (
    COMPACT,
    LEFT,
    RANK_HEADING,
    RANK_INSET,
    ROOMY,
    SHORT_BADGE,
    SUB_PX,
    Row,
    _rows_that_fit,
    bar_x,
    counts,
    figures_line,
    key_after_subtitle,
    key_beside,
    lead_right,
    name_left,
    name_px,
    name_right,
    name_width,
    narrow,
    not_shown,
    rank_heading_end,
    reason_place,
    reason_text,
    room_order,
    row_need,
    short_badges,
    stacked,
    symbols_key,
    symbols_key_height,
)
from wtfc.ui.boards.priorities_model import people_figure, people_key
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_kind_badge,
    draw_more,
    draw_text,
    heading_bottom,
    text_height,
)
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.room_title import room_title
from wtfc.ui.style import KIND_COLOURS, KIND_TINTS, ROOM_MUTED

TITLE = "Which themes will we work on?"
HEAD_LINES = 4  # a long workshop title under it, whole across an 800x600 projector


class PrioritiesRoomView(RoomCanvas):
    """Read-only: the themes with card, people and vote counts, for the projector."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__("Priorities", parent)
        self._doc = doc
        self._pages: list[list[Row]] = [[]]
        self._m = ROOMY
        follow_document(self, doc, on_edited=self.relayout, on_reset=self.relayout)
        follow_names(self, doc, self.relayout)  # a name pasted may take the title down

    def _figures(self, themes: list[Theme]) -> dict[str, str]:
        return {t.id: people_figure(self._doc.people_count(t), self._doc.unrecorded_count(t))
                for t in themes}

    def _subtitle(self, themes: list[Theme]) -> str:
        """The workshop and how many themes are chosen; on an 800x600 projector the count
        alone (the workshop's title took three of its lines, a page's rows two of them). No
        zero counts to the room: "0 themes · 0 chosen as priorities" over "No themes yet"."""
        counts = themes_chosen_text(themes) if any(t.priority.chosen for t in themes) else \
            f"{count_phrase(len(themes), 'theme')} · none chosen yet" if themes else ""
        if stacked(self.canvas_width()) and counts:
            return counts
        # a title the guard flags is left out, as the title bar leaves it out (``room_title``)
        title = room_title(self._doc.workshop.title, self._doc.names_to_watch)
        return " · ".join(words for words in (_apart(title), counts) if words)

    def lay_out(self, height: float) -> int:
        """All the themes on one page while they fit with their names whole and their reasons'
        lines; otherwise over as few pages, each row with that room, as many rows on each as
        can be (the spare room then goes to the names' and reasons' lines)."""
        # the rows keep these: a name with no words is measured and drawn "Unnamed theme"
        themes = [as_shown(t) for t in room_order(self._doc.workshop.themes)]
        wide = self.canvas_width()
        any_chosen = any(t.priority.chosen for t in themes)
        key = people_key(list(self._figures(themes).values()))
        key_h = text_height(key, wide - 2 * LEFT, SMALL_PX) + 6 if key else 0.0
        held = {t.id for t in themes if _under_cards(self._doc, t)}  # a line under Cards
        rows_h = height - heading_bottom(self._subtitle(themes), title=TITLE, wide=wide,
                                      lines=HEAD_LINES) \
            - 46 - key_h
        for m in (ROOMY, COMPACT):  # roomy rows if they fit one page, else compact ones
            self._m = m
            room = rows_h - m.foot - symbols_key_height(
                wide, m, any_chosen, self._subtitle(themes), HEAD_LINES)
            width = name_width(any_chosen, wide, m)
            needs = [row_need(t, width, t.id in held, wide, any_chosen, m) for t in themes]
            if sum(needs) <= room:
                self._pages = [_rows_that_fit(themes, room, width, held, wide, any_chosen, m)]
                return 1
        self._pages = [_rows_that_fit(themes[span.start:span.stop], room, width, held, wide,
                                      any_chosen, m)
                       for span in even_pages(needs, room, by_rows=True)]
        return len(self._pages)

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        themes = room_order(self._doc.workshop.themes)
        chosen = sum(1 for t in themes if t.priority.chosen)
        subtitle = self._subtitle(themes)
        top = draw_heading(p, area, TITLE, subtitle, wrap=True, lines=HEAD_LINES)
        wide = area.width()
        left, right = float(LEFT), wide - LEFT
        any_chosen, m = chosen > 0, self._m
        x_name = name_left(any_chosen, wide, m)
        short = short_badges(wide)
        if short and key_after_subtitle(subtitle, wide, HEAD_LINES):  # its last line's end
            draw_text(p, QRectF(left, top - 62, right - left, 44), symbols_key(wide), SMALL_PX,
                      colour=ROOM_MUTED, align=Qt.AlignmentFlag.AlignRight, wrap=False)
        elif short:  # the symbols alone are explained once: under the heading, or beside the counts
            symbols = symbols_key_height(wide, m, any_chosen)
            beside = key_beside(wide, m, any_chosen)
            x = rank_heading_end(any_chosen) if beside else left  # after "Priority"
            draw_text(p, QRectF(x, top - (0 if beside else 6), right - x,
                                symbols or 40), symbols_key(wide), SMALL_PX, colour=ROOM_MUTED)
            top += symbols
        columns = counts(wide)
        if any_chosen:  # over the ranks, as the counts' headings are over theirs
            draw_text(p, QRectF(left + RANK_INSET, top, 200, 40), RANK_HEADING, SMALL_PX,
                      bold=True, colour=ROOM_MUTED, wrap=False)
        for text, x in columns:
            draw_text(p, QRectF(x - 40, top, 170, 40), text, SMALL_PX, bold=True,
                      colour=ROOM_MUTED, align=Qt.AlignmentFlag.AlignRight, wrap=False)
        top += 46
        biggest = max((len(t.card_ids) for t in themes), default=1) or 1
        figures = self._figures(themes)
        key = people_key(list(figures.values()))
        key_h = text_height(key, right - left, SMALL_PX) + 6 if key else 0.0
        under_cards = {t.id: words for t in themes if (words := _under_cards(self._doc, t))}
        shown = self._pages[self.page] if self.page < len(self._pages) else []
        y = top
        for theme, height, lines, reason_lines in shown:
            row = QRectF(left, y, right - left, height - m.gap)
            face = KIND_TINTS[theme.kind] if theme.priority.chosen else QColor("#FFFFFF")
            draw_card(p, row, edge=KIND_COLOURS[theme.kind], face=face, radius=10)
            figures_y = y + m.pad + (lines * m.line if stacked(wide) else 0.0)
            if theme.priority.chosen:
                draw_text(p, QRectF(left + RANK_INSET, figures_y, 90, m.figure_px + 10),
                          str(theme.priority.rank or ""), m.figure_px, bold=True, wrap=False)
            badge = SHORT_BADGE if short else 230
            draw_kind_badge(p, QRectF(lead_right(any_chosen, wide, m) - 20 - badge,
                                      figures_y + (40 - m.badge_h) / 2, badge, m.badge_h),
                            theme.kind, 26, short=short)
            width = name_right(wide, m) - x_name
            px = name_px(theme, width, lines, m)
            box = QRectF(x_name, y + m.pad + (m.name_px - px) / 2, width,
                         max(lines * m.line, text_height("Ag", width, px, bold=True)))
            draw_text(p, box, theme.name, px, bold=theme.priority.chosen)
            below = y + m.pad + lines * m.line + figures_line(wide, m)  # the small line's top
            if reason_lines:  # cut after a whole word when it needs more lines than it has
                under, room_w = reason_place(reason_text(theme), any_chosen,
                                             theme.id in under_cards, wide, m)
                draw_text(p, QRectF(x_name, below + under * m.sub_line, room_w,
                                    reason_lines * m.sub_line),
                          reason_text(theme), SUB_PX, colour=ROOM_MUTED)
            if not narrow(wide):  # (where it is, the Cards figure says the same)
                bar = QRectF(bar_x(wide), y + m.pad + m.figure_px / 2 - 7,
                             100 * len(theme.card_ids) / biggest, 22)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(KIND_COLOURS[theme.kind])
                p.drawRoundedRect(bar, 4, 4)
            values = (str(len(theme.card_ids)), figures[theme.id], str(theme.priority.votes))
            for (_, x), value in zip(columns, values, strict=True):
                draw_text(p, QRectF(x - 40, figures_y - 2, 170, m.figure_px + 12), value,
                          m.figure_px, bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            if theme.id in under_cards:
                x = dict(columns)["Cards"]
                draw_text(p, QRectF(x - 60, below, 190, m.sub_line), under_cards[theme.id],
                          SUB_PX, colour=ROOM_MUTED, align=Qt.AlignmentFlag.AlignRight,
                          wrap=False)
            y += height
        if not themes:
            draw_text(p, QRectF(left, top, right - left, 60),
                      "No themes yet: they are made on the card wall.", BODY_PX,
                      colour=ROOM_MUTED)
        hidden = len(themes) - sum(len(page) for page in self._pages)
        draw_more(p, QRectF(left, y, right - left, 44), hidden, "themes")
        key = people_key([figures[row.theme.id] for row in shown])  # the marks on the screen only
        if key:
            draw_text(p, QRectF(left, y + (44 if hidden else 0) + 6, right - left, key_h), key,
                      SMALL_PX, colour=ROOM_MUTED)


def _under_cards(doc: Document, theme: Theme) -> str:
    """The small line under a theme's Cards figure ("" for none): how many of its cards are
    not shown (the figure counts every card, as the boards do), or, for a chosen priority whose
    cards were all deleted (a person withdrew), "no cards left" as Understand's row says: a
    bare "0" beside its votes read as a count not yet made. No wider than "12 not shown", the
    room ``reason_width`` leaves beside a reason (``reason_place``: or the reason goes under)."""
    if n := not_shown(doc, theme):
        return f"{n:,} not shown"
    return "no cards left" if theme.priority.chosen and not theme.card_ids else ""


def _apart(title: str) -> str:
    """The title set apart from the counts after it: an Urdu title pulled their number into
    it ("… / 5 · بہار کا جائزہ themes")."""
    if title.isascii():
        return title
    from wtfc.export.isolates import isolated

    return isolated(title)
