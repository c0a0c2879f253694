"""The Review board: open last time's workshop and see what changed (TLAP step 8).

The previous file is only read. The comparison itself is Qt-free (``wtfc.model.compare``).

A change is said in people's terms, with its symbol so it never rests on colour: "▲ More
people said this" rather than "Grew", which on a Not working theme would read like good news.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.compare import WorkshopComparison, same_workshop
from wtfc.model.compare_words import (  # noqa: F401  (review_room and tests use them here)
    action_status_text,
    actions_summary,
    changes_summary,
    priorities_first,
    reviewed_text,
    theme_change_text,
    theme_fates,
)
from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.demo import said_as
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.last_time_order import dated_after, order_line
from wtfc.model.last_time_yardsticks import opening_lines
from wtfc.model.same_file import same_file
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.common import RefusalNotice, follow_document
from wtfc.ui.boards.held_back_boards import follow_held_back
from wtfc.ui.boards.page_tab_order import heading_last
from wtfc.ui.boards.review_compared import shared_comparison
from wtfc.ui.boards.review_fold import FoldedColumnsDelegate
from wtfc.ui.boards.review_last_words import LastTime, LastTimeWordsHint
from wtfc.ui.boards.review_reflection import looking_back_pane
from wtfc.ui.boards.review_rows import (  # noqa: F401  (review_room and tests use them here)
    ACTION_COLUMNS,
    HOW_WE_KNOW_COLUMN,
    STATUS_COLUMN,
    THEME_COLUMNS,
    THEME_NOW_COLUMN,
    action_item,
    list_compared,
    no_themes_text,
    success_item,
    theme_item,
    theme_text,
)
from wtfc.ui.boards.review_split import FoldingLabel, ReviewHeights
from wtfc.ui.boards.summary_said import describe
from wtfc.ui.shared_columns import WORD_MARGIN, Share, SharedColumns
from wtfc.ui.shortcut_help import describe_keys
from wtfc.ui.style import ui_font
from wtfc.ui.undo import UndoAdapter

SINCE_TAB, LOOKING_BACK_TAB = "Since &last time", "Looking &back"
# F1 names the tabs as they are labelled, so the facilitator finds the one it means
_SINCE, _BACK = SINCE_TAB.replace("&", ""), LOOKING_BACK_TAB.replace("&", "")
TAB_KEYS = [("Ctrl+Tab or Ctrl+Shift+Tab", f"Review: go to the other tab ({_SINCE}, {_BACK})"),
            ("Alt+L", f"Review: go to the {_SINCE} tab (last time's themes and actions)"),
            ("Alt+B", f"Review: go to the {_BACK} tab (how this workshop went, the next "
                      f"review)")]


class ReviewBoard(QWidget):
    """Compares this workshop with a previous one: themes that changed, last time's actions.

    ``previous_changed()``: last time's workshop was opened or let go (the room view follows).
    """

    previous_changed = Signal()

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._doc = doc
        self._undo = undo
        self._today = today
        self.previous: Document | None = None
        self.previous_path: Path | None = None
        # the open workshop's own file (the main window says): where the chooser starts, and
        # a file that can never be "last time"
        self.current_path: Callable[[], Path | None] = lambda: None
        self._previous_note = ""  # why part of last time's file was left out (a newer format)
        self._stale = False  # the workshop changed while the board was not on screen
        self._shown: WorkshopComparison | None = None  # the comparison the tables list
        self._hint_names: tuple[str, ...] = ()  # the names the words' warning was found with
        self.setAccessibleName("Review board")
        self._build()
        self._said_order = ""  # the summary's line on dates the wrong way round or the same
        follow_document(self, doc, on_parts=lambda *_: self._on_workshop_changed(),
                        on_reset=self._on_workshop_changed, on_edited=self._on_edited)
        self.refresh()

    def _build(self) -> None:
        title = QLabel("Review: what has changed since last time?")
        title.setWordWrap(True)  # on two lines beside the button at a large font, not cut short
        title.setFont(ui_font(16, bold=True))
        self.open_button = QPushButton("&Open last time's workshop…")  # as its tooltip says
        self.open_button.setAccessibleName("Open last time's workshop")
        self.open_button.setToolTip("Choose last time's .wtfc file to compare with (only read)")
        self.open_button.clicked.connect(self.choose_previous)
        self.summary = FoldingLabel()  # one line on a short window: see review_split
        self.words_hint = LastTimeWordsHint()  # last time's words: the room sees them as kinds
        self.words_hint.show_as_typed.toggled.connect(self._on_show_as_typed)
        # Names and actions share what is left after the short columns, so every column is on
        # screen on a 1366×768 laptop and long text wraps instead of hiding off to the right;
        # at 125% or 150% scaling the change, who (lane and owner) and status wrap first, below a
        # readable width a table scrolls sideways (Qt's own stretch left "Last time's action"
        # 33 px, a word a line).
        # The change, kind, counts, by when and status are short phrases that wrap whole in a
        # folded row (cut to one word, "▲ A…", they helped nobody).
        self.themes = self._tree(THEME_COLUMNS, "Themes: what changed", whole=(0, 1, 3, 4))
        # The share (People then → now) before the cards, the kind wrapping before it: at
        # 1024×768 it was a sideways scroll away, and the change and the theme left the view
        # when it came.
        self.themes.header().moveSection(4, 3)
        share = self.themes.fontMetrics().horizontalAdvance("00 of 00 → 00 of 00") + WORD_MARGIN
        self._theme_widths = SharedColumns(self.themes, {
            0: Share(130, weight=2, fit=True), 1: Share(60, fit=True), 2: Share(220, weight=2),
            4: Share(share, weight=2, fit=True), 5: Share(120, fit=True)})
        actions = self._tree(ACTION_COLUMNS, "Last time's actions and their status",
                             whole=(2, STATUS_COLUMN))
        self._action_widths = SharedColumns(actions, {
            0: Share(220, weight=2), 1: Share(110, fit=True), STATUS_COLUMN: Share(130, fit=True),
            HOW_WE_KNOW_COLUMN: Share(160, weight=2), THEME_NOW_COLUMN: Share(220, weight=2)})
        self.action_tree = actions  # not `actions`: that would hide QWidget.actions()
        self.notice = RefusalNotice()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.themes)
        splitter.addWidget(self.action_tree)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)  # once dragged by hand, a taller window adds actions
        splitter.setStretchFactor(1, 1)
        # what last time said it would do differently and when it would look again: the day
        # opens with them (folded with the summary on a short window)
        self.last_said = FoldingLabel()
        self.last_said.setFont(ui_font(11, bold=True))
        self.heights = ReviewHeights(splitter, self.themes, actions, self.summary,
                                     self.last_said)
        since = QWidget()
        column = QVBoxLayout(since)
        column.setContentsMargins(0, 0, 0, 0)  # the tables' room as it was, without them
        column.addWidget(self.last_said)
        column.addWidget(splitter, 1)
        # Looking back on a tab of its own: under the tables it left them an action and a half
        # on a 1366×768 laptop, and squeezed them to slivers while it was typed in at 150%
        self.looking_back, pane = looking_back_pane(self._doc, self._undo)  # this workshop's
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Review: since last time, and looking back")
        # no stop of its own (as Understand's, ``tab_bar_above``): Tab onto it handed the keys
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # to the bar, then went past
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the lists from the bar's own place
        self.tabs.addTab(since, SINCE_TAB)
        self.tabs.addTab(pane, LOOKING_BACK_TAB)
        # beside the tabs, not the title: the title keeps one line at 911×512 (150% on a
        # laptop), under the window's status bar, and the numbers above the tables theirs
        self.tabs.setCornerWidget(self.open_button, Qt.Corner.TopRightCorner)
        QWidget.setTabOrder(self.tabs.tabBar(), self.open_button)  # Tab as the eye reads
        QWidget.setTabOrder(self.open_button, self.last_said)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.words_hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _tree(columns, name: str, *, whole: tuple[int, ...]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(columns)
        tree.setAccessibleName(name)
        tree.setToolTip(name)
        tree.setRootIsDecorated(False)
        tree.setIndentation(0)  # a flat list: no room kept for branches (the first column fits)
        tree.setFont(ui_font(11))
        tree.setAlternatingRowColors(True)
        # Long names and actions wrap onto more lines rather than being cut: a tooltip is no
        # help on a projector or from the keyboard.
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(FoldedColumnsDelegate(tree, whole))  # folded on a short window
        # the short columns fit their contents; SharedColumns sizes the rest
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def commit_pending(self) -> bool:
        """Words typed in Looking back are recorded before a save, close or stage change."""
        return self.looking_back.commit_pending()

    # -- opening the previous workshop -----------------------------------------------------------
    def choose_previous(self) -> None:
        here = self.current_path()
        path, _ = QFileDialog.getOpenFileName(self, "Open last time's workshop",
                                              str(here.parent) if here else "",
                                              "Workshops (*.wtfc);;All files (*)")
        if path:
            self.load_previous(Path(path))

    def load_previous(self, path: Path) -> bool:
        """Read a previous workshop; a bad file is explained in plain English, nothing changes."""
        # reading, comparing and listing 10,000 cards a side takes a second or two: the pointer
        # says the app is working
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._load_previous(path)
        finally:
            QApplication.restoreOverrideCursor()

    def _load_previous(self, path: Path) -> bool:
        here = self.current_path()
        if here is not None and same_file(path, here):
            self.notice.say(f"'{name_shown(path.name)}' is this workshop's own file, so nothing "
                            "would show as changed. Open last time's workshop file instead.")
            return False
        try:
            loaded = load_workshop(path)
        except WorkshopFileError as exc:
            self.notice.say(f"Couldn't compare with that file. {exc}")
            return False
        if same_workshop(loaded.workshop, self._doc.workshop):
            self.notice.say(f"'{name_shown(path.name)}' holds the same workshop as the one open "
                            f"now (the same cards and themes), so nothing would show as "
                            f"changed. Open last time's workshop file instead.")
            return False
        self.previous = LastTime(loaded.workshop)  # its words hidden in the room at first
        self.previous_path = path
        self._previous_note = (
            f"'{name_shown(path.name)}' was saved by a newer version of wtfc: parts this "
            f"version does not know are left out of the comparison."
            if loaded.read_only_reason else "")
        self.notice.clear()
        # what was just opened: last time's themes and actions. The tab first: filled while
        # hidden, the tables were measured again in full as the tab came up (~0.6 s at 374 rows)
        self.tabs.setCurrentIndex(0)
        self.refresh()
        if backwards := self._backwards():  # compared all the same: a date may be wrong
            self.notice.say(f"{backwards} If this is the wrong file, open the earlier "
                            f"workshop's file; if a date is wrong, correct it on 1 Prepare.")
        self.previous_changed.emit()
        return True

    def _on_show_as_typed(self, shown: bool) -> None:
        if isinstance(self.previous, LastTime):  # the facilitator says they are fine, or not
            self.previous.shown_as_typed = shown
            self.previous_changed.emit()  # the room view draws them again
            self.refresh()  # and the board, where this screen hides them as the room does

    def _backwards(self) -> str:
        """What to say when last time's workshop is dated after this one (or on its day)."""
        if self.previous is None:
            return ""
        return dated_after(self.previous.workshop, self._doc.workshop)

    def clear_previous(self) -> None:
        """Another workshop was opened: last time's file no longer belongs with it."""
        self.previous = None
        self.previous_path = None
        self._previous_note = ""
        self.notice.clear()
        self.refresh()
        self.previous_changed.emit()

    def comparison(self) -> WorkshopComparison | None:
        if self.previous is None:
            return None
        return shared_comparison(self.previous, self._doc, self._today())  # the room's too

    # -- showing it ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.themes.clear()
        self.action_tree.clear()
        result = self._shown = self.comparison()
        self._update_words_hint()
        # with no last time's file, Looking back is all there is (its tab, with no other)
        self.tabs.setTabVisible(0, result is not None)
        describe_keys(self.tabs, TAB_KEYS if result is not None else [])
        if result is None:
            self.last_said.hide()
            self.summary.setText("Open last time's workshop file to see which themes people "
                                 "said more or less often, which are new and which have gone, "
                                 "and how last time's actions went.")
            self.heights.arrange_soon()  # unfolds the summary: no tables to make room for
            self._describe()
            return
        assert self.previous is not None  # last time's words as this screen may show them
        result, marks = list_compared(self.themes, self.action_tree, self.previous, self._doc,
                                      result, self._today())
        self.summary.setText(self._summary(result))
        self.last_said.setText("\n".join(opening_lines(marks)))
        self.last_said.setVisible(bool(opening_lines(marks)))
        self.heights.arrange_soon()  # the rows just listed decide the heights
        self._describe()

    def _describe(self) -> None:
        """The summary and last time's words said with the themes list, where the keyboard
        lands (with no last time's file, the button that opens it): they are labels no Tab
        stop reaches."""
        words = [self.summary.text()] + [self.last_said.text()] * (not self.last_said.isHidden())
        describe(self.themes, "\n".join(words))
        describe(self.open_button, "" if self.tabs.isTabVisible(0) else words[0])

    def focus_target(self) -> QWidget:
        """The themes list (on Looking back, the tab bar); with no last time's file, the button
        that opens it, saying why (a tab bar says no description: the summary went unheard)."""
        if not self.tabs.isTabVisible(0):
            return self.open_button
        return self.themes if self.tabs.currentIndex() == 0 else self.tabs.tabBar()

    def _update_words_hint(self) -> None:
        self.words_hint.update_for(self.previous, self._doc)
        self._hint_names = self._doc.names_to_watch  # (pasted on 2 Collect: no edit, no event)

    def _summary(self, result: WorkshopComparison) -> str:
        name = (name_shown(said_as(self.previous_path)) if self.previous_path
                else "the previous workshop")
        # short beside the list of them (the room view and the report, with no list, tally all)
        actions = actions_summary(result)
        if result.no_themes_now:
            return "\n".join([f"Compared with “{result.previous_title}” ({name}). {actions}",
                              no_themes_text(bool(self._doc.workshop.cards)),
                              *([self._previous_note] if self._previous_note else []),
                              *self._backwards_line()])
        first = priorities_first(result)  # why the list starts where it does
        reviewed = reviewed_text(result)  # what "more" and "fewer" are out of, said first
        lines = [f"Compared with “{result.previous_title}” ({name}). "
                 f"{f'{reviewed} ' if reviewed else ''}Themes: {changes_summary(result)}. "
                 f"{actions}{f' {first}' if first else ''}"]
        if self.previous is not None and not self.previous.workshop.themes:
            lines.append(f"“{result.previous_title}” has no themes, so every theme is new this "
                         f"time.")
        if self._previous_note:
            lines.append(self._previous_note)
        lines += self._backwards_line()
        return "\n".join(lines)

    def _backwards_line(self) -> list[str]:
        """A line that stays while the dates say so (the notice goes after a while)."""
        self._said_order = self._order_line()
        return [self._said_order] if self._said_order else []

    def _order_line(self) -> str:
        return order_line(self.previous.workshop, self._doc.workshop) if self.previous else ""

    def _on_edited(self) -> None:
        # the workshop's date is a detail, not a part: catch up only when it changes the line
        if self.previous is not None and self._order_line() != self._said_order:
            self._shown = None  # the same comparison, but the summary's line comes or goes
            self._on_workshop_changed()

    def _on_workshop_changed(self) -> None:
        # Comparing is slow for a big workshop: while the board is off screen an edit on the
        # wall only marks it out of date, and it catches up when it is shown.
        # An edit the comparison does not read (a cause, this time's actions) lists nothing new.
        if not self.isVisible():
            self._stale = True
        elif self._changed():
            self.refresh()

    def _changed(self) -> bool:
        return self.previous is None or self.comparison() is not self._shown

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            if self._changed():
                self.refresh()
        # last time's words as "Show held-back details" says, the names to watch hiding them
        if follow_held_back(self, self.action_tree, self._doc) \
                or self._hint_names != self._doc.names_to_watch:
            self.refresh()  # (the hint, the rows and what they copy)
        # as on the other boards: the lists, then the tabs and the button above, then out
        heading_last(self.action_tree, [self.tabs.tabBar(), self.open_button])
        super().showEvent(event)
