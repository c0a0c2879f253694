"""The pieces of a drawn why-tree: the theme at the root, a card per cause, and the links.

Marks are never colour alone: a root cause carries "◎ Root cause", an agreed cause
"✔ We will act on this", each in a pill with its word; the team and the category (the
fishbone's bone) are written on the card. "Address" as a verb is council English; "Root cause"
stays: it is the method's own word, the one the tab, the report's key and the facilitator use,
and no plainer word ("Underlying cause") says it in the pill's width.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from wtfc.export.content import cards_and_people, count_phrase
from wtfc.model.counting import rank_words
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Cause, Theme
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.screen_fonts import lent_count
from wtfc.ui.style import (
    FOCUS,
    INK,
    KIND_COLOURS,
    KIND_INKS,
    KIND_TINTS,
    MUTED_INK,
    ROOM_MUTED,
    kind_text,
    pixel_font,
)

ROOT_CAUSE_INK = QColor("#8A3200")   # dark vermillion: 7:1 on white, for the word and border
AGREED_FILL = QColor("#00694D")      # dark bluish green: white text on it is 6.6:1
WRAP = int(Qt.TextFlag.TextWordWrap)
ROOT_BADGE = "◎ Root cause"
AGREED_BADGE = "✔ We will act on this"


@dataclass(frozen=True)
class TreeStyle:
    """Sizes of a drawn tree: the board's, or the room view's larger ones (``room``: drawn for
    the projector, which never shows a held-back card)."""

    text_px: int = 17
    # the board opens zoomed so these are 12 px (why_tree_sight): at 16 and 260 across, two
    # boxes wrapped beside a gutter still fit a 911 px window and three a 1366 px one
    small_px: int = 16
    width: float = 260
    root_width: float = 420
    pad: float = 14
    h_gap: float = 36
    v_gap: float = 64
    room: bool = False
    # "Category: Money" and "Team: Team A" under the words: the room view keeps its trees to a
    # page at 24 px without the category; the fishbone, grouped by category, is read for marks
    categories: bool = True
    teams: bool = True


BOARD_STYLE = TreeStyle()
ROOM_STYLE = TreeStyle(text_px=32, small_px=28, width=440, root_width=640, pad=20, h_gap=48,
                       v_gap=80, room=True, categories=False)


def _text_height(text: str, width: float, px: int, bold: bool = False) -> float:
    # kept by the fonts lent so far too: words in a script newly lent a font stand otherwise
    return _text_height_kept(text, width, px, bold, lent_count())


@lru_cache(maxsize=8192)  # a room-view plan asks each cause's words at each style it tries
def _text_height_kept(text: str, width: float, px: int, bold: bool, _lent: int) -> float:
    return QFontMetricsF(pixel_font(px, bold=bold)).boundingRect(
        QRectF(0, 0, width, 100_000), WRAP, text).height()


@lru_cache(maxsize=1024)  # measured and painted from the same words, each a few times
def shown_words(text: str, width: float, px: int) -> str:
    """``text`` as its box shows it: a word wider than the box (a pasted link, a 1,500-letter
    run) ends at the box's edge with "…". Qt's word wrap cannot break it: it ran out of the
    box and was cut off at its edge, with nothing to say more was typed. A run Qt does break
    (Chinese, Thai) is kept whole."""
    metrics = QFontMetricsF(pixel_font(px))
    if metrics.boundingRect(QRectF(0, 0, width, 100_000), WRAP, text).width() <= width + 0.5:
        return text
    return "".join(
        metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
        if metrics.boundingRect(QRectF(0, 0, width, 100_000), WRAP, word).width() > width + 0.5
        else word for word in re.split(r"(\s+)", text))


@lru_cache(maxsize=512)
def _pill_width(text: str, px: int) -> float:
    return QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(text) + px


@lru_cache(maxsize=512)  # asked for each box of each style a re-layout measures
def _fitted_pill(text: str, px: int, room: float) -> tuple[float, float]:
    """(width, height) of a mark's pill in ``room`` (its box's width less 6 px a side): its
    words with air each side; less air where the box is short of it, then the words on two
    lines. With three or four boxes side by side "✔ We will act on this" ran 7-11 px past its
    box's edge; the boxes keep their width (wider ones took the tree onto another page)."""
    metrics = QFontMetricsF(pixel_font(px, bold=True))
    words = metrics.horizontalAdvance(text)
    if words + 0.4 * px <= room:  # the words still clear the pill's rounded ends
        return min(words + px, room), px * 1.6
    lines = metrics.boundingRect(QRectF(0, 0, room - 0.4 * px, 100_000), WRAP, text).height()
    return room, lines + px * 0.4


