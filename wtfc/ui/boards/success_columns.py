"""The Identify success board's columns: one perspective's statements and its "Add…" box.

Delete, Ctrl+Left / Ctrl+Right and Alt+Up / Alt+Down in a column's list are handed to the board
(``SuccessBoard``), which turns them into undoable edits; the column only shows the statements it
is given. A right-click, the Menu key, Shift+F10 or a finger held still and lifted on a statement
opens a menu of the same edits (``success_menu``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.workshop import Perspective
from wtfc.ui.boards.statement_delegate import StatementDelegate
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.style import INK, MUTED_INK, ui_font
from wtfc.ui.typed_ahead import KEPT_ON_MOVES

if TYPE_CHECKING:
    from wtfc.ui.boards.success import SuccessBoard

# how each voice's statements usually start: staff speak for themselves as well as for their
# service (seed 003's staff said "I get good training and support.")
OPENINGS = {Perspective.OLDER_PEOPLE: ("I",), Perspective.FAMILY_CARERS: (),
            Perspective.STAFF_AND_MANAGERS: ("I", "We"), Perspective.COMMISSIONERS: ("We",)}
# a no-break space: a narrow column's hint wrapped between "“I" and "…”"
HINTS = {p: " or ".join(f"{word}\u00a0…" for word in words) for p, words in OPENINGS.items()}


def quoted_hint(perspective: Perspective) -> str:
    """ "“I …” or “We …”", as a column heads its statements ("" for own words)."""
    return " or ".join(f"“{word}\u00a0…”" for word in OPENINGS[perspective])
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMN_GROUND = QColor("#FAFAF7")
READABLE_WORD = "information"  # a long everyday word: a column shows it whole on a line


class _StatementList(QListWidget):
    """A column's statements; Delete, Ctrl+Left/Right and Alt+Up/Down are handed to the
    board, and a statement's menu offers the same."""

    def __init__(self, board: SuccessBoard) -> None:
        super().__init__()
        self._board = board
        # where each statement stood just before an edit's save refilled the list, and the
        # statement a right press (or long press) was on: a click away from an editor saves
        # it (and the rows change height) before the press itself arrives here
        self._rows_before: list[tuple[QRect, str]] = []
        self._pressed: tuple[str | None] | None = None  # (its statement,) after a right press
        self._finger_on = False
        describe_keys(self, [
            ("Delete", "Success: delete the chosen statement"),
            ("Ctrl+Left or Ctrl+Right", "Success: move the statement to the next column"),
            ("Alt+Up or Alt+Down", "Success: move the statement up or down its column "
                                   "(posters and the room view keep this order)"),
            ("F2", "Success: change the words of the chosen statement"),
            ("Menu or Shift+F10", "Success: the chosen statement's menu (a right-click, or a "
                                  "finger held still and lifted, opens it too)")])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if item is not None and self.state() != QAbstractItemView.State.EditingState:
            statement_id = item.data(ID_ROLE)
            if event.key() == Qt.Key.Key_Menu or (
                    event.key() == Qt.Key.Key_F10
                    and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
                # taken here, so no platform makes a second menu of the key left unused
                self._open_menu(item, None)
                return
            if event.key() == Qt.Key.Key_Delete:
                self._board.delete_statement(statement_id)
                return
            if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self._board.shift_statement(statement_id,
                                            -1 if event.key() == Qt.Key.Key_Left else 1)
                return
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._board.reorder_statement(statement_id,
                                              -1 if event.key() == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)

    def commitData(self, editor: QWidget) -> None:
        """An edit being saved: the rows as the mouse saw them (before the new words change
        their heights), kept only till the events of this moment (the press that saved it)
        are done, or, when a finger's touch saved it, till that finger is lifted."""
        if not self._rows_before:  # the refill closes the editor, which saves again: not then
            self._rows_before = [(self.visualItemRect(item), item.data(ID_ROLE))
                                 for item in map(self.item, range(self.count()))]
            # first of the list's filters (the fingers' takes the touch): sees it land and lift
            self.installEventFilter(self)
            QTimer.singleShot(0, self._forget_rows)
        super().commitData(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.TouchBegin:
            self._finger_on = True
        elif watched is self and event.type() in (QEvent.Type.TouchEnd,
                                                  QEvent.Type.TouchCancel):
            self._finger_on = False  # its long press is made as it lifts: forgotten after
            QTimer.singleShot(0, self._forget_rows)
        return super().eventFilter(watched, event)

    def _forget_rows(self) -> None:
        if not self._finger_on:
            self._rows_before = []
            self.removeEventFilter(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            at = event.position().toPoint()
            # the statement as it stood under the mouse when pressed, not what the refill
            # (the save of an edit this press ended) has put there since
            before = [sid for rect, sid in self._rows_before if rect.contains(at)]
            if self._rows_before:
                self._pressed = (before[0] if before else None,)
            else:
                item = self.itemAt(at)
                self._pressed = (item.data(ID_ROLE) if item is not None else None,)
        elif event.button() == Qt.MouseButton.LeftButton and self._rows_before:
            # a click that saved an edit chooses the statement it was on, not the one the
            # refill has put under it since (Delete would take the one just edited: A34)
            at = event.position().toPoint()
            before = [sid for rect, sid in self._rows_before if rect.contains(at)]
            super().mousePressEvent(event)
            chosen = next((found for found in map(self.item, range(self.count()))
                           if before and found.data(ID_ROLE) == before[0]), None)
            if chosen is not None:
                self.setCurrentItem(chosen)
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click (or a long press) on a statement: its menu, the statement chosen;
        from the keyboard (Windows' Menu key), the chosen statement's."""
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        pressed, self._pressed = self._pressed, None
        item: QListWidgetItem | None
        if keyboard:
            item = self.currentItem()
        elif pressed is not None:  # the press's statement (or none), wherever the refill put it
            item = next((found for found in map(self.item, range(self.count()))
                         if pressed[0] is not None and found.data(ID_ROLE) == pressed[0]),
                        None)
        else:
            item = self.itemAt(event.pos())
        if item is None or self.state() == QAbstractItemView.State.EditingState:
            event.ignore()
            return
        self._open_menu(item, None if keyboard else event.globalPos())

    def _open_menu(self, item: QListWidgetItem, at: QPoint | None) -> None:
        # a menu is rare: its module waits until one is asked for, not loaded at start-up
        from wtfc.ui.boards.success_menu import menu_place, statement_menu

        self.setCurrentItem(item)
        menu = statement_menu(self._board, self, item)
        menu.exec(at if at is not None else menu_place(self, item))
        menu.deleteLater()


class PerspectiveColumn(QFrame):
    """One perspective's statements with a box to add more."""

    def __init__(self, board: SuccessBoard, perspective: Perspective, number: int) -> None:
        super().__init__()
        self.perspective = perspective
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # a fixed pale ground, so its words have fixed dark inks (a dark desktop's are white)
        self.setStyleSheet(f"PerspectiveColumn {{ background: {COLUMN_GROUND.name()}; "
                           "border-radius: 8px; }")
        self.title = title = QLabel(perspective.label)
        title.setFont(ui_font(13, bold=True))
        title.setStyleSheet(f"color: {INK.name()};")
        hint = QLabel(f"Statements starting {quoted_hint(perspective)}" if HINTS[perspective]
                      else "In their own words")
        hint.setStyleSheet(f"color: {MUTED_INK.name()};")
        for label in (title, hint):  # wrapped, a heading no longer sets the board's least width
            label.setWordWrap(True)
        self.list = _StatementList(board)
        self.list.setWordWrap(True)
        self.list.setFont(ui_font(12))
        self.list.setSpacing(6)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        # the last line is not cut; the board's typed-detail line watches its editor's words
        self.delegate = StatementDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(f"{perspective.label}: statements")
        self.list.setToolTip("F2 edits, Delete removes, Ctrl+Left/Right moves to another column, "
                             "Alt+Up/Down moves up or down this one; a right-click (or a finger "
                             "held on a statement) shows these as a menu")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.setAlternatingRowColors(True)  # no item padding: it breaks word wrap
        self.list.itemChanged.connect(
            lambda item: board.edit_statement(item.data(ID_ROLE), item.text()))
        self.entry = QLineEdit()
        # a draft: Redo and History leave its words in it (success_drafts), nothing to ask
        self.entry.setProperty(KEPT_ON_MOVES, True)
        self.entry.setAccessibleName(f"Add a statement: {perspective.label}")
        self.entry.setToolTip(f"Type a statement and press Enter (Alt+{number} comes here)")
        self.entry.setPlaceholderText(f"Add… {HINTS[perspective]}".rstrip())
        self.entry.returnPressed.connect(lambda: board.add_statement(perspective))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.entry)
        self._keep_readable(title)

    def _keep_readable(self, title: QLabel) -> None:
        """Never narrower than a long everyday word on a line of statements, nor than its
        heading's longest word: at 150% on a 1366×768 laptop the columns were ~100 px wide,
        words cut mid-word ("carer", "liste") and "Commissioners would say" clipped."""
        statements = self.list
        option = QStyleOptionViewItem()
        option.font = statements.font()
        margins = 200 - self.delegate.text_width(option, 200)  # round a row's words
        scroll_bar = statements.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent,
                                                    None, statements)
        statements.setMinimumWidth(
            QFontMetrics(statements.font()).horizontalAdvance(READABLE_WORD) + margins
            + 2 * (statements.spacing() + statements.frameWidth()) + scroll_bar)
        heading = QFontMetrics(title.font())
        title.setMinimumWidth(max(heading.horizontalAdvance(w) for w in title.text().split()))

    def fill(self, statements) -> None:
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for statement in statements:
            item = QListWidgetItem(statement.text)
            item.setData(ID_ROLE, statement.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if statement.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)


    def keep_place(self, row: int) -> None:
        """After a delete the keyboard keeps its place: the statement that moved up into the
        row (or the last) is chosen; an emptied column hands the focus to its box."""
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        elif self.list.hasFocus() and self.entry.isEnabled():
            self.entry.setFocus()

def bring_into_sight(area: QScrollArea, box: QWidget) -> None:
    """Scroll the columns sideways so all of ``box``'s width shows (ensureWidgetVisible
    stopped short: the Commissioners box showed 8 px)."""
    bar, board = area.horizontalScrollBar(), area.widget()
    if not box.hasFocus() or board is None:  # the keyboard has gone on
        return
    left = box.mapTo(board, box.rect().topLeft()).x()
    seen = area.viewport().width()
    if left < bar.value():
        bar.setValue(left)
    elif left + box.width() > bar.value() + seen:
        bar.setValue(left + box.width() - seen)
