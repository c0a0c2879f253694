"""The Collect page's personal-detail decisions: redact the held-back cards, mark them as fine,
and check every card again against the names to watch for.

Each decision is one undoable step; a refusal is said on the page's ``RefusalNotice``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.names_list import people_in
from wtfc.model.commands import CommandGroup
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.operations.cards import clear_card_details, redact_card
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card
from wtfc.ui.boards.common import RefusalNotice, announce, push_edit
from wtfc.ui.card_guard import fresh_findings, parse_names
from wtfc.ui.names_check import NamesCheck
from wtfc.ui.names_check_offer import CheckOffer
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.undo_keys import keep_own_undo

if TYPE_CHECKING:
    from wtfc.ui.theme_names_to_check import ThemeNamesToCheck


def _named(widget, name: str, tip: str):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


def redact_cards(
    *, doc: Document, undo: UndoAdapter, notice: RefusalNotice, cards: list[Card]
) -> None:
    """Redact the personal details of the held-back ones among ``cards``."""
    flagged = [c.id for c in cards if c.held_back]
    if not flagged:
        notice.say("Select a card held back (⚠) to redact its personal details.")
        return
    if len(flagged) == 1:
        push_edit(undo, notice, lambda: redact_card(doc, card_id=flagged[0]))
        return
    # One undo step for the lot; each redaction reads the card as the document has it.
    edits = [redact_card(doc, card_id=card_id) for card_id in flagged]
    push_edit(
        undo,
        notice,
        lambda: CommandGroup(f"Redact personal details in {len(flagged)} cards", list(edits)),
    )


def mark_cards_fine(
    *, doc: Document, undo: UndoAdapter, notice: RefusalNotice, cards: list[Card]
) -> None:
    """The flagged words of the held-back ones among ``cards`` may be shown."""
    flagged = [c.id for c in cards if c.held_back]
    if not flagged:
        notice.say("Select a card held back (⚠) to mark it as fine.")
        return
    push_edit(undo, notice, lambda: clear_card_details(doc, card_ids=flagged))


def _grown(pasted: list[str], before: tuple[str, ...], settled: tuple[str, ...]
           ) -> tuple[str, ...]:
    """The names in force while the box is edited: those in it, and those in force before
    that it no longer has (cleared to paste a fuller list, a letter backspaced to correct one:
    the room view on the projector goes on showing "[name]"). Only a name's stages as it is
    typed in this edit go ("An" once "Ann Best" is there): kept, they would hide the word "an"
    on the projector until editing ends. Names in force before the edit (``settled``) stay."""
    have = {name.casefold() for name in pasted}
    gone = [name for name in before if name.casefold() not in have]
    longer = [name.casefold() for name in (*pasted, *gone)]
    kept_for_good = {name.casefold() for name in settled}
    kept = [name for name in gone if name.casefold() in kept_for_good
            or not any(other != name.casefold() and other.startswith(name.casefold())
                       for other in longer)]
    return (*pasted, *kept)


class WatchNamesBox(QGroupBox):
    """The "Names to watch for" box: the names pasted, and "Check all cards again" with them."""

    background_from = 2_000  # cards: fewer are checked at once (about a quarter of a second)
    tell_after_ms = 300  # the room views follow the names this long after the last key

    def __init__(self, doc: Document, undo: UndoAdapter, notice: RefusalNotice) -> None:
        super().__init__("&Names to watch for")
        self._keep_result_seen = False  # see below: the check's result kept in sight
        self.doc, self.undo, self.notice = doc, undo, notice
        self._names: list[str] = []  # in memory only: never saved, never in the settings
        self.check: NamesCheck | None = None  # the check running in the background
        # another workshop opened: the check was of the old one's cards
        doc.events.reset.connect(self.stop_check)
        _named(self, "Names to watch for", "Names to hold back a card for, wherever they appear")
        self.explain = explain = QLabel(
            "Paste the names of the people reviewed and of staff, one a line. "
            "They are kept only while wtfc is open: never saved in the file."
        )
        explain.setWordWrap(True)
        self.names_box = _named(
            QPlainTextEdit(),
            "Names to watch for, one a line",
            "e.g. Mrs Jones, Dennis Smith (kept in memory only)",
        )
        # one line that reads as a hint: three names on three lines looked already entered
        self.names_box.setPlaceholderText("One a line, e.g. Mrs Jones")  # fits the box unwrapped
        self.names_box.setTabChangesFocus(True)
        keep_own_undo(self.names_box)  # no part of the workshop: Ctrl+Z here never undoes it
        # every page's guard (the wall's card editor too) watches for the same names; while
        # the box is being edited they only grow, a name taken out counts until editing ends
        self._settled: tuple[str, ...] = doc.names_to_watch  # as at the last end of editing
        # the room views are told once typing pauses: each relayout measures every row again
        # (~0.4 s a key at 283 actions); the names themselves are in force at once
        self._names_told = QTimer(self, singleShot=True, interval=self.tell_after_ms)
        self._names_told.timeout.connect(self._tell_names)
        self.names_box.textChanged.connect(lambda: self.names())
        self.names_box.installEventFilter(self)  # focus leaving it, or it folded away
        self.check_button = _named(
            QPushButton("&Check all cards again"),
            "Check all cards again",
            "Look for personal details again, with these names",
        )
        self.check_button.clicked.connect(lambda *_: self.check_all_again())
        # no fixed accessible name: a screen reader reads the result's own words
        self.check_result = QLabel()
        self.check_result.setToolTip("What the last check found")
        self.check_result.setWordWrap(True)
        self.check_result.setMinimumHeight(self.check_result.fontMetrics().lineSpacing() * 3)
        self.check_result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # themes named before the name was known: listed to rename, never renamed silently
        # (made at the first check: not on the start-up path)
        self.theme_names: ThemeNamesToCheck | None = None
        # Scrolled when short (a 1366x768 laptop at 150%): squeezed, the wrapped explanation lost
        # its first and last lines, "never saved in the file" among them.
        self._contents = QWidget()
        self._layout = layout = QVBoxLayout(self._contents)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explain)
        layout.addWidget(self.names_box, 1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.check_result)
        self._area = QScrollArea()
        self._area.setWidget(self._contents)
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the box, not the scroller
        QVBoxLayout(self).addWidget(self._area)
        # A check's result is kept in sight while the page settles around it (at 16 pt its line
        # went half below the box's view as the page's notice took room), until the facilitator
        # scrolls the box or goes back to the names.
        bar = self._area.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_result_in_sight)
        bar.actionTriggered.connect(self._stop_keeping_result)
        # names added: how many cards name someone, and the check offered (the page's row)
        self.offer = CheckOffer(self)

    def minimumSizeHint(self) -> QSize:
        """At least 260 px, and never narrower than its title and button in the page's font:
        a fixed 260 cut them to "Names to watch fo" and "heck all cards aga" at a 16 pt
        system font."""
        # the scroll area does not pass on its contents' width (the button's): it is its least
        inside = self._contents.minimumSizeHint().width()
        inside += self._area.verticalScrollBar().sizeHint().width()
        if self._area.minimumWidth() != inside:
            self._area.setMinimumWidth(inside)
        return super().minimumSizeHint().expandedTo(QSize(260, 0))

    def event(self, event: QEvent) -> bool:
        """Alt+N (the title's letter) puts the keyboard in the names box, to paste a second
        list: Qt's group box gives it to the child last focused, which after a Tab out of the
        box was "Check all cards again" (Ctrl+V there added nothing and said nothing)."""
        if event.type() == QEvent.Type.Shortcut and self.names_box.isVisible():
            self.go_to_names(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().event(event)

    def go_to_names(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """The keyboard in the names box, scrolled into view: at 16 pt on a 768-high laptop the
        box's view shows only the top of the explanation, and Ctrl+V into a box out of sight
        changed nothing on screen (the names were pasted again, or thought lost)."""
        self._keep_result_seen = False
        self.names_box.setFocus(reason)
        self._show_names_top()
        # again once the box opened just now has its size (its layout runs after this), unless
        # the view was scrolled meanwhile
        at = self._area.verticalScrollBar().value()
        QTimer.singleShot(0, self, lambda: self._show_names_top(unless_moved_from=at))

    def _show_names_top(self, unless_moved_from: int | None = None) -> None:
        """Scrolled no further than to show the names box's first line (where a paste goes):
        the privacy note above it stays whole wherever the view has room for both."""
        if unless_moved_from not in (None, self._area.verticalScrollBar().value()):
            return
        box = self.names_box
        line = box.frameWidth() + int(box.document().documentMargin())
        line += box.fontMetrics().lineSpacing()
        self._area.ensureVisible(box.x(), box.y() + min(line, box.height()), 0, 0)

    def _stop_keeping_result(self, *_: object) -> None:
        self._keep_result_seen = False

    def _keep_result_in_sight(self, *_: object) -> None:
        if self._keep_result_seen:
            self._area.ensureWidgetVisible(self.check_result)

    def names(self) -> list[str]:
        """The names to watch for now (kept in memory only): those in the box, and while it is
        being edited also those taken out of it since editing began."""
        return self._put_in_force(growing=self._being_edited())

    def end_editing(self, *, offer: bool = True) -> None:
        """The facilitator has finished with the box: a name taken out of it counts no more;
        with names added, the check is ``offer``ed (``CheckOffer``)."""
        self._put_in_force(growing=False, offer=offer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.names_box and self._editing_ends(event):
            self.end_editing()
        elif watched is self.names_box and event.type() == QEvent.Type.FocusIn:
            self._keep_result_seen = False  # back at the names: the view stays with them
        return super().eventFilter(watched, event)

    def _editing_ends(self, event: QEvent) -> bool:
        """Focus gone to another part of this window (Tab, a click, a key to a button), or the
        box folded away or its page left. Not another window (the spreadsheet the fuller list
        is copied from, the room view, a dialog) nor a menu (Paste): the facilitator comes back
        to the box, and the room meanwhile must not see the names cleared to paste again."""
        if event.type() == QEvent.Type.Hide:
            return not event.spontaneous()  # not the window minimised
        if event.type() != QEvent.Type.FocusOut or not isinstance(event, QFocusEvent):
            return False
        if event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                              Qt.FocusReason.PopupFocusReason):
            return False
        now = QApplication.focusWidget()
        return now is not None and now.window() is self.names_box.window()

    def _being_edited(self) -> bool:
        """The box is where the keys go in its window (that window active or not)."""
        box = self.names_box
        return box.isVisible() and box.window().focusWidget() is box

    def _put_in_force(self, *, growing: bool, offer: bool = True) -> list[str]:
        pasted = parse_names(self.names_box.toPlainText())
        added = False
        if growing:
            names = _grown(pasted, self.doc.names_to_watch, self._settled)
        else:
            had = {name.casefold() for name in self._settled}
            added = any(name.casefold() not in had for name in pasted)
            names = self._settled = tuple(pasted)
        self._names = list(names)
        if names != self.doc.names_to_watch:
            self.doc.names_to_watch = names  # exports and the guard read them at once
            # no edit, so no other event: a room view up guards with them and draws again, once
            # typing pauses (one layout, not one a key); at once when editing ends
            if growing:
                self._names_told.start()
            else:
                self._tell_names()
        elif not growing and self._names_told.isActive():
            self._tell_names()
        if added and offer:
            self.offer.names_added()
        return list(self._names)

    def _tell_names(self) -> None:
        self._names_told.stop()
        self.doc.events.names_changed.emit()
        if self.doc.names_to_watch:  # History and the Undo item hide them from now on, not
            # from the next check (the room view may show this screen)
            self._list_theme_names(list(self.doc.names_to_watch))

    def check_all_again(self) -> None:
        """Run the guard over every card with the names pasted now, as one undoable step; in a
        big workshop off the UI thread, with a progress bar and Cancel."""
        if self.undo.read_only:
            self.notice.say("This workshop is open read-only, so it can't be changed.")
            return
        if self.check is not None:  # one check at a time
            return
        self.end_editing(offer=False)  # the check is with the names the box has now
        names = self.names()
        cards = list(self.doc.workshop.cards)  # a copy: cards are never changed in place
        before = sum(1 for c in cards if c.held_back)
        if len(cards) < self.background_from:
            self._store(fresh_findings(cards, names), names, before)
            return
        self.check = NamesCheck(cards, names, self)
        self.check.ended.connect(lambda findings: self._on_check_ended(findings, names, before))
        self.check.failed.connect(self._on_check_failed)
        self.check_button.setEnabled(False)
        self.say(f"Checking {len(cards):,} cards…")
        self.check.start()

    def stop_check(self) -> None:
        """Stop a check still running, storing nothing, as Cancel does (the page clears the
        result line: it was about the other workshop's cards)."""
        if self.check is not None:
            self.check.stop()
            self._end_check()

    def _on_check_ended(self, findings: dict | None, names: list[str], before: int) -> None:
        checked = self._end_check()
        if findings is None:
            self.say("Check stopped: no card was changed.")
        elif any(self.doc.get("cards", c.id) is not c for c in checked):
            # the progress dialog is modal, so only a bug of ours gets here
            self.say("Cards changed during the check, so nothing was stored. Check them again.")
        else:
            self._store(findings, names, before)

    def _on_check_failed(self, message: str) -> None:
        self._end_check()
        self.say(message)

    def _end_check(self) -> list[Card]:
        checked = self.check.cards if self.check is not None else []
        if self.check is not None:
            self.check.deleteLater()
        self.check = None
        self.check_button.setEnabled(True)
        return checked

    def _store(self, findings: dict, names: list[str], before: int) -> None:
        step = self.undo.stack.index()
        push_edit(self.undo, self.notice, lambda: store_fresh_findings(self.doc, findings=findings))
        self._list_theme_names(names)
        # people, not the words each is watched by: '"Quarrie, Zebulon" <…>' is one (W1 M1)
        people = min(people_in(self.names_box.toPlainText()), len(names)) or len(names)
        watched = f"with {people} name(s) to watch for" if names else "(no names pasted)"
        checked = f"Checked {count_phrase(len(findings), 'card')} {watched}"
        if self.undo.stack.index() == step:  # nothing new found: no step was made
            self.say(f"{checked}: no change.")
            return
        after = sum(1 for c in self.doc.workshop.cards if c.held_back)
        self.say(f"{checked}: {after} held back now (was {before}).")

    def _list_theme_names(self, names: list[str]) -> None:
        from wtfc.ui.theme_names_to_check import ThemeNamesToCheck, names_held_back

        if self.theme_names is None:
            self.theme_names = ThemeNamesToCheck(self.doc, self.undo, self.notice)
            self._layout.addWidget(self.theme_names)
        self.theme_names.watch(names_held_back(self.doc, names), names)

    def say(self, text: str) -> None:
        """``text`` on the box's result line, kept in sight and told to a screen reader."""
        self.check_result.setText(text)
        announce(self.check_result, text)
        # below the button, it was half out of the box's view at 16 pt: scrolled to once its
        # new words have their height, and again if the view is made shorter (see __init__)
        self._keep_result_seen = True
        QTimer.singleShot(0, self, lambda: self._area.ensureWidgetVisible(self.check_result))
