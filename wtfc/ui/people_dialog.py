"""People… on Collect: every person (a code, never a name) with their cards counted and their
coarse tags, which the facilitator sees, sorts and sets in place. A tag set with several people
chosen is set for them all, as one undo step. "Show cards with this tag" filters the cards.

A tag is coarse ("North", "75-84"): words that look like a name or an address are pointed out
as they are typed, as the board's typing boxes do, without stopping the facilitator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.typed_details import detail_quote
from wtfc.model.document import Document
from wtfc.model.operations.people import TAG_NAMES, set_person_tag
from wtfc.ui.boards.common import RefusalNotice, announce, follow_document, local_action, push_edit
from wtfc.ui.people_editors import PeopleDelegate, wrapped_height
from wtfc.ui.people_table import CODE_ROLE, Column, PeopleModel
from wtfc.ui.style import font_scale, ui_font, warning_look
from wtfc.ui.typed_detail_hint import HINT_TITLE
from wtfc.ui.undo import UndoAdapter

# at the usual font, at most (each fits its words and heading); a larger system font widens
# them as much as it enlarges the words
WIDTHS = {
    Column.CODE: 80,
    Column.CARDS: 70,
    Column.HELD_BACK: 100,
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
ADVICE = (
    "A person's tags are coarse (an area, an age band): if these words could identify "
    "someone, change them."
)


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
        them; until the table is shown, once it is (its font is the dialog's by then)."""
        self._texts.clear()
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
            if column == Column.SERVICE_TYPE:
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


class PeopleDialog(QDialog):
    """The People view; ``show_cards(words, tag)`` filters the cards table by a person's tag."""

    def __init__(
        self,
        doc: Document,
        undo: UndoAdapter,
        *,
        names: Callable[[], Iterable[str]] = tuple,
        show_cards: Callable[[str, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self._names = names  # the names to watch for, pasted on Collect (this session only)
        self._show_cards = show_cards
        self.setWindowTitle("People")
        self.setFont(ui_font(12))
        intro = QLabel(
            "Each person by code, with coarse tags: never a name or an address. F2 "
            "or Enter changes the chosen tag; with several people chosen, for all."
        )
        intro.setWordWrap(True)
        self.model = PeopleModel(doc, self)
        self.model.read_only = undo.read_only
        self.model.write = self._write
        self.table = PeopleTableView(self.model)
        delegate = PeopleDelegate(doc, self._on_typing, self.table)
        delegate.too_long_said = lambda said: self.notice.say(said)  # (made below)
        self.table.setItemDelegate(delegate)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(HINT_TITLE)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self.hint)
        self.hint.hide()
        self.done_line = QLabel()  # what the last edit did, so a change to many is seen
        self.done_line.setWordWrap(True)
        self.done_line.hide()
        self._said_at = -1  # the undo step the line speaks of; another step hides it
        undo.stack.indexChanged.connect(self._on_step)
        if undo.read_only:  # F2 does nothing: say why, once, where the edits are said
            self.done_line.setText(
                "This workshop is open read-only: the tags can be seen, not changed."
            )
            self.done_line.show()
        self.notice = RefusalNotice(self)
        self.show_button = QPushButton("&Show cards with this tag")
        self.show_button.setAccessibleName("Show cards with this tag")
        self.show_button.setToolTip(
            "Close this and show only the cards of people with the "
            "chosen tag (Collect's Person's tags filter)"
        )
        self.show_button.clicked.connect(lambda *_: self.show_tagged_cards())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():  # Enter is the table's (Escape closes)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.done_line)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        # the window's Undo keys do not reach a dialog: these do the same, on the same stack
        local_action(self, "Undo", "Ctrl+Z", undo.stack.undo)
        local_action(self, "Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], undo.stack.redo)
        follow_document(self, doc, on_parts=self.model.parts_changed, on_reset=self.model.reload)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._refresh())
        self.model.dataChanged.connect(lambda *_: self._refresh())
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.VOICE))
        self.table.setFocus()
        self._fit(parent)
        self._refresh()

    def _fit(self, parent: QWidget | None) -> None:
        """As wide as its columns and some (a service type is often long), within the window
        (a 1366x768 laptop at 150% is 911x512)."""
        want = round(sum(WIDTHS.values()) * font_scale()) + 220
        if parent is not None:
            room = parent.window().size()
            self.resize(min(want, room.width() - 40), min(620, room.height() - 40))
        else:
            self.resize(want, 620)

    # -- editing -------------------------------------------------------------------------------
    def _write(self, row: int, tag: str, value: object) -> bool:
        """The edited person's tag; every chosen person's when the edited one is chosen."""
        code = self.model.person_at(row).id
        chosen = self.table.chosen_codes()
        codes = chosen if code in chosen else [code]
        step = self.undo.stack.index()
        text = value if isinstance(value, str) else None
        done = push_edit(
            self.undo,
            self.notice,
            lambda: set_person_tag(self.doc, codes=codes, tag=tag, value=text),
        )
        if done and self.undo.stack.index() != step:
            said = self.undo.stack.undoText()
            self.done_line.setText(f"{said}. Ctrl+Z takes it back.")
            self.done_line.show()
            self._said_at = self.undo.stack.index()
            announce(self, said)
        return done

    def _on_step(self, index: int) -> None:
        if index != self._said_at:  # undone or redone: the line would say what is no longer so
            self.done_line.hide()

    def set_tag(self, tag: str, value: str | None) -> bool:
        """Set ``tag`` for the chosen people as an edit in place would (tests, scripts)."""
        column = next(c for c in Column if c.tag == tag)
        row = self.table.currentIndex().row()
        return self.model.setData(self.model.index(max(row, 0), column), value)

    def choose(self, codes: Iterable[str]) -> None:
        """Choose these people's rows (the first becomes current)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for code in codes:
            row = self.model.row_of(code)
            if row is None:
                continue
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    # -- the tag under the cursor --------------------------------------------------------------
    def current_tag(self) -> tuple[str, str]:
        """(tag, words) of the current cell; ("", "") on a code or a count."""
        current = self.table.currentIndex()
        tag = Column(current.column()).tag if current.isValid() else None
        return (tag, current.data() or "") if tag else ("", "")

    def show_tagged_cards(self) -> None:
        """Collect's cards of the people whose tag is the current cell's, that tag only."""
        tag, words = self.current_tag()
        if not words or self._show_cards is None:
            return
        self.accept()  # first: closing gives the keyboard back to where it was before
        self._show_cards(words, tag)

    def _on_typing(self, tag: str, words: str) -> None:
        if tag:
            self._say_detail(tag, words)
        else:  # editing ended: the hint speaks for the current cell again
            self._refresh()

    def _refresh(self) -> None:
        tag, words = self.current_tag()
        self.show_button.setEnabled(bool(words) and self._show_cards is not None)
        self._say_detail(tag, words)

    def _say_detail(self, tag: str, words: str) -> None:
        quote = detail_quote(words, tuple(self._names())) if tag and tag != "voice" else ""
        if quote:
            self.hint.setText(f"⚠ {HINT_TITLE} in the {TAG_NAMES[tag]}: {quote}. {ADVICE}")
        self.hint.setVisible(bool(quote))
