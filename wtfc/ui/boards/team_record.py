"""The Understand board's Teams panel: who was in each root-cause team, and what it found.

Beside the why-tree, one part per team named on the chosen theme's branches: the team in words
("Team A: 2 older people, 1 commissioner"), a note in words when no older person is counted in
it (the method mixes them in every team), a count box per role and a box for its summary. A
count is recorded as one undoable step when its box is left or Enter pressed, the summary when
its box is left; both when the window saves, closes or changes stage first (``commit_pending``),
as the tree's typing line is. Alt+M takes the keyboard to the first team's first count; Tab goes
on through its counts, then its summary, then the next team, then the records on no tree. With
no team on the tree, Alt+M did nothing seen or heard: it goes to the first record's Delete, or
to the words saying how to name a team, and says so.

A team's record lives in the workshop under the team's name (``Workshop.teams``): renaming the
team on the tree carries it (``record.carried_teams``); a team whose last branch is deleted
leaves the panel, its record staying in the file, and an undo of the delete brings both back;
the panel lists such records under the tree's teams, to be deleted (``team_leftovers``). A team
typed on the tree in two spellings ("Team A", "team a") is one team, as its record is: one part,
named as its record, saying the spellings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wtfc.export.team_words import NO_OLDER_PERSON, lacks_older_people, team_line
from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.record import (
    count_of,
    set_team_count,
    set_team_summary,
    team_record,
    tree_team_names,
)
from wtfc.model.workshop import RoomRole, Team
from wtfc.ui.announce import announce
from wtfc.ui.boards.common import CHOOSE_PRIORITIES, ThemeSelector
from wtfc.ui.boards.team_fold import PanelFold
from wtfc.ui.boards.team_leftovers import LeftoverTeams
from wtfc.ui.count_box import role_count_boxes
from wtfc.ui.document_follow import follow_document
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.keep_in_sight import hint_in_sight
from wtfc.ui.left_field import built_edits, record_when_left
from wtfc.ui.room_counts import READ_ONLY_RECORD
from wtfc.ui.shortcut_help import describe
from wtfc.ui.style import font_scale, ui_font
from wtfc.ui.typed_detail_hint import NOT_IN_ROOM, TypedDetailHint
from wtfc.ui.undo import UndoAdapter

if TYPE_CHECKING:
    from wtfc.ui.boards.fishbone_switch import FishboneSwitch

MAX_COUNT = 999  # a team is a table of people: three digits keep the boxes narrow
PANEL_WIDTH = 260  # its share beside the tree, which needs the width more (at a 9 pt font)
PANEL_LEAST = 200  # the narrowest it may be dragged (at a 9 pt font, and never cutting a box)
NO_TEAMS = (
    "No team named on this why-tree yet. Give the causes to a team (T on the theme or "
    "a branch) to record who was in it and what it found."
)
NO_TEAMS_SAID = "No team named on this why-tree yet: choose a box and press T"
# before any priority is chosen there is no tree, nor a box to press T on: the Theme box's advice
NO_THEME = f"No priority themes yet: choose some on {CHOOSE_PRIORITIES}."


class TeamPart(QFrame):
    """One team: its line in words, the note, a count per role and its summary."""

    def __init__(self, name: str, doc: Document, undo: UndoAdapter) -> None:
        super().__init__()
        self.name, self.doc, self.undo = name, doc, undo
        self._shown: dict[RoomRole, int] = {}  # the counts last put in the boxes
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.line = QLabel()
        self.line.setFont(ui_font(10, bold=True))
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)  # the team's name as typed on the tree
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.spelled = QLabel()  # the tree's spellings of the name, when it has more than one
        self.spelled.setWordWrap(True)
        self.spelled.setTextFormat(Qt.TextFormat.PlainText)  # the names as typed
        self.spelled.hide()
        flow = FlowLayout(spacing=10, row_spacing=4)
        # the wheel scrolls the panel past a box unless it has the keyboard
        self.boxes = role_count_boxes(flow, lambda role: f"{role.label} in {name}",
                                      self._commit_count)
        for box in self.boxes.values():
            box.setRange(0, MAX_COUNT)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)  # Tab goes on to the next team, as in a form
        self.summary.setAccessibleName(f"What {name} found")
        self.summary.setPlaceholderText("What the team found, in a sentence or two")
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        record_when_left(self.summary, self._commit_summary)
        # the summary goes in the report and the data export as typed (never the room view,
        # whose tree says who was in the team, not what it found): said as it is typed
        self.detail_hint = TypedDetailHint(lambda: self.doc.names_to_watch,
                                           shown_by=NOT_IN_ROOM)
        self.detail_hint.watch(f"What {name} found", self.summary.toPlainText,
                               self.summary.textChanged)
        self.summary.textChanged.connect(lambda: hint_in_sight(self.detail_hint, self.summary))
        found = QLabel("What it found:")
        found.setBuddy(self.summary)
        layout = QVBoxLayout(self)
        for widget in (self.line, self.spelled, self.note):
            layout.addWidget(widget)
        layout.addLayout(flow)
        layout.addWidget(found)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail_hint)

    def record(self) -> Team | None:
        return team_record(self.doc.workshop, self.name)

    def show_spellings(self, spellings: list[str]) -> None:
        """Say the names the tree gives this team, when it gives more than one."""
        named = " and ".join(f"“{name}”" for name in spellings)
        self.spelled.setText(f"Written on the tree as {named}: one team." if named else "")
        self.spelled.setVisible(len(spellings) > 1)

    def refresh(self, edited: bool = False) -> None:
        """Show the record as the workshop has it (words being typed in the summary are kept:
        only a summary that changed in the workshop, by an undo say, is put in its box).
        ``edited``: after an edit, a note that appears is said to a screen reader too."""
        team = self.record()
        self.line.setText(team_line(self.name, team))
        lacks = lacks_older_people(team)
        if edited and lacks and self.note.isHidden():
            announce(self.note, f"{self.name}: {NO_OLDER_PERSON}")
        self.note.setText(NO_OLDER_PERSON if lacks else "")
        self.note.setVisible(lacks)
        # read with the older people's count, the one box that would answer it
        self.boxes[RoomRole.OLDER_PEOPLE].setAccessibleDescription(self.note.text())
        members = team.members if team else []
        self._shown = {role: count_of(members, role) for role in RoomRole}
        for role, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setMaximum(max(MAX_COUNT, count_of(members, role)))  # a file's 1,200 kept
            box.setValue(count_of(members, role))
            box.blockSignals(blocked)
            box.setReadOnly(self.undo.read_only)
        summary = team.summary if team else ""
        if summary != self._recorded_summary:
            self.summary.setPlainText(summary)
        self._recorded_summary = summary
        self.summary.setReadOnly(self.undo.read_only)

    _recorded_summary: str | None = None  # the summary last put in the box

    def _gone_unchanged(self, changed: bool) -> bool:
        """The team has gone from the workshop (renamed on the tree, say) and its box holds
        what it last showed: leaving the box must not make a ghost record of the old name."""
        return self.record() is None and not changed

    def _count_edit(self, role: RoomRole) -> Command:
        return set_team_count(self.doc, team=self.name, role=role, count=self.boxes[role].value())

    def _summary_edit(self) -> Command:
        return set_team_summary(self.doc, team=self.name, summary=self.summary.toPlainText())

    def _count_changed(self, role: RoomRole) -> bool:
        team = self.record()
        return self.boxes[role].value() != count_of(team.members if team else [], role)

    def _summary_changed(self) -> bool:
        team = self.record()
        return self.summary.toPlainText().strip() != (team.summary if team else "")

    def _commit_count(self, role: RoomRole) -> bool:
        if self.undo.read_only or not self._count_changed(role):
            return True
        if self._gone_unchanged(self.boxes[role].value() != self._shown.get(role, 0)):
            return True
        return self.undo.try_push(lambda: self._count_edit(role), self)

    def _commit_summary(self) -> bool:
        if self.undo.read_only or not self._summary_changed():
            return True
        if self._gone_unchanged(self.summary.toPlainText() != (self._recorded_summary or "")):
            return True
        return self.undo.try_push(self._summary_edit, self)

    def commit_pending(self) -> bool:
        return all([*(self._commit_count(role) for role in RoomRole), self._commit_summary()])

    def typed_edits(self) -> list[Command]:
        if self.undo.read_only:
            return []
        builds: list[Callable[[], Command]] = [
            partial(self._count_edit, role) for role in RoomRole if self._count_changed(role)
        ]
        if self._summary_changed():
            builds.append(self._summary_edit)
        return built_edits(*builds)


class TeamsPanel(QWidget):
    """The teams of the theme ``selector`` shows, beside the tree; follows the workshop (an
    undo, a team given on the tree, a file opened) and the theme chosen."""

    def __init__(
        self, doc: Document, undo: UndoAdapter, selector: ThemeSelector, board: QWidget,
        before: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(board)
        self.doc, self.undo, self._theme_id = doc, undo, selector.theme_id
        # Alt+M while a team's name is typed: the name is recorded first (its record carried),
        # then the keyboard goes to the new team's count, not to the old name's gone box
        self._before = before
        self.setAccessibleName("Teams")
        heading = QLabel("Teams (Alt+M)")
        heading.setFont(ui_font(12, bold=True))
        heading.setWordWrap(True)  # a narrow panel wraps it rather than cutting "(Alt+M)"
        heading.setToolTip("Who was in each team that worked on this tree, and what it found")
        self.setAccessibleDescription(heading.toolTip())
        self.empty = QLabel(NO_TEAMS)
        self.empty.setWordWrap(True)
        # Alt+M puts the keyboard here when there is no team to count (framed, as a box is);
        # no focus policy: Tab and a click pass it by
        self.empty.setStyleSheet("QLabel { border: 2px solid transparent; }"
                                 " QLabel:focus { border-color: palette(highlight); }")
        self.read_only = QLabel(READ_ONLY_RECORD)  # keys in the boxes do nothing: said why
        self.read_only.setWordWrap(True)
        self._inner = QWidget()
        self._list = QVBoxLayout(self._inner)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addWidget(self.empty)
        self.leftovers = LeftoverTeams(doc, undo)
        self._list.addWidget(self.leftovers)
        self._list.addStretch(1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the boxes, not the scroller
        self._body = QWidget()  # all of it but the strip it folds to (``team_fold``)
        self._heading, outer = heading, QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._body)
        self._layout = layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.read_only)
        layout.addWidget(scroll, 1)
        self.parts: dict[str, TeamPart] = {}
        self.shortcut = QShortcut(
            QKeySequence("Alt+M"),
            board,
            self.focus_first,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        describe("Why-tree: go to the Teams panel (who was in each team)", self.shortcut)
        selector.currentIndexChanged.connect(lambda _: self.refresh())
        # a file opened: once the board has chosen its theme (its handler runs after this one)
        follow_document(
            self,
            doc,
            on_edited=lambda: self.refresh(edited=True),
            on_reset=lambda: QTimer.singleShot(0, self, self.refresh),
        )
        self._refreshing = False
        self.refresh()

    def beside(self, tree: FishboneSwitch) -> QSplitter:
        """The tree (or fishbone) and this panel side by side, the tree taking what the panel
        leaves."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tree)
        splitter.addWidget(self)
        splitter.setCollapsible(0, False)  # the panel may be dragged shut; Alt+M opens it
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([10_000, self.open_width()])
        self.setMinimumWidth(self.least_width())
        self._splitter = splitter
        # folded to a strip where it would leave the tree too little of a narrow screen
        self.fold = PanelFold(splitter, self, self._body, self._layout, self._heading,
                              self.open_width, self.least_width)
        self.fold.strip.clicked.connect(self.focus_first)
        # and where the strip lets the fishbone open whole (150% on 1920×1080)
        self.fold.whole_at = tree.whole_at
        tree.room_changed.connect(self.fold.follow)
        self._chain_tabs()
        return splitter

    def least_width(self) -> int:
        """The narrowest the open panel may be: grown with the app's font, and wide enough for
        its widest count box and label (the scroller has no bar across; a wider one was cut:
        "Older people's organisatio")."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        return max(round(PANEL_LEAST * font_scale()),
                   self._inner.minimumSizeHint().width() + bar,
                   self._body.minimumSizeHint().width())

    def open_width(self) -> int:
        """The panel's width when it opens: 260 px at a 9 pt font, grown with a larger one."""
        return max(round(PANEL_WIDTH * font_scale()), self.least_width())

    def refresh(self, edited: bool = False) -> None:
        """The parts for the teams on the chosen theme's tree (made again only when those
        change), each showing its record (``edited``: after an edit, see ``TeamPart``)."""
        if self._refreshing:  # a count recorded as its part goes: the outer call finishes
            return
        self._refreshing = True
        theme_id = self._theme_id()
        names = tree_team_names(self.doc.workshop, theme_id) if theme_id else {}
        remade = list(names) != list(self.parts)
        if remade:
            old, self.parts = self.parts, {}
            for part in old.values():
                part.hide()
                part.deleteLater()
            self.parts = {name: TeamPart(name, self.doc, self.undo) for name in names}
            for n, part in enumerate(self.parts.values()):
                self._list.insertWidget(n, part)
        self.empty.setText(NO_TEAMS if theme_id else NO_THEME)
        self.empty.setVisible(not names)
        self.read_only.setVisible(self.undo.read_only)
        for name, part in self.parts.items():
            part.show_spellings(names[name])
            part.refresh(edited)
        if self.leftovers.refresh() or remade:
            self._chain_tabs()
        fold = getattr(self, "fold", None)
        if remade and fold is not None and not fold.folded:  # new parts may need more room
            self.setMinimumWidth(self.least_width())
        self._refreshing = False

    def _chain_tabs(self) -> None:
        """Tab in the panel's order, from its Fold button at its top: made after the board's
        buttons, a Delete (and the parts of a theme chosen later) came after the toolbar."""
        fold = getattr(self, "fold", None)
        if fold is None:  # not beside the tree yet: ``beside`` chains them
            return
        chain: list[QWidget] = [fold.fold_button]
        for part in self.parts.values():
            chain += [*part.boxes.values(), part.summary]
        chain += self.leftovers.buttons.values()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def focus_first(self) -> None:
        """Alt+M: the first team's first count. With no team, the first record on no tree's
        Delete, else the words saying how to name a team (or, with no theme yet, how to choose
        one); said either way. Words typed on the tree's line are recorded first; refused,
        the keyboard stays with them."""
        if not self._before():
            return
        splitter = getattr(self, "_splitter", None)
        if splitter is not None and (self.fold.folded or splitter.sizes()[1] == 0):
            self.fold.open(chosen=True)
        first = next(iter(self.parts.values()), None)
        if first is not None:
            box = first.boxes[RoomRole.OLDER_PEOPLE]
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()
            return
        deletes = [b for b in self.leftovers.buttons.values() if b.isEnabled()]
        (deletes[0] if deletes else self.empty).setFocus(Qt.FocusReason.ShortcutFocusReason)
        announce(self, NO_TEAMS_SAID if self._theme_id() else NO_THEME)

    def commit_pending(self) -> bool:
        return all([part.commit_pending() for part in self.parts.values()])

    def typed_edits(self) -> list[Command]:
        return [edit for part in self.parts.values() for edit in part.typed_edits()]
