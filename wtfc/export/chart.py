"""The report's bar chart: how many people each theme comes from, one chart per kind.

People first, then cards, as every export counts a theme: a bar is as long as the theme's
people, labelled "7 people (10 cards)", and the bars run most people first, then most cards,
the order the feedback sheet lists the themes in. Each person brings a few cards of each kind,
so a theme may hold more cards than another yet come from fewer people.

Drawn straight onto the page, so it stays vector and its labels stay real text. Each kind gets
its own chart under its icon and word, so the kind never depends on the bar colour. Each bar's
label is the theme's whole name, wrapped onto as many lines as it needs (cut short, themes that
begin alike had the same label), set as a paragraph like the report's other text: in the fonts
its writing needs, Urdu joined and right to left, Bengali and the like shaped. Row by row the
label, bar and count are drawn in turn, so a PDF reader reads each name with its count.
``theme_size_charts`` cuts a kind's themes into charts no taller than a page, all on the same
scale; the report joins a kind's charts again and splits them itself, between bars, where its
pages fall (``report_overview.KindChart``).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.content import ThemeContent
from wtfc.export.look import INK, KIND_COLOURS, RULE, style
from wtfc.export.paragraph import BidiParagraph
from wtfc.model.theme_counts import ThemeCounts
from wtfc.model.theme_counts import count_words as theme_count_words
from wtfc.model.unnamed_themes import shown_theme_name

BAR = 18.0  # the least height of one theme's row, in points: a bar and a line of its label
TIGHT = 14.0  # a row drawn closer to fit the foot of a page: smaller gaps, the same type
LABEL_SIZE = 11.0  # the labels, counts and scale: nothing in the report is smaller
LABEL_GAP = 6.0  # between a label and its bar
COUNT_GAP = 4.0  # between a bar and its count
AXIS = 16.0  # under the bars, for the scale's numbers
TOP = 8.0
PAGE_ROOM = 612.0  # rows a chart may hold under its caption on an A4 page (34 of one line)


def theme_size_charts(themes: list[ThemeContent], width: float) -> list[ThemeSizeChart]:
    """Charts of about equal length, most people first (then most cards), as many as the
    themes need."""
    themes = sorted(themes, key=lambda t: (-t.people, -t.card_count))
    most = max((t.people for t in themes), default=1)
    label_style = ParagraphStyle(
        "chart-label",
        parent=style("chart", LABEL_SIZE, leading=LABEL_SIZE * 1.2),
        alignment=TA_RIGHT,
    )
    rows = [_Row(t, label_style, width / 2 - LABEL_GAP) for t in themes]
    # every part of a kind's chart on one scale: room for the kind's widest count
    room = max((row.count_width for row in rows), default=0.0) + COUNT_GAP
    for row in rows:
        row.count_room = room
    return [ThemeSizeChart(part, width, most) for part in _parts(rows)]


def count_words(people: int, cards: int, not_shown: int = 0) -> str:
    """ "7 people (10 cards)": people first, as the feedback sheet and Review count a theme,
    every card counted, held back or not, as the room counted them; "4 people (4 cards, 2 not
    shown)" where the guard holds some back; "no person recorded (3 cards)" where no card has a
    person code; "no cards" where the theme holds none (``theme_counts.count_words``)."""
    return theme_count_words(ThemeCounts(cards, people, 0, not_shown))


class _Row:
    """One theme's bar: its people, its count's words and its label, wrapped to the label
    column."""

    def __init__(self, theme: ThemeContent, label_style: ParagraphStyle, width: float) -> None:
        self.kind = theme.theme.kind
        self.count = theme.people  # the bar's length
        self.words = theme_count_words(theme.counts)
        self.count_width = stringWidth(self.words, f.BOLD, LABEL_SIZE)
        self.count_room = self.count_width + COUNT_GAP  # the kind's widest, once all are made
        # The name as typed: the paragraph joins and orders its writing itself, once. One with
        # no words (an older file's lone zero-width space) as the priorities table names it.
        self.label = BidiParagraph(f.markup(shown_theme_name(theme.theme.name)), label_style)
        self.label_height = self.label.wrap(width, 10**6)[1]
        self.height = max(BAR, self.label_height + BAR - label_style.leading)


def _parts(rows: list[_Row]) -> list[list[_Row]]:
    """The rows in runs of about equal height, none taller than a page holds."""
    total = sum(row.height for row in rows)
    charts = max(1, -(-int(total) // int(PAGE_ROOM)))  # rounded up
    most = min(PAGE_ROOM, total / charts + BAR / 2)
    parts: list[list[_Row]] = [[]]
    height = 0.0
    for row in rows:
        if parts[-1] and height + row.height > most:
            parts.append([])
            height = 0.0
        parts[-1].append(row)
        height += row.height
    return parts


class ThemeSizeChart(Flowable):
    """Horizontal bars, most people at the top, each labelled with its name and its people
    and cards.
    ``most`` sets the scale: the largest theme of all the kind's charts."""

    def __init__(self, rows: list[_Row], width: float, most: int, bar: float = BAR) -> None:
        super().__init__()
        self.rows, self.most, self.bar = rows, max(most, 1), bar
        self.width = width
        # closer rows lose only the space between bars: a label's lines still fit (bar >
        # its leading), and the type, the scale and the axis stay where the others have them
        self.heights = [row.height - (BAR - bar) for row in rows]
        self.height = sum(self.heights) + AXIS + TOP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = self.width / 2
        room = max((row.count_room for row in self.rows), default=COUNT_GAP)
        scale = (self.width - left - room) / self.most
        y = self.height - TOP
        for row, height in zip(self.rows, self.heights, strict=True):
            y -= height
            middle = y + height / 2
            row.label.drawOn(canvas, 0, middle - row.label_height / 2)
            canvas.setFillColor(KIND_COLOURS[row.kind])
            canvas.rect(left, middle - self.bar * 0.35, row.count * scale, self.bar * 0.7,
                        stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(f.BOLD, LABEL_SIZE)
            canvas.drawString(
                left + row.count * scale + COUNT_GAP, middle - LABEL_SIZE * 0.35, row.words
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.line(left, AXIS, left, self.height - TOP)
        canvas.line(left, AXIS, left + self.most * scale, AXIS)
        canvas.setFont(f.REGULAR, LABEL_SIZE)
        step = _step(self.most, scale)
        for value in range(0, self.most + 1, step):
            canvas.drawCentredString(left + value * scale, AXIS - 10, f"{value:,}")


def _step(most: int, scale: float) -> int:
    """The scale's step, 1-2-5: at most 8 of them, and its numbers (11 pt) at least a digit
    apart at ``scale`` points a person, else they read as one number ("20406080")."""
    digit = stringWidth("0", f.REGULAR, LABEL_SIZE)
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        # the widest number it prints ("400" is wider than "511": 1s are narrow)
        if most / step <= 8 and step * scale >= digit + max(
                stringWidth(f"{value:,}", f.REGULAR, LABEL_SIZE)
                for value in range(0, most + 1, step)):
            return step
    return 10 ** len(str(most))
