"""The Teams panel's records of teams no why-tree names now, each with a Delete button.

A team taken off its branches (T and an empty name), or whose last branch is deleted, keeps its
record in the file: an undo, or the name given to a branch again, brings it back with who was
in it and what it found. Left out of the report and the exports, it was out of sight in the
app too, and nothing could delete it, so words typed about a team stayed in the file unseen.
Under the chosen tree's teams, on every theme, each such record is shown in words with a Delete
button: one undoable step (``record.delete_team``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wtfc.export.team_words import team_line
from wtfc.model.document import Document
from wtfc.model.operations.record import delete_team, teams_on_no_tree
from wtfc.model.workshop import Team
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import ui_font
from wtfc.ui.undo import UndoAdapter

HEADING = "Teams on no why-tree now"
NOTE = (
    "Their record is kept in the file but left out of the report and the exports. Give a "
    "branch the team's name again to bring it back, or delete the record."
)


def _words(team: Team) -> str:
    """ "Team A: 2 older people" and what it found, as the panel shows a team."""
    found = f"\nWhat it found: {team.summary}" if team.summary else ""
    return team_line(team.name, team) + found


class LeftoverTeams(QWidget):
    """The records of teams on no tree (hidden while there are none); follows ``refresh``."""

    def __init__(self, doc: Document, undo: UndoAdapter) -> None:
        super().__init__()
        self.doc, self.undo = doc, undo
        self.setAccessibleName(HEADING)
        heading = QLabel(HEADING)
        heading.setFont(ui_font(10, bold=True))
        note = QLabel(NOTE)
        note.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(self._rows)
        self.buttons: dict[str, QPushButton] = {}  # by the team's id
        self._shown: list[str] = []  # the rows' words, remade only when they change
        self._deleted_at: int | None = None  # the row whose Delete was pressed: focus stays near

    def refresh(self) -> bool:
        """Show the records as the workshop has them; True where the rows were made again."""
        teams = teams_on_no_tree(self.doc.workshop)
        shown = [f"{team.id}\n{_words(team)}" for team in teams]
        remade = shown != self._shown
        if remade:
            self._shown = shown
            while (item := self._rows.takeAt(0)) is not None:
                widget = item.widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
            self.buttons = {}
            for team in teams:
                self._rows.addWidget(self._row(team))
            self._keep_focus()
        for button in self.buttons.values():
            button.setEnabled(not self.undo.read_only)
        self.setVisible(bool(teams))
        return remade

    def _row(self, team: Team) -> QFrame:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        words = QLabel(_words(team))
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)  # typed words, never read as markup
        button = QPushButton("Delete")
        button.setAccessibleName(f"Delete the record of {team.name}")
        button.setToolTip(plain_tip(f"Delete the record of {team.name}: who was in it and what "
                                    "it found"))
        button.clicked.connect(partial(self._delete, team.id))
        line = QHBoxLayout(row)
        line.addWidget(words, 1)
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons[team.id] = button
        return row

    def _delete(self, team_id: str) -> None:
        self._deleted_at = list(self.buttons).index(team_id)
        self.undo.try_push(lambda: delete_team(self.doc, team_id=team_id), self)

    def _keep_focus(self) -> None:
        """After a Delete the keyboard goes to the next record's Delete (or the one before)
        rather than to nowhere as its button goes."""
        at, self._deleted_at = self._deleted_at, None
        buttons = list(self.buttons.values())
        if at is not None and buttons:
            buttons[min(at, len(buttons) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
