"""Steps the tests of Prepare's page share: a number typed into a box, and whether a part of
the page is in sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt


def type_number(qtbot, box, number: int, leave: bool = True) -> None:
    """``number`` typed over what the box holds, then Tab to leave it (unless ``leave`` is
    False: the box keeps the keyboard and nothing is recorded yet)."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(number))
    if leave:
        qtbot.keyClick(box, Qt.Key.Key_Tab)


def shown_in(widget, page) -> bool:
    """The widget is whole inside the page's visible part."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    bottom = top_left.y() + widget.height()
    return top_left.y() >= 0 and bottom <= page.height() and not widget.visibleRegion().isEmpty()
