"""The Collect page's card table as a widget: its columns, sorting and the Words column's width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from wtfc.ui.cards_table import Column
from wtfc.ui.style import font_scale, ui_font

# at the usual font; a larger system font widens them as much as it enlarges the words
WIDTHS = ((Column.KIND, 160), (Column.PERSON, 80), (Column.TAGS, 130), (Column.SOURCE, 160),
          (Column.THEMES, 80), (Column.DETAILS, 210))
ROW_HEIGHT = 34  # at least: a line of the table's words and room round them
FIRST_SCREEN = (Column.KIND, Column.PERSON, Column.DETAILS)  # read with the words
CELL_PADDING = 16  # round a cell's words: the focus frame's margins and a little air


class CardsTableView(QTableView):
    """Whole rows chosen, sorted by a click on a heading. The Words column takes the room the
    others leave, but never less than it needs to be read (on a 1366-wide laptop the others
    would leave it 34 px); the table scrolls sideways to the other columns instead."""

    WORDS_AT_LEAST = 380

    def __init__(self, model: QSortFilterProxyModel) -> None:
        super().__init__()
        self._scale = font_scale()  # "✓ Working" was "✓ Worki…" at a 16 pt system font
        self._details_width: int | None = -1  # as fit_details last set it (None: hidden)
        self._tight = False  # rows with less air round their words (a short page)
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.setModel(model)
        # The workshop's own order at first. Sorting is turned on with no column chosen: turned
        # on as it comes, it sorts every row by the first column (10,000 cards: 3–4 s).
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self._fit_rows()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setFont(ui_font(11, bold=True))
        for column, width in WIDTHS:
            self.setColumnWidth(column, self._scaled(width))
        header.sectionResized.connect(  # another column dragged wider: Words takes the rest
            lambda column, *_: self.fit_words() if column != Column.WORDS else None)

    def focusInEvent(self, event) -> None:
        """Come to by the keyboard (Tab, or a key that puts it here) with a current row and
        none chosen, the current row is chosen: Redact, Edit and Delete stayed grey, and
        Alt+D did nothing, until an arrow was pressed. A click chooses its own row."""
        super().focusInEvent(event)
        current, chosen = self.currentIndex(), self.selectionModel()
        if (event.reason() != Qt.FocusReason.MouseFocusReason and current.isValid()
                and not chosen.hasSelection()):
            chosen.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                          | QItemSelectionModel.SelectionFlag.Rows)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the page's font, once it is on the page
            self._fit_rows()

    def set_tight_rows(self, tight: bool) -> None:
        """Rows with 5 px above and below their words, not 7 (a short page: see
        cards_short_page), or as before."""
        if tight != self._tight:
            self._tight = tight
            self._fit_rows()

    def _fit_rows(self) -> None:
        words = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(
            words + 10 if self._tight else max(ROW_HEIGHT, words + 15))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_words()

    def fit_words(self) -> None:
        """The rest of the width, if every column fits beside words at least WORDS_AT_LEAST
        wide. If not, the table scrolls sideways anyway: the words fill the first screen beside
        the columns read with them (Kind, Person, details); Tags, Source and Themes are a
        scroll away. They had only the minimum, cut, with half a screen free once the names
        box folded away. Too narrow for the details too (150% on a 1366x768 laptop), the words
        reach Person's edge to the screen's: the details start a scroll away, not as a "⚠"
        sliver (the Kind cell says ⚠ already)."""
        if self.model() is None:
            return
        shown = [c for c in range(self.model().columnCount())
                 if c != Column.WORDS and not self.isColumnHidden(c)]
        room = self.viewport().width()
        least = self._scaled(self.WORDS_AT_LEAST)
        for beside in (shown, FIRST_SCREEN, (Column.KIND, Column.PERSON)):
            words = room - sum(self.columnWidth(c) for c in shown if c in beside)
            if words >= least:
                break
        self.setColumnWidth(Column.WORDS, max(least, words))

    def fit_details(self, texts: list[str], any_held_back: bool) -> None:
        """The "⚠ Personal details?" column as wide as it needs, so the words get the rest: on
        a 1366-wide laptop it took 210 px while blank for 94 of the demo's 96 cards. Hidden when
        no card has a finding; no wider than its heading while none is held back (a "Marked
        fine" cell is cut, whole in its tooltip); at most 210 px. Set again only when that
        changes, so a column dragged wider stays so."""
        if not texts:
            wanted = None
        else:
            heading = self.horizontalHeader().sectionSizeFromContents(Column.DETAILS).width()
            words = max(map(self.fontMetrics().horizontalAdvance, texts)) + CELL_PADDING
            wanted = min(max(heading, words if any_held_back else 0),
                         self._scaled(dict(WIDTHS)[Column.DETAILS]))
        if wanted == self._details_width:
            return
        self._details_width = wanted
        self.setColumnHidden(Column.DETAILS, wanted is None)
        if wanted is not None:
            self.setColumnWidth(Column.DETAILS, wanted)
        self.fit_words()

    def _scaled(self, pixels: int) -> int:
        return round(pixels * self._scale)
