"""The why-tree's More… button clicked with the mouse, and an entry in the menu it opens: since
c7666ecd it holds Category… (C) and Move to theme… (P)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton


def click_more(qtbot, board, entry: str) -> None:
    """The mouse way: click More… (c7666ecd put Category… and Move to theme… under it), then
    ``entry`` in the menu it opens (a button's menu runs its own loop: clicked from a timer)."""
    [more] = [b for b in board.findChildren(QPushButton) if b.text() == "More…"]
    menu = more.menu()
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == entry]
    clicked: list[bool] = []

    def click_entry() -> None:
        if not menu.isVisible():  # not open yet: the button opens it once back in the loop
            QTimer.singleShot(20, click_entry)
            return
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())
        clicked.append(not menu.isVisible())  # the click chose it and closed the menu

    QTimer.singleShot(20, click_entry)
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(clicked), timeout=3000)
    assert clicked == [True]
