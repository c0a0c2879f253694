"""How the report keeps a heading with what it heads without wasting the page it starts on."""

from __future__ import annotations

from copy import copy

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table
from reportlab.platypus.flowables import _listWrapOn

from wtfc.export.continued import ContinuedTable

SLACK = 2.0  # points: the trial split is given a little less room than the page will give
CELL_LEADING = 15.0  # points: a table cell's line (12 pt type); ``FillsPage`` counts in it


class KeepWithStart(KeepTogether):
    """Flowables kept on one page, as ``KeepTogether`` keeps them, unless the last (a table,
    a chart, a paragraph) can split at the foot of this page by its own rules: then the
    others stay here with its first part, rather than all going over the page and leaving
    this one part-empty."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        *head, last = self._content
        if head and available_height < self._H:
            used = _listWrapOn(head, available_width, self.canv)[1] + last.getSpaceBefore()
            if used < available_height:
                last.wrap(available_width, available_height - used - SLACK)
                if last.split(available_width, available_height - used - SLACK):
                    return list(self._content)
                last.wrap(available_width, available_height)  # as it was measured before
        return super().split(available_width, available_height)


class KeepsFirst(KeepTogether):
    """Flowables kept on one page, as ``KeepTogether`` keeps them, unless that would move
    them all over the page and leave more than ``FillsPage.ROOM`` empty at its foot: then
    the first ``least`` of them (a theme's title and two of its cards) stay there together
    and the others follow, overleaf if need be. ``then`` (a ``CarriedOn``) comes after the
    first ``least``: kept outside the measured flowables, as measuring it sets it."""

    def __init__(self, flowables: list[Flowable], least: int, then: list[Flowable]) -> None:
        super().__init__(flowables)
        self.least, self.then = least, then

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        first, rest = self._content[: self.least], self._content[self.least:]
        if FillsPage.ROOM < available_height < self._H:
            if rest and _listWrapOn(first, available_width, self.canv)[1] \
                    < available_height - SLACK:
                return [*first, *self.then, *rest]  # measured to fit here: each in turn
            # the last of them (a long card) too tall to fit under the others: as much of it
            # as fits, three lines at least, the rest overleaf under the carried-on heading
            if len(first) == self.least and _listWrapOn(first[:-1], available_width,
                                                        self.canv)[1] + FillsPage.LEAST \
                    < available_height - SLACK:
                return [*first[:-1], *self.then, first[-1], *rest]
        return [*super().split(available_width, available_height), *self.then]


class FillsPage:
    """A table mixin: over the page between rows, as reportlab splits, unless that leaves
    more than ``ROOM`` empty at the foot of the page (a tall row moved whole): then, in a
    table whose rows may split (``splitInRow``), the row itself is split there, its cells
    carrying on overleaf. A split row carries ``LEAST`` over, whoever asks for the split
    (reportlab, for a first row that does not fit, or ``ContinuedTable``)."""

    ROOM = 100.0  # points: about six and a half lines of a cell
    WHOLE: tuple[int, ...] = ()  # columns never cut by a split row: whole on both its parts
    # three lines of a cell and its padding, carried over at least: from the leading, so a
    # new type size cannot leave two lines alone overleaf (it did at 13.5 when cells grew)
    LEAST = 3 * CELL_LEADING + 9

    def _splitRows(self, available_height: float, doInRowSplit: int = 0):
        if doInRowSplit:
            return self._in_row(available_height)
        parts = super()._splitRows(available_height, 0)  # type: ignore[misc]
        if not self.splitInRow or len(parts) != 2:  # type: ignore[attr-defined]
            return parts
        used = sum(self._rowHeights[: len(parts[0]._cellvalues)])  # type: ignore[attr-defined]
        if available_height - used <= self.ROOM:
            return parts
        split = self._in_row(available_height)
        return split if len(split) == 2 else parts

    def _in_row(self, available_height: float):
        """reportlab's split within a row, not leaving a line or two alone overleaf under
        the row's "(continued)"; as reportlab's when three cannot go over."""
        split = super()._splitRows(available_height, 1)  # type: ignore[misc]
        if len(split) != 2:
            return split
        header = self.repeatRows  # type: ignore[attr-defined]
        carried = split[1]._argH[header]
        # a rest of padding alone (every word fitted) is no row: ``ContinuedTable`` drops it
        if carried and carried < self.LEAST and any(split[1]._cellvalues[header]):
            room = available_height - (self.LEAST - carried)
            shorter = super()._splitRows(room, 1)  # type: ignore[misc]
            if len(shorter) == 2:
                return self._kept_whole(shorter, available_height)
        return self._kept_whole(split, available_height)

    def least_first(self) -> float:
        """The least height of the first row's part on a page: its ``WHOLE`` cells."""
        if not self.WHOLE:
            return 0.0
        header = self.repeatRows  # type: ignore[attr-defined]
        cells = self._cellvalues[header]  # type: ignore[attr-defined]
        styles = self._cellStyles[header]  # type: ignore[attr-defined]
        return max(self._cell_height(cells[c], styles[c], c) for c in self.WHOLE)

    def _cell_height(self, cell, style, column: int) -> float:
        width = self._colWidths[column] - style.leftPadding - style.rightPadding  # type: ignore[attr-defined]
        return (sum(x.wrap(width, 1e6)[1] for x in _flowables(cell))
                + style.topPadding + style.bottomPadding)

    def _kept_whole(self, split: list, available_height: float) -> list:
        """A split row with its ``WHOLE`` cells (an action's owner, date and status) whole on
        this page and again on the next, so a reader who opens at either page sees whose it
        is and by when; when they do not fit here, the split is between rows instead."""
        if not self.WHOLE:
            return split
        first, rest = split
        header = self.repeatRows  # type: ignore[attr-defined]
        row = len(first._cellvalues) - 1  # the split row, among this table's rows
        cells = self._cellvalues[row]  # type: ignore[attr-defined]
        styles = self._cellStyles[row]  # type: ignore[attr-defined]
        if any(self._cell_height(cells[c], styles[c], c) > first._argH[-1] for c in self.WHOLE):
            return super()._splitRows(available_height, 0)  # type: ignore[misc]
        carries_on = any(v for c, v in enumerate(rest._cellvalues[header])
                         if c not in self.WHOLE and c > 0)
        for column in self.WHOLE:
            first._cellvalues[-1][column] = [copy(x) for x in _flowables(cells[column])]
            # nothing else carried on (the owner's last word was): no row, as if it all fitted
            rest._cellvalues[header][column] = (
                [copy(x) for x in _flowables(cells[column])] if carries_on else ())
        if carries_on:
            rest._argH[header] = None  # measured again with what it now repeats
        return split


def _flowables(cell) -> list[Flowable]:
    return list(cell) if isinstance(cell, list | tuple) else [cell]


class FillingTable(FillsPage, Table):
    """A report table that fills the foot of a page (``FillsPage``); the rest of a split
    table starts the next page."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if len(parts) == 2:
            # reportlab tries the rest in the space left under the first part, where only
            # a split row fits: its column headings again mid-page over a row's first lines,
            # the very row ``FillsPage`` moved whole (an action table breaks as ``ContinuedTable``)
            return [parts[0], CondPageBreak(available_height), parts[1]]
        return parts


class FillingContinuedTable(FillsPage, ContinuedTable):
    """An action table that fills the foot of a page (``FillsPage``); a split row keeps its
    owner and its date and status whole, and says them again on the page it carries on to."""

    WHOLE = (2, 3)


class _Gap(Flowable):
    """Space above what follows, none at the top of a page (reportlab drops space before)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.gap = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def getSpaceBefore(self) -> float:
        return self.gap

    def draw(self) -> None:
        """Space only: nothing to draw."""


def chapter_break(frame_height: float) -> list[Flowable]:
    """A new page for a chapter, unless the page holds only the last lines of the one before
    (under a third of it): then the chapter starts there, a gap below them, rather than leave
    that page nearly empty."""
    return [CondPageBreak(frame_height * 2 / 3), _Gap(30)]
