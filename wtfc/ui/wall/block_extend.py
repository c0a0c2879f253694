"""Where Shift+arrow goes: on within the group (a theme, or one kind's "Not yet in a theme")
the choice started in, never out of it.

On a county wall Shift+Down ×29 from the first unsorted card went down one column of the
unsorted grid and on into the theme below, whose name was off screen; Shift+Right crossed into
the next kind's lane. "Choose the next 30 unsorted cards" then took 21 out of another theme. So
Shift+arrows keep to the group: past the foot of a column they go on at the top of the next
column, past the end of a row at the start of the next (a theme one card wide: on down it), and
at the group's last card they stop, and say so (``end_said``). A plain arrow still goes
anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.ui.wall.card_focus import nearest
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.scene import wall_theme_name

NEXT = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


def same_group(a: CardItem, b: CardItem) -> bool:
    """In the same theme, or both in no theme and of one kind (each lane has its own)."""
    return a.theme_id == b.theme_id and a.card.kind == b.card.kind


def extend_target(current: CardItem, cards: list[CardItem], key: Qt.Key) -> CardItem | None:
    """The card Shift+``key`` adds from ``current``: the nearest that way in its group, else
    the first of the group's next column (Down; Up: the last of the one before) or row (Right;
    Left: the last of the one before); None at the group's end."""
    group = [c for c in cards if same_group(c, current)]
    across = key in (Qt.Key.Key_Right, Qt.Key.Key_Left)  # on to the next row, else column

    def line(card: CardItem) -> int:  # its row (Right, Left) or column (Down, Up)
        centre = card.sceneBoundingRect().center()
        return round(centre.y() if across else centre.x())

    # straight on along its row or column only: past the foot of a column over a short last
    # row, the nearest card "down" was diagonal, back in the column before, and Shift+Down went
    # round those two columns for ever, never reaching the next
    here = line(current)
    found = nearest(current, [c for c in group if abs(line(c) - here) <= 1], key)
    if found is not None:
        return found

    def along(card: CardItem) -> float:  # where in its row or column
        centre = card.sceneBoundingRect().center()
        return centre.x() if across else centre.y()

    further = {line(c) for c in group if (line(c) - here) * NEXT[key] > 1}
    if not further:
        return None
    to = min(further) if NEXT[key] > 0 else max(further)
    ahead = [c for c in group if line(c) == to]
    return (min if NEXT[key] > 0 else max)(ahead, key=along)


def end_said(item: CardItem, theme_name: str | None) -> str:
    """Shift+arrow at a group's last card: where the choice stopped ("the end of “Not yet in
    a theme” (not working)"), and how to go on."""
    where = (f"“{wall_theme_name(theme_name)}”" if theme_name is not None
             else f"“Not yet in a theme” ({item.card.kind.label.lower()})")
    return (f"the end of {where}: Shift+arrows choose within one group; Ctrl+click adds "
            f"cards from another")