def _pill(p: QPainter, x: float, y: float, text: str, px: int, *, fill: QColor,
          ink: QColor, border: QColor, room: float | None = None) -> float:
    """A rounded label, fitted to ``room`` when given; returns its width."""
    font = pixel_font(px, bold=True)
    width, height = _fitted_pill(text, px, room) if room else (_pill_width(text, px), px * 1.6)
    rect = QRectF(x, y, width, height)
    p.setPen(QPen(border, 2))
    p.setBrush(fill)
    p.drawRoundedRect(rect, px * 0.8, px * 0.8)  # a line's half: two lines stay a pill
    p.setFont(font)
    p.setPen(ink)
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter) | WRAP, text)
    return width


def footer(cause: Cause, s: TreeStyle) -> str:
    """The muted lines under a cause's words, as far as the style shows them: its category
    and its team."""
    lines = [f"Category: {cause.category.label}"] if cause.category and s.categories else []
    lines += [f"Team: {cause.team}"] if cause.team and s.teams else []
    return "\n".join(lines)


def _measure(cause: Cause, s: TreeStyle) -> tuple[list[str], int, float, float, float]:
    """(marks, lines the marks take, their height, height of the words, height of the
    category and team)."""
    badges = [b for b, on in ((ROOT_BADGE, cause.root_cause), (AGREED_BADGE, cause.agreed))
              if on]
    text_width = s.width - 2 * s.pad
    # Both marks share a line when they fit side by side, else one line each.
    together = sum(_pill_width(b, s.small_px) for b in badges) + 8 <= text_width
    badge_lines = 0 if not badges else 1 if together else len(badges)
    badge_h = (badge_lines * (s.small_px * 1.6 + 8) if together else
               sum(_fitted_pill(b, s.small_px, s.width - 12)[1] + 8 for b in badges))
    text_h = _text_height(shown_words(cause.text, text_width, s.text_px), text_width, s.text_px)
    # the team wraps too: a narrow box (a wide tree in the room view) must not cut it off
    team_h = _text_height(below, text_width, s.small_px) if (below := footer(cause, s)) else 0.0
    return badges, badge_lines, badge_h, text_h, team_h


# a box's height by what it shows and the style: each room-view plan after an edit asks again
# for every box of the tree, as it was before the edit, in each of the ~20 styles it tries
_HEIGHTS: dict[tuple, float] = {}
HEIGHTS_KEPT = 16_384


def cause_height(cause: Cause, s: TreeStyle) -> float:
    """How tall a cause's box is in this style (without building its item)."""
    key = (cause.text, cause.root_cause, cause.agreed, cause.category, cause.team, s,
           lent_count())
    if (found := _HEIGHTS.get(key)) is not None:
        return found
    _, _, badge_h, text_h, team_h = _measure(cause, s)
    height = s.pad + badge_h + text_h
    height = height + (team_h + 6 if team_h else 0) + s.pad
    if len(_HEIGHTS) >= HEIGHTS_KEPT:
        _HEIGHTS.clear()
    _HEIGHTS[key] = height
    return height


