"""A window with each kind of tooltip the app sets (a widget's, an action's in a toolbar and a
menu, an item view's ToolTipRole, a graphics item's), and the pointer resting on each.

Run as a script (``python -m tests.ui.tip_wrap_window``) on a wide screen, it starts as the app
shows each long tip as Qt alone shows it, then starts wtfc's application (``make_application``)
and shows each again once the app's tips are wrapped,
keeps each as a picture in build/renders and prints their widths in ems as JSON."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QAction, QFontMetrics, QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tests.ui.renders import save_render

# 170 letters, as import_mapping.py's layout tip (173) and others were set
LONG = ("How the sheet is laid out: each row one statement (with a column saying its kind), "
        "or each row one person with a column per kind (--layout long or wide)")
SHORT = "Which row holds the column headings"
KINDS = ("widget", "toolbar action", "menu action", "item view", "graphics item")


class TipsWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        bar = QToolBar()
        self.addToolBar(bar)
        self.action = QAction(self, text="Layout")
        self.action.setToolTip(LONG)
        bar.addAction(self.action)
        self.button = bar.widgetForAction(self.action)
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)
        self.menu.addAction(self.action)
        body = QWidget()
        column = QVBoxLayout(body)
        self.label = QLabel("Each row is one person")
        self.label.setToolTip(LONG)
        model = QStandardItemModel(self)
        for words in (LONG, SHORT):
            item = QStandardItem(words[:20])
            item.setToolTip(words)
            model.appendRow(item)
        self.list = QListView()
        self.list.setModel(model)
        scene = QGraphicsScene(self)
        self.card = QGraphicsRectItem(QRectF(0, 0, 120, 80))
        self.card.setToolTip(LONG)
        scene.addItem(self.card)
        self.wall = QGraphicsView(scene)
        for widget in (self.label, self.list, self.wall):
            column.addWidget(widget)
        self.setCentralWidget(body)
        self.resize(900, 700)

    def rest_on(self, kind: str) -> str:
        """The pointer rests on the part of ``kind`` (``KINDS``; "short item": the list's
        short row): the text of the tip Qt shows."""
        if kind == "menu action":
            self.menu.popup(self.mapToGlobal(QPoint(40, 40)))
            return rest_on(self.menu, self.menu.actionGeometry(self.action).center())
        if kind in ("item view", "short item"):
            row = self.list.model().index(int(kind == "short item"), 0)
            return rest_on(self.list.viewport(), self.list.visualRect(row).center())
        if kind == "graphics item":
            spot = self.wall.mapFromScene(self.card.sceneBoundingRect().center())
            return rest_on(self.wall.viewport(), spot)
        widget = self.button if kind == "toolbar action" else self.label
        return rest_on(widget, widget.rect().center())


def rest_on(widget: QWidget, spot: QPoint) -> str:
    """The pointer rests on ``spot`` of ``widget`` (Qt's wake-up delay past): the text of the
    tip Qt shows, "" for none."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, spot, widget.mapToGlobal(spot)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def shown_ems(name: str) -> float:
    """The tip showing, kept as a picture: its width in ems of its font (as
    tests/ui/test_plain_tip.py measures it)."""
    [tip] = [w for w in QApplication.topLevelWidgets()
             if w.metaObject().className() == "QTipLabel" and w.isVisible()]
    save_render(tip, name)
    return tip.width() / QFontMetrics(tip.font()).horizontalAdvance("M")


def _each_tip(window: TipsWindow, when: str) -> dict[str, tuple[str, float]]:
    shown = {}
    for kind in KINDS:
        text = window.rest_on(kind)
        shown[kind] = (text, shown_ems(f"tip_wrap_{kind.replace(' ', '_')}_{when}"))
        QToolTip.hideText()
        window.menu.close()
    return shown


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wtfc.ui.application import make_application

    QApplication(sys.argv[:1])  # Qt alone first: its tips as shown without wtfc's filter
    window = TipsWindow()
    window.show()
    QTest.qWaitForWindowExposed(window)
    before = _each_tip(window, "before")
    make_application()  # then as the app starts: the filter comes once a tip could first show
    for _ in range(300):  # ~0.7 s on a quiet machine; a loaded one is given up to 30 s
        if "wtfc.ui.tip_wrap" in sys.modules:
            break
        QTest.qWait(100)
    print(json.dumps({"screen width": window.screen().geometry().width(), "before": before,
                      "after": _each_tip(window, "wrapped")}))


if __name__ == "__main__":
    main()
