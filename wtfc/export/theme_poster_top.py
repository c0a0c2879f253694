"""The top of a theme poster: its "I" statement as large as fits, and the counts beside it,
people counted as every export counts them (a card with no person code is no one)."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from wtfc.export import fonts as f
from wtfc.export.content import ThemeContent
from wtfc.export.look import INK, MUTED
from wtfc.export.text import Text, TextStyle


def fit_title(name: str, width: float) -> Text:
    """The "I" statement as large as fits in three lines (40 pt down to 24 pt)."""
    for size in (40, 36, 32, 28, 24):
        title = Text(f"“{name}”", TextStyle(size, bold=True, leading=size * 1.15))
        if len(title.lines(width)) <= 3:
            break
    return title


def draw_counts(canvas: Canvas, theme: ThemeContent, left: float, right: float, top: float,
                *, note_points: float) -> float:
    """The counts, large, from ``left`` to ``right``: how much of the room's evidence the theme
    holds. People are person codes, as in every export: cards with no person recorded are said
    in words, never "0 people" beside them. Returns the counts' bottom."""
    unrecorded = sum(1 for card in theme.cards if not card.person)
    canvas.setFillColor(INK)
    # people first, then cards: the rule the report's chart and the feedback sheet rank by
    for n, one, many, y in ((theme.people, "person", "people", top - 44),
                            (len(theme.cards), "card", "cards", top - 98)):
        canvas.setFont(f.REGULAR, 20)
        if one == "person" and unrecorded and not n:  # said where the number would be
            canvas.drawString(left, y, "no person recorded")
            continue
        canvas.drawString(right - 92, y, one if n == 1 else many)
        canvas.setFont(f.BOLD, 44)
        canvas.drawRightString(right - 100, y, f"{n:,}")
    if not (unrecorded and theme.people):
        return top - 112
    # under the cards' count, which includes them
    note = Text(f"{unrecorded:,} of them with no person recorded",
                TextStyle(note_points, colour=MUTED, leading=note_points + 4))
    _, note_h = note.wrap(right - left, 10**6)
    note.drawOn(canvas, left, top - 110 - note_h)
    return top - 112 - note_h
