"""The import's mapping step: the first rows as read, a choice of field above each column,
the heading row, how the kinds are written, the layout, and what each row becomes.

In a facilitator's words ("Each row is one statement"), not the command line's (``--layout``)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.answers_mapping import answers_mapping
from wtfc.importing.asked_answers import asked_note, with_asked
from wtfc.importing.mapping import ColumnMapping, Field
from wtfc.importing.name_columns import left_out_name_columns, names_in_columns
from wtfc.importing.preview import Preview, make_preview
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind
from wtfc.ui.boards.common import announce
from wtfc.ui.eliding_combo import ElidingComboBox
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.import_fill_offer import FillOffer
from wtfc.ui.import_fit import keep_rows, scrolled_page
from wtfc.ui.import_kind_values import KindValuesBox
from wtfc.ui.import_mapping_words import reason_text, source_text
from wtfc.ui.import_pages import passed_over_text
from wtfc.ui.import_person_offer import PersonOffer
from wtfc.ui.import_preview_grid import fill_grid
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.import_split_offer import SplitOffer
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.ring_kept import keeps_ring
from wtfc.ui.style import warning_look
from wtfc.ui.wheel_needs_focus import wheel_needs_focus

_HEADING_CHOICES = 15  # the rows offered as the heading row
_ROWS_SHOWN = 20  # the preview's rows below the headings (make_preview's limit)
_ROWS_KEPT = 1 + 3  # the column boxes' row and 3 rows of cells, in sight on any screen
LAYOUT_WORDS = {"long": "Each row is <b>one statement</b>",
                "wide": "Each row is <b>one person</b>, a column per kind"}


def _named(widget, name: str, tip: str):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class MappingStep(QWidget):
    """Shows a table with a mapping; ``changed`` fires after every correction the user makes."""

    changed = Signal()
    sheet_chosen = Signal(str)

    def __init__(self, names: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = tuple(names)  # the names to watch for: a sheet or a cell may hold one
        self.words = ScreenWords(self.names)  # what of the cells this screen may show
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: Preview | None = None
        self._asked: list[str] = []  # kind values asked about, kept once the user maps them
        self._asked_for: int | None = None  # the kind column they came from
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        # ⚠ a sheet passed over for a far cell: across the page, in the warnings' box (beside the
        # layout it ran to 7 lines at 150% and left the preview 3 rows)
        self.passed_label = QLabel()  # read as its words
        keep_parent_font(self.passed_label)
        self.passed_label.setToolTip("A sheet wtfc could not read")
        self.passed_label.setWordWrap(True)
        warning_look(self.passed_label, refusal=True, padding="6px 8px")
        self.passed_label.setVisible(False)
        self._asking_kinds = False  # opened here only for the kind values: say so
        self.reason = QLabel()  # read as its words: why this step opened, what to do
        keep_parent_font(self.reason)  # the dialog's, not the system's, beside its style sheet
        self.reason.setToolTip("Why this step opened")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # the sheet's words, as written
        self.reason.setStyleSheet("QLabel { font-weight: bold; }")
        self.reason.setVisible(False)
        self.sheet_box = _named(wheel_needs_focus(QComboBox()), "Sheet",  # the step scrolls
                                "Which sheet of the workbook to import")
        self.sheet_box.activated.connect(lambda _: self.sheet_chosen.emit(
            self.sheet_box.currentData()))
        self.sheet_label = QLabel("&Sheet:")
        self.sheet_label.setBuddy(self.sheet_box)
        self.heading_box = _named(ElidingComboBox(tip := "Which row holds the column headings"),
                                  "Heading row", tip)
        self.heading_box.activated.connect(lambda _: self._heading_chosen())
        heading_label = QLabel("&Headings are in:")
        heading_label.setBuddy(self.heading_box)
        self.layout_label = QLabel()  # read as its words ("Each row is one person, …")
        self.layout_label.setToolTip(
            "How the sheet is laid out: each row one statement (with a column saying its "
            "kind), or each row one person with a column per kind (on the command line, "
            "--layout long or wide)")
        self.grid = _named(QTableWidget(), "Preview of the first rows",
                           "Choose what each column holds in the first row; the last column "
                           "shows the cards each row becomes")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid: the arrows move in it
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(32)
        # a finger scrolls it (a wide sheet's later columns were out of a swipe's reach, and a
        # swipe chose the cells it passed); a tap chooses a cell, a column's box as ever
        ItemFingers(self.grid)
        self.kinds_box = KindValuesBox()
        self.kinds_box.kind_chosen.connect(self.set_kind_value)
        self.kinds_form, self.kinds_scroll = self.kinds_box.form, self.kinds_box.values_scroll
        self.person_offer = PersonOffer()
        self.person_offer.use_column.connect(self._use_person)
        self.fill_offer = FillOffer()  # blanks under each person's code (merged cells)
        self.fill_offer.chosen.connect(self.set_fill_down)
        self.split_offer = SplitOffer()  # cells holding more than one answer: a card each?
        self.split_offer.chosen.connect(self.set_keep_cells)
        self.asked = QLabel()  # answers written after their question: it is taken off
        keep_parent_font(self.asked)
        self.asked.setToolTip("A care system's form export")
        self.asked.setWordWrap(True)
        self.asked.setVisible(False)
        self.problems = QLabel()  # read as its words, not as a name standing in for them
        keep_parent_font(self.problems)
        self.problems.setToolTip("What stops the import")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # headings quoted as written
        warning_look(self.problems, refusal=True)  # its own pale box, on any desktop
        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box)
        top.addSpacing(16)
        top.addWidget(heading_label)
        top.addWidget(self.heading_box, 1)
        # the layout beside the file's name, not on this row: the headings have the room
        source = QHBoxLayout()
        source.addWidget(self.source_label, 1)
        source.addWidget(self.layout_label, 0, Qt.AlignmentFlag.AlignTop)  # never mid-sentence
        layout = QVBoxLayout(scrolled_page(self))  # scrolls on a short screen, none cut
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(source)
        layout.addWidget(self.passed_label)
        layout.addWidget(self.reason)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.kinds_box)
        layout.addWidget(self.person_offer)
        layout.addWidget(self.fill_offer)
        layout.addWidget(self.split_offer)
        layout.addWidget(self.asked)
        layout.addWidget(self.problems)

    # -- what the dialog calls -----------------------------------------------------------------
    def show_table(self, table: SourceTable, mapping: ColumnMapping) -> None:
        self.table, self.mapping = table, mapping
        self._asked, self._asked_for, self._asking_kinds = [], None, False
        self._fill_sheets()
        self._refresh()

    def show_details(self, on: bool) -> None:
        """Show the cells as written (``on``: the facilitator chose to show held-back details
        on this screen), or with names and other possible details as their kind."""
        self.words.shown = on
        if self.table is not None:
            self._fill_sheets()
            self._refresh()

    def ask_kind_values(self) -> None:
        """Every heading is known but some kind values are not ("Yn gweithio", "Amber"):
        say so above the preview, and start the keys on the first value to map."""
        self._asking_kinds = True
        self._say_reason()
        announce(self, self.reason.text())
        boxes = self.kinds_box.boxes()
        if boxes:
            boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def problems_now(self) -> list[str]:
        return list(self.preview.problems) if self.preview else ["Nothing has been read yet."]

    def set_field(self, column: int, field: Field) -> None:
        """What choosing ``field`` in the column's box does (tests call it too)."""
        assert self.mapping is not None
        self.mapping = self.mapping.with_field(column, field)
        self._refresh()
        self.changed.emit()

    def set_kind_value(self, value: str, kind: Kind | None) -> None:
        assert self.mapping is not None
        self.mapping = self.mapping.with_kind_value(value, kind)
        self._refresh()
        self.changed.emit()

    def set_fill_down(self, on: bool) -> None:
        """Fill the person column's blanks from the row above, or take that back; the keys
        stay on the button, which now says the other way."""
        assert self.mapping is not None
        self.mapping = self.mapping.with_fill_person_down(on)
        self._refresh()
        self.changed.emit()
        self.fill_offer.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_keep_cells(self, keep: bool) -> None:
        """Keep each cell holding more than one answer as one card, or make each answer a card;
        the keys stay on the choice."""
        assert self.mapping is not None
        self.mapping = answers_mapping(self.mapping, keep_cells=keep)
        self._refresh()
        self.changed.emit()
        (self.split_offer.keep if keep else self.split_offer.split).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def set_header_row(self, row: int | None) -> None:
        assert self.mapping is not None
        self.mapping = self.mapping.with_header_row(row)
        self._refresh()
        self.changed.emit()

    def field_box(self, column: int) -> QComboBox:
        return self.grid.cellWidget(0, column + 1)  # type: ignore[return-value]

    def kind_box(self, value: str) -> QComboBox | None:
        return self.kinds_box.box(value)

    # -- drawing -------------------------------------------------------------------------------
    def _heading_chosen(self) -> None:
        self.set_header_row(self.heading_box.currentData())

    @keeps_ring  # the boxes are made anew: the one with the keys, and its ring, goes
    def _refresh(self) -> None:
        assert self.table is not None and self.mapping is not None
        # answers that start with their question ("What is working? - …"), judged for the
        # heading row as chosen: the question may give the kind, and is taken off
        self.mapping = with_asked(self.table, self.mapping)
        asked_said = self.asked.text()  # said as it appears, as the offers are
        self.asked.setText(asked_note(self.table, self.mapping))
        self.asked.setVisible(bool(self.asked.text()))
        self.preview = make_preview(self.table, self.mapping, limit=_ROWS_SHOWN)
        person = self._person_column()
        rows = self.table.rows[:max(_HEADING_CHOICES, self.mapping.first_data_row + _ROWS_SHOWN)]
        shown = rows[self.mapping.first_data_row:]
        # and the names of a left-out "Client name" or "Worker" column, as the import reads them
        self.words.read_names([
            *(r[person] for r in shown if person is not None and person < len(r)),
            *names_in_columns(shown, left_out_name_columns(self.table, self.mapping))])
        self.words.hid_any = False
        self._fill_headings()
        self.heading_box.setCurrentIndex(max(0, self.heading_box.findData(self.mapping.header_row)))
        self.layout_label.setText(LAYOUT_WORDS[self.mapping.layout])
        focused = self._focused_box()
        fill_grid(self.grid, self.preview, self.words, person=self._person_column(),
                  chosen=self.set_field)
        keep_rows(self.grid, _ROWS_KEPT)
        self._fill_kind_values(self.preview)
        self._order_tabs()
        self._refocus(focused)
        self._say_source()
        self._say_reason()
        for offer in (self.person_offer, self.fill_offer):  # said as each appears or changes
            said = offer.text()
            offer.fill(self.table, self.mapping, self.words)
            if offer.text() and offer.text() != said:
                announce(self, offer.text())
        split_offer, said = self.split_offer, self.split_offer.text()
        split_offer.fill(self.table, self.mapping)
        if split_offer.text() and split_offer.text() != said:  # and which way is chosen
            chosen = split_offer.keep if split_offer.keep.isChecked() else split_offer.split
            announce(self, f"{split_offer.text()} {chosen.accessibleName()}, chosen.")
        if self.asked.text() and self.asked.text() != asked_said:
            announce(self, self.asked.text())
        # the clashing columns named as the grid's headings show them
        stops = self.mapping.problems([self.words.text(n) for n in self.preview.column_names])
        problems = "\n".join(f"⚠ {p}" for p in stops)  # no cell in them
        if problems and problems != self.problems.text():  # said as it appears on screen
            announce(self, problems.replace("⚠ ", ""))
        self.problems.setText(problems)
        self.problems.setVisible(bool(self.preview.problems))

    def _use_person(self, column: int) -> None:
        """The offered column becomes the person; the keys go to its box, which says so."""
        self.set_field(column, Field.PERSON)
        self.field_box(column).setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, f"{self.field_box(column).accessibleName()}: Person.")

    def _person_column(self) -> int | None:
        assert self.mapping is not None
        return next(iter(self.mapping.columns(Field.PERSON)), None)

    def _say_source(self) -> None:
        assert self.table is not None and self.mapping is not None
        self.source_label.setText(source_text(self.table, self.mapping, self.words))
        passed = passed_over_text(self.table, self.words)  # a far cell kept a sheet unread
        self.passed_label.setText(passed)
        self.passed_label.setVisible(bool(passed))

    def _say_reason(self) -> None:
        assert self.preview is not None
        text = (reason_text(list(self.preview.skips.unknown), self.words)
                if self._asking_kinds else "")
        self.reason.setText(text)
        self.reason.setVisible(bool(text))

    def _fill_sheets(self) -> None:
        table = self.table
        assert table is not None
        several = len(table.sheet_names) > 1
        self.sheet_box.clear()
        for sheet in table.sheet_names:  # "Mrs Jones" reads "[name]": the screen may be shown
            hidden = " (hidden)" if sheet in table.hidden_sheets else ""
            self.sheet_box.addItem(self.words.sheet(sheet) + hidden, sheet)
        self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(table.sheet)))
        self.sheet_box.setVisible(several)
        self.sheet_label.setVisible(several)

    def _fill_headings(self) -> None:
        """The rows offered as the heading row, with the names below the headings hidden."""
        assert self.table is not None and self.mapping is not None
        person, first = self._person_column(), self.mapping.first_data_row
        self.heading_box.clear()
        self.heading_box.addItem("No heading row", None)
        for index, row in enumerate(self.table.rows[:_HEADING_CHOICES]):
            cells = " · ".join(
                self.words.person(cell) if index >= first and column == person
                else self.words.text(cell) for column, cell in enumerate(row) if cell)
            cells = cells if len(cells) <= 60 else f"{cells[:59]}…"  # cut, and seen to be
            self.heading_box.addItem(f"Row {index + 1}: {cells}" if cells else
                                     f"Row {index + 1} (blank)", index)

    def _focused_box(self) -> str | int | None:
        """The kind value (str) or the column (int) whose box has the keys: the change about
        to be drawn makes every box anew."""
        widget = self.focusWidget()
        if not isinstance(widget, QComboBox) or not self.isAncestorOf(widget):
            return None
        if widget.property("kind_value") is not None:
            return str(widget.property("kind_value"))
        columns = range(self.grid.columnCount() - 1)
        return next((c for c in columns if self.field_box(c) is widget), None)

    def _refocus(self, focused: str | int | None) -> None:
        """The keys stay on the box just changed (choosing with the arrows left them
        nowhere, and the next Tab started again from the top)."""
        if isinstance(focused, str):
            box = self.kind_box(focused)
        elif isinstance(focused, int) and focused < self.grid.columnCount() - 1:
            box = self.field_box(focused)
        else:
            return
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _order_tabs(self) -> None:
        """Tab goes down the step as it reads: sheet, headings, the grid, the box above each
        column, then the kind values (the boxes are made anew on each change, so they would
        otherwise come last, after Import and Cancel)."""
        chain = [self.sheet_box, self.heading_box, self.grid]
        chain += [self.field_box(c) for c in range(self.grid.columnCount() - 1)]
        chain += self.kinds_box.boxes()
        chain += [self.person_offer.button, self.fill_offer.button, self.split_offer.split,
                  self.split_offer.keep]
        for before, after in pairwise(w for w in chain if w is not None):
            QWidget.setTabOrder(before, after)

    def _fill_kind_values(self, preview: Preview) -> None:
        assert self.mapping is not None
        kind_column = next(iter(self.mapping.columns(Field.KIND)), None)
        if kind_column != self._asked_for:
            self._asked, self._asked_for = [], kind_column
        for value in preview.unknown_kind_values:
            if value not in self._asked:
                self._asked.append(value)
        self.kinds_box.fill(self._asked, self.mapping.kind_values, self.words)
