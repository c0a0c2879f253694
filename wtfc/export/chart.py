"""The report's bar chart: how many cards each theme holds, one chart per kind.

Drawn with reportlab.graphics, so it stays vector and its labels stay real text. Each kind gets
its own chart under its icon and word, so the kind never depends on the bar colour. A drawing
cannot split across pages, so a kind with more themes than a page holds gets a chart per page,
all on the same scale. A label in Bengali, Hindi, Punjabi, Gujarati or Tamil is a paragraph
placed in the chart (``Label.ddfKlass``), so that it is shaped: a chart draws its own labels a
character at a time.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import DirectDraw, Drawing
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export import indic, writing
from wtfc.export.content import ThemeContent
from wtfc.export.look import INK, KIND_COLOURS, RULE

BAR = 18.0  # height of one theme's row, in points
LABEL_CHARS = 48
ROWS_PER_CHART = 34  # a chart of 34 bars, with its caption, fits on an A4 page


def theme_size_charts(themes: list[ThemeContent], width: float) -> list[Drawing]:
    """Charts of about equal length, largest theme first, as many as the themes need."""
    themes = sorted(themes, key=lambda t: -len(t.cards))
    charts = max(1, -(-len(themes) // ROWS_PER_CHART))  # rounded up
    size = max(1, -(-len(themes) // charts))
    most = max((len(t.cards) for t in themes), default=1)
    return [_chart(themes[i:i + size], width, most=most)
            for i in range(0, max(len(themes), 1), size)]


def _chart(themes: list[ThemeContent], width: float, most: int) -> Drawing:
    """Horizontal bars, largest theme at the top, each labelled with its name and card count.
    ``most`` sets the scale: the largest theme of all the kind's charts."""
    # Largest first (ties in the order given), reversed because the chart draws bottom-up.
    themes = sorted(themes, key=lambda t: -len(t.cards))[::-1]
    label_w = width * 0.5
    height = BAR * len(themes) + 24
    drawing = Drawing(width, height, initialFontName=f.REGULAR, initialFontSize=9)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - 30, BAR * len(themes)
    chart.data = [[len(t.cards) for t in themes]]
    chart.bars[0].fillColor = KIND_COLOURS[themes[0].theme.kind] if themes else INK
    chart.bars[0].strokeColor = None
    chart.barWidth = BAR * 0.7
    chart.groupSpacing = BAR * 0.3
    chart.categoryAxis.categoryNames = [writing.visual_line(_short(t.theme.name or "Unnamed theme"))
                                        for t in themes]
    chart.categoryAxis.labels.fontName = f.REGULAR
    for i, theme in enumerate(themes):  # a font per label: one Urdu name and one Greek
        # name in one chart have no font in common, and a shared one drew boxes
        label = chart.categoryAxis.labels[i]
        name = chart.categoryAxis.categoryNames[i]
        if indic.has_indic(name):
            from wtfc.export.paragraph import BidiParagraph

            chart.categoryAxis.categoryNames[i] = f.markup(name)
            label.ddfKlass, label.ddf = BidiParagraph, _Placed
        else:
            label.fontName = _label_font(theme)
    chart.categoryAxis.labels.fontSize = 9.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.visibleTicks = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(most, 1)
    chart.valueAxis.valueStep = _step(most)
    chart.valueAxis.labels.fontName = f.REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.strokeColor = RULE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = f.BOLD
    chart.barLabels.fontSize = 9.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


class _Placed(DirectDraw):
    """A flowable (a label's paragraph) drawn where the chart puts the label."""

    def __init__(self, flowable: Flowable) -> None:
        self.flowable = flowable

    def drawDirectly(self, renderer) -> None:
        self.flowable.drawOn(renderer._canvas, 0, 0)


def _short(name: str) -> str:
    name = writing.line_text(name)
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _label_font(theme: ThemeContent) -> str:
    """The label's font: Atkinson, else Arabic or the fallback for a name that needs them."""
    return f.plain_font(_short(theme.theme.name or "Unnamed theme") + "…")


def _step(most: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if most / step <= 8:
            return step
    return 10 ** len(str(most))
