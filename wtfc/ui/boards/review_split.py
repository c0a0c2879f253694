"""The Review board's heights: last time's two tables and "Looking back on this workshop".

With last time's file open on a 1366×768 laptop at 150% the splitter gave Looking back ~100 px
by its stretch (3:2:2), and a reflection box being typed in showed 7 px of its 70. Looking back
now starts with the height it needs where the tables keep ``TABLE_MIN`` each (else what they
leave), and while the keyboard is in it the tables give it what it needs, down to
``TABLE_FOLDED`` each, the box being typed in scrolled whole into sight; back in a table, the
starting heights return. A splitter dragged by hand is left as it was dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter, QWidget

TABLE_MIN = 110  # px a table keeps at the start: its header and a row or two
TABLE_FOLDED = 60  # px while the keyboard is in Looking back: its header and part of a row


class ReviewHeights(QObject):
    """Sizes ``splitter`` (two tables, then ``pane`` scrolling the ``block``)."""

    def __init__(self, splitter: QSplitter, pane: QScrollArea, block: QWidget) -> None:
        super().__init__(splitter)
        self.splitter, self.pane, self.block = splitter, pane, block
        self._dragged = False
        splitter.splitterMoved.connect(self._on_dragged)
        splitter.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus)

    def writing(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.block.isAncestorOf(focus)

    def arrange(self) -> None:
        """The heights for where the keyboard is (nothing, once dragged by hand)."""
        total = self.splitter.height() - 2 * self.splitter.handleWidth()
        if self._dragged or total <= 0:
            return
        need = self.block.sizeHint().height() + 4
        tables = TABLE_FOLDED if self.writing() else TABLE_MIN
        pane = max(min(need, total - 2 * tables), total // 3)
        rest = total - pane
        self.splitter.setSizes([rest - rest * 2 // 5, rest * 2 // 5, pane])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.arrange()
        return False

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.splitter.isAncestorOf(new):
            return
        self.arrange()
        if self.block.isAncestorOf(new):
            self.pane.ensureWidgetVisible(new, 0, 8)

    def _on_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = True
