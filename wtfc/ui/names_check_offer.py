"""After names are pasted to watch for: how many cards name someone now, and Check all cards
again offered where the facilitator sees it.

The README's order is import the sheets, then paste the names. Pasting held no card and said
nothing, and with the room view on the only screen the box, its "Check all cards again" with
it, is folded away (review 36 W1 S1). The room views already leave such cards out
(``wall.room_card_guard``); the facilitator's own screens and the exports go by what is held
back, so the check is offered as soon as editing the box ends with names added: its result line
and the page's notice say how many cards name someone, and a button beside "Names to watch
for…" in the page's row (shown folded or not) runs the same check, one undoable step. The count
follows every edit after (an undo of the check brings the button back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from wtfc.model.counting import count_phrase
from wtfc.ui.boards.common import announce

if TYPE_CHECKING:
    from wtfc.ui.cards_held_back import WatchNamesBox

TIP = ("Check all cards again with the names pasted: the cards naming them are held back "
       "(Ctrl+Z undoes it). Until then the room views leave them out.")


def offer_words(count: int, *, folded: bool = False) -> str:
    """What the box and the notice say of ``count`` cards naming someone pasted; ``folded``:
    said on the page's line with the box folded away, so it names the button still in sight,
    not the box's Check all cards again (review 36 R8 M2)."""
    one = count == 1
    it = "it" if one else "them"
    said = (f"{count_phrase(count, 'card')} {'names' if one else 'name'} someone pasted after "
            f"{'it was' if one else 'they were'} checked: the room views leave {it} out.")
    if folded:
        return (f"{said} Press “{button_text(count)}” (beside Names to watch for…) to hold {it} "
                f"back (Ctrl+Z undoes it).")
    return f"{said} Check all cards again holds {it} back (Ctrl+Z undoes it)."


def button_text(count: int) -> str:
    """The offer's button: "⚠ 2 cards to check again"."""
    return f"⚠ {count_phrase(count, 'card')} to check again"


class CheckOffer(QObject):
    """``button``: "⚠ 2 cards to check again", shown while cards not held back name someone
    pasted, once names were added; pressed, the box's Check all cards again."""

    def __init__(self, box: WatchNamesBox) -> None:
        super().__init__(box)
        self._box = box
        self.count = 0
        self._offered = False  # names were added since the box last had none
        self.button = QPushButton(box)  # never a window of its own before the page lays it out
        self.button.setToolTip(TIP)
        self.button.setAccessibleName("Check all cards again: cards name someone pasted")
        self.button.clicked.connect(lambda *_: box.check_all_again())
        self.button.hide()
        self._doc = box.doc
        box.doc.events.edited.connect(self.recount)  # checked, undone, a card edited
        box.doc.events.reset.connect(self._withdraw)  # another workshop: its own names

    def names_added(self) -> None:
        """Editing the box ended with names it did not have: say how many cards name one."""
        self._offered = True
        self.recount()
        if self.count:
            self._box.say(offer_words(self.count))
            if not self._box.isVisible():  # folded away (the room view up): the page's line
                self._box.notice.say(offer_words(self.count, folded=True))

    def recount(self) -> None:
        if not (shiboken6.isValid(self.button) and shiboken6.isValid(self._box)):
            self._let_go()  # the page was freed (a typed tag's page closed): nothing to show
            return
        names = self._box.doc.names_to_watch
        if not self._offered or not names or self._box.undo.read_only:  # (no check to offer)
            self.count = 0
        else:
            from wtfc.ui.wall.room_card_guard import named_cards

            self.count = len(named_cards(list(self._box.doc.workshop.cards), names))
        text = button_text(self.count)
        if self.count and text != self.button.text():
            self.button.setText(text)
            said = f"{offer_words(self.count)} Press to check all cards again."
            self.button.setAccessibleName(said)
            announce(self.button, said)
        self.button.setVisible(bool(self.count))

    def _withdraw(self) -> None:
        self._offered = False
        self.recount()

    def _let_go(self) -> None:
        self._doc.events.edited.disconnect(self.recount)
        self._doc.events.reset.disconnect(self._withdraw)
