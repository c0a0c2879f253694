"""The report's "Themes at a glance" chapter: a bar chart per kind of card, then the priorities.

The charts fill the page they start on: a kind's chart runs on over the page, its caption
said again with "(continued)", and keeps at least ``FIRST_ROWS`` bars with its caption (and the
chapter's heading with the first chart's), and ``LAST_ROWS`` on the page it carries on to. A
chart too short to split that misses the foot of a page by a little has its bars drawn closer
(``chart.TIGHT``) rather than leave that space empty and push every later page on: its type
stays full size and its axis lines up with the charts above and below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from wtfc.export.chart import AXIS, BAR, TIGHT, TOP, ThemeSizeChart, theme_size_charts
from wtfc.export.content import KIND_ORDER, ExportContent, ThemeContent, count_phrase
from wtfc.export.continued import CarriedOn
from wtfc.export.look import KindLabel, kind_words
from wtfc.export.report_flow import KeepWithStart
from wtfc.export.report_sections import (
    PAGE,
    TEXT_WIDTH,
    Styles,
    heading,
    p,
    priorities_table,
    start_height,
)
from wtfc.model.workshop import Kind

FIRST_ROWS = 3  # bars kept with a chart's caption at the foot of a page
LAST_ROWS = 2  # bars a chart carries on to the next page with, never one alone
GAP = 8.0  # above a chart's caption


def overview(content: ExportContent, room: str, s: Styles) -> list[Flowable]:
    """"Themes at a glance" (with ``room``, who was in the room, under its heading) and the
    priorities table."""
    head: list[Flowable] = heading("Themes at a glance", s.h1, "overview", 0)
    if room:  # who made the themes; not on the cover, which the demo's facts already fill
        head.append(p(room, s.body))
    if not content.themes:
        return [*head, p("No themes have been made yet.", s.body)]
    # "by kind" was wtfc's word; one line still, the charts' captions say which
    head.append(p("How many people each theme comes from (and its cards), by what people "
                  "said: most first.", s.body))
    charts = [KindChart(kind, kind_themes) for kind in KIND_ORDER
              if (kind_themes := [t for t in content.themes if t.theme.kind == kind])]
    # the heading and its words go over the page with the first chart's first bars, never
    # alone at the foot of the page the cover's last parts end on
    out: list[Flowable] = [KeepWithStart([*head, charts[0]]), *charts[1:]]
    priorities = content.priority_themes
    head = heading("Priorities", s.h2, "priorities", 1)
    if not priorities:
        return [*out, Spacer(1, 12), *head, p("No theme has been chosen as a priority yet.",
                                                  s.body)]
    table = priorities_table(priorities, s)
    # A few priorities are read as one table, never a row's last lines alone over the page
    # (the chart may share its page with the cover's last parts); a long list starts with
    # its heading, column headings and first row on one page.
    if table.wrap(TEXT_WIDTH, PAGE[1])[1] < PAGE[1] / 3:
        table.splitInRow = 0  # over the page between rows only
        return [*out, Spacer(1, 12), KeepWithStart([*head, table])]
    # the page it carries on to says whose rows they are, above the column headings again
    return [*out, Spacer(1, 12), CondPageBreak(start_height(head, table, s)), *head,
            CarriedOn([p("Priorities (continued)", s.continued)]), table, CarriedOn([])]


class KindChart(Flowable):
    """A kind's caption ("Working (3 themes)") over its bars, largest theme first; split over
    pages between bars, every part on the scale of the kind's largest theme."""

    def __init__(self, kind: Kind, themes: Sequence[ThemeContent] = (), *, caption: str = "",
                 rows: list | None = None, most: int = 1, continued: bool = False,
                 bar: float = BAR) -> None:
        super().__init__()
        if rows is None:  # one chart of all the kind's themes: the page decides where it splits
            charts = theme_size_charts(list(themes), TEXT_WIDTH)
            rows, most = [row for chart in charts for row in chart.rows], charts[0].most
            caption = f"{kind_words(kind)} ({count_phrase(len(themes), 'theme')})"
        self.kind, self.caption, self.rows, self.most = kind, caption, rows, most
        self.continued = continued  # said once, however many pages the chart carries on to
        self.label = KindLabel(kind, 13, text=f"{caption} (continued)" if continued else caption)
        self.chart = ThemeSizeChart(rows, TEXT_WIDTH, most, bar)
        self.label_height = self.label.wrap(TEXT_WIDTH, PAGE[1])[1]
        self.width, self.height = TEXT_WIDTH, self.label_height + self.chart.height

    def getSpaceBefore(self) -> float:  # none at a page's top (reportlab drops it)
        return GAP

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _furniture(self) -> float:
        return self.label_height + AXIS + TOP

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.height <= available_height:
            return [self]
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        room = available_height - self._furniture()
        fit = 0
        while fit < len(self.rows) and room >= self.rows[fit].height:
            room -= self.rows[fit].height
            fit += 1
        # LAST_ROWS bars carried on at least; on a page of its own at least one bar here
        fit = min(fit, len(self.rows) - LAST_ROWS)
        if at_top:
            fit = max(fit, 1)
        if (fit >= FIRST_ROWS or at_top) and fit < len(self.rows):
            rest = KindChart(self.kind, caption=self.caption, rows=self.rows[fit:],
                             most=self.most, continued=True)
            return [KindChart(self.kind, caption=self.caption, rows=self.rows[:fit],
                              most=self.most, continued=self.continued),
                    CondPageBreak(available_height), rest]
        if self.chart.bar > TIGHT:
            closer = KindChart(self.kind, caption=self.caption, rows=self.rows,
                               most=self.most, continued=self.continued, bar=TIGHT)
            if closer.height <= available_height:
                return [closer]
        return []  # over the page whole

    def draw(self) -> None:
        self.label.drawOn(self.canv, 0, self.chart.height)
        self.chart.drawOn(self.canv, 0, 0)

