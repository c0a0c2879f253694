"""The chosen suggestion's cards in sight while the keyboard is in them, on the shortest panels
(16 pt on 1024×768 with History under the page: what scrolls there is 83-150 px tall, a card's
row 99, a long card's 200 or more).

Two scrolls hold the cards: the shaping area (name, "Cards (untick…)", the cards, the reason)
and the cards list inside it. The chosen card is brought into sight from the list's top where
that fits, else from its own top: ↓ had shown the list's top and left the card it chose out of
sight. A card taller than what shows reads on with ↓ (↑ back) before the next card is chosen:
its foot was out of reach of the keyboard. A screen reader, which read the whole card as it was
chosen, is told once as the reading on starts and where it ends: silent, ↓ seemed to do nothing
for several presses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect

if TYPE_CHECKING:
    from wtfc.ui.wall.suggested_themes import SuggestedThemesPage

_READING = "wtfc_reading_on"  # the page's: "row down" / "row up" while ↓/↑ read on a card
# what is said as ↓ / ↑ starts reading on, and as it reaches the card's foot / top
_SAID = {True: ("More of this card", "End of this card"),
         False: ("Back up this card", "Top of this card")}


def show_cards(page: SuggestedThemesPage) -> None:
    """The cards from the list's top to the chosen one in sight, or where they are more than
    what shows, the chosen card from its top (as much of it as shows)."""
    members, shaping = page.members, page.shaping
    inner = shaping.widget()
    if inner is None or not members.hasFocus() or not members.count():
        return
    rect = members.visualItemRect(members.item(max(members.currentRow(), 0)))
    top = members.mapTo(inner, QPoint(0, 0)).y()
    height = min(members.height(), rect.bottom() + 2 * members.frameWidth())
    bar, view = shaping.verticalScrollBar(), shaping.viewport().height()
    if height > view:  # the chosen card alone, from its top
        top = members.viewport().mapTo(inner, rect.topLeft()).y()
        height = rect.height()
    if top < bar.value() or height > view:
        bar.setValue(top)
    elif top + height > bar.value() + view:
        bar.setValue(top + height - view)


def read_on(page: SuggestedThemesPage, down: bool) -> bool:
    """↓ (``down``) on a chosen card taller than what shows, its foot out of sight: the rest of
    it, a line kept to read on from, rather than the next card; ↑ likewise back to its top.
    True where it scrolled (the key is used: said as it starts and ends, ``_say``), False
    where the key chooses as usual."""
    left = _read_on(page, down)
    if left is None:
        page.setProperty(_READING, "")  # the next card: a read-on of it starts afresh
        return False
    _say(page, down, left)
    return True


def _say(page: SuggestedThemesPage, down: bool, left: int) -> None:
    """Once per read-on: "More of this card" as it starts, "End of this card" where it
    reaches the foot (``left`` is what is still out of sight), nothing in between."""
    from wtfc.ui.announce import announce

    run = f"{page.members.currentRow()} {'down' if down else 'up'}"
    more, end = _SAID[down]
    if left <= 0:
        announce(page.members, end)
    elif page.property(_READING) != run:
        announce(page.members, more)
    page.setProperty(_READING, run)


def _read_on(page: SuggestedThemesPage, down: bool) -> int | None:
    """``read_on``'s scroll: how much of the card is still out of sight the way it went, or
    None where nothing was scrolled."""
    members, shaping = page.members, page.shaping
    inner, row = shaping.widget(), members.currentRow()
    if inner is None or row < 0:
        return None
    port = members.viewport()
    rect = members.visualItemRect(members.item(row))
    seen = port.visibleRegion().boundingRect() & rect
    outer, view = shaping.verticalScrollBar(), shaping.viewport().height()
    if seen.isEmpty() or rect.height() <= min(view, port.height()):
        return None  # out of sight (chosen, it comes into sight) or short enough to show whole
    need = rect.bottom() - seen.bottom() if down else seen.top() - rect.top()
    if need <= 0:
        return None
    line = members.fontMetrics().lineSpacing()
    step = min(need, max(line, seen.height() - line))
    # the shaping area's scroll first where it hides the card, then the cards list's own
    card = QRect(port.mapTo(inner, rect.topLeft()), rect.size())
    shown = QRect(port.mapTo(inner, QPoint(0, 0)), port.size())  # the list's viewport
    if down:
        hidden = min(card.bottom(), shown.bottom()) - (outer.value() + view - 1)
        moved = min(step, max(0, hidden), outer.maximum() - outer.value())
    else:
        hidden = outer.value() - max(card.top(), shown.top())
        moved = min(step, max(0, hidden), outer.value())
    outer.setValue(outer.value() + (moved if down else -moved))
    own = members.verticalScrollBar()
    rest = min(step - moved, own.maximum() - own.value() if down else own.value())
    own.setValue(own.value() + (rest if down else -rest))
    if moved + rest <= 0:
        return None
    rect = members.visualItemRect(members.item(row))  # as it now shows
    seen = port.visibleRegion().boundingRect() & rect
    return rect.bottom() - seen.bottom() if down else seen.top() - rect.top()
