"""Where Shift+arrow goes: on within the group (a theme, or one kind's "Not yet in a theme")
the choice started in, never out of it.

On a county wall Shift+Down ×29 from the first unsorted card went down one column of the
unsorted grid and on into the theme below, whose name was off screen; Shift+Right crossed into
the next kind's lane. "Choose the next 30 unsorted cards" then took 21 out of another theme. So
Shift+arrows keep to the group: past the foot of a column they go on at the top of the next
column, past the end of a row at the start of the next (a theme is one column: on down it), and
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
    """The card Shift+``key`` adds from ``current``, ``cards`` in reading order (row by row in
    the unsorted grid, down a theme): the nearest that way in its group, else the group's next
    column (Down, Up) or row (Right, Left); None at the group's end."""
    group = [c for c in cards if same_group(c, current)]
    found = nearest(current, group, key)
    if found is not None:
        return found
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):  # the next (previous) card as read
        at = group.index(current) + NEXT[key] if current in group else -1
        return group[at] if 0 <= at < len(group) else None
    x = current.sceneBoundingRect().center().x()
    columns = sorted({round(c.sceneBoundingRect().center().x()) for c in group})
    further = [c for c in columns if (c - x) * NEXT[key] > 1]
    if not further:
        return None
    column = min(further) if key == Qt.Key.Key_Down else max(further)
    in_column = [c for c in group if round(c.sceneBoundingRect().center().x()) == column]
    top = (min if key == Qt.Key.Key_Down else max)(
        in_column, key=lambda c: c.sceneBoundingRect().center().y())
    return top


def end_said(item: CardItem, theme_name: str | None) -> str:
    """Shift+arrow at a group's last card: where the choice stopped ("the end of “Not yet in
    a theme” (not working)"), and how to go on."""
    where = (f"“{wall_theme_name(theme_name)}”" if theme_name is not None
             else f"“Not yet in a theme” ({item.card.kind.label.lower()})")
    return (f"the end of {where}: Shift+arrows choose within one group; Ctrl+click adds "
            f"cards from another")
