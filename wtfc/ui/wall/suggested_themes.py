"""The "Suggested themes" page of the suggestions panel: proposals the room accepts, edits or
dismisses. Nothing here is applied on its own.

A suggestion is listed like a card (its working name, how many cards, the words they share).
Choosing one rings its cards on the wall and opens it below the list, where the facilitator
renames it (as an "I" statement) and unticks cards that do not belong, then accepts it: one
undoable command creating the theme from the ticked cards that are STILL unsorted (cards sorted
by hand meanwhile are left where they are). A suggestion close to a theme already made says
so, and "Add to that theme" puts its ticked cards there instead (one undoable command too).
Dismiss only drops it from the list."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.unnamed_themes import wants_placeholder
from wtfc.model.workshop import Kind
from wtfc.ui.fingers import ItemFingers
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.wall.card_list import card_like_list, shortened
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.suggestion_closeness import CloseThemes
from wtfc.ui.wall.suggestion_rows import CARD_ROLE, describe_row, member_rows
from wtfc.ui.wall.suggestion_state import (
    ShownSuggestion,
    called,
    close_theme,
    held_back_name_check,
    names_held_back_now,
    refusal,
    starting_name,
    still_unsorted,
    take_off_old_words,
    theme_named,
)
from wtfc.ui.wall.suggestions_layout import fit_list, lay_out_themes_page

__all__ = ["ShownSuggestion", "SuggestedThemesPage", "starting_name", "still_unsorted"]
NAME_LIMIT = 300  # what a theme's name holds (``Theme.name``)
NONE_FREE = "None of the ticked cards is still free to go in a theme: nothing to "

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from wtfc.clustering.suggest import Suggestion


class SuggestedThemesPage(QWidget):
    """The list of suggestions and the one being shaped.

    ``highlight_requested(card_ids)``: ring these cards on the wall (empty: none);
    ``accept_requested(name, card_ids)``: make this theme; ``add_requested(theme_id, card_ids)``:
    put these cards in the theme it is close to; ``status(text)``: say what happened."""

    highlight_requested = Signal(list)
    accept_requested = Signal(str, list)
    add_requested = Signal(str, list)
    status = Signal(str)
    said_until_edit = Signal()  # after its status: so of the list now; the next edit replaces it
    # laid out by suggestions_layout.lay_out_themes_page
    detail: QWidget  # the one being shaped (greyed while none is chosen)
    details: QWidget  # its words, which scroll on a short screen
    shaping: QScrollArea  # what ``details`` scroll in
    listed: QWidget  # the list and Undo dismiss
    split: QSplitter

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.shown: list[ShownSuggestion] = []
        # dismissed from this list, last last, with the row each had: not workshop edits, so not
        # on the undo stack, but "Undo dismiss" brings them back
        self.dismissed: list[tuple[ShownSuggestion, int]] = []
        self._acted_at = -math.inf  # when the last accept, add or dismiss chose the next one
        # when the last Undo dismiss was: still in place while more are dismissed, so the
        # second click of a double-click on it brought back a second suggestion
        self._undone_at = -math.inf
        self.list = card_like_list("Suggested themes",
                                   "Suggestions: choose one to see its cards ringed on the wall")
        self.list.currentRowChanged.connect(self._on_current_changed)
        # a suggestion the facilitator chose (not one an accept or dismiss moved on to) is read
        self.list.currentRowChanged.connect(lambda _row: setattr(self, "_acted_at", -math.inf))
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the suggested theme")
        self.name.setToolTip("Name the theme as an \"I\" statement; left empty, it is a group "
                             "to name later")
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
        ItemFingers(self.members)  # a flick to scroll it chose (not ticked) each card it passed
        self.members.itemChanged.connect(self._on_member_ticked)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        # read as its words, not named: "Why these cards" and "The most typical card" were
        # all a screen reader heard of the reason and the card
        self.reason.setAccessibleDescription("Why these cards")
        self.typical = QLabel()
        self.typical.setWordWrap(True)
        self.typical.setTextFormat(Qt.TextFormat.PlainText)  # the card's words as typed
        self.typical.setToolTip("The card nearest the middle of the group: a start for the name")
        self.accept_button = QPushButton("Accept as a theme")
        self.accept_button.setAccessibleName("Accept as a theme")
        self.accept_button.setToolTip("Make a theme of the ticked cards (Ctrl+Enter); "
                                      "Ctrl+Z undoes it")
        self.accept_button.clicked.connect(self.accept_current)
        self.add_button = QPushButton("Add to that theme")
        self.add_button.setAccessibleName("Add to that theme")
        # its tooltip names the theme (_show_choice); its keys: the wall's (panel_actions)
        self.add_button.clicked.connect(self.add_current)
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
        lay_out_themes_page(self)
        self.close_themes = CloseThemes(self)
        self._show_detail(None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_list(self)  # narrower, the rows wrap onto more lines

    # -- what the panel gives ------------------------------------------------------------------
    def set_suggestions(self, suggestions: list[Suggestion], kind: Kind,
                        made_from: dict[str, str] | None = None) -> None:
        """``made_from``: the cards' words the worker read (card id: text); see ``refresh``."""
        read = made_from or {}
        self.shown = [ShownSuggestion(s, kind, starting_name(s), made_from={
            i: read[i] for i in s.member_ids if i in read}) for s in suggestions]
        self.close_themes.forget()
        self.close_themes.follow()  # on a worker: the rows say so when it answers
        self._forget_dismissed()
        self.refresh(0)  # checked against the cards as they are now, not as the worker read them
        # a new list: three rows in sight, the rest of the height for shaping the chosen one
        whole = sum(self.split.sizes())
        if whole > 0:
            listed = self.listed.minimumSizeHint().height()
            self.split.setSizes([listed, whole - listed])

    def clear(self) -> None:
        self.shown = []
        self.close_themes.forget()
        self._forget_dismissed()
        self._rebuild_list(-1)

    def show_again(self, row: int) -> None:
        """The list set aside while suggestions were worked out is back (``shown`` and
        ``dismissed`` put back): ranked again, as themes may have changed meanwhile."""
        self.close_themes.forget()
        self.close_themes.follow()
        self._offer_undo_dismiss()
        self.refresh(row)

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

    def refresh(self, row: int | None = None) -> None:
        """The workshop changed: recount what each suggestion could still take, and take off
        the words of cards changed or held back since (they may name someone: this panel may be
        projected). ``row`` is chosen (None: the one chosen now)."""
        row = self.list.currentRow() if row is None else row
        watched, says = names_held_back_now(self.doc), held_back_name_check(self.doc)
        typed = [take_off_old_words(self.doc, shown, watched, says)
                 for shown in (*self.shown, *(dismissed for dismissed, _row in self.dismissed))]
        self._rebuild_list(row)
        if any(typed):  # the room's own words: never gone without a word
            self.status.emit("A name typed for a suggestion names someone now held back on a "
                             "card, so it was taken off. Give the theme a name of your own.")

    # -- the facilitator's gestures ------------------------------------------------------------
    def accept_current(self) -> bool:
        """Ask for the current suggestion to become a theme (the panel pushes the command)."""
        shown = self.current()
        if shown is None or self._just_acted():
            return False
        name = " ".join(self.name.text().split())
        refused = refusal(self.doc, shown, name)
        if refused:  # the row said it too; the box keeps it to change, never wiped
            shown.name, shown.refused = "", name
            describe_row(self.doc, self.list.currentItem(), shown)
            self.status.emit(refused)
            self.name.setFocus()
            return False
        cards = still_unsorted(self.doc, shown.kind, shown.ticked())
        if not cards:
            self.status.emit(NONE_FREE + "make.")
            self.said_until_edit.emit()  # a History jump forward may bring them back
            return False
        # nothing or "I": a group to name later, as New theme makes (``create_theme``)
        same = None if wants_placeholder(name) else theme_named(self.doc, shown.kind, name)
        if same is not None:  # said here, where the name is being typed, not in a message box
            self.status.emit(f"There is already a theme called “{same}”. Give this one another "
                             "name, or choose these cards on the wall and press M to move them "
                             "into that theme.")
            self.name.setFocus()
            self.name.selectAll()
            return False
        self.accept_requested.emit(name, cards)
        self._acted_at = time.monotonic()  # after the next one is chosen, however long
        return True

    def _just_acted(self, since: float | None = None) -> bool:
        """One gesture, one suggestion: the second click of a double-click (or Ctrl+Enter,
        Ctrl+Delete pressed twice) lands on the next suggestion, chosen by the accept or
        dismiss, which the room has not read. Ignored within the system's double-click time of
        the last accept, add or dismiss (``since``: of the last undo dismiss, for its own
        button alone; a dismiss then Undo dismiss then Accept are gestures in three places)."""
        at = self._acted_at if since is None else since
        return (time.monotonic() - at) * 1000 < QApplication.doubleClickInterval()

    def add_current(self) -> bool:
        """Ask for the ticked cards to go into the theme the current suggestion is close to
        (the panel pushes the command; the name typed here is not needed)."""
        shown = self.current()
        theme = close_theme(self.doc, shown) if shown is not None else None
        # Ctrl+Shift+Enter (its button is not shown); a second press of a double press says nothing
        if shown is not None and theme is None and not self._just_acted():
            self.status.emit("The chosen suggestion is not close to a theme you have made: "
                             "Ctrl+Enter makes it a new theme.")
        if shown is None or theme is None or self._just_acted():
            return False
        cards = still_unsorted(self.doc, shown.kind, shown.ticked())
        if not cards:
            self.status.emit(NONE_FREE + "add.")
            self.said_until_edit.emit()
            return False
        self.add_requested.emit(theme.id, cards)
        self._acted_at = time.monotonic()
        return True

    def show_close(self) -> None:
        """The ranking against the themes answered: say so in the rows and the chosen one."""
        for row, shown in enumerate(self.shown):
            describe_row(self.doc, self.list.item(row), shown)
        self._show_choice(self.current())
        fit_list(self)  # with Add to that theme, if it shows, below

    def _show_choice(self, shown: ShownSuggestion | None) -> None:
        """A new theme, or (close to one already made) Add to that theme as well."""
        # its row says "≈ Close to your theme …" (said again above the name, it took the room
        # of the name box on a laptop)
        theme = close_theme(self.doc, shown) if shown is not None else None
        self.add_button.setVisible(theme is not None)
        self.add_button.setToolTip(plain_tip(  # the theme's name as typed, not as markup
            f"Put the ticked cards in “{shortened(wall_theme_name(theme.name), 80)}” "
            "(Ctrl+Shift+Enter); Ctrl+Z undoes it") if theme else "")
        accept = "Make a new theme" if theme else "Accept as a theme"
        self.accept_button.setText(accept)
        self.accept_button.setAccessibleName(accept)

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
        if shown is None or self._just_acted():
            return False
        self.dismissed.append((shown, self.shown.index(shown)))
        self.forget(shown)
        self._acted_at = time.monotonic()
        self._offer_undo_dismiss()
        self.status.emit(f"Dismissed {called(shown)}. The wall is unchanged; Undo dismiss "
                         "brings it back.")
        self.said_until_edit.emit()
        return True

    def undo_dismiss(self) -> bool:
        """Put the last dismissed suggestion back where it was, as the facilitator left it."""
        if not self.dismissed or self._just_acted(self._undone_at):
            return False
        shown, row = self.dismissed.pop()
        row = min(row, len(self.shown))
        self.shown.insert(row, shown)
        self._rebuild_list(row)
        # guards only a second click on Undo dismiss: the one back is the one the room read
        # and set aside, so Accept (or Dismiss) on it at once is a new gesture
        self._undone_at, self._acted_at = time.monotonic(), -math.inf
        self._offer_undo_dismiss()
        self.status.emit(f"{called(shown)[0].upper()}{called(shown)[1:]} is back on the list.")
        self.said_until_edit.emit()
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
        self._on_current_changed(self.list.currentRow())

    def _on_current_changed(self, row: int) -> None:
        shown = self.shown[row] if 0 <= row < len(self.shown) else None
        self._show_detail(shown)
        fit_list(self)  # its first cards, and Add if it shows, in sight below the list
        self.highlight_requested.emit(still_unsorted(self.doc, shown.kind, shown.ticked())
                                      if shown else [])

    def _show_detail(self, shown: ShownSuggestion | None) -> None:
        self.detail.setEnabled(shown is not None)
        self._show_choice(shown)
        with QSignalBlocker(self.members), QSignalBlocker(self.name):
            self.members.clear()
            self.name.setText((shown.name or shown.refused) if shown else "")
            self.name.setCursorPosition(0)  # a long name shows its start ("I …"), not its end
            self.reason.setText(shown.suggestion.reason if shown else
                                "Choose a suggestion above to shape it.")
            typical = self.doc.get("cards", shown.suggestion.typical_id) if shown else None
            self.typical.setText(f"Most typical card: “{shortened(typical.text)}”"
                                 if typical is not None and not typical.held_back else "")
            if shown is None:
                return
            for item in member_rows(self.doc, shown):
                self.members.addItem(item)

    def _on_name_edited(self, text: str) -> None:
        shown = self.current()
        if shown is not None:
            shown.name, shown.refused = text, ""
            describe_row(self.doc, self.list.currentItem(), shown)
            fit_list(self)  # a longer name may wrap onto another line

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
