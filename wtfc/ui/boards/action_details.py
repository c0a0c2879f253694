"""The chosen action's columns that are a scroll to the right, shown whole under the Plan and
Act boards' list.

On a 1366x768 laptop Act's list keeps the action, its date, its status, the note and the owner
in view (``plan_columns.fit_columns``); what it answers, its first step and how we'll know
were a scroll to the right, and scrolling there hid the action being talked about. The
facilitator goes through the actions one at a time with the room, so the chosen one's hidden
columns are set out here, label beside words, two or three to a line: nothing to scroll. Where
every column is in view (1920x1080) the panel is not shown.

A column in view but cut at the list's edge is set out here too: at 1024x768 with a 150% font
Act's own "What has happened so far" was cut at "Not checked y", and Plan's "By when". There
the panel's words took 263 px and left the list 147, less than the chosen action's row: the
panel is now never taller than leaves the list its chosen row (``set_most``), and scrolls
inside itself beyond that (a Tab stop then, so the keys can scroll it too).

An action dated before the workshop says so under its words in its row ("⚠ By 1 Oct 2026 is
before this workshop (12 Nov 2026)."), its last line: at 16 pt on Act at 1366x768 the row was
taller than the list, the line was cut at the list's foot and no key brought it in, so a
sighted keyboard user saw "⚠ Late" and never why. The panel says it too, first, while that
action is chosen (shown for it alone, no column a scroll away, only if the row cannot fit).

A screen reader reads each field as "First step: Talk to the community transport scheme…":
the column's name had been the words' accessible name, which a reader says instead of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.boards.folding_label import SHORT_LINES, FoldingLabel, FoldWhenShort
from wtfc.ui.boards.plan_columns import COLUMNS, EARLY_MARK, EARLY_ROLE, THEME_COLUMN, PlanTree
from wtfc.ui.boards.plan_columns import _longest_word as longest_word
from wtfc.ui.boards.plan_rows import WHOLE_ROLE
from wtfc.ui.boards.summary_said import describe
from wtfc.ui.breakable_words import BreakingLabel
from wtfc.ui.style import MUTED_INK, palette_ink, ui_font, warning_look
from wtfc.ui.wrapped_list import WrappedColumnsDelegate

if TYPE_CHECKING:
    from wtfc.ui.focus_frame import RingFrame

# the columns a scroll away (or cut) in this order, each with the words it shows when empty
SHOWN = {"What": "", "What has happened so far": "Nothing written yet", "By when": "To be agreed",
         "Status": "", "Answers": "", "Owner": "Owner to be agreed",
         "First step": "Not written yet", "How we'll know": "Not written yet"}
NOTHING_CHOSEN = "Choose an action (↑ ↓) to see these for it."
# said first in the board's summary while the panel is aside (``say_summary``)
ASIDE_NOTE = "The chosen action's other columns: → scrolls the list to them."
NARROW = 900  # below this many px wide, two fields to a line (else up to four side by side)
MOST_ACROSS = 4
NO_MOST = 16_777_215  # Qt's largest widget size: no cap


def cut_columns(tree: PlanTree) -> tuple[str, ...]:
    """The columns in view with a word wider than the column, drawn cut ("Head of
    Commissioni…" in Plan's Owner at 1024x768): any row's, so the panel's fields stay put as
    the facilitator goes from action to action."""
    delegate = tree.itemDelegate()
    if not isinstance(delegate, WrappedColumnsDelegate):
        return ()
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    cut = []
    for name in tree.in_view:
        column = COLUMNS.index(name)
        if column and column != THEME_COLUMN:  # these two wrap their own way, whole words
            inside = delegate.text_width(option, tree.header().sectionSize(column))
            if longest_word(tree, column) > inside:
                cut.append(name)
    return tuple(cut)


class ActionDetails(QScrollArea):
    """``show_fields(names, values)``: the fields ``names`` (those a scroll away) with the chosen
    action's ``values`` (by column name; None: no action chosen). Hidden while ``names`` is
    empty. As tall as its words need, up to ``set_most``; it scrolls beyond that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Chosen action's other columns")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop only while it scrolls
        inside = QWidget()
        self._outer = QVBoxLayout(inside)
        self._outer.setContentsMargins(8, 6, 8, 6)
        self._outer.setSpacing(6)
        # the chosen action's "before this workshop" line, whole: its row's last line is cut
        # where the row is taller than the list
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        warning_look(self.note)
        self.note.hide()
        self._outer.addWidget(self.note)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._outer.addLayout(self._grid)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self.setWidget(inside)
        self.names: tuple[str, ...] = ()
        self.labels: dict[str, QLabel] = {}  # each field's words, by column name
        self.titles: list[QLabel] = []  # each field's name, in the order of ``labels``
        self._folded = False
        self._aside = False  # out of the way of a chosen row it would cut (``fit_under``)
        # the board's summary, which says where the fields went while the panel is aside
        self.summary: tuple[FoldingLabel, FoldWhenShort] | None = None
        self._summary_words = self._said_words = ""
        self.described: QWidget | None = None  # the list: it says the summary to a reader
        self._wide: bool | None = None
        self._across = 1  # fields side by side
        self._most = NO_MOST
        self._ring: RingFrame | None = None  # the app's focus ring, made at the first Tab here
        self.hide()

    def show_fields(self, names: tuple[str, ...], values: dict[str, str] | None,
                    note: str = "") -> None:
        """``note``: the chosen action's "before this workshop" words ("": none)."""
        names = tuple(name for name in SHOWN if name in names)
        if names != self.names or self._wide != (self.width() >= NARROW):
            self.names = names
            self._build()
        before = [self.note.text(), *(label.text() for label in self.labels.values())]
        self.note.setText(f"{EARLY_MARK}{note}" if note else "")
        self.note.setVisible(bool(note))
        self.setVisible(self._wanted() and not self._aside)
        for i, (name, label) in enumerate(self.labels.items()):
            if values is None:  # a lane is chosen: the first field says how to see them
                text = "" if i else NOTHING_CHOSEN  # the rest folded (_fold)
                label.setText(text)
                label.setAccessibleName(f"{name}: {text}" if text else name)
            else:
                text = values.get(name, "") or SHOWN[name] or "—"
                label.setText(text)
                label.setAccessibleName(f"{name}: {text}")
        self._fold(values is None)
        if [self.note.text(), *(label.text() for label in self.labels.values())] != before:
            self.verticalScrollBar().setValue(0)  # another action's words: from their start
        self._fitted()

    def show_chosen(self, tree: PlanTree, chosen: bool) -> None:
        """The columns of ``tree``'s chosen row (``chosen``: an action, not a lane) that are
        not in view whole."""
        cut = cut_columns(tree)
        away = tuple(name for column, name in enumerate(COLUMNS)
                     if (name not in tree.in_view or name in cut)
                     and not tree.isColumnHidden(column))
        item = tree.currentItem() if chosen else None
        early = item.data(0, EARLY_ROLE) if item is not None else None
        self.show_fields(away, None if item is None else {
            name: item.data(column, WHOLE_ROLE) if column == THEME_COLUMN else item.text(column)
            for column, name in enumerate(COLUMNS)},
            early if early and (away or self._cut(tree)) else "")
        self.fit_under(tree)

    def _cut(self, tree: PlanTree) -> bool:
        """The chosen row is taller than the list would be without the panel: its foot, the
        early note, cannot come into sight. (Else, with every column in view, the panel is not
        shown for the note alone: the list would shrink and grow going by that action.)"""
        item = tree.currentItem()
        if item is None:
            return False
        board = self.parentWidget()
        layout = board.layout() if board is not None else None
        gap = max(layout.spacing(), 0) if layout is not None else 0
        room = tree.viewport().height() + (self.height() + gap if self.isVisible() else 0)
        return tree.visualItemRect(item).height() > room

    def _wanted(self) -> bool:
        """Something to show: a column a scroll away, or the chosen action's early note."""
        return bool(self.names) or not self.note.isHidden()

    def _fold(self, folded: bool) -> None:
        # nothing chosen: one line, the hint. The empty fields' names at 16 pt / 125% took as
        # much height as the list, which then showed no action at all
        self._folded = folded
        for i, (title, words) in enumerate(zip(self.titles, self.labels.values(), strict=True)):
            title.setVisible(not folded)
            words.setVisible(not folded or i == 0)
        if self.labels:  # the hint spans the panel: in its first field's cell it took 2 lines
            first = next(iter(self.labels.values()))
            self._grid.removeWidget(first)
            self._grid.addWidget(first, 1, 0, 1, self._across if folded else 1,
                                 Qt.AlignmentFlag.AlignTop)

    def fit_under(self, tree: PlanTree) -> None:
        """No taller than leaves ``tree`` (the list above, sharing the height with the panel)
        room for its chosen row whole; a row taller than that room has its top in sight. On a
        short board (under ``SHORT_LINES`` lines of text high) no taller than a third of it,
        and out of the way while that alone makes the chosen row whole: at 16 pt on a
        1366x768 laptop at 125% Act's first action, eight lines, was cut under the panel's
        three, the panel at its least. The chosen row's lane heading ("Commissioners (3)") is
        given room too where the row is first in its lane and the panel keeps what it needs:
        room for the row alone scrolled the heading wholly away (1366x768 at 16 pt)."""
        if not self._wanted():
            return
        item = tree.currentItem()
        row = tree.visualItemRect(item).height() + 1 if item is not None else 0
        lane = item.parent() if item is not None else None
        heading = (tree.visualItemRect(lane).height()
                   if lane is not None and lane.child(0) is item else 0)
        chrome = tree.height() - tree.viewport().height()  # the header, a scroll bar, the frame
        line = self.fontMetrics().lineSpacing()
        least = 3 * line  # a name and two lines of its words
        board = self.parentWidget()
        layout = board.layout() if board is not None else None
        gap = max(layout.spacing(), 0) if layout is not None else 0
        shared = tree.height() + (0 if self.isHidden() else self.height() + gap)
        most = shared - gap - chrome - row  # the panel's height, were the row whole
        tall = board.height() if board is not None else SHORT_LINES * line
        short = tall < SHORT_LINES * line
        aside = short and most < least and row <= shared - chrome
        if self.summary is not None and self.summary[0].hasFocus():
            # read whole on focus, the summary grew over the list: the panel came back and cut
            # the chosen row, and the note went, until the next Tab. Decided again as it folds
            aside = self._aside
        if aside != self._aside:
            self._aside = aside
            self.setVisible(not aside)
            self.say_summary()  # nothing on screen said where the fields went

        def panel(room: int) -> int:  # the panel's height, given ``room``
            return max(least, min(room, tall // 3) if short else room)

        # the heading over a lane's first action too, unless that takes the panel below its
        # least, or makes words that fitted whole scroll (1366x768 at 150%: by 7 px)
        if most - heading >= least and not panel(most - heading) < self.content_height() \
                <= panel(most):
            most -= heading
        self.set_most(panel(most))

    def say_summary(self, words: str | None = None, said: str | None = None) -> None:
        """The board's summary: ``words`` (else the last), led by ``ASIDE_NOTE`` while the
        panel is aside (first, so the summary's one folded line shows it). The list is
        described with ``said`` (the words less their keys, which the list's tip says)."""
        if words is not None:
            self._summary_words = words
            self._said_words = words if said is None else said
        note = f"{ASIDE_NOTE} " if self._aside and self.names else ""
        if self.summary is not None:
            label, fold = self.summary
            label.setText(note + self._summary_words)
            fold.follow()
        if self.described is not None:  # as the wall says its what-to-do line
            describe(self.described, note + self._said_words)

    def set_most(self, height: int) -> None:
        """Never taller than ``height`` px: the words scroll inside beyond it."""
        if height != self._most:
            self._most = height
            self._fitted()

    def content_height(self, width: int | None = None) -> int:
        """How tall the panel would be to show every field whole at ``width`` (its own)."""
        frame = 2 * self.frameWidth()
        across = (self.width() if width is None else width) - frame
        return self._outer.totalHeightForWidth(across) + frame

    def _fitted(self) -> None:
        self._tab_stop()
        # the box layout asks heightForWidth, which the scroll area does not pass on itself
        self.updateGeometry()

    def _tab_stop(self) -> None:
        # its words past its foot, whether capped by set_most or squeezed by the board
        scrolls = self.isVisible() and self.content_height() > min(self.height(), self._most)
        # reached by Tab only (the mouse has the wheel): focused, it is always ringed
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if scrolls else Qt.FocusPolicy.NoFocus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._ring is None:  # not a kind the app's ring goes round: its own, the same look
            from wtfc.ui.focus_frame import RingFrame

            self._ring = RingFrame()
        self._ring.setWidget(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._ring is not None:
            self._ring.setWidget(None)  # type: ignore[arg-type]  # None: hidden

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(self.content_height(width), self._most)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self._most, self.sizeHint().height()))

    def _build(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # deleted later: until then it would show under the new labels
                widget.deleteLater()
        self.labels = {}
        self.titles = []
        self._wide = self.width() >= NARROW
        across = min(len(self.names), MOST_ACROSS) if self._wide else 2
        self._across = across
        for i, name in enumerate(self.names):
            row, column = divmod(i, across)
            title = QLabel(name)
            title.setFont(ui_font(10, bold=True))
            # wraps inside an e-mail address or a link: its whole width had pushed the fields
            # beside it past the window's edge (there is no scroll bar across)
            words = BreakingLabel()
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(title, 2 * row, column)
            self._grid.addWidget(words, 2 * row + 1, column, Qt.AlignmentFlag.AlignTop)
            # shown now, not by Qt a beat later: a hidden label has no height for its width,
            # so the grid had none and the panel asked for 1 px (Act's first action, 1366x768
            # at 150%, whose columns had changed: its four fields unseen and no Tab stop)
            title.show()
            words.show()
            self.labels[name] = words
            self.titles.append(title)
        for column in range(MOST_ACROSS):
            self._grid.setColumnStretch(column, 1 if column < across else 0)
        self._ink_titles()

    def _ink_titles(self) -> None:
        # the window's own text where a dark desktop made #4A4A4A 1.8:1 on its ground
        ink = palette_ink(MUTED_INK, QPalette.ColorRole.Window, text=QPalette.ColorRole.WindowText)
        for title in self.titles:
            if title.styleSheet() != (look := f"color: {ink.name()}"):
                title.setStyleSheet(look)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the desktop turned dark, or back
            self._ink_titles()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._tab_stop()  # its words wrapped at another width may fit now, or not
        if self.names and self._wide != (self.width() >= NARROW):
            texts = {name: label.text() for name, label in self.labels.items()}
            names = {name: label.accessibleName() for name, label in self.labels.items()}
            self._build()
            for name, text in texts.items():
                self.labels[name].setText(text)
                self.labels[name].setAccessibleName(names[name])
            self._fold(self._folded)
            self._fitted()
