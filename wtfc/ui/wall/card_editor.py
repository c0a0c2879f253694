"""The wall's "Edit card…": the Collect page's card dialog for the chosen card.

A card holds up to 2,000 characters, so its words get the dialog's box of several lines, and
the personal-detail guard's verdict as they are typed ("Possible personal details: Dennis…"),
as when the card was added on Collect; a one-line box showed neither. Save is one undoable
edit (``WallGestures.edit_text``, which checks the new words again). A card in a theme keeps
its kind: the kind box is greyed, with the reason. A kind changed past the person's top two is
said, as on Collect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.ui.freed_dialog import open_freed
from wtfc.ui.held_back_words import may_edit_on_screen

if TYPE_CHECKING:
    from wtfc.ui.card_dialog import CardDialog
    from wtfc.ui.wall.panel import WallPanel


class WallCardEditor:
    """Opens the card dialog for ``panel``'s chosen card and saves what it gives back."""

    def __init__(self, panel: WallPanel) -> None:
        self.panel = panel
        self.dialog: CardDialog | None = None  # the one open (``open_freed`` keeps it here)

    def open_for_chosen(self) -> bool:
        """The dialog for the first card chosen (window-modal, not blocking); False if none."""
        panel = self.panel
        placements = panel.selected_placements()
        if not placements:
            return False
        from wtfc.model.top_two import kind_counts
        from wtfc.ui.card_dialog import CardDialog  # with the guard's word lists: when first used

        card = panel.doc.card(placements[0][0])
        if not may_edit_on_screen(panel, card, panel.held_back.shown):
            return False
        dialog = CardDialog(names=panel.doc.names_to_watch, card=card, parent=panel,
                            kinds=kind_counts(panel.doc.workshop.cards),  # the top two
                            themed=card.id in panel.doc.themes_of_card())
        dialog.accepted.connect(lambda: self._save(card.id, dialog))
        open_freed(self, "dialog", dialog)  # freed once closed: one is made for every Edit
        dialog.words.setFocus()  # straight to the words, as the facilitator came to change them
        return True

    def _save(self, card_id: str, dialog: CardDialog) -> bool:
        if self.panel.doc.get("cards", card_id) is None:  # deleted meanwhile (an undo)
            return False
        kind = dialog.kind() if dialog.kind_box.isEnabled() else None
        return self.panel.gestures.edit_text(card_id, dialog.text(), kind=kind)
