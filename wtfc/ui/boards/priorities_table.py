"""The Prioritise board's table: its filter by kind, and its keys (Enter after a number moves
down, as in a spreadsheet; + - Space and Alt+arrows act before an editor would take them).

Rows stay where they are while votes are typed and priorities chosen, so the row under the
keyboard never jumps away. While that leaves them out of the heading's order ("#1" in the fifth
row) the heading's sort arrow is hidden, since it would say they are sorted; a click on the
heading sorts them again (in the order the arrow had), as does coming back to the board.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
)

from wtfc.model.workshop import Kind
from wtfc.ui.boards.priorities_model import SORT_ROLE, Column, PrioritiesTableModel
from wtfc.ui.date_box import ENGLISH_DATES

THEME_LEAST = 20  # average letters: a few words of a theme a line, not one word a line
THEME_NARROWEST = 12  # average letters Theme gives way to, so that Votes stays in sight
ROWS_IN_SIGHT = 3  # themes in sight at once however large the text
ROW_PAD = 8  # px round a row's lines


class KindFilter(QSortFilterProxyModel):
    """``themes``' rows of one kind (all when ``kind`` is None)."""

    def __init__(self, themes: PrioritiesTableModel) -> None:
        super().__init__()
        self._themes = themes
        self.setSourceModel(themes)
        self.kind: Kind | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # rows stay put while votes are typed in

    def set_kind(self, kind: Kind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange()
        # the rows let back in come in the source's order (no dynamic sort): sorted again, as a
        # choice of what to show is no typing of votes (All kinds had #1 #2 #3 in rows 4-6)
        if self.sortColumn() >= 0:
            self.sort(self.sortColumn(), self.sortOrder())

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.kind is None:
            return True
        theme = self._themes.theme_at(row)
        return theme is not None and theme.kind == self.kind

    def in_order(self) -> bool:
        """Whether the rows shown are still in the order last sorted by (an edit since may have
        put a later one before an earlier one: rows stay put while votes are typed)."""
        column = self.sortColumn()
        if column < 0:
            return True
        rows = [self.mapToSource(self.index(row, column)) for row in range(self.rowCount())]
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return not any(self.lessThan(later, earlier) for earlier, later in pairwise(rows))


MOST_VOTES = 999  # a room's dot votes on one theme; a count already above it is kept
VOTES_RANGE = "Votes are a whole number from 0 to {most}: press Enter to record the count"
TYPE_A_NUMBER = "Votes: type a number and press Enter (+ and − add or take one)"
REASON_KEYS = ("To change the reason, press F2 or double-click it, or Ctrl+R to type in the box "
               "below")


class VotesEditor(QSpinBox):
    """The Votes cell's editor: 0 and up (Qt's own took any int, and −4 was refused unsaid),
    with a refused key said on ``say``. Page Up/Down do nothing: Qt stepped the count by 10,
    and a presenter remote's Next/Previous changed the votes. "." and "b" are no digits: they
    go on to the shortcuts (a remote's Blank key blanks the room view). A key refused is not
    shown ("+6" stood under "Votes are a whole number")."""

    def __init__(self, parent, say: Callable[[str], None] | None) -> None:
        super().__init__(parent)
        self._say = say
        self.setFrame(False)
        self.setRange(0, MOST_VOTES)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.text() in (".", "b")):
            event.ignore()  # not ours: the shortcuts may take it
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.accept()
            return
        typed = event.text()
        chord = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier)
        if not chord and len(typed) == 1 and typed.isprintable() and not self._takes(typed):
            if self._say:
                self._say(VOTES_RANGE.format(most=self.maximum()))
            event.accept()  # refused: not typed either (Qt's validator let "+" in)
            return
        super().keyPressEvent(event)

    def _takes(self, typed: str) -> bool:
        """Whether ``typed`` at the cursor (over the selection) leaves a count in range."""
        line, text = self.lineEdit(), self.text()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        after = text[:start] + typed + text[start + len(line.selectedText()):]
        return all(c in "0123456789" for c in after) and int(after) <= self.maximum()


