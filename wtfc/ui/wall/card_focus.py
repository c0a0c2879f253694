"""The wall's keyboard focus: which card an arrow key goes to."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.wall.card_item import CardItem


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
