"""The Collect page's card table as a widget: its columns, sorting and the Words column's width.

At 1366x768 an import left Tags, Source and Themes a scroll away at their fixed widths (130,
160, 80 px). They are now as wide as what they hold (at most ``MOST``), and where that is still
too wide for all to sit beside the words, Source and then Tags are narrowed, cut with "…"
(whole in the tooltip, and read whole by a screen reader, which reads each cell's words). The
words come first: the others join them only where 9 in 10 cards' words stay whole (the demo's
long statements keep their width, and the three columns are a scroll away, as before)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from wtfc.ui.cards_table import CardsModel, Column
from wtfc.ui.style import font_scale, ui_font

# at the usual font; a larger system font widens them as much as it enlarges the words
WIDTHS = ((Column.KIND, 160), (Column.PERSON, 80), (Column.TAGS, 130), (Column.SOURCE, 160),
          (Column.THEMES, 80), (Column.DETAILS, 210))
ROW_HEIGHT = 34  # at least: a line of the table's words and room round them
FIRST_SCREEN = (Column.KIND, Column.PERSON, Column.DETAILS)  # read with the words
CELL_PADDING = 16  # round a cell's words: the focus frame's margins and a little air
EXTRA = (Column.TAGS, Column.SOURCE, Column.THEMES)  # as wide as what they hold, up to MOST
MOST = {Column.TAGS: 220, Column.SOURCE: 200, Column.THEMES: 100}
SQUEEZE = (Column.SOURCE, Column.TAGS)  # the least needed first ("import 1, row 5")
SQUEEZED = 90  # the narrowest a squeezed column is made, its words cut with "…"
WHOLE = 0.9  # the share of cards whose words stay whole with every column in view


class _MiddleCut(QStyledItemDelegate):
    """A squeezed Source cut in its middle: "import…row 12" says the row, "import 1, …" not."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


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
        self._content: dict[Column, int] = {}  # EXTRA's widths for what they hold now
        self._words_need = 0  # the width that shows WHOLE of the cards' words whole
        self._dragged: set[Column] = set()  # EXTRA columns given a width by hand: kept
        self._fitting = False  # the widths being set here, not dragged
        self._refit = QTimer(self, singleShot=True, interval=0)  # many cards changed: once
        self._refit.timeout.connect(self.fit_content)
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
        self._middle_cut = _MiddleCut(self)
        self.setItemDelegateForColumn(Column.SOURCE, self._middle_cut)
        self.verticalHeader().hide()
        self._fit_rows()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setFont(ui_font(11, bold=True))
        for column, width in WIDTHS:
            self.setColumnWidth(column, self._scaled(width))
        header.sectionResized.connect(self._on_section_resized)
        cards = model.sourceModel()
        if isinstance(cards, CardsModel):  # an import, a paste: what the columns hold changed
            self._cards: CardsModel | None = cards
            cards.modelReset.connect(self.fit_content)
            cards.dataChanged.connect(self._on_cards_changed)  # a method: let go with the view
            self.fit_content()
        else:
            self._cards = None

    def _on_cards_changed(self, *_) -> None:
        self._refit.start()  # once for a redaction of 500 cards, not 500 times

    def _on_section_resized(self, column: int, *_) -> None:
        if self._fitting or column == Column.WORDS:
            return
        if column in EXTRA:  # dragged: that width stays, and Words takes the rest
            self._dragged.add(Column(column))
        self.fit_words()

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
            self.fit_content()  # measured in that font: at first Tags read "Town ce…"

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

    def fit_content(self) -> None:
        """Tags, Source and Themes as wide as their widest words or their heading, at most
        ``MOST``; then the words take the rest."""
        if self._cards is None:
            return
        header, metrics = self.horizontalHeader(), self.fontMetrics()
        for column in EXTRA:  # Themes holds a count: its heading is the wider
            texts = self._cards.longest_texts(column) if column != Column.THEMES else []
            words = max(map(metrics.horizontalAdvance, texts), default=0) + CELL_PADDING
            heading = header.sectionSizeFromContents(column).width()
            self._content[column] = min(self._scaled(MOST[column]), max(heading, words))
        widths = sorted(metrics.horizontalAdvance(text)
                        for text in self._cards.sample_texts(Column.WORDS))
        self._words_need = widths[int(len(widths) * WHOLE)] + CELL_PADDING if widths else 0
        self.fit_words()

    def fit_words(self) -> None:
        """Every column in view beside words at least WORDS_AT_LEAST wide and wide enough for
        9 in 10 cards, Source and then Tags narrowed for it where need be, and the words take
        the rest. If even that does not fit, the table scrolls sideways: the words fill the
        first screen beside the columns read with them (Kind, Person, details); Tags, Source
        and Themes are a scroll away. Too narrow for the details too (150% on a 1366x768
        laptop), the words reach Person's edge to the screen's: the details start a scroll
        away, not as a "⚠" sliver (the Kind cell says ⚠ already)."""
        if self.model() is None:
            return
        shown = [c for c in range(self.model().columnCount())
                 if c != Column.WORDS and not self.isColumnHidden(c)]
        widths = {c: self.columnWidth(c) for c in shown}
        for column in EXTRA:
            if column in widths and column in self._content and column not in self._dragged:
                widths[column] = self._content[column]
        room = self.viewport().width()
        least = self._scaled(self.WORDS_AT_LEAST)
        need = max(least, self._words_need)
        fitted = dict(widths)
        words = room - sum(fitted.values())
        for column in SQUEEZE:
            if words < need and column in fitted and column not in self._dragged:
                cut = max(0, min(fitted[column] - self._scaled(SQUEEZED), need - words))
                fitted[column] -= cut
                words += cut
        if words < need:  # a scroll away at their own widths, not squeezed for nothing
            fitted = widths
            for beside in (FIRST_SCREEN, (Column.KIND, Column.PERSON)):
                words = room - sum(fitted[c] for c in shown if c in beside)
                if words >= least:
                    break
        self._fitting = True
        try:
            for column in EXTRA:
                if column in fitted and self.columnWidth(column) != fitted[column]:
                    self.setColumnWidth(column, fitted[column])
            self.setColumnWidth(Column.WORDS, max(least, words))
        finally:
            self._fitting = False

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
