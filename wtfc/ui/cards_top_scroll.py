"""The rows above Collect's card table (heading, intro, buttons, filters), kept from overlapping.

A flow layout's height follows its width, but a plain QVBoxLayout on a page shorter than it
needs squeezes each row to its least height (one widget's), and the flow still draws all its
wrapped rows: at 16 pt on a 1366x768 laptop the ticked "Show held-back details" box lay under
the Filter row, out of sight and out of reach, and the table showed one row. Here the rows sit
in a scroll area as tall as they need, up to what the page can spare while the table keeps a
few rows; on a page shorter than that they scroll rather than draw over each other.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from wtfc.ui.flow_layout import PlacingLayout

TABLE_ROWS = 3  # card rows the table keeps in sight however tall the rows above want to be


class TopRows(QScrollArea):
    """A vertical scroll area for the rows above ``table``, in ``page``'s layout. ``rows``
    is the layout the rows go into; ``kept_below`` are widgets under the table (the page's
    notice) whose height is kept for them."""

    def __init__(self, page: QWidget, table, kept_below: tuple[QWidget, ...] = ()) -> None:
        super().__init__(page)
        # the page, its table and its notice are only looked at, never held: their wrappers
        # kept in this one's attributes were freed twice once the page was deleted (a crash
        # as Python exits)
        self._table_ref = weakref.ref(table)
        self._below_refs = tuple(weakref.ref(widget) for widget in kept_below)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its rows are
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        inside = QWidget(self)
        inside.setAutoFillBackground(False)
        # as wide as the page, never wider: the heading stacks its counts and the flows wrap
        # only when they are given a narrower width (their least wants the one-row width)
        inside.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.viewport().setAutoFillBackground(False)
        self.rows = Rows(inside)
        self.setWidget(inside)
        self._fitting = False
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a control reached by Tab or Alt+letter: in sight
            app.focusChanged.connect(self._on_focus)
        page.installEventFilter(self)
        inside.installEventFilter(self)
        for widget in kept_below:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the page's size, the rows' wishes (a row shown, words wrapped) or the notice's height
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest,
                            QEvent.Type.Show, QEvent.Type.Hide):
            self.fit()
        return False

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or new is None:
            return
        inside = self.widget()
        if inside is not None and inside.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    @property
    def _page(self) -> QWidget | None:
        return self.parentWidget()

    @property
    def _table(self):
        return self._table_ref()

    @property
    def _below(self) -> list[QWidget]:
        return [w for w in (ref() for ref in self._below_refs) if w is not None]

    def needed(self, width: int) -> int:
        """The rows' whole height at ``width``."""
        inside = self.widget()
        layout = inside.layout() if inside is not None else None
        if inside is None or layout is None:
            return 0 if inside is None else inside.sizeHint().height()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()

    def table_least(self) -> int:
        """The table's heading, ``TABLE_ROWS`` rows and sideways bar, with its frame."""
        table = self._table
        if table is None:
            return 0
        header = table.horizontalHeader()
        heading = header.sizeHint().height() if not header.isHidden() else 0
        row = table.verticalHeader().defaultSectionSize()
        # the words column is kept readable, so the table often scrolls sideways: its bar too
        across = table.horizontalScrollBar().sizeHint().height()
        return heading + TABLE_ROWS * row + across + 2 * table.frameWidth() + 2

    def spare(self) -> int:
        """What the page can give the rows while the table keeps its rows in sight."""
        page = self._page
        if page is None:
            return 0
        page_layout = page.layout()
        if page_layout is None:
            return page.height()
        margins = page_layout.contentsMargins()
        spacing = max(0, page_layout.spacing())
        shown = [page_layout.itemAt(i) for i in range(page_layout.count())]
        gaps = spacing * max(0, sum(1 for item in shown if item and not item.isEmpty()) - 1)
        below = sum(w.sizeHint().height() for w in self._below if w.isVisibleTo(page))
        return (page.height() - margins.top() - margins.bottom() - gaps - below
                - self.table_least())

    def fit(self) -> None:
        """As tall as the rows need at the page's width, up to what the page can spare."""
        page, inside = self._page, self.widget()
        if self._fitting or page is None or inside is None:  # the page being taken down
            return
        self._fitting = True
        try:
            page_layout = page.layout()
            if page_layout is not None and self.rows.spacing() != page_layout.spacing():
                self.rows.setSpacing(page_layout.spacing())  # closer on a short page, as it
            width = page.contentsRect().width()
            if page_layout is not None:
                margins = page_layout.contentsMargins()
                width -= margins.left() + margins.right()
            width = max(width, 1)
            whole, room = self.needed(width), self.spare()
            if whole > room:  # scrolled: the bar takes its width from the rows
                width = max(width - self.verticalScrollBar().sizeHint().width(), 1)
                whole = self.needed(width)
            # never under the heading's height: a page shorter than that is too short anyway
            first = self.rows.itemAt(0)
            least = min(whole, first.sizeHint().height()) if first is not None else whole
            height = whole if whole <= room else max(least, room)
            if height != self.height() or self.minimumHeight() != height:
                self.setFixedHeight(height)
                if page_layout is not None:  # now, not at the next turn: no frame drawn
                    page_layout.activate()  # with the table still under the old rows
            # the rows at their whole height for this width (the area's own sizing misses a
            # row that wraps after it was laid out: the heading stacking its counts)
            inside.resize(width, max(whole, height))
        finally:
            self._fitting = False


class Rows(PlacingLayout):
    """Rows one under the other, each as tall as it needs at the width it is given
    (``PlacingLayout``'s own placing)."""

    def add(self, row: QWidget | QLayout) -> None:
        """A widget, or a layout (held by a widget of its own, which the rows measure)."""
        if isinstance(row, QLayout):
            holder = QWidget(self.parentWidget())  # made with its parent: Qt's to free
            holder.setLayout(row)
            row = holder
        self.addWidget(row)

    def minimumSize(self) -> QSize:
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        return QSize(max((i.sizeHint().width() for i in self._shown()), default=0),
                     self.heightForWidth(self.geometry().width() or 600))
