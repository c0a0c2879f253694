"""The "Suggested themes" page of the suggestions panel: proposals the room accepts, edits or
dismisses. Nothing here is applied on its own.

A suggestion is listed like a card (its working name, how many cards, the words they share).
Choosing one rings its cards on the wall and opens it below the list, where the facilitator
renames it (as an "I" statement) and unticks cards that do not belong, then accepts it: one
undoable command creating the theme from the ticked cards that are STILL unsorted (cards sorted
by hand meanwhile are left where they are). Dismiss only drops it from the list.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wtfc.clustering.key_phrases import i_statement
from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.wall.card_list import card_like_list, shortened
from wtfc.ui.wall.suggestion_state import ShownSuggestion, starting_name, still_unsorted

__all__ = ["ShownSuggestion", "SuggestedThemesPage", "starting_name", "still_unsorted"]

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_LIMIT = 300  # what a theme's name holds (``Theme.name``)

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion


class SuggestedThemesPage(QWidget):
    """The list of suggestions and the one being shaped.

    ``highlight_requested(card_ids)``: ring these cards on the wall (empty: none);
    ``accept_requested(name, card_ids)``: make this theme; ``status(text)``: say what happened.
    """

    highlight_requested = Signal(list)
    accept_requested = Signal(str, list)
    status = Signal(str)
    dismissed_changed = Signal()  # after its status: a suggestion was dismissed or brought back

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.shown: list[ShownSuggestion] = []
        # dismissed from this list, last last, with the row each had: not workshop edits, so not
        # on the undo stack, but "Undo dismiss" brings them back
        self.dismissed: list[tuple[ShownSuggestion, int]] = []
        self.list = card_like_list("Suggested themes",
                                   "Suggestions: choose one to see its cards ringed on the wall")
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the suggested theme")
        self.name.setToolTip("Name the theme as an \"I\" statement before accepting it")
        self.name.setPlaceholderText("I …  (an \"I\" statement)")
        self.name.setMaxLength(NAME_LIMIT)
        self.name.textEdited.connect(self._on_name_edited)
        self.name.returnPressed.connect(self.accept_current)
        self.members = QListWidget()
        self.members.setAccessibleName("Cards in the suggestion")
        self.members.setToolTip("Untick a card to leave it out of the theme")
        self.members.setWordWrap(True)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.members.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.members.itemChanged.connect(self._on_member_ticked)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName("Why these cards")
        self.typical = QLabel()
        self.typical.setWordWrap(True)
        self.typical.setAccessibleName("The most typical card")
        self.typical.setToolTip("The card nearest the middle of the group: a start for the name")
        self.accept_button = QPushButton("Accept as a theme")
        self.accept_button.setAccessibleName("Accept as a theme")
        self.accept_button.setToolTip("Make a theme of the ticked cards (Ctrl+Enter); "
                                      "Ctrl+Z undoes it")
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setAccessibleName("Dismiss suggestion")
        self.dismiss_button.setToolTip("Take this suggestion off the list; nothing on the wall "
                                       "changes (Ctrl+Delete)")
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.undo_dismiss_button = QPushButton("Undo dismiss")
        self.undo_dismiss_button.setAccessibleName("Undo dismiss")
        self.undo_dismiss_button.setToolTip("Put the last dismissed suggestion back on the list")
        self.undo_dismiss_button.clicked.connect(self.undo_dismiss)
        self.undo_dismiss_button.setEnabled(False)
        self._build_layout()
        self._show_detail(None)

    def _build_layout(self) -> None:
        name_label = QLabel("&Name it:")
        name_label.setBuddy(self.name)
        members_label = QLabel("Ca&rds (untick any that do not belong):")
        members_label.setBuddy(self.members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button, 1)
        buttons.addWidget(self.dismiss_button)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 6, 0, 0)
        detail.addWidget(name_label)
        detail.addWidget(self.name)
        detail.addWidget(self.reason)
        detail.addWidget(self.typical)
        detail.addWidget(members_label)
        detail.addWidget(self.members, 1)
        detail.addLayout(buttons)
        listed = QWidget()  # the list, and the way back for what was dismissed from it
        below = QVBoxLayout(listed)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.list, 1)
        below.addWidget(self.undo_dismiss_button, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listed)
        split.addWidget(self.detail)
        split.setSizes([240, 480])  # a handful of suggestions; the one being shaped needs room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- what the panel gives ------------------------------------------------------------------
    def set_suggestions(self, suggestions: list[Suggestion], kind: Kind) -> None:
        self.shown = [ShownSuggestion(s, kind, starting_name(s)) for s in suggestions]
        self._forget_dismissed()
        self._rebuild_list()
        if self.shown:
            self.list.setCurrentRow(0)

    def clear(self) -> None:
        self.shown = []
        self._forget_dismissed()
        self._rebuild_list()

    def _forget_dismissed(self) -> None:
        self.dismissed = []
        self.undo_dismiss_button.setEnabled(False)

    def current(self) -> ShownSuggestion | None:
        row = self.list.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def refresh(self) -> None:
        """The workshop changed: recount what each suggestion could still take, and drop a
        working name quoted from a card that is held back since (it may name someone)."""
        row = self.list.currentRow()
        for shown in self.shown:
            if self._quotes_held_back(shown, shown.name):
                shown.name = ""
        self._rebuild_list()
        if self.shown:
            self.list.setCurrentRow(min(max(row, 0), len(self.shown) - 1))

    # -- the facilitator's gestures ------------------------------------------------------------
    def accept_current(self) -> bool:
        """Ask for the current suggestion to become a theme (the panel pushes the command)."""
        shown = self.current()
        if shown is None:
            return False
        name = " ".join(self.name.text().split())
        if self._quotes_held_back(shown, name):
            shown.name = ""
            self.name.clear()
            self.status.emit("That name quotes a card now held back for possible personal "
                             "details. Give the theme a name of your own.")
            self.name.setFocus()
            return False
        if not name:
            self.status.emit("Give the theme a name first: an \"I\" statement.")
            self.name.setFocus()
            return False
        cards = still_unsorted(self.doc, shown.kind, shown.ticked())
        if not cards:
            self.status.emit("None of the ticked cards is still unsorted: nothing to make.")
            return False
        same = self._theme_named(shown.kind, name)
        if same is not None:  # said here, where the name is being typed, not in a message box
            self.status.emit(f"There is already a theme called “{same}”. Give this one another "
                             "name, or choose these cards on the wall and press M to move them "
                             "into that theme.")
            self.name.setFocus()
            self.name.selectAll()
            return False
        self.accept_requested.emit(name, cards)
        return True

    def _quotes_held_back(self, shown: ShownSuggestion, name: str) -> bool:
        """Whether ``name`` is still the sentence a member card was quoted for, and that card
        is held back now (the guard found, or was told, a name in it after the suggestion)."""
        if not name.strip():
            return False
        wanted = normalise_name(name)
        for card_id in shown.suggestion.member_ids:
            card = self.doc.get("cards", card_id)
            if card is not None and card.held_back \
                    and normalise_name(i_statement(card.text)) == wanted:
                return True
        return False

    def _theme_named(self, kind: Kind, name: str) -> str | None:
        """The name of the theme of ``kind`` that ``name`` would repeat (the wall allows one
        theme of a kind per name: the same words, whatever the case and punctuation)."""
        wanted = normalise_name(name)
        for theme in self.doc.workshop.themes:
            if theme.kind == kind and normalise_name(theme.name) == wanted:
                return theme.name
        return None

    def forget(self, shown: ShownSuggestion) -> None:
        """Take a suggestion off the list (accepted or dismissed)."""
        row = self.shown.index(shown)
        self.shown.pop(row)
        self._rebuild_list()
        if self.shown:
            self.list.setCurrentRow(min(row, len(self.shown) - 1))

    def dismiss_current(self) -> bool:
        shown = self.current()
        if shown is None:
            return False
        self.dismissed.append((shown, self.shown.index(shown)))
        self.forget(shown)
        self.undo_dismiss_button.setEnabled(True)
        self.status.emit(f"Dismissed “{shown.name}”. The wall is unchanged; Undo dismiss "
                         "brings it back.")
        self.dismissed_changed.emit()
        return True

    def undo_dismiss(self) -> bool:
        """Put the last dismissed suggestion back where it was, as the facilitator left it."""
        if not self.dismissed:
            return False
        shown, row = self.dismissed.pop()
        row = min(row, len(self.shown))
        self.shown.insert(row, shown)
        self._rebuild_list()
        self.list.setCurrentRow(row)
        self.undo_dismiss_button.setEnabled(bool(self.dismissed))
        self.status.emit(f"“{shown.name}” is back on the list.")
        self.dismissed_changed.emit()
        return True

    def untick(self, card_id: str) -> None:
        """Leave a card out of the current suggestion (what unticking it in the list does)."""
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(CARD_ROLE) == card_id:
                item.setCheckState(Qt.CheckState.Unchecked)

    def rename(self, name: str) -> None:
        """Type a new name for the current suggestion (what typing in the box does)."""
        self.name.setText(name)
        self._on_name_edited(name)

    # -- keeping the view in step --------------------------------------------------------------
    def _rebuild_list(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for shown in self.shown:
                item = QListWidgetItem()
                self._describe(item, shown)
                self.list.addItem(item)
        self._on_current_changed(self.list.currentRow())

    def _describe(self, item: QListWidgetItem, shown: ShownSuggestion) -> None:
        """A row like a card: the name, then how many cards and what they share."""
        ticked = shown.ticked()
        available = still_unsorted(self.doc, shown.kind, ticked)
        count = f"{len(available)} card{'s' if len(available) != 1 else ''}"
        free = set(available)
        changed = Counter(self._why_not_free(c, shown.kind) for c in ticked if c not in free)
        if changed:
            count += " (" + ", ".join(f"{n} {why}" for why, n in changed.items()) + ")"
        elif shown.unticked:
            count += f" of {len(shown.suggestion.member_ids)}"
        name = shortened(shown.name, 120) if shown.name.strip() else "Needs a name"
        item.setText(f"{shown.kind.symbol} {name}\n{count} · "
                     f"{_short_reason(shown.suggestion)}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"Suggested theme {name}, {count}. {shown.suggestion.reason}")
        item.setToolTip(shown.suggestion.reason)

    def _why_not_free(self, card_id: str, kind: Kind) -> str:
        """Why a card of a suggestion can no longer go into it (it changed since)."""
        card = self.doc.get("cards", card_id)
        if card is None:
            return "deleted since"
        if card.held_back:
            return "held back"
        if card.kind != kind:
            return "of another kind now"
        return "sorted since"

    def _on_current_changed(self, row: int) -> None:
        shown = self.shown[row] if 0 <= row < len(self.shown) else None
        self._show_detail(shown)
        self.highlight_requested.emit(still_unsorted(self.doc, shown.kind, shown.ticked())
                                      if shown else [])

    def _show_detail(self, shown: ShownSuggestion | None) -> None:
        self.detail.setEnabled(shown is not None)
        with QSignalBlocker(self.members), QSignalBlocker(self.name):
            self.members.clear()
            self.name.setText(shown.name if shown else "")
            self.name.setCursorPosition(0)  # a long name shows its start ("I …"), not its end
            self.reason.setText(shown.suggestion.reason if shown else
                                "Choose a suggestion above to shape it.")
            typical = self.doc.get("cards", shown.suggestion.typical_id) if shown else None
            self.typical.setText(f"Most typical card: “{shortened(typical.text)}”"
                                 if typical is not None and not typical.held_back else "")
            if shown is None:
                return
            available = set(still_unsorted(self.doc, shown.kind,
                                           list(shown.suggestion.member_ids)))
            for card_id in shown.suggestion.member_ids:
                card = self.doc.get("cards", card_id)
                if card is None:
                    continue
                # a panel beside the wall, which may be projected: a card held back since the
                # suggestion was made shows what was found only as [name], [phone]…
                words = words_on_screen(card, False)
                item = QListWidgetItem(shortened(words))
                item.setData(CARD_ROLE, card_id)
                item.setToolTip(words)
                if card_id in available:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked if card_id in shown.unticked
                                       else Qt.CheckState.Checked)
                else:  # changed meanwhile: shown, but it stays where it is
                    why = {"held back": "held back: personal details to check",
                           "sorted since": "already in a theme"}.get(
                        self._why_not_free(card_id, shown.kind), "now of another kind")
                    item.setText(f"{shortened(words)}  — {why}")
                    item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)

    def _on_name_edited(self, text: str) -> None:
        shown = self.current()
        if shown is not None:
            shown.name = text
            self._describe(self.list.currentItem(), shown)

    def _on_member_ticked(self, item: QListWidgetItem) -> None:
        shown = self.current()
        if shown is None:
            return
        card_id = item.data(CARD_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            shown.unticked.discard(card_id)
        else:
            shown.unticked.add(card_id)
        self._describe(self.list.currentItem(), shown)
        self.highlight_requested.emit(still_unsorted(self.doc, shown.kind, shown.ticked()))


def _short_reason(suggestion: Suggestion) -> str:
    if suggestion.key_words:
        return "shared words: " + ", ".join(suggestion.key_words)
    return "similar meaning, different words"