class OpaqueEditors(QStyledItemDelegate):
    """Editors that paint their own background: the Votes spin box let the cell's old count show
    through its arrow strip, "15" beside a "4" read as 154."""

    def __init__(self, table: VotesTable) -> None:
        super().__init__(table)
        self._table = table
        self.kind_mark_only = False  # a narrow table: "✗", not "✗ Not working" (``fit_theme``)
        # each cell's size as measured, until its model says anything changed: both headers
        # fit their contents, so every relayout (a resize, a column hidden, the page shown)
        # measured every cell again, ~10 look-ups of its data each (80 boards built in a third
        # of the test suite: ~980,000 look-ups)
        self._sizes: dict[tuple, QSize] = {}

    def forget_sizes(self, *_: object) -> None:
        self._sizes.clear()

    def forget_rows(self, top, bottom, *_: object) -> None:
        """Only the rows a dataChanged names are measured again (a vote: one row)."""
        first, last = top.row(), bottom.row()
        for key in [k for k in self._sizes if first <= k[0] <= last]:
            del self._sizes[key]

    def sizeHint(self, option, index) -> QSize:
        table = self._table  # (reading ``option.features`` here crashes PySide 6)
        key = (index.row(), index.column(), option.rect.width(), option.font.key(),
               table.wordWrap(), self.kind_mark_only, id(table.style()))
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if self.kind_mark_only and index.column() == Column.KIND:
            option.text = option.text.split(" ", 1)[0]  # the symbol: the kind without colour

    def createEditor(self, parent, option, index):
        if index.column() == Column.VOTES:
            editor = VotesEditor(parent, self._table.say)
            # never cut a count already recorded above it
            editor.setMaximum(max(MOST_VOTES, int(index.data(Qt.ItemDataRole.EditRole) or 0)))
        else:
            editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAutoFillBackground(True)
        return editor


