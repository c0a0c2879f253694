"""What the Plan and Act column tests ask of the board's table: is a column whole in view, and
does the table scroll sideways."""

from __future__ import annotations

from wtfc.ui.boards.plan import PlanBoard


def in_view(board: PlanBoard, column: int) -> bool:
    """The column's whole width is inside the table's viewport (no sideways scroll needed)."""
    header = board.tree.header()
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= board.tree.viewport().width()


def sideways_scroll(board: PlanBoard) -> bool:
    bar = board.tree.horizontalScrollBar()
    return bar.isVisible() and bar.maximum() > 0
