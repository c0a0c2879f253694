"""The Prioritise board: themes with card and people counts, dot votes, and the chosen few.

Keyboard: arrows move between themes; a number and Enter records votes (the cursor then moves
down, so a list of dot counts goes in quickly); + and - add or take one vote; Space chooses or
drops a priority; Alt+Up / Alt+Down change its rank; Ctrl+R goes to the reason box, whose words
are recorded on Enter, and when the box is left, the cursor moves to another theme, or the window
saves, exports or changes stage (``commit_pending``): never thrown away unasked.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.commands import Command
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.operations.themes import rank_priorities, set_priority
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards.common import (
    RefusalNotice,
    follow_document,
    local_action,
    on_screen,
    push_edit,
    themes_chosen_text,
)
from wtfc.ui.boards.folding_label import FoldingLabel, FoldWhenShort
from wtfc.ui.boards.heading_row import HeadingRow
from wtfc.ui.boards.page_tab_order import heading_last, tab_bar_above
from wtfc.ui.boards.priorities_model import Column, PrioritiesTableModel, people_figure, people_key
from wtfc.ui.boards.priorities_reason import ReasonRow, reason_box_name, reason_label_text
from wtfc.ui.boards.priorities_rename import ThemeRename
from wtfc.ui.boards.priorities_table import KindFilter, VotesTable
from wtfc.ui.boards.spoken_changes import rank_said, say_theme, votes_said
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.left_field import built_edits, open_editor_value, record_when_left
from wtfc.ui.shortcut_help import READ_ONLY_WHY, describe_keys, not_now
from wtfc.ui.style import kind_text, ui_font
from wtfc.ui.tall_line import fit_tall_line
from wtfc.ui.undo import UndoAdapter


class PrioritiesBoard(QWidget):
    """Choose the priority themes: counts, dot votes, rank and the reason for each."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._undo = undo
        self.setAccessibleName("Choose priorities board")  # as its tab is named
        self.model = PrioritiesTableModel(doc, self._votes_typed, self.set_reason, self.set_chosen)
        self.proxy = KindFilter(self.model)
        self._reason_theme: str | None = None  # the theme whose reason the box holds
        self._shown_reason = ""  # the words the box was filled with (typed if they differ)
        self._following = False  # True while the board follows the document (an edit, an undo)
        self._build()
        self._stale = False  # themes or cards changed while another page was on screen
        follow_document(self, doc, on_parts=self._on_parts_changed, on_reset=self._on_reset)
        self.table.sortByColumn(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
        self._update_summary()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, Column.VOTES))
        self._show_reason(self.current_theme())

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        # both wrap: at 150% scaling the title lost "on?" and the summary its last words
        title = QLabel("Choose priorities: which themes will we work on?", wordWrap=True)
        title.setFont(ui_font(16, bold=True))
        self.summary = FoldingLabel()  # one line on a short board, whole on focus or hover
        self._summary_fold = FoldWhenShort(self.summary, self)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Show themes of kind")
        self.kind_filter.setToolTip("Show all themes or one kind")
        self.kind_filter.addItem("All kinds", None)
        for kind in (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE):
            self.kind_filter.addItem(kind_text(kind), kind)
        self.kind_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_kind(self.kind_filter.currentData()))
        show = QLabel("Sh&ow:")
        show.setBuddy(self.kind_filter)

        self.table = VotesTable()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.table.setModel(self.proxy)
        self._summary_fold.by_room(self.table.viewport(), 3 * 2)  # three themes of two lines
        self.table.setAccessibleName("Themes with counts and votes")
        self.table.setToolTip("Type a number and press Enter to record votes; + and - add or "
                              "take one; Space chooses a priority")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # rows as tall as their wrapped names and reasons, so no "…" hides the end of one
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFont(ui_font(11))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.THEME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.reason = QLineEdit()
        self.reason.setAccessibleName("Why this theme was chosen")
        self.reason.setToolTip("Why the room chose this theme; recorded on Enter or when you "
                               "move on")
        self.reason.setPlaceholderText("Why the room chose this theme (Enter saves)")
        self.reason.returnPressed.connect(self._save_reason)
        fit_tall_line(self.reason)  # a reason in Urdu: the Latin letters beside it whole
        # leaving the box records it, as leaving a field on the Prepare page does
        record_when_left(self.reason, self._record_reason)
        # the box names the theme it is about: after votes and Enter the cursor moves a row
        # down, and a reason typed then went to a theme nobody chose
        self.reason_label = QLabel("&Why it was chosen:")
        self.reason_label.setBuddy(self.reason)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)  # a name's "<b>" is words

        buttons = FlowLayout()  # onto two rows, each button whole: "ose / drop (Spa" at 16 pt
        for text, tip, slot in (
                ("Choose / drop (Space)", "Choose the selected theme as a priority, or drop it",
                 self.toggle_chosen),
                ("Rank up (Alt+↑)", "Move the selected priority up the ranking",
                 lambda: self.move_rank(-1)),
                ("Rank down (Alt+↓)", "Move the selected priority down the ranking",
                 lambda: self.move_rank(+1)),
                ("+1 vote (+)", "Add one dot vote to the selected theme",
                 lambda: self.add_votes(1)),
                ("−1 vote (−)", "Take one dot vote off the selected theme",
                 lambda: self.add_votes(-1))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.split(" (")[0])
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self._last_button = button  # Tab goes on from it to the heading, then leaves the board

        self.notice = RefusalNotice()
        self.table.say = self.notice.say  # a key typed on a cell that edits nothing, said why
        layout = QVBoxLayout(self)
        layout.addWidget(HeadingRow(title, show, self.kind_filter, [title.text()]))  # or above
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(ReasonRow(self.reason_label, self.reason))  # or the box under it
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

        key = Qt.Key
        self.table.keys = {(key.Key_Space, False): self.toggle_chosen,
                           (key.Key_Plus, False): lambda: self.add_votes(1),
                           (key.Key_Equal, False): lambda: self.add_votes(1),
                           (key.Key_Minus, False): lambda: self.add_votes(-1),
                           (key.Key_Up, True): lambda: self.move_rank(-1),
                           (key.Key_Down, True): lambda: self.move_rank(+1)}
        describe_keys(self.table, [("Space", "Priorities: choose or drop the theme"),
                                   ("+ or =", "Priorities: one more dot vote for the theme"),
                                   ("- (minus)", "Priorities: one dot vote fewer"),
                                   ("Alt+Up or Alt+Down", "Priorities: move the chosen "
                                    "priority up or down the ranking")])
        local_action(self, "Edit the reason", "Ctrl+R", self.reason.setFocus)
        self.rename = ThemeRename(self)  # F2: a group named while the room votes
        self.setTabOrder(self.table, self.reason)

    # -- reading ---------------------------------------------------------------------------------
    def current_theme(self) -> Theme | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.theme_at(self.proxy.mapToSource(index).row())

    def select_theme(self, theme_id: str, column: int = Column.VOTES) -> None:
        row = self.model.row_of(theme_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def chosen_ids(self) -> list[str]:
        chosen = [t for t in self._doc.workshop.themes if t.priority.chosen]
        return [t.id for t in sorted(chosen, key=lambda t: t.priority.rank or 10_001)]

    # -- edits (each one undoable command) -------------------------------------------------------
    def set_votes(self, theme_id: str, votes: int) -> bool:
        return self._push(lambda: set_priority(self._doc, theme_id=theme_id, votes=votes))

    def _votes_typed(self, theme_id: str, votes: int) -> bool:
        """A count typed in a Votes cell and Enter: said as + and - say it (the cursor moves on)."""
        done = self.set_votes(theme_id, votes)
        say_theme(self, self._doc, theme_id, votes_said)
        return done

    def add_votes(self, delta: int) -> bool:
        theme = self.current_theme()
        if theme is None:
            return False
        votes = max(0, theme.priority.votes + delta)  # - at none: no step, the count said again
        done = votes != theme.priority.votes and self.set_votes(theme.id, votes)
        say_theme(self, self._doc, theme.id, votes_said)
        return done

    def set_reason(self, theme_id: str, reason: str) -> bool:
        return self._push(lambda: set_priority(self._doc, theme_id=theme_id, reason=reason))

    def set_chosen(self, theme_id: str, chosen: bool) -> bool:
        order = [t for t in self.chosen_ids() if t != theme_id]
        if chosen:
            order.append(theme_id)
        return self._push(lambda: rank_priorities(self._doc, theme_ids=order))

    def toggle_chosen(self) -> bool:
        theme = self.current_theme()
        if theme is None or not self.set_chosen(theme.id, not theme.priority.chosen):
            return False
        say_theme(self, self._doc, theme.id, rank_said)
        return True

    def move_rank(self, step: int) -> bool:
        theme = self.current_theme()
        order = self.chosen_ids()
        if theme is None or theme.id not in order:
            self.notice.say("Choose the theme as a priority first (Space), then rank it.")
            return False
        at = order.index(theme.id)
        to = max(0, min(len(order) - 1, at + step))
        if to == at:
            return False
        order.insert(to, order.pop(at))
        if not self._push(lambda: rank_priorities(self._doc, theme_ids=order)):
            return False
        say_theme(self, self._doc, theme.id, lambda now: rank_said(now, moved=True))
        return True

    def _save_reason(self) -> None:
        if self._record_reason():
            self.table.setFocus()

    def commit_pending(self) -> bool:
        """Record words typed in the reason box and not yet recorded (the window asks before
        saving, exporting, closing or changing stage). False when refused (too long, and said
        so): the words are still in the box, and the keyboard goes back to them."""
        if self._record_reason():
            return True
        self.reason.setFocus()  # (a click on a stage took it): typing goes on shortening them
        return False

    def _record_reason(self) -> bool:
        """The box's words become its theme's reason (one undoable step). False if refused."""
        theme = self._doc.get("themes", self._reason_theme) if self._reason_theme else None
        if theme is None or self._undo.read_only or not self.reason.isEnabled():
            return True
        if not self._reason_typed() or self.reason.text().strip() == theme.priority.reason:
            return True
        if done := self.set_reason(theme.id, self.reason.text()):
            self._shown_reason = self.reason.text()
        return done

    def typed_edits(self) -> list[Command]:
        """Votes or a reason typed in a cell, or a reason in the box, and not yet recorded, as
        the steps recording them would make (built, not done): the autosave's recovery copy
        holds them (``left_field.typed_edits``)."""
        if self._undo.read_only:
            return []
        builds = []
        cell = open_editor_value(self.table)  # a number of votes (a spin box), or words
        if cell is not None:
            index, value = cell
            theme = self.model.theme_at(self.proxy.mapToSource(index).row())
            column = index.column()  # votes from a spin box, or a reason's words
            if theme is not None and column == Column.VOTES and isinstance(value, int):
                builds.append(lambda: set_priority(self._doc, theme_id=theme.id, votes=value))
            elif theme is not None and column == Column.REASON and isinstance(value, str):
                builds.append(lambda: set_priority(self._doc, theme_id=theme.id, reason=value))
        boxed = self._doc.get("themes", self._reason_theme) if self._reason_theme else None
        if boxed is not None and self.reason.isEnabled() and self._reason_typed():
            builds.append(lambda: set_priority(self._doc, theme_id=boxed.id,
                                               reason=self.reason.text()))
        return built_edits(*builds)

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when this page comes on screen: the themes table."""
        return self.table

    def _push(self, build) -> bool:
        theme = self.current_theme()
        column = self.table.currentIndex().column()
        done = push_edit(self._undo, self.notice, build)
        if theme is not None:  # keep the cursor on the same theme whatever re-sorted
            self.select_theme(theme.id, column if column >= 0 else Column.VOTES)
        return done

    # -- following the document ------------------------------------------------------------------
    def _on_parts_changed(self, collection: str, ids: frozenset[str]) -> None:
        if collection in ("themes", "cards", "people") and not on_screen(self):
            self._stale = True  # read afresh when shown (each refresh ~0.25 s at 10,000 cards)
            return
        if collection not in ("themes", "cards", "people"):
            return
        kept, column = self.current_theme(), max(self.table.currentIndex().column(), 0)
        self._following = True  # a reload moves the cursor: that is no gesture to record
        try:
            if collection != "themes":
                self.model.refresh_all()
            elif self.model.refresh_themes(ids) and kept is not None:  # a merge, its Undo: the
                self.select_theme(kept.id, column)  # theme stays chosen (gone: none chosen)
        finally:
            self._following = False
        self._update_summary()
        self._show_reason(self.current_theme())

    def showEvent(self, event) -> None:
        if self._stale:
            self._on_reset()
        heading_last(self._last_button, [tab_bar_above(self), self.kind_filter])
        super().showEvent(event)

    def _on_reset(self) -> None:
        self._stale = False
        kept, column = self.current_theme(), max(self.table.currentIndex().column(), 0)
        self._reason_theme = None  # another workshop: what the box held was about the last one
        self._following = True
        try:
            self.model.reload()
            self.table.sortByColumn(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
            if kept is not None:  # back from the wall (or its undos): the theme left stays chosen
                self.select_theme(kept.id, column)
        finally:
            self._following = False
        self._update_summary()
        self._show_reason(self.current_theme())

    def _on_current_changed(self, *_: object) -> None:
        """The cursor moved: the reason typed for the theme it left is recorded first. If that
        is refused, the cursor goes back to that theme so the words stay with it."""
        theme = self.current_theme()
        left = self._reason_theme
        if not self._following and left is not None and (theme is None or theme.id != left):
            self._following = True  # the edit's own events must not record it a second time
            try:
                recorded = self._record_reason()
                if not recorded:
                    self.select_theme(left)
                    self.reason.setFocus()
            finally:
                self._following = False
            if not recorded:
                return
            theme = self.current_theme()
        self._show_reason(theme)

    def _show_reason(self, theme: Theme | None) -> None:
        self.reason.setEnabled(theme is not None and not self._undo.read_only)
        not_now(self.reason, READ_ONLY_WHY if self._undo.read_only else  # on F1's Alt+W row
                "choose a theme first" if theme is None else "")
        moved = theme is None or theme.id != self._reason_theme
        if moved or not self._reason_typed():  # words being typed stay while others edit
            self.reason.setText(theme.priority.reason if theme else "")
            self._shown_reason = self.reason.text()
        self._reason_theme = theme.id if theme else None
        self.reason_label.setText(reason_label_text(theme))
        self.reason.setAccessibleName(reason_box_name(self.reason_label.text()))

    def _reason_typed(self) -> bool:
        """Whether the box holds words not yet recorded (changed since it was filled)."""
        return self.reason.text() != self._shown_reason

    def _update_summary(self) -> None:
        themes = self._doc.workshop.themes
        votes = sum(t.priority.votes for t in themes)
        key = people_key([people_figure(self._doc.people_count(t), self._doc.unrecorded_count(t))
                          for t in themes])
        counts = f"{themes_chosen_text(themes)} · {count_phrase(votes, 'vote')} recorded."
        # the method's usual choice, said once: a Future theme chosen passed without a word
        usual = ("Working Together for Change usually takes the biggest “not working” themes "
                 "forward; others are welcome.")
        self.summary.setText(f"{counts} {usual} Type a number and Enter to record votes; Space "
                             "chooses a priority." + (f" {key}" if key else ""))
        self._summary_fold.follow()
        # a reader lands in the table, never on the line above it: the table says it, as the
        # wall says its what-to-do line (``SpokenFocus.set_idle``); "·" is no word
        said = (counts.replace(" · ", ", "), usual, self.table.toolTip(), key)
        self.table.setAccessibleDescription(" ".join(part for part in said if part))
