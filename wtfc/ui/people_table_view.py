"""The People view's table on screen: whole rows chosen, a tag edited in place from the
keyboard, and columns and rows sized from the model's words (measured once each at the table's
font), never by Qt asking every cell for its size hint: that took 30 s to open 2,000 people.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from wtfc.ui.people_editors import wrapped_height
from wtfc.ui.people_table import CODE_ROLE, Column, PeopleModel
from wtfc.ui.style import font_scale, ui_font

# at the usual font, at most (each fits its words and heading); a larger system font widens
# them as much as it enlarges the words
WIDTHS = {
    Column.CODE: 80,
    Column.CARDS: 70,
    Column.HELD_BACK: 100,
    Column.TOP_TWO: 190,  # "⚠ 3 working, 3 future"; three kinds wrap onto a second line
    Column.VOICE: 130,
    Column.AGE_BAND: 100,
    Column.SERVICE_TYPE: 190,
    Column.LOCALITY: 130,
}
COUNTS = (Column.CARDS, Column.HELD_BACK)  # short words, always given their width
AIR = 12  # px beside a column's widest words: "Family carer" touched the grid line
# Service type's least width in average characters (a larger font squeezed it to a word a line)
SERVICE_TYPE_LEAST = 14
ROOM = 6  # px above and below a wrapped tag's lines, as a one-line row has round its words


class PeopleTableView(QTableView):
    """Whole rows chosen; F2, Enter, a double click or typing edits the current tag.

    Columns and rows are sized from the model's words, measured once each at the table's font
    (again only for words not seen before), never by Qt asking every cell for its size hint:
    that took 30 s to open 2,000 people and 4 s for one tag edit."""

    def __init__(self, model: PeopleModel) -> None:
        super().__init__()
        self.setModel(model)
        self._people = model
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(Column.CODE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.EditKeyPressed | triggers.DoubleClicked | triggers.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        # a tag longer than its column ("direct payment (personal assistant)" at 150% on a
        # 1366x768 laptop) goes onto a second line of its row, not cut to "direct paym…"
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self._texts: dict[Column, list[str]] = {}  # each row's words, column by column
        self._advance: dict[str, int] = {}  # a string's width at the table's font
        self._fitted: dict[Column, int] = {}  # the width a column was last fitted to
        self._tall: set[int] = set()  # the rows grown for words that wrap
        # a column's new width may not yet be its own as Qt says it changed: the rows are
        # fitted to it once it is
        self._rows_later = QTimer(self, singleShot=True, interval=0)
        self._rows_later.timeout.connect(self.fit_tall_rows)
        self._fit_rows()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setFont(ui_font(11, bold=True))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._read_words()
        model.modelReset.connect(self._read_words)
        model.dataChanged.connect(lambda *_: self._read_words())
        model.layoutChanged.connect(lambda *_: self._read_words())  # sorted: the rows moved
        header.sectionResized.connect(lambda column, *_: self.keep_service_type_readable(column))
        header.sectionResized.connect(lambda *_: self._rows_later.start())
        self.setAccessibleName("People")
        self.setToolTip(
            "Every person by code; click a heading to sort. F2 or Enter changes a "
            "tag, for every chosen person"
        )

    def _read_words(self) -> None:
        """The words again (edited, sorted, another file), the columns and rows fitted to
        them; until the table is shown, once it is (its font is the dialog's by then).
        Over top two shows only while someone is: empty, it took a 1366x768 laptop's room at
        150% and the table scrolled sideways to Locality."""
        self._texts.clear()
        self.setColumnHidden(Column.TOP_TWO, not self._people.anyone_over())
        if self.isVisible():
            self._texts = {column: self._people.texts(column) for column in Column}
            self.fit_columns()
            self.fit_tall_rows()

    def _width(self, text: str) -> int:
        width = self._advance.get(text)
        if width is None:
            width = self._advance[text] = self.fontMetrics().horizontalAdvance(text)
        return width

    def _padding(self) -> int:
        """A cell's width beside its words: the style's margin each side and the grid line."""
        metric = QStyle.PixelMetric.PM_FocusFrameHMargin
        margin = self.style().pixelMetric(metric, None, self) + 1
        return 2 * margin + int(self.showGrid())

    def fit_columns(self) -> None:
        """Each column but Service type as wide as its heading ("Person ▾") or its widest
        words, up to its width in WIDTHS: at 150% on a 1366x768 laptop "Cards" and "Held back"
        kept room for nothing, and "home care (personal budget)" was cut beside them; a count's
        ("no cards", "⚠ 1,234") never wraps. A width is set only when the words call for
        another, so one dragged wider stays so."""
        header, scale, padding = self.horizontalHeader(), font_scale(), self._padding()
        for column, most in WIDTHS.items():
            if column == Column.SERVICE_TYPE or self.isColumnHidden(column):
                continue
            widest = max(map(self._width, set(self._texts.get(column, ()))), default=0)
            words = widest + padding + AIR
            capped = words if column in COUNTS else min(words, round(most * scale))
            width = max(header.sectionSizeFromContents(column).width(), capped)
            if self._fitted.get(column) != width:
                self._fitted[column] = width
                self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.keep_service_type_readable()

    def keep_service_type_readable(self, resized: int = -1) -> None:
        """The longest words ("direct payment (personal assistant)") take the room the other
        columns leave, but never less than their heading or SERVICE_TYPE_LEAST characters:
        short of that, the table scrolls sideways (Qt's Stretch squeezed them to nothing)."""
        column = Column.SERVICE_TYPE
        if resized == column:  # set here, or dragged
            return
        least = max(self.horizontalHeader().sectionSizeFromContents(column).width(),
                    SERVICE_TYPE_LEAST * self.fontMetrics().averageCharWidth() + AIR)
        room = self.viewport().width() - sum(self.columnWidth(c) for c in Column if c != column)
        if self.columnWidth(column) != max(least, room):
            self.setColumnWidth(column, max(least, room))

    def fit_tall_rows(self) -> None:
        """A row is one line high (``_fit_rows``) unless its words wrap in their column's
        width: it grows to hold their lines, and goes back when they fit again. Not before
        the table is shown: until then Service type is as narrow as nothing fits in."""
        if not self._texts:
            return
        # a pixel spare: at worst a row grown that Qt draws on one line, never words cut
        padding = self._padding() + 1
        grown: dict[int, int] = {}  # row: the height its wrapped words need
        for column, texts in self._texts.items():
            if self.isColumnHidden(column):  # no width: every word would "wrap"
                continue
            room = self.columnWidth(column) - padding
            wide = {text for text in set(texts) if self._width(text) > room}
            if not wide:
                continue
            heights = {text: wrapped_height(text, self.font(), room) + 2 * ROOM for text in wide}
            for row, text in enumerate(texts):
                if text in wide:
                    grown[row] = max(grown.get(row, 0), heights[text])
        one_line, rows = self.verticalHeader().defaultSectionSize(), len(self._texts[Column.CODE])
        for row in {row for row in self._tall if row < rows} | grown.keys():
            height = max(one_line, grown.get(row, 0))
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
        self._tall = {row for row, height in grown.items() if height > one_line}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._texts:
            self._read_words()
        self._rows_later.start()  # and again, should Qt size a column after

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the dialog's font, once the table is in it
            self._advance.clear()
            self._fitted.clear()
            self._fit_rows()
            self._read_words()

    def _fit_rows(self) -> None:
        """A one-line row 34 px or its words and some; a wrapped tag's row grows to fit it."""
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(max(34, self.fontMetrics().height() + 15))
        rows.setMinimumSectionSize(rows.defaultSectionSize())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits the current tag (Qt's own key for it is F2 alone); on the code or a
        count, which cannot be edited, it goes to the row's voice (it closed the view)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            current = self.currentIndex()
            if current.isValid() and Column(current.column()).tag:
                self.edit(current)
            elif current.isValid():
                flags = QItemSelectionModel.SelectionFlag.NoUpdate  # the chosen rows stay
                self.selectionModel().setCurrentIndex(
                    current.siblingAtColumn(Column.VOICE), flags
                )
            event.accept()
            return
        super().keyPressEvent(event)

    def chosen_codes(self) -> list[str]:
        return [index.data(CODE_ROLE) for index in self.selectionModel().selectedRows()]