class CauseItem(QGraphicsItem):
    """One cause: its words, its marks and its team. Selectable; dragging is the view's job."""

    def __init__(self, cause: Cause, style: TreeStyle) -> None:
        super().__init__()
        self.cause = cause
        self.style = style
        self.drop_target = False
        self.cut = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setToolTip(plain_tip(self.describe()))  # the cause as typed, not as HTML
        self._badges, self._badge_lines, _, self._text_h, self._team_h = _measure(cause,
                                                                                  style)
        self._rect = QRectF(0, 0, style.width, cause_height(cause, style))

    @property
    def node_id(self) -> str:
        return self.cause.id

    def describe(self) -> str:
        marks = [m for m, on in (("root cause", self.cause.root_cause),
                                 ("we will act on this", self.cause.agreed)) if on]
        said = self.cause.text + (f" ({', '.join(marks)})" if marks else "")
        if not (below := footer(self.cause, self.style)):
            return said
        # a sentence of its own, as the box shows it: "focused.; team Team A" read badly
        return said + ("" if said.endswith((".", "!", "?", "…")) else ".") + \
            " " + below.replace("\n", ". ")

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        s, rect, cause = self.style, self._rect, self.cause
        border = QPen(ROOT_CAUSE_INK if cause.root_cause else QColor("#9A968C"),
                      4 if cause.root_cause else 2)
        if self.cut:
            border.setStyle(Qt.PenStyle.DashLine)
        p.setPen(border)
        p.setBrush(QColor("#FFFFFF") if not self.cut else QColor("#F2F0EA"))
        p.drawRoundedRect(rect, 10, 10)
        y = s.pad
        x = s.pad
        room = s.width - 12  # a mark's pill stays inside the box, into its margins if need be
        for badge in self._badges:
            if self._badge_lines > 1 or len(self._badges) == 1:  # one a line: centred if wide
                wide = _fitted_pill(badge, s.small_px, room)[0]
                x = s.pad if wide <= s.width - 2 * s.pad else (s.width - wide) / 2
            if badge == ROOT_BADGE:
                width = _pill(p, x, y, badge, s.small_px, fill=QColor("#FFF4EC"),
                              ink=ROOT_CAUSE_INK, border=ROOT_CAUSE_INK, room=room)
            else:
                width = _pill(p, x, y, badge, s.small_px, fill=AGREED_FILL,
                              ink=QColor("#FFFFFF"), border=AGREED_FILL, room=room)
            if self._badge_lines > 1:
                y += _fitted_pill(badge, s.small_px, room)[1] + 8
            else:
                x += width + 8
        if self._badge_lines == 1:  # side by side, or one mark on two lines in a narrow box
            y += max(_fitted_pill(b, s.small_px, room)[1] for b in self._badges) + 8
        p.setFont(pixel_font(s.text_px))
        p.setPen(INK)
        p.drawText(QRectF(s.pad, y, s.width - 2 * s.pad, self._text_h + 2), WRAP,
                   shown_words(cause.text, s.width - 2 * s.pad, s.text_px))
        y += self._text_h
        if self._team_h:
            p.setFont(pixel_font(s.small_px))
            p.setPen(ROOM_MUTED if s.room else MUTED_INK)  # the room's: washed-out projectors
            p.drawText(QRectF(s.pad, y + 6, s.width - 2 * s.pad, self._team_h + 2), WRAP,
                       footer(cause, s))
        _outline(p, rect, selected=self.isSelected(), target=self.drop_target)


def theme_cards(doc: Document, theme: Theme) -> list[Card]:
    """The cards a theme's root box counts."""
    return [doc.card(card_id) for card_id in theme.card_ids]


