"""Whether this screen shows the words the personal-detail guard held back.

Many meeting rooms mirror the laptop's screen on the projector, so the facilitator's own wall
and card table are what the room sees. A held-back card therefore shows its possible personal
details as placeholders ("I see [name] on Tuesdays") until the facilitator chooses to show them
on this screen; the choice lasts until wtfc closes and is never saved with the workshop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from wtfc.model.operations.cards import words_without_details
from wtfc.model.workshop import Card

SHOW_LABEL = "Show held-back details on this screen"
SHOW_TIP = ("Held-back cards show [name], [phone]… in place of the possible personal details "
            "found in them, in case this screen is projected")
SHOWING_WARNING = ("⚠ Held-back details are showing on this screen: hide them before "
                   "this screen is projected")


class HeldBackWords(QObject):
    """The facilitator's choice: ``shown`` or not (not at every start). Emits ``changed(bool)``.

    ``ask_first``, when set, is asked before they are shown (the room view is on this screen);
    its no keeps them hidden, and ``changed(False)`` unticks the box or menu item just ticked.
    """

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = False
        self.ask_first: Callable[[], bool] | None = None

    def set_shown(self, on: bool) -> None:
        if on == self.shown:
            return
        if on and self.ask_first is not None and not self.ask_first():
            self.changed.emit(False)
            return
        self.shown = on
        self.changed.emit(on)


def words_on_screen(card: Card, shown: bool) -> str:
    """The card's words as this screen may show them."""
    return card.text if shown or not card.held_back else words_without_details(card)


def details_on_screen(card: Card, shown: bool) -> str:
    """What the guard found, as this screen may show it: "Mrs Jones, 07700…" when shown, else
    only what kind of detail each one is ("[name], [phone]")."""
    found = (d.text for d in card.personal_details) if shown or not card.held_back \
        else (d.placeholder for d in card.personal_details)
    return ", ".join(dict.fromkeys(found))


# What keeps the card's words from the room, by where the room view is (``room_case``). Only
# the projector's own picture going off protects a screen the room sees: the room view's Blank
# (B) blanks its own window, not this screen mirrored beside it.
PICTURE_OFF = ("turn the projector's picture off first (its remote's Blank or AV-mute button, "
               "or Windows+P → PC screen only)")
ROOM_HERE = f"The room view is on this screen, so the room may be seeing it: {PICTURE_OFF}."
ROOM_ELSEWHERE = "The room view is on another screen: this screen is not the room's."
ROOM_UNKNOWN = f"If the projector shows this screen, {PICTURE_OFF}."


def room_case(parent: QWidget) -> str:
    """Where the room view is, for ``parent``'s window: up on this screen (the only one, or
    chosen), on another screen, or not up (this screen may still be mirrored); as
    ``wall.room_held_back`` reads it to hide held-back details beside the room view."""
    window = parent.window()
    room = getattr(window, "room", None)  # the main window's (pages.menu_contributions)
    kept = getattr(room, "held_back_kept", None)
    if room is None or kept is None:
        return ROOM_UNKNOWN
    if kept.room_here():
        return ROOM_HERE
    up = room.act_show.isChecked() and room.window.isVisible()
    return ROOM_ELSEWHERE if up else ROOM_UNKNOWN


def may_edit_on_screen(parent: QWidget, card: Card, shown: bool) -> bool:
    """Editing a card shows its words; a held-back card's, while this screen hides them, only
    when the facilitator says so (the screen may be on the projector)."""
    from PySide6.QtWidgets import QMessageBox

    if shown or not card.held_back:
        return True
    kinds = details_on_screen(card, False)
    answer = QMessageBox.question(
        parent, "Show a held-back card's words?",
        f"This card is held back because it may hold personal details ({kinds}). Editing it "
        f"shows its words, details and all, on this screen. {room_case(parent)}\n\n"
        "Show its words and edit it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
