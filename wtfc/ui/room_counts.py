"""Prepare's "Who's in the room": how many people of each role are coming, and whether older
people make up about a third of the room, as the method's principles ask.

Each count is recorded as one undoable step when the facilitator leaves its box (or presses
Enter), or when the window saves or closes while a box still has the keyboard (``CountBlock``).
The total and the line under it follow the workshop, not the boxes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.record import count_of, set_room_count
from wtfc.model.workshop import RoleCount, RoomRole
from wtfc.ui.boards.common import announce
from wtfc.ui.count_block import CountBlock
from wtfc.ui.count_box import role_count_boxes
from wtfc.ui.document_follow import follow_document
from wtfc.ui.flow_layout import FlowLayout
from wtfc.ui.undo import UndoAdapter

# above the record's boxes on a file opened read-only, where keys in them would do nothing unsaid
READ_ONLY_RECORD = "This workshop is open read-only: these can be seen, not changed."


def total_words(counts: list[RoleCount]) -> str:
    total = sum(c.count for c in counts)
    if total == 0:
        return "Nobody counted yet."
    return "1 person in the room." if total == 1 else f"{total:,} people in the room."


def balance_words(counts: list[RoleCount]) -> str:
    """Whether older people are about a third of the room, said in words (not by colour).
    "About a third" is 30% or more: 6 of 19 (32%) is what the method asks for."""
    total = sum(c.count for c in counts)
    if total == 0:
        return "The method asks that about a third of the people in the room are older people."
    older = count_of(counts, RoomRole.OLDER_PEOPLE)
    share = f"Older people: {older:,} of {total:,} ({share_percent(older, total)})"
    if older * 10 >= total * 3:
        return f"{share} — the method asks for about a third."
    return f"⚠ {share} — fewer than the third the method asks for: invite more older people."


def share_percent(older: int, total: int) -> str:
    """The share as a whole percentage, but one that agrees with the words: just under the
    30% the method asks for, where rounding would show "30%" beside "fewer than the third",
    it has a tenth cut down (17 of 57 is 29.8%, 299 of 1,000 is 29.9%, never 30.0%)."""
    shown = round(100 * older / total)
    if shown >= 30 and older * 10 < total * 3:
        return f"{(1000 * older // total) / 10:.1f}%"
    return f"{shown}%"


class InTheRoom(CountBlock[RoomRole]):
    """One box per role (Alt+W reaches the first; Tab the next), the total, and the share of
    older people in words. Follows ``details_changed('in_the_room')``, undo and file open."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__("&Who's in the room", doc, undo, parent)
        flow = FlowLayout(spacing=18, row_spacing=6)
        self.boxes = role_count_boxes(flow, lambda role: f"{role.label} in the room", self._commit)
        self.watch_boxes()
        self.total = QLabel()
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        layout = QVBoxLayout(self)
        # the total and the share above the boxes: on a short screen the page scrolls to the
        # box being typed in, and the line it changes is then still in sight
        layout.addWidget(self.total)
        layout.addWidget(self.balance)
        layout.addLayout(flow)
        follow_document(self, doc, on_details=self._on_details_changed, on_reset=self.refresh)
        self.refresh()

    def _kept(self, role: RoomRole) -> int:
        return count_of(self.doc.workshop.in_the_room, role)

    def _edit(self, role: RoomRole) -> Command:
        return set_room_count(self.doc, role=role, count=self.boxes[role].value())

    def _on_details_changed(self, field: str) -> None:
        if field == "in_the_room":
            before = self.balance.text()
            self.refresh()
            if self.balance.text() != before:  # a count changed it (typed, undone): said
                announce(self, self.boxes[RoomRole.OLDER_PEOPLE].accessibleDescription())

    def refresh(self) -> None:
        counts = self.doc.workshop.in_the_room
        for role, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setValue(count_of(counts, role))
            box.blockSignals(blocked)
            box.setEnabled(not self.undo.read_only)
        self.total.setText(total_words(counts))
        self.balance.setText(balance_words(counts))
        # the share is the boxes' description: read with each count, the ⚠ not read as a sign
        spoken = self.balance.text().removeprefix("⚠ ")
        for box in self.boxes.values():
            box.setAccessibleDescription(spoken)
