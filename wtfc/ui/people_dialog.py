"""People… on Collect: every person (a code, never a name) with their cards counted and their
coarse tags, which the facilitator sees, sorts and sets in place. A tag set with several people
chosen is set for them all, as one undo step. "Show cards with this tag" filters the cards;
"Show this person's cards" filters them to the current row's code only, and "Remove this
person…" takes a person who withdrew out, asked first (``ui.remove_person``); "Take off people
with no cards" clears the rows no card is from (a new cycle's last-time codes), not as withdrawn.

A tag is coarse ("North", "75-84"): words that look like a name or an address are pointed out
as they are typed, as the board's typing boxes do, without stopping the facilitator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.typed_details import detail_quote
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.cardless_people import TAKE_OFF, take_off_people_without_cards
from wtfc.model.operations.people import TAG_NAMES, set_person_tag
from wtfc.model.operations.withdraw import plan_remove_person, remove_person
from wtfc.ui.boards.common import RefusalNotice, announce, follow_document, local_action, push_edit
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.people_editors import PeopleDelegate
from wtfc.ui.people_filter import PERSON
from wtfc.ui.people_table import Column, PeopleModel
from wtfc.ui.people_table_view import WIDTHS, PeopleTableView
from wtfc.ui.style import font_scale, ui_font, warning_look
from wtfc.ui.typed_detail_hint import HINT_TITLE
from wtfc.ui.undo import UndoAdapter

ADVICE = (
    "A person's tags are coarse (an area, an age band): if these words could identify "
    "someone, change them."
)


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
        # a flick to see more chose every person it passed, for a tag to be set for them all
        ItemFingers(self.table)
        delegate = PeopleDelegate(doc, self._on_typing, self.table)
        delegate.too_long_said = lambda said: self.notice.say(said)  # (made below)
        self.table.setItemDelegate(delegate)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # no fixed accessible name: named "Possible personal detail", a screen reader heard
        # neither which tag nor the words; it reads the line's own text
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self.hint)
        self.hint.hide()
        self.done_line = QLabel()  # what the last edit did, so a change to many is seen
        self.done_line.setWordWrap(True)
        self.done_line.setTextFormat(Qt.TextFormat.PlainText)  # the step quotes a tag as typed
        self.done_line.hide()
        self._said_at = -1  # the undo step the line speaks of; another step hides it
        self._hint_said: tuple[str, frozenset[str]] | None = None  # the tag and kinds last said
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
        self.person_button = QPushButton("Show this &person's cards")
        self.person_button.setToolTip("Close this and show only the chosen person's cards on "
                                      "Collect (that code exactly)")
        self.person_button.clicked.connect(lambda *_: self.show_person_cards())
        self.remove_button = QPushButton("&Remove this person…")
        self.remove_button.setToolTip(
            "The person withdrew: take out all their cards and their row with its tags, as "
            "one step (asked first; Undo brings them back)"
        )
        self.remove_button.clicked.connect(lambda *_: self.remove_person())
        self.take_off_button = QPushButton(f"&{TAKE_OFF}")
        self.take_off_button.setToolTip(
            "Take every row no card is from off People, as one step: last time's codes that a "
            "sheet with names could not match, or people whose cards are gone. Not recorded "
            "as people who withdrew; Undo brings them back"
        )
        self.take_off_button.clicked.connect(lambda *_: self.take_off_people())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        actions = (self.show_button, self.person_button, self.remove_button)
        # Enter is the table's (Escape closes)
        for button in (*actions, self.take_off_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.done_line)
        layout.addWidget(self.notice)
        # a row of its own: beside the others the buttons were wider than a 1366x768 laptop
        # at 150% (911 wide), and it is about all the rows, not the chosen one
        row = QHBoxLayout()
        row.addWidget(self.take_off_button)
        row.addStretch(1)
        layout.addLayout(row)
        # the three wrap onto two rows where the window is narrow: in one row they and Close
        # were 1172 px wide at 16 pt, Close off a 1024 px screen; Close stays at the right
        flow = FlowLayout()
        for action in actions:
            flow.addWidget(action)
        foot = QHBoxLayout()
        foot.addLayout(flow, 1)
        foot.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(foot)
        # Tab as the eye reads: the row above, the buttons left to right, Close last
        chain = (self.table, self.take_off_button, *actions, close)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        # the window's Undo keys do not reach a dialog: these do the same, on the same stack
        local_action(self, "Undo", "Ctrl+Z", undo.stack.undo)
        local_action(self, "Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], undo.stack.redo)
        follow_document(self, doc, on_parts=self.model.parts_changed, on_reset=self.model.reload)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._refresh())
        self.model.dataChanged.connect(lambda *_: self._refresh())
        self.model.modelReset.connect(lambda *_: self._refresh())  # a person removed or back
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.VOICE))
        self.table.setFocus()
        self._fit(parent)
        self._refresh()

    def _fit(self, parent: QWidget | None) -> None:
        """As wide as its columns and some (a service type is often long), within the window
        (a 1366x768 laptop at 150% is 911x512)."""
        shown = [width for column, width in WIDTHS.items() if not self.table.isColumnHidden(column)]
        want = round(sum(shown) * font_scale()) + 220
        if parent is not None:
            room = parent.window().size()
            self.resize(min(want, room.width() - 40), min(620, room.height() - 40))
        else:
            self.resize(want, 620)

    # -- editing -------------------------------------------------------------------------------
    def _write(self, row: int, tag: str, value: object) -> bool:
        """The edited person's tag; every chosen person's when the edited one is chosen."""
        if self._going():
            return False
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

    def current_code(self) -> str:
        """The code of the current row ("" when there is none)."""
        row = self.table.currentIndex().row()
        return self.model.person_at(row).id if 0 <= row < self.model.rowCount() else ""

    def show_person_cards(self) -> None:
        """Collect's cards of the current row's person, that code only."""
        code = self.current_code()
        if not code or self._show_cards is None:
            return
        self.accept()
        self._show_cards(code, PERSON)

    def remove_person(self) -> bool:
        """Ask, then take the current row's person out as one step. True when removed."""
        code = self.current_code()
        if not code or self._going():
            return False
        try:
            plan = plan_remove_person(self.doc, code=code)
        except EditRefused as exc:
            self.notice.say(str(exc))
            return False
        from wtfc.ui import remove_person as question

        copies = question.copies_holding(self, plan)
        if not question.ask(self, plan, copies):
            return False
        step, at = self.undo.stack.index(), self.table.currentIndex()
        if not push_edit(self.undo, self.notice, lambda: remove_person(self.doc, code=code)) \
                or self.undo.stack.index() == step:
            return False
        from wtfc.ui.withdrawn_recovery_copies import follow_step, take_out

        # only now, removed: a refused removal left the copies as they were
        follow_step(self.undo.stack, step, take_out(copies))
        if rows := self.model.rowCount():  # the next person is current: the keys go on
            self.table.setCurrentIndex(self.model.index(min(at.row(), rows - 1), at.column()))
        self.done_line.setText(f"{code} was removed. Ctrl+Z takes it back. {question.FOOT}")
        self.done_line.show()
        self._said_at = self.undo.stack.index()
        announce(self, f"{code} was removed. Ctrl+Z takes it back.")
        parent = self.parentWidget()
        if parent is not None:
            question.keep_said_at_foot(parent.window(), self.undo)
        return True

    def take_off_people(self) -> bool:
        """Take the people with no cards off People as one step. True when done."""
        if self._going():
            return False
        step, at = self.undo.stack.index(), self.table.currentIndex()
        if not push_edit(self.undo, self.notice, lambda: take_off_people_without_cards(self.doc)) \
                or self.undo.stack.index() == step:
            return False
        if rows := self.model.rowCount():  # the keys go on from a row still there
            self.table.setCurrentIndex(self.model.index(min(at.row(), rows - 1),
                                                        max(at.column(), 0)))
        said = f"{self.undo.stack.undoText()}: not recorded as withdrawn. Ctrl+Z takes it back."
        self.done_line.setText(said)
        self.done_line.show()
        self._said_at = self.undo.stack.index()
        announce(self, said)
        return True

    def _going(self) -> bool:
        """Whether the dialog is being freed (with its page): Qt's teardown hides it, and the
        tag editor, losing the keyboard, hands in its words. Recorded then, the edit reached the
        half-freed table and page, and crashed; a tag not finished is left out, as Escape does."""
        return not shiboken6.isValid(self)

    def _on_typing(self, tag: str, words: str) -> None:
        if self._going():
            return
        if tag:
            self._say_detail(tag, words)
        else:  # editing ended: the hint speaks for the current cell again
            self._refresh()

    def _refresh(self) -> None:
        tag, words = self.current_tag()
        self.show_button.setEnabled(bool(words) and self._show_cards is not None)
        code = self.current_code()
        self.person_button.setEnabled(bool(code) and self._show_cards is not None)
        self.remove_button.setEnabled(bool(code) and not self.undo.read_only)
        self.take_off_button.setEnabled(bool(self.model.cardless()) and not self.undo.read_only)
        self._say_detail(tag, words)

    def _say_detail(self, tag: str, words: str) -> None:
        quote = detail_quote(words, tuple(self._names())) if tag and tag != "voice" else ""
        if quote:
            self.hint.setText(f"⚠ {HINT_TITLE} in the {TAG_NAMES[tag]}: {quote}. {ADVICE}")
        self.hint.setVisible(bool(quote))
        # said as it shows or names another tag or kind of detail, as the forms' line is (not
        # at each key while the words quoted change): it appeared with nothing said
        said = (tag, frozenset(re.findall(r"\[[^][]{1,30}\]", quote))) if quote else None
        if said is not None and not self.isVisible():
            return  # opening on it: said at the first key once on screen
        was, self._hint_said = self._hint_said, said
        if said is not None and (was is None or said[0] != was[0] or said[1] - was[1]):
            announce(self, self.hint.text().removeprefix("⚠ "))
