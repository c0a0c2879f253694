"""The "Suggested themes" page of the suggestions panel: proposals the room accepts, edits or
dismisses. Nothing here is applied on its own.

A suggestion is listed like a card (its working name, how many cards, the words they share).
Choosing one rings its cards on the wall and opens it below the list, where the facilitator
renames it (as an "I" statement) and unticks cards that do not belong, then accepts it: one
undoable command creating the theme from the ticked cards that are STILL unsorted (cards sorted
by hand meanwhile are left where they are). Dismiss only drops it from the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
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
from wtfc.ui.wall.suggestion_rows import describe_row, keep_three_rows, rows_high, why_not_free
from wtfc.ui.wall.suggestion_state import ShownSuggestion, starting_name, still_unsorted

__all__ = ["ShownSuggestion", "SuggestedThemesPage", "starting_name", "still_unsorted"]

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_LIMIT = 300  # what a theme's name holds (``Theme.name``)

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion


def called(shown: ShownSuggestion) -> str:
    """How a message names a suggestion: by its name, or it said 'Dismissed “”.'"""
    return f"“{shown.name}”" if shown.name.strip() else "the suggestion with no name yet"


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
        self.details = QWidget()  # what scrolls when the screen is short; the buttons stay put
        words = QVBoxLayout(self.details)
        words.setContentsMargins(0, 0, 0, 0)
        for widget in (name_label, self.name, self.typical, members_label):
            words.addWidget(widget)
        words.addWidget(self.members, 1)
        words.addWidget(self.reason)  # after the cards: also the list row's tooltip
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to the name
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(self.name.sizeHint().height() * 2)
        self.members.setMinimumHeight(rows_high(self.members, 3))
        detail.addWidget(scroll, 1)
        detail.addLayout(buttons)
        self.listed = listed = QWidget()  # the list, and the way back for what was dismissed
        below = QVBoxLayout(listed)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.list, 1)
        below.addWidget(self.undo_dismiss_button, 0, Qt.AlignmentFlag.AlignRight)
        self.undo_dismiss_button.hide()  # shown while there is a dismissal to undo
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(listed)
        self.split.addWidget(self.detail)
        self.split.setCollapsible(0, False)
        self.split.setCollapsible(1, False)
        self.split.setStretchFactor(0, 0)  # a taller panel gives the one being shaped the room
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([240, 480])  # a handful of suggestions; the one being shaped needs room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        keep_three_rows(self.list)  # narrower, the rows wrap onto more lines

    # -- what the panel gives ------------------------------------------------------------------
    def set_suggestions(self, suggestions: list[Suggestion], kind: Kind) -> None:
        self.shown = [ShownSuggestion(s, kind, starting_name(s)) for s in suggestions]
        self._forget_dismissed()
        self._rebuild_list(0)
        # a new list: three rows in sight, the rest of the height for shaping the chosen one
        whole = sum(self.split.sizes())
        if whole > 0:
            listed = self.listed.minimumSizeHint().height()
            self.split.setSizes([listed, whole - listed])

    def clear(self) -> None:
        self.shown = []
        self._forget_dismissed()
        self._rebuild_list(-1)

    def _forget_dismissed(self) -> None:
        self.dismissed = []
        self._offer_undo_dismiss()

    def _offer_undo_dismiss(self) -> None:
        """Undo dismiss, in sight only while there is a dismissal to undo (its row is a
        suggestion fewer on a laptop)."""
        self.undo_dismiss_button.setEnabled(bool(self.dismissed))
        self.undo_dismiss_button.setVisible(bool(self.dismissed))

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
        self._rebuild_list(row)

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
        """Take a suggestion off the list (accepted or dismissed). The keyboard, if it was in
        the one being shaped (Enter in the name box), goes to the list: arrows choose the next,
        Tab names it. Not to the next one's name box, where a second Enter would accept a
        suggestion nobody has read yet."""
        focused = QApplication.focusWidget()
        shaping = focused is not None and self.detail.isAncestorOf(focused)
        row = self.shown.index(shown)
        self.shown.pop(row)
        self._rebuild_list(row)
        if shaping:
            self.list.setFocus()

    def dismiss_current(self) -> bool:
        shown = self.current()
        if shown is None:
            return False
        self.dismissed.append((shown, self.shown.index(shown)))
        self.forget(shown)
        self._offer_undo_dismiss()
        self.status.emit(f"Dismissed {called(shown)}. The wall is unchanged; Undo dismiss "
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
        self._rebuild_list(row)
        self._offer_undo_dismiss()
        self.status.emit(f"{called(shown)[0].upper()}{called(shown)[1:]} is back on the list.")
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
    def _rebuild_list(self, row: int) -> None:
        """The rows again, ``row`` (or the nearest) chosen. Chosen before the detail follows:
        passing through "none chosen" disabled the detail, and Qt dropped the keyboard focus
        from the name box (after Enter there the keys went nowhere)."""
        with QSignalBlocker(self.list):
            self.list.clear()
            for shown in self.shown:
                item = QListWidgetItem()
                describe_row(self.doc, item, shown)
                self.list.addItem(item)
            if self.shown:
                self.list.setCurrentRow(min(max(row, 0), len(self.shown) - 1))
        keep_three_rows(self.list)
        self._on_current_changed(self.list.currentRow())

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
                        why_not_free(self.doc, card_id, shown.kind), "now of another kind")
                    item.setText(f"{shortened(words)}  — {why}")
                    item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)

    def _on_name_edited(self, text: str) -> None:
        shown = self.current()
        if shown is not None:
            shown.name = text
            describe_row(self.doc, self.list.currentItem(), shown)

    def _on_member_ticked(self, item: QListWidgetItem) -> None:
        shown = self.current()
        if shown is None:
            return
        card_id = item.data(CARD_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            shown.unticked.discard(card_id)
        else:
            shown.unticked.add(card_id)
        describe_row(self.doc, self.list.currentItem(), shown)
        self.highlight_requested.emit(still_unsorted(self.doc, shown.kind, shown.ticked()))