def cards_said(cards: Sequence[Card], *, room: bool) -> str:
    """"5 cards from 4 people", counting every card as the boards do; for the room, which
    never sees a held-back card (its theme view would say "2 cards"), "5 cards (3 not shown)
    from 4 people". The people stay counted over every card, as the cards are."""
    said = cards_and_people(list(cards))
    hidden = sum(1 for c in cards if c.held_back)
    if not room or not hidden:
        return said
    number = count_phrase(len(cards), "card")
    return f"{number} ({hidden:,} not shown){said.removeprefix(number)}"


class ThemeRootItem(QGraphicsItem):
    """The theme at the top of its why-tree: kind, name and how many cards and people, counted
    as the exports and Collect count them ("5 cards from 3 people, 2 with no person
    recorded"): a card with no person code is never counted as someone."""

    node_id = "__theme__"

    def __init__(self, theme: Theme, cards: Sequence[Card], style: TreeStyle) -> None:
        super().__init__()
        # a name with no words (an older file's lone zero-width space) is "Unnamed theme" in
        # the box, its tooltip and what a screen reader hears, never blank; same id
        self.theme = theme = as_shown(theme)
        self.style = style
        self.drop_target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        rank = f"{rank_words(theme.priority.rank)} · " if theme.priority.chosen else ""
        self.facts = f"{rank}{cards_said(cards, room=style.room)}"
        self.setToolTip(plain_tip(f"{theme.name}: {self.facts}"))  # the name as typed
        s = style
        inside = s.root_width - 2 * s.pad
        self._name_h = _text_height(theme.name, inside, s.text_px + 4, True)
        # the facts wrap: "… 2 with no person recorded" is wider than the box at either size
        self._facts_h = max(s.small_px * 1.4, _text_height(self.facts, inside, s.small_px))
        height = s.pad + s.small_px * 1.6 + 10 + self._name_h + 8 + self._facts_h + s.pad
        self._rect = QRectF(0, 0, s.root_width, height)

    def describe(self) -> str:
        return f"Theme: {self.theme.name} ({self.facts})"

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        s, rect, theme = self.style, self._rect, self.theme
        p.setPen(QPen(KIND_COLOURS[theme.kind], 3))
        p.setBrush(KIND_TINTS[theme.kind])
        p.drawRoundedRect(rect, 14, 14)
        ink = KIND_INKS[theme.kind]  # white on the bright kind colour was 3.4-5.2:1; this, 7+
        _pill(p, s.pad, s.pad, kind_text(theme.kind), s.small_px, fill=ink,
              ink=QColor("#FFFFFF"), border=ink)
        y = s.pad + s.small_px * 1.6 + 10
        p.setFont(pixel_font(s.text_px + 4, bold=True))
        p.setPen(INK)
        p.drawText(QRectF(s.pad, y, rect.width() - 2 * s.pad, self._name_h + 2), WRAP,
                   theme.name)
        y += self._name_h + 8
        p.setFont(pixel_font(s.small_px))
        p.setPen(ROOM_MUTED if s.room else MUTED_INK)  # the room's: washed-out projectors
        p.drawText(QRectF(s.pad, y, rect.width() - 2 * s.pad, self._facts_h + 2),
                   WRAP, self.facts)
        _outline(p, rect, selected=self.isSelected(), target=self.drop_target)


def _outline(p: QPainter, rect: QRectF, *, selected: bool, target: bool) -> None:
    if not (selected or target):
        return
    pen = QPen(FOCUS, 4)
    if target and not selected:
        pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 13, 13)


def link_path(parent: QRectF, child: QRectF) -> QGraphicsPathItem:
    """An elbow from the bottom of a parent to the top of a child."""
    start = QPointF(parent.center().x(), parent.bottom())
    end = QPointF(child.center().x(), child.top())
    middle = (start.y() + end.y()) / 2
    path = QPainterPath(start)
    path.lineTo(start.x(), middle)
    path.lineTo(end.x(), middle)
    path.lineTo(end)
    item = QGraphicsPathItem(path)
    item.setPen(QPen(QColor("#6E6A60"), 2.5))
    item.setZValue(-1)
    return item
