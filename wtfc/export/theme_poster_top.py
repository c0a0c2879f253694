"""The top of a theme poster: its "I" statement as large as fits, and the counts beside it,
counted as the room and every export count them (``wtfc.model.theme_counts``)."""

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
    holds. Every card is counted, held back or not, and people are the person codes on them,
    as the room and every export count them (``theme_counts``): cards with no person recorded
    are said in words, never "0 people" beside them, and how many cards' words are not shown
    is said under the cards. Returns the counts' bottom."""
    counts = theme.counts
    canvas.setFillColor(INK)
    # people first, then cards: the rule the report's chart and the feedback sheet rank by
    for n, one, many, y in ((counts.people, "person", "people", top - 44),
                            (counts.cards, "card", "cards", top - 98)):
        canvas.setFont(f.REGULAR, 20)
        if one == "person" and counts.unrecorded and not n:  # said where the number would be
            canvas.drawString(left, y, "no person recorded")
            continue
        # the number drawn first, so copied text and a screen reader get "7 people", not "people 7"
        canvas.setFont(f.BOLD, 44)
        canvas.drawRightString(right - 100, y, f"{n:,}")
        canvas.setFont(f.REGULAR, 20)
        canvas.drawString(right - 92, y, one if n == 1 else many)
    # under the cards' count, which includes them
    notes = [f"{counts.not_shown:,} not shown"] if counts.not_shown else []
    if counts.unrecorded and counts.people:
        notes.append(f"{counts.unrecorded:,} with no person recorded")
    if not notes:
        return top - 112
    # "2 of them not shown, 1 with no person recorded"; a lone card's "its words not shown"
    words = (", ".join(notes).replace(" ", " of them ", 1) if counts.cards > 1
             else "its words not shown")
    note = Text(words,
                TextStyle(note_points, colour=MUTED, leading=note_points + 4))
    _, note_h = note.wrap(right - left, 10**6)
    note.drawOn(canvas, left, top - 110 - note_h)
    return top - 112 - note_h
