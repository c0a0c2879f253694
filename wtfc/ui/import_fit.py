"""The import dialog's size: as big as a wide sheet wants where the screen has room, and wider
on the column step where the preview's columns want it, never past the screen's free part."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.import_becomes import columns_past_view
from wtfc.ui.screen_fit import available_geometry, fit_to_screen

WANTED_SIZE = (1180, 760)  # room for a wide sheet's columns, where the screen has it


class ImportFit:
    """Sizes ``dialog``: once when it first shows, then only to make room for columns."""

    def __init__(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.resize(*WANTED_SIZE)
        self._fitted = False
        self._widened_for = 0  # the width last made for the preview's columns

    def first_show(self) -> None:
        if not self._fitted:  # once: after that the size is the facilitator's to choose
            self._fitted = True
            available = available_geometry(self.dialog)
            if available is not None:
                self.to_screen(available)

    def to_screen(self, available: QRect) -> None:
        """As big as a wide sheet wants, but never past the free part of the screen (a
        1366×768 laptop less its taskbar), frame included, so Import and Cancel stay on it."""
        fit_to_screen(self.dialog, QSize(*WANTED_SIZE), available)

    def room_for_columns(self, grid: QTableWidget) -> None:
        """Wider, up to the screen's edge, where the preview's columns want it (a 4-column sheet
        at 1366 wide had its last behind a sideways scroll); once for these columns."""
        dialog = self.dialog
        available, layout = available_geometry(dialog, where_it_is=True), dialog.layout()
        if dialog.isVisible() and available and layout:
            layout.activate()
            want = dialog.width() + columns_past_view(grid)
            if want > dialog.width() and want != self._widened_for:
                self._widened_for = want  # a narrower size chosen after this is kept
                fit_to_screen(dialog, QSize(want, dialog.height()), available)


def scrolled_page(step: QWidget) -> QWidget:
    """The widget for ``step``'s contents, in a scroll area filling ``step``: where the screen
    is short (1024×768 at 16 pt, a care-system sheet's notes all showing) the step scrolls,
    each note whole, instead of being squeezed below its size, the notes drawn over each other
    and over a preview left with no row."""
    area = _StepArea(step)
    area.setWidgetResizable(True)  # as wide as the step; taller only when it must be
    area.setFrameShape(QFrame.Shape.NoFrame)  # reads as the page it was, with a scroll bar
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop for Tab: its controls are
    page = QWidget()
    area.setWidget(page)
    outer = QVBoxLayout(step)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return page


def keep_rows(grid: QTableWidget, rows: int) -> None:
    """``grid`` never shorter than its headings and first ``rows`` rows (the preview's point
    is to check what each column holds), its sideways scroll bar included."""
    shown = sum(grid.rowHeight(row) for row in range(min(rows, grid.rowCount())))
    header = grid.horizontalHeader().sizeHint().height()
    bar = grid.horizontalScrollBar().sizeHint().height()
    grid.setMinimumHeight(shown + header + bar + 2 * grid.frameWidth())


def place_under(table: QAbstractItemView, widget: QWidget) -> None:
    """``widget`` next after ``table`` in the layout holding it: a note on the preview read
    with it, scrolled with the step's other notes."""
    page = table.parentWidget()
    layout = page.layout() if page else None
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(layout.indexOf(table) + 1, widget)


class _StepArea(QScrollArea):
    """A step's scroll area that brings a table the keys reach wholly into sight (Qt brings in
    only its current cell: the preview was left cut in half at the area's foot)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if not super().focusNextPrevChild(next):
            return False
        table, page = self.focusWidget(), self.widget()
        if isinstance(table, QAbstractItemView) and page and page.isAncestorOf(table):
            half_width, half_height = table.width() // 2, table.height() // 2
            centre = table.mapTo(page, QPoint(half_width, half_height))
            self.ensureVisible(centre.x(), centre.y(), half_width, half_height)
        return True