class VotesTable(QTableView):
    """A table where Enter after typing a number moves down, as in a spreadsheet.

    + - Space and Alt+arrows are handled here, before the table would start an editor with them.
    """

    def __init__(self) -> None:
        super().__init__()
        # Latin digits, as the count boxes: the Votes editor (Qt's own spin box, which takes
        # its locale from here) read "١٤" on an ar-SA laptop beside "39 votes recorded"
        self.setLocale(ENGLISH_DATES)
        self.setItemDelegate(OpaqueEditors(self))
        self.keys: dict[tuple[int, bool], Callable[[], object]] = {}
        self.say: Callable[[str], None] | None = None  # a key that edits nothing, said why
        self.horizontalHeader().sectionPressed.connect(self._on_heading_pressed)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def setModel(self, model) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, OpaqueEditors):  # its cells measured afresh after any change
            delegate.forget_sizes()
            model.dataChanged.connect(delegate.forget_rows)
            for signal in (model.headerDataChanged, model.layoutChanged,
                           model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.rowsMoved, model.columnsInserted, model.columnsRemoved):
                # before the view's and the headers' own slots (``setModel``): they measure
                signal.connect(delegate.forget_sizes)
        super().setModel(model)
        for signal in (model.dataChanged, model.layoutChanged, model.modelReset,
                       model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_arrow_if_sorted)
        self._show_arrow_if_sorted()

    def _show_arrow_if_sorted(self, *_: object) -> None:
        model, header = self.model(), self.horizontalHeader()
        sorted_ = not isinstance(model, KindFilter) or model.in_order()
        if sorted_ and isinstance(model, KindFilter) and model.sortColumn() >= 0 and (
                header.sortIndicatorOrder() != model.sortOrder()):
            # the rows' own order: a press on the hidden arrow released off it had flipped it
            with QSignalBlocker(header):
                header.setSortIndicator(model.sortColumn(), model.sortOrder())
        header.setSortIndicatorShown(sorted_)
        header.setToolTip("" if sorted_ else
                          "The rows stay where they are while votes are typed: click a "
                          "heading to sort them again")

    def _on_heading_pressed(self, column: int) -> None:
        """A click on the hidden arrow's heading sorts in the order it had: Qt would flip it,
        and "Priority" would put the last priority first."""
        header, model = self.horizontalHeader(), self.model()
        if (not header.isSortIndicatorShown() and isinstance(model, KindFilter)
                and column == model.sortColumn()):
            # from the rows' order, not the arrow's: a press released off the heading (no click,
            # no sort) has already flipped that
            flipped = Qt.SortOrder.DescendingOrder \
                if model.sortOrder() == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
            with QSignalBlocker(header):  # (no sort now: the release flips it back, and sorts)
                header.setSortIndicator(column, flipped)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:  # the table's, or a scroll bar came or went
            self.fit_theme()
            self.cap_rows()
        return super().viewportEvent(event)

    def cap_rows(self) -> None:
        """Each row at most the whole lines that fit in a third of the table's height (one at
        least): at 16 pt on a 1366x768 laptop at 125% theme #1 took five lines, the whole
        table. A name cut so ends in "…"; its tooltip and a screen reader have it whole."""
        rows, line = self.verticalHeader(), self.fontMetrics().lineSpacing()
        height = self.viewport().height()
        lines = max(1, (height // ROWS_IN_SIGHT - ROW_PAD) // line)
        header = self.horizontalHeader()
        if header.count() > Column.REASON and header.isSectionHidden(Column.REASON):
            # Theme under two floors (``fit_theme``), down to its narrowest: a line is a word or
            # two, and themes #1 and #2 both read "I am not …" at 16 pt on a 1366x768 laptop at
            # 125%. Two lines then, fewer rows in sight
            lines = max(lines, min(2, (height - ROW_PAD) // line))
        most = max(lines * line + ROW_PAD, rows.minimumSectionSize())
        if rows.maximumSectionSize() != most:
            rows.setMaximumSectionSize(most)

    def _on_section_resized(self, column: int, *_: int) -> None:
        if column not in (Column.THEME, Column.REASON):  # a count's column grew with its words
            self.fit_theme()
            self.cap_rows()  # the reason column gone or back: two lines a theme or one

    def fit_theme(self) -> None:
        """Theme and "Why it was chosen" share what the counts leave; where that is under two
        floors of ``THEME_LEAST`` letters the reason column goes (the box under the table shows
        the chosen row's) and Theme keeps its floor where it can. At 16 pt on a 1366x768 laptop
        at 125% the Theme column was 75 px: one word a line. Votes, typed in and read back to
        the room, stays in sight: where Theme would be under its floor the Kind column shows
        its symbol alone (its words in its tooltip and to a screen reader), and Theme gives way
        down to ``THEME_NARROWEST`` letters (at 1024x768 with 16 pt Votes was off the right)."""
        header = self.horizontalHeader()
        if header.count() <= Column.REASON:
            return
        letter = self.fontMetrics().averageCharWidth()
        floor = THEME_LEAST * letter
        counts = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in (Column.THEME, Column.REASON) and not header.isSectionHidden(c))
        left = self.viewport().width() - counts
        narrow = left < 2 * floor
        if narrow != header.isSectionHidden(Column.REASON):
            header.setSectionHidden(Column.REASON, narrow)
        delegate = self.itemDelegate()
        if isinstance(delegate, OpaqueEditors):
            # the kind's words cost (an over-estimate while the mark alone shows: no flicker)
            words = max(self.fontMetrics().horizontalAdvance(" " + kind.label) for kind in Kind)
            full_left = left - (words if delegate.kind_mark_only else 0)
            mark_only = narrow and full_left < floor
            if mark_only != delegate.kind_mark_only:
                delegate.kind_mark_only = mark_only
                header.resizeSections()  # Kind to its new contents
                self.viewport().update()
                self.fit_theme()  # with Kind's new width (the same choice again: it ends)
                return
        stretch = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(Column.THEME,
                                    QHeaderView.ResizeMode.Fixed if narrow else stretch)
        if narrow:
            header.resizeSection(Column.THEME, max(THEME_NARROWEST * letter, left))

    def showEvent(self, event) -> None:
        model = self.model()
        if isinstance(model, KindFilter) and not model.in_order():  # back on the board: sorted
            self.sortByColumn(model.sortColumn(), model.sortOrder())
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        handler = self.keys.get((event.key(), alt))
        if handler is not None and self.state() != QAbstractItemView.State.EditingState:
            handler()
            event.accept()
            return
        self._digit_to_votes(event)
        if self._typed_edits_nothing(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def _digit_to_votes(self, event) -> None:
        """A digit typed on any cell of a row goes to that row's Votes, as the heading says
        ("Type a number and Enter to record votes"): the rows are highlighted whole, so which
        cell is current cannot be seen, and after Home (Votes left for the first column) a
        digit was a keyboard search and Enter recorded nothing, unsaid."""
        text, index = event.text(), self.currentIndex()
        others = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                  | Qt.KeyboardModifier.MetaModifier)
        if (self.state() == QAbstractItemView.State.EditingState or len(text) != 1
                or text not in "0123456789" or event.modifiers() & others
                or not index.isValid() or index.column() == Column.VOTES
                or self.isColumnHidden(Column.VOTES)):
            return
        votes = index.siblingAtColumn(Column.VOTES)
        if votes.flags() & Qt.ItemFlag.ItemIsEditable:
            self.setCurrentIndex(votes)  # the key then opens its editor with the digit in it

    def _typed_edits_nothing(self, event) -> bool:
        """A typed key on an editable cell opens its editor only as a digit on Votes: any key
        opened one, in place of the cell, so a presenter remote's Blank ("." or "B") replaced a
        priority's reason with "." and the room view read "Why: .". A letter says how."""
        text, index = event.text(), self.currentIndex()
        if (self.state() == QAbstractItemView.State.EditingState or len(text) != 1
                or not text.isprintable() or text.isspace() or not index.isValid()
                or not index.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        if index.column() == Column.VOTES and text in "0123456789":
            return False
        if text.isalnum() and self.say is not None:
            self.say(TYPE_A_NUMBER if index.column() == Column.VOTES else REASON_KEYS)
        return True

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
