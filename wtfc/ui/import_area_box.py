"""The import dialog's "Area (locality) for everyone on this sheet": the care teams' sheets of
a day (North's, South's) often have no locality column, and their people then had none, so the
report's lines by locality and the People filter could not tell the areas apart.

An editable list of the workshop's localities on People, empty by default (as before: the sheet
says). What is typed is checked as People checks a tag (``sheet_area``): held to its length
(a paste cut to it said under it while the box holds the cut text), and a possible personal
detail said under it, never refused ("Newton Heath" is an area). Beside
it, what it does with this sheet: a sheet's own locality column keeps its values. People on
People whose locality it would replace (no card here yet) are named under it before Import
(``show_plan``); a person with cards keeps theirs, and the codes note above says so.
On the confirm page it sits under the summary, in full; on the mapping step, whose preview has
no line to spare, beside Import as "Area:" ("Area where blank:" with a locality column), its
accessible name and description saying the rest (``place_area_box``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from wtfc.importing.building import ImportPlan
from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.sheet_area import area_detail, replaced_note, tidied_area
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.operations.people import TAG_LIMIT, tag_values
from wtfc.ui.announce import announce
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.style import ui_font, warning_look

if TYPE_CHECKING:
    from wtfc.ui.import_dialog import ImportDialog

NAME = "Area (locality) for everyone on this sheet"
LABEL = "Ar&ea (locality) for everyone on this sheet:"
# on a row shared with others (its name and description say the rest): and with a locality
# column, that it fills only its blanks, the sentence beside it on the confirm page
SHORT_LABEL = "Ar&ea:"
BLANKS_LABEL = "Ar&ea where blank:"
PLACEHOLDER = "none (e.g. North)"
SHORT_LETTERS = 10  # the box's width, in letters, on the mapping step's shared row
# said while the box holds what was cut (a paste, typing on at the end), not only as it stops:
# the check after each edit wiped it at once, and a pasted area went in cut unsaid
TOO_LONG_SAID = (f"⚠ That was too long: a locality holds at most {TAG_LIMIT} characters, so "
                 f"only its first {TAG_LIMIT} are in the box. Check them before Import.")


class AreaBox(QWidget):
    """``changed`` fires when the area the box holds is another than when it last fired (the
    typing finished, or one chosen from the list)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a choice, not a new item
        self.box.setAccessibleName(NAME)
        self.box.setToolTip("The area (locality) of everyone on this sheet, given on People to "
                            "each of its people whose rows give none: an area, never an "
                            "address. Empty: none")
        self.box.setMinimumContentsLength(SHORT_LETTERS)
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = self.box.lineEdit()
        assert line is not None  # (editable)
        line.setMaxLength(TAG_LIMIT)  # as People's tag editor: said as it stops, not cut unsaid
        line.setPlaceholderText(PLACEHOLDER)
        line.inputRejected.connect(self._on_cut)
        line.textEdited.connect(lambda _text: self._check())
        line.editingFinished.connect(self._finished)
        line.installEventFilter(self)  # Enter on a new area: its words first, Import next
        self.box.installEventFilter(self)  # (the box takes the focus for its line)
        self.box.textActivated.connect(lambda _text: self._finished())
        self.label = label = QLabel(LABEL)
        label.setBuddy(self.box)  # Alt+E
        self.about = QLabel()  # with a locality column: that it fills only the blanks
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.said = QLabel()  # a possible personal detail, too long, people it would replace
        self.said.setWordWrap(True)
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self.said, padding="4px 6px")
        self.said.setVisible(False)
        for widget in (label, self.about, self.said):
            widget.setFont(ui_font(12))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 0, 0)
        layout.addWidget(self.box, 0, 1)
        # a row of its own: beside the box at 16 pt on a 1024-px screen it had 136 px, a word
        # a line (review 36 R8 R3)
        layout.addWidget(self.about, 1, 0, 1, 3)
        layout.addWidget(self.said, 2, 0, 1, 3)
        layout.setColumnStretch(2, 1)
        self._layout: QBoxLayout | None = None  # where it is shown now
        self._short = False  # on a row shared with others
        self._names: tuple[str, ...] = ()
        self._told = ""  # the area when ``changed`` last fired
        self._replaced = ""  # the note on people it would replace, from the last plan
        self._detail_said = ""  # the personal-detail words last said to a screen reader
        self._cut = ""  # the area as the box cut it to a locality's length, until changed

    def place_after(self, widget: QWidget) -> None:
        """Shown next after ``widget`` in its page's layout, in full: on the confirm page,
        under the summary, scrolling with the words on a short screen (the choices under the
        words keep their room)."""
        page = widget.parentWidget()
        layout = page.layout() if page is not None else None
        if isinstance(layout, QBoxLayout):
            self._place(layout, layout.indexOf(widget) + 1, short=False)

    def place_before(self, widget: QWidget) -> None:
        """Shown just before ``widget`` in the row holding it, labelled "Area:" (its accessible
        name and description say the rest): on the mapping step, in the row of Import and the note
        on what Import will skip. A line of its own under the preview took its fourth row at
        150% on a laptop; beside "Headings are in" it ran past a 784-wide dialog's edge."""
        page = widget.parentWidget()
        rows = [page.layout() if page is not None else None]
        while rows:
            row = rows.pop()
            if isinstance(row, QBoxLayout) and row.indexOf(widget) >= 0:
                return self._place(row, row.indexOf(widget), short=True)
            items = [row.itemAt(i) for i in range(row.count())] if row is not None else []
            rows += [item.layout() for item in items if item is not None]
        return None

    def _place(self, layout: QBoxLayout, index: int, *, short: bool) -> None:
        if layout is self._layout:
            return
        if self._layout is not None:
            self._layout.removeWidget(self)  # (not "already in a layout; moved")
        self._layout = layout
        self._short = short
        # in full, its example whole ("none (e.g. Nor…" was all it showed: review 36 R8 M1);
        # the mapping step's shared row has room for a short box only
        self.box.setMinimumContentsLength(SHORT_LETTERS if short else len(PLACEHOLDER) + 2)
        self._relabel()
        grid = self.layout()
        assert grid is not None
        grid.setContentsMargins(0, 0 if short else 10, 0, 0)  # apart from the summary above
        layout.insertWidget(index, self)
        self.show()

    def tab_before(self, widget: QWidget) -> None:
        """Tab reaches the box just before ``widget`` (moved between pages, Qt put it last)."""
        before = widget.previousInFocusChain()
        if before is not None and before is not self.box and not self.box.isAncestorOf(before):
            QWidget.setTabOrder(before, self.box)

    def area(self) -> str:
        """The area as People would keep it ("" for none)."""
        return tidied_area(self.box.currentText())

    def offer(self, doc: Document, table: SourceTable, mapping: ColumnMapping,
              words: ScreenWords, names: Sequence[str] = ()) -> None:
        """A new sheet: the workshop's localities to choose from, and the box empty again (a
        choice for one sheet: the next may be another area's)."""
        self._names = tuple(names)
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItems(tag_values(doc, "locality"))
        self.box.setCurrentIndex(-1)
        self.box.setEditText("")
        self.box.blockSignals(False)
        self._told = self._replaced = self._cut = ""
        self.follow(table, mapping, words)
        self._check()

    def follow(self, table: SourceTable | None, mapping: ColumnMapping | None,
               words: ScreenWords) -> None:
        """Say beside the box what it does with the sheet as ``mapping`` reads it."""
        columns = mapping.columns(Field.PERSON_LOCALITY) if mapping is not None else []
        if table is not None and mapping is not None and columns:
            heading = words.text(column_names(table, mapping)[columns[0]])
            self.about.setText(f"The sheet's “{heading}” column keeps its values: this fills "
                               "only the people it leaves blank.")
        else:  # the label says it: no line more under a short screen's preview
            self.about.setText("")
        self.box.setAccessibleDescription(self.about.text() or self.box.toolTip())
        self._relabel()

    def _relabel(self) -> None:
        """Its label, and the sentence beside it in full (a shared row has no room for it)."""
        blanks = bool(self.about.text())
        self.label.setText(LABEL if not self._short else BLANKS_LABEL if blanks
                           else SHORT_LABEL)
        self.about.setVisible(blanks and not self._short)

    def show_plan(self, plan: ImportPlan) -> None:
        """The import worked out with the area (``CodesNote.worked_out``): the people on People
        whose locality it replaces, named before Import."""
        area = self.area()
        self._replaced = replaced_note(plan.area_replaced, area) if area else ""
        self._check()
        if self._replaced:
            announce(self, self._replaced)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:  # Alt+E: in sight on a scrolling page
            scroll = self.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                scroll.ensureWidgetVisible(self, 0, 0)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) and (
                self.area() != self._told):
            self._finished()  # the page says what this area does; Enter again imports
            return True
        return super().eventFilter(watched, event)

    def _finished(self) -> None:
        self._check()
        if self.area() != self._told:
            self._told, self._replaced = self.area(), ""  # the last plan's words are old now
            self._check()
            self.changed.emit()

    def _on_cut(self) -> None:
        """More than a locality holds was pasted or typed: said, and kept said while the box
        holds the cut text (heard once, as it is cut)."""
        said = self._cut == self.area()
        self._cut = self.area()
        self._check()
        if not said:
            announce(self, TOO_LONG_SAID.removeprefix("⚠ "))

    def _check(self) -> None:
        """What is typed, checked as People checks a typed tag, and the plan's word."""
        if self._cut != self.area():
            self._cut = ""  # changed since it was cut: the facilitator's own now
        detail = area_detail(self.area(), self._names)
        self._say(" ".join(filter(None, [TOO_LONG_SAID if self._cut else "",
                                         f"⚠ {detail}" if detail else "", self._replaced])))
        if detail and detail != self._detail_said and self.isVisible():  # said as it shows
            announce(self, detail)
        self._detail_said = detail

    def _say(self, words: str) -> None:
        self.said.setText(words)
        self.said.setVisible(bool(words))


def place_area_box(dialog: ImportDialog, stage: str) -> None:
    """The dialog's area box where ``stage`` imports: under the confirm page's summary, or on
    the mapping step beside Import (no line of its own: see ``AreaBox.place_before``); Tab
    reaches it before the choice of codes of their own, or before Import."""
    box = dialog.area_box
    if stage == "confirm":
        box.place_after(dialog.confirm_label)
        box.tab_before(dialog.confirm_page.own_codes_box)
    elif stage == "mapping":
        box.place_before(dialog.skip_counted)
        box.tab_before(dialog.import_button)
