"""How the report keeps a heading with what it heads without wasting the page it starts on."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table
from reportlab.platypus.flowables import _listWrapOn

from wtfc.export.continued import ContinuedTable

SLACK = 2.0  # points: the trial split is given a little less room than the page will give


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


class FillsPage:
    """A table mixin: over the page between rows, as reportlab splits, unless that leaves
    more than ``ROOM`` empty at the foot of the page (a tall row moved whole): then, in a
    table whose rows may split (``splitInRow``), the row itself is split there, its cells
    carrying on overleaf. A split row carries ``LEAST`` over, whoever asks for the split
    (reportlab, for a first row that does not fit, or ``ContinuedTable``)."""

    ROOM = 100.0  # points: about seven lines of a cell
    LEAST = 3 * 13.5 + 9  # points: three lines of a cell and its padding, carried over at least

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
                return shorter
        return split


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
    """An action table that fills the foot of a page (``FillsPage``)."""


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
