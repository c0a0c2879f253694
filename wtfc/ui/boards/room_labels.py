"""Words in a room view with some of them in bold: the perspectives' labels in last time's
success statements ("Older people:", "Family carers (continued):").

From the back of the room the labels read no heavier than the quotes around them, so where
one perspective's words ended and the next began was lost. Bold is wider than regular type,
so the same layout (its bold parts in bold) both measures the text and paints it: measured in
regular type, a line that fits only in regular ran out of its card in bold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from wtfc.model.last_time_yardsticks import WHOSE
from wtfc.ui.boards.room_paint import SMALL_PX, draw_text, note_drawn
from wtfc.ui.style import INK, pixel_font

SLACK = 2.0  # units a line holding a bold label may run past its width
# The share of the room bold takes beyond regular type that its letters give back by being set
# closer. All of it (1.9 units a letter at the room's 28) kept every line where regular type
# broke it, but "Older people:" ran together on a projector; none at all cost the demo seen
# as last time's workshop a page at 1366x768 (a priority's eight statements on over the next).
# A quarter (0.5 units a letter) keeps every page at 800x600 to 1920x1080, both ways round;
# 12 of the 159 statement blocks those pages draw take a line more, within their page.
TIGHTER = 0.25
Spans = Sequence[tuple[int, int]]  # (start, length) of each bold part
_NAMES = "|".join(re.escape(f"{w[:1].upper()}{w[1:]}") for w in WHOSE.values())
# a perspective's label: after the head's ": ", the " · " before it, or a continued piece's
# "… " (its words then say "(continued)")
LABELLED = re.compile(f"(?:^… |: |· )((?:{_NAMES})(?: \\(continued\\))?:)(?= )")


def _laid_out(text: str, width: float, px: int, bold: Spans) -> QTextLayout:
    """``text`` wrapped at ``width`` as ``QPainter.drawText`` wraps it (whole words, inside a
    word wider than the line), lines spaced as it spaces them (with the font's leading)."""
    # a newline breaks the line, as in ``drawText`` (the layout alone draws it as a box)
    layout = QTextLayout(text.replace("\n", "\u2028"), pixel_font(px))
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    regular, heavy = QFontMetricsF(pixel_font(px)), QFontMetricsF(pixel_font(px, bold=True))
    ranges = []
    for start, length in bold:
        words = text[start:start + length]
        # its letters a little closer (TIGHTER), the spaces between its words left whole
        close = TIGHTER * (regular.horizontalAdvance(words) - heavy.horizontalAdvance(words)) \
            / max(1, sum(not letter.isspace() for letter in words))
        for piece in re.finditer(r"\S+|\s+", words):
            font = pixel_font(px, bold=True)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing,
                                  0.0 if piece.group().isspace() else close)
            part = QTextLayout.FormatRange()  # in UTF-16 units, as Qt counts (an emoji is two)
            part.start = _units(text[:start + piece.start()])
            part.length = _units(piece.group())
            part.format = QTextCharFormat()
            part.format.setFont(font)
            ranges.append(part)
    layout.setFormats(ranges)
    leading = QFontMetricsF(pixel_font(px)).leading()
    y = -leading
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        if _holds_bold(line, ranges):
            # bold letters drawn closer take regular type's room only on average: the part of
            # a label broken over two lines can run a pixel wider and push a word on a line
            line.setLineWidth(width + SLACK)
        y += leading
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _holds_bold(line: QTextLine, ranges: list[QTextLayout.FormatRange]) -> bool:
    start, end = line.textStart(), line.textStart() + line.textLength()
    return any(r.start < end and start < r.start + r.length for r in ranges)


def _bottom(layout: QTextLayout) -> float:
    count = layout.lineCount()
    if not count:
        return 0.0
    last = layout.lineAt(count - 1)  # (its unrounded height, as ``drawText`` measures it)
    return last.y() + last.ascent() + last.descent()


def labelled_height(text: str, width: float, px: int, bold: Spans) -> float:
    """How tall ``text`` is wrapped at ``width``, its ``bold`` parts in bold, as
    ``draw_labelled`` draws it."""
    return _bottom(_laid_out(text, width, px, bold))


def draw_labelled(p: QPainter, rect: QRectF, text: str, px: int, bold: Spans, *,
                  colour: QColor = INK) -> bool:
    """Draw ``text`` in ``rect`` with its ``bold`` parts in bold; False (nothing drawn) where
    it is taller than ``rect``: the caller then cuts it as other words are cut."""
    layout = _laid_out(text, rect.width(), px, bold)
    if _bottom(layout) > rect.height() + 1:
        return False
    p.setPen(colour)
    layout.draw(p, rect.topLeft())
    return True


def perspective_labels(text: str) -> list[tuple[int, int]]:
    """Where the perspectives' labels are in last time's success statements (``text``)."""
    return [(m.start(1), len(m.group(1))) for m in LABELLED.finditer(text)]


def said_height(text: str, width: float) -> float:
    """Success statements' height at the room's small size, their labels in bold, with the
    4 units under them that the room's other small text has."""
    return labelled_height(text, width, SMALL_PX, perspective_labels(text)) + 4


def draw_said(p: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    """Success statements in ``rect``, their perspectives' labels in bold; cut with "…" as
    other text is (in regular type) where the box is too low for them."""
    if not draw_labelled(p, rect, text, SMALL_PX, perspective_labels(text), colour=colour):
        draw_text(p, rect, text, SMALL_PX, colour=colour)
        return
    note_drawn(p, rect, SMALL_PX, text, False)
