"""A theme poster's text styles: nothing is smaller than 14 pt, as the posters are read from a
few steps away."""

from __future__ import annotations

from wtfc.export.look import INK, MUTED
from wtfc.export.text import TextStyle

MIN_POINTS = 14.0  # the smallest text on a poster
SIZES = (22, 20, 18, 17, 16, 15, MIN_POINTS)  # body text, tried largest first


class PosterStyles:
    def __init__(self) -> None:
        self.heading = TextStyle(28, bold=True, space_after=10)
        self.note = TextStyle(MIN_POINTS, colour=MUTED, leading=18)

    @staticmethod
    def subheading(size: float) -> TextStyle:
        size = max(16, size + 1)
        return TextStyle(size, bold=True, space_before=size * 0.3, space_after=size * 0.1)

    @staticmethod
    def body(size: float, *, bullet: str = "", indent: float = 0) -> TextStyle:
        return TextStyle(
            size,
            leading=size * 1.3,
            space_after=size * 0.35,
            bullet=bullet,
            indent=indent or (size * 1.1 if bullet else 0),
        )

    @staticmethod
    def detail(size: float, indent: float, *, strong: bool = False) -> TextStyle:
        """An action's owner, date and status; ``strong`` (bold, near-black) when it is
        overdue, done or dropped."""
        small = max(MIN_POINTS, size - 2)
        return TextStyle(
            small,
            bold=strong,
            leading=small * 1.25,
            colour=INK if strong else MUTED,
            space_after=size * 0.4,
            indent=indent,
        )
