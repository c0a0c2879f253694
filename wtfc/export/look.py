"""Colours, kind icons and paragraph styles shared by the posters and the report.

Kinds are never carried by colour alone (WCAG 1.4.1): every kind is shown with an icon drawn as
a shape (✓ tick, ✗ cross, ★ star, so it survives black-and-white printing and needs no font
glyph) and its word. Colours are Okabe-Ito, safe for red-green colour blindness; text is
near-black on white or a very light tint.
"""

from __future__ import annotations

import datetime as dt
import math

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.content import status_stands_out, status_words, when_words
from wtfc.model.kind_words import kind_words as kind_words  # the exports' kind words, one table
from wtfc.model.workshop import Action, Kind

KIND_COLOURS: dict[Kind, Color] = {
    Kind.WORKING: HexColor("#009E73"),      # bluish green
    Kind.NOT_WORKING: HexColor("#D55E00"),  # vermillion
    Kind.FUTURE: HexColor("#0072B2"),       # blue
}
KIND_TINTS: dict[Kind, Color] = {
    Kind.WORKING: HexColor("#E6F5F0"),
    Kind.NOT_WORKING: HexColor("#FBEDE5"),
    Kind.FUTURE: HexColor("#E5F0F8"),
}
INK = HexColor("#1A1A1A")
MUTED = HexColor("#4A4A4A")
# Darker than the 28% grey it was, which a laser printer screens into dots: a thin rule of it
# printed dotted or not at all. Still well short of MUTED, so a table reads as text, not a grid.
RULE = HexColor("#8C8C8C")
PAPER_TINT = HexColor("#F4F3EF")
# Office printers leave the paper's outer 4–5 mm blank: nothing is drawn nearer the edge than
# this, or a coloured band prints as a hairline on one printer and whole on another.
PRINTABLE_EDGE = 6 * 72 / 25.4


def draw_kind_icon(canvas: Canvas, kind: Kind, x: float, y: float, size: float,
                   colour: Color | None = None) -> None:
    """The kind's icon in a ``size`` square whose lower-left corner is (x, y)."""
    colour = colour or KIND_COLOURS[kind]
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(size * 0.17)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    if kind == Kind.WORKING:
        path = canvas.beginPath()
        path.moveTo(x + size * 0.12, y + size * 0.50)
        path.lineTo(x + size * 0.40, y + size * 0.20)
        path.lineTo(x + size * 0.90, y + size * 0.85)
        canvas.drawPath(path, stroke=1, fill=0)
    elif kind == Kind.NOT_WORKING:
        m = size * 0.18
        canvas.line(x + m, y + m, x + size - m, y + size - m)
        canvas.line(x + m, y + size - m, x + size - m, y + m)
    else:
        cx, cy, outer = x + size / 2, y + size * 0.47, size * 0.52
        inner = outer * 0.42
        path = canvas.beginPath()
        for i in range(10):
            r = outer if i % 2 == 0 else inner
            angle = math.pi / 2 + i * math.pi / 5
            px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
            if i == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_kind_label(canvas: Canvas, kind: Kind, x: float, y: float, font_size: float,
                    *, text: str | None = None) -> float:
    """Icon then word, baseline at ``y``; returns the width drawn."""
    size = font_size * 0.95
    draw_kind_icon(canvas, kind, x, y - font_size * 0.1, size)
    words = text if text is not None else kind_words(kind)
    canvas.setFillColor(INK)
    canvas.setFont(f.BOLD, font_size)
    canvas.drawString(x + size * 1.35, y, words)
    return size * 1.35 + canvas.stringWidth(words, f.BOLD, font_size)


class KindLabel(Flowable):
    """A kind's icon and word as a flowable (report headings, chart captions). Words too wide
    for the column go on under the first, after the icon, broken between the "  ·  " facts
    where they can be ("★ Important for the future · Priority 3 · 2 cards from 1 person, 1
    with no person recorded · 1 vote" ran off the page, cut at "· 1")."""

    SEPARATOR = "  ·  "

    def __init__(self, kind: Kind, font_size: float, text: str | None = None) -> None:
        super().__init__()
        self.kind, self.font_size, self.text = kind, font_size, text
        self.lines = [text if text is not None else kind_words(kind)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        words = self.text if self.text is not None else kind_words(self.kind)
        self.lines = self._broken(words, available_width - self.font_size * 0.95 * 1.35)
        return available_width, self.font_size * 1.35 * len(self.lines)

    def _broken(self, words: str, width: float) -> list[str]:
        def fits(line: str) -> bool:
            return stringWidth(line, f.BOLD, self.font_size) <= width

        lines: list[str] = []
        for fact in words.split(self.SEPARATOR):
            joined = f"{lines[-1]}{self.SEPARATOR}{fact}" if lines else fact
            if lines and fits(joined):
                lines[-1] = joined
                continue
            line = ""  # a fact of its own, word by word if it is wider than the column
            for word in fact.split(" "):
                if line and not fits(f"{line} {word}"):
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            lines.append(line)
        return lines

    def draw(self) -> None:
        leading = self.font_size * 1.35
        bottom = self.font_size * 0.3
        top = bottom + leading * (len(self.lines) - 1)
        x = draw_kind_label(self.canv, self.kind, 0, top, self.font_size, text=self.lines[0])
        x -= stringWidth(self.lines[0], f.BOLD, self.font_size)  # where the words start
        for n, line in enumerate(self.lines[1:], start=1):
            self.canv.drawString(x, top - leading * n, line)


def style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
          colour: Color = INK, space_before: float = 0, space_after: float = 0,
          left_indent: float = 0) -> ParagraphStyle:
    f.fonts()
    return ParagraphStyle(name, fontName=f.BOLD if bold else f.REGULAR, fontSize=size,
                          leading=leading or size * 1.25, textColor=colour,
                          spaceBefore=space_before, spaceAfter=space_after,
                          leftIndent=left_indent)


def kept_together(status: str) -> str:
    """A status as paragraph markup, its last words never parted: "⚠ Late: not started" may
    break after "Late:", never before "started" (nor "In / progress"); the ⚠ in the font that
    draws it."""
    late, colon, label = status.rpartition(": ")
    return f.markup(late + colon) + f.markup(label.replace(" ", "\u00a0"))


def when_and_status(action: Action, today: dt.date) -> str:
    """The "By when" cell of the report and the action poster, as paragraph markup: the date
    (or "Date to be agreed") and below it the status, in bold where it is overdue, done or
    dropped. ``today`` is the export's date, which the export prints as "as of"."""
    # The status's own words kept together ("⚠ Late: not started" breaks after "Late:", never
    # "⚠ Late: not / started" in the action poster's narrow column)
    status = kept_together(status_words(action, today))
    if status_stands_out(action, today):
        status = f"<b>{status}</b>"
    return f"{f.markup(when_words(action))}<br/>{status}"
