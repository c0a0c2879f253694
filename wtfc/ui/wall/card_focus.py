"""The wall's keyboard focus: which card an arrow key goes to, and what a screen reader hears.

The wall is one widget to assistive technology (its cards are painted, not widgets), so as the
focus moves from card to card the view says the card: its kind in words (a screen reader read
the ✗ as "ballot x"), its words as the wall shows them (a held-back card's found details as
"[name]"… unless this screen shows them) and where it is: "Not working card: Different carers
every week. In theme 2, “I feel like a package”."
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGraphicsView

from wtfc.model.document import Document
from wtfc.ui.held_back_words import details_on_screen
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.layout import theme_numbers

if TYPE_CHECKING:
    from wtfc.ui.wall.scene import WallScene


def card_spoken(item: CardItem, doc: Document, numbers: dict[str, int]) -> str:
    """``item`` (one card in one theme) in words; ``numbers``: the wall's theme numbers."""
    card = item.card
    said = f"{card.kind.label} card: {item.words().rstrip('.')}."
    if card.held_back:
        said += (f" Held back: it may hold personal details "
                 f"({details_on_screen(card, item.held_back_shown)}).")
    theme = doc.get("themes", item.theme_id) if item.theme_id is not None else None
    if theme is None:
        said += " Not yet in a theme."
    else:
        number = numbers.get(theme.id)
        said += f" In theme {f'{number}, ' if number else ''}“{theme.name}”."
    if item.themes_count > 1:
        said += f" It is in {item.themes_count} themes."
    return said + (f" From {card.person}." if card.person else "")


def nearest(current: CardItem, cards: list[CardItem], key: Qt.Key) -> CardItem | None:
    """The card an arrow ``key`` goes to from ``current``: the nearest that way, straight
    ahead before diagonal; None at the wall's edge."""
    here = current.sceneBoundingRect().center()
    best, best_score = None, float("inf")
    for card in cards:
        if card is current:
            continue
        delta = card.sceneBoundingRect().center() - here
        along, across = {
            Qt.Key.Key_Right: (delta.x(), delta.y()), Qt.Key.Key_Left: (-delta.x(), delta.y()),
            Qt.Key.Key_Down: (delta.y(), delta.x()), Qt.Key.Key_Up: (-delta.y(), delta.x()),
        }[key]
        if along <= 1:
            continue
        score = along + 3 * abs(across)  # prefer straight ahead over diagonal
        if score < best_score:
            best, best_score = card, score
    return best


class SpokenFocus(QObject):
    """Keeps ``view``'s accessible description on the card its wall's keys are on: said as
    the focus reaches a card, and said again as the wall shows it now when its words, its
    theme or the held-back switch change (``refresh``: the description kept the real details
    after they were hidden again). While no card has the keyboard it is ``idle`` (``set_idle``):
    the Theme page's what-to-do line, a label Tab never reaches, then the view's tooltip."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._wall = cast("WallScene", view.scene())  # Qt types it as any scene
        self.idle = ""  # "": the view's tooltip, as Qt gives it with no description
        self._wall.focusItemChanged.connect(self._on_focus_moved)
        edited, refresh = self._wall.doc.events.edited, self.refresh
        edited.connect(refresh)

        # a plain function, not a slot of this object, which the view takes with it: Qt could
        # not find such a slot by the time "destroyed" came ("Slot 'SpokenFocus::' not found")
        def detach(*_args) -> None:
            with contextlib.suppress(RuntimeError, ValueError):
                edited.disconnect(refresh)

        view.destroyed.connect(detach)

    def _said(self, item: CardItem) -> str:
        return card_spoken(item, self._wall.doc, theme_numbers(self._wall.doc, self._wall.kinds))

    def _on_focus_moved(self, item, _old=None, _reason=None) -> None:
        if not isinstance(item, CardItem):
            if self._wall.focusItem() is None:  # gone (deleted, filtered out): the wall again
                self._view.setAccessibleDescription(self.idle)
            return
        from wtfc.ui.boards.common import announce

        said = self._said(item)
        self._view.setAccessibleDescription(said)
        announce(self._view, said)

    def set_idle(self, words: str) -> None:
        """``words`` (what to do next) said with the wall while no card has its keys; kept quiet:
        each edit already says its card, and a line re-read per edit buried it."""
        self.idle = " ".join(part for part in (words, self._view.toolTip()) if part)
        if not isinstance(self._wall.focusItem(), CardItem):
            self._view.setAccessibleDescription(self.idle)

    def refresh(self) -> None:
        item = self._wall.focusItem()
        if isinstance(item, CardItem) and self._view.accessibleDescription():
            self._view.setAccessibleDescription(self._said(item))
