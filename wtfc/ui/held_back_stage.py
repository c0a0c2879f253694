"""The stage list's Collect entry says how many cards the personal-detail guard holds back.

Held-back cards stay off the projector and out of every export until they are redacted or
marked as fine, and Collect is where that is done: "2  Collect  ⚠ 200 held back" keeps them in
sight from every stage, so the room does not move on to theming without them unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.ui.document_follow import follow_document

ROLE = Qt.ItemDataRole


class HeldBackStage(QObject):
    """Keeps ``item`` (the Collect entry, ``text`` and ``hint`` as made) in step with ``doc``."""

    def __init__(
        self,
        doc: Document,
        item: QListWidgetItem,
        text: str,
        hint: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.item, self.text, self.hint = doc, item, text, hint
        self.held = -1  # not counted yet
        self._stale = True
        follow_document(
            item.listWidget(),  # the item goes with its list: the events then reach nothing
            doc,
            on_parts=self._on_parts_changed,
            on_reset=self._on_document_reset,
            on_edited=self._on_document_edited,
        )
        self._on_document_edited()

    # counted once per edit that touched cards: a vote or a theme's name leaves it as it is
    def _on_parts_changed(self, collection: str, _ids: frozenset) -> None:
        if collection == "cards":
            self._stale = True

    def _on_document_reset(self) -> None:
        self._stale = True
        self._on_document_edited()

    def _on_document_edited(self) -> None:
        if not self._stale:
            return
        self._stale = False
        held = sum(1 for card in self.doc.workshop.cards if card.held_back)
        if held == self.held:
            return
        self.held = held
        note = f"⚠ {held:,} held back" if held else ""
        # on a line of its own: the list stays as narrow as its longest stage name
        self.item.setText(f"{self.text}\n   {note}" if note else self.text)
        said = (
            f"{count_phrase(held, 'card')} held back for possible personal details: "
            "off the room view and out of exports until redacted or marked as fine"
            if held
            else ""
        )
        self.item.setToolTip(f"{self.hint}\n{said[0].upper()}{said[1:]}" if said else self.hint)
        self.item.setData(
            ROLE.AccessibleTextRole, f"{self.text}, {held:,} held back" if held else self.text
        )
        self.item.setData(ROLE.AccessibleDescriptionRole, said)
