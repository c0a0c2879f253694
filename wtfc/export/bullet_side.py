"""A poster's bulleted text (an action, a cause) with its bullet on the side its first line is
read from: an Urdu line set flush right has its "•" at the right, in the indent, as an English
one has it at the left (it stood far left of the Urdu line, apart from the words it marks).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from wtfc.export import fonts as f
from wtfc.export.text import Text, Word


class BulletedText(Text):
    """Text whose bullet stands before its first line's first word, whichever way it reads.
    Lines under a right-to-left first line end where its words do, not under the bullet; a
    left-to-right line under it (an English line under an Urdu one) starts at the indent, as
    an action's "Tackles:" lines do."""

    bullet_right = False  # set while drawing with the bullet on the right

    def starts_right(self) -> bool:
        """Whether its first line reads right to left, so the bullet is at the right (asked
        once it is wrapped)."""
        return bool(self.style.indent and self.bidi and self.directions(self.width)[:1] == [True])

    def draw(self) -> None:
        s = self.style
        if not self.starts_right():
            super().draw()
            return
        c = self.canv
        # The bullet is drawn in the indent at the right, after the lines (see _line_x).
        self.style, self.bullet_right = replace(s, bullet=""), True
        try:
            super().draw()
        finally:
            self.style, self.bullet_right = s, False
        if s.bullet:
            font = f.BOLD if s.bold else f.REGULAR
            c.setFillColor(s.colour)
            c.setFont(font, s.size)
            x = self.width - s.indent + s.size * 0.85 - stringWidth(s.bullet, font, s.size)
            c.drawString(x, self.height - s.space_before - s.size * 0.96, s.bullet)

    def _line_x(self, line: list[Word], rtl: bool) -> float:
        """With the bullet on the right, a flush-right line ends at the indent there."""
        x = super()._line_x(line, rtl)
        return x - self.style.indent if self.bullet_right and rtl else x
