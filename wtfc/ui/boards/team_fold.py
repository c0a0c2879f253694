"""The Teams panel folded to a strip beside the why-tree when the screen is narrow.

At 260 px the panel took most of a 1366×768 laptop's board at 150% (911 px wide): the tree kept
375 px and showed an empty corner. Where the tree would keep less than ``TREE_SHARE`` of the
width, or under ``TREE_MIN`` px, the panel starts folded to a strip reading "Teams (Alt+M)";
the strip (a button) or Alt+M opens it, its "Fold" button folds it again. Once the facilitator
has opened or folded it, it stays so as the window changes size.

The panel's width and ``TREE_MIN`` grow with a larger system font, as the words do: at 150% on a
1366×768 laptop the 260 px panel cut its words ("Teams (Alt+N") and left the fishbone too little
to open whole; the tree now keeps the strip's room and the panel opens at Alt+M.

The fishbone is wider than the tree: at 150% on a 1920×1080 screen it opened on its head with
"Scroll, or press Ctrl+0…" beside the open panel, and fits whole beside the strip. Where the
shown fishbone is cut beside the open panel and whole beside the strip (``whole_at``), the panel
folds too, and opens again for the tree or a fish that fits beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from wtfc.ui.style import font_scale

TREE_SHARE = 0.6  # of the tree and panel's width, left to the tree with the panel open
TREE_MIN = 550  # px at a 9 pt app font (``font_scale`` grows it)
QT_MAX = 16_777_215  # QWIDGETSIZE_MAX: no maximum width


class PanelFold(QObject):
    """Folds ``panel`` (the splitter's second widget, ``width()`` px open, never narrower than
    ``least()``) to a strip: its ``body`` (every widget but the strip) is hidden, the strip
    shown in its place. The Fold button goes beside ``heading``, the first widget of ``layout``
    (the body's). Both are asked each time: the font, and so the words' room, may change."""

    def __init__(
        self,
        splitter: QSplitter,
        panel: QWidget,
        body: QWidget,
        layout: QVBoxLayout,
        heading: QWidget,
        width: Callable[[], int],
        least: Callable[[], int],
    ) -> None:
        super().__init__(panel)
        self.splitter, self.panel, self.body = splitter, panel, body
        self.width, self.least = width, least
        self.strip = QPushButton("Teams\n(Alt+M)")
        self.strip.setAccessibleName("Teams (Alt+M), folded: press to open the Teams panel")
        self.strip.setToolTip(
            "Open the Teams panel: who was in each team and what it found (Alt+M)"
        )
        policy = self.strip.sizePolicy()
        policy.setVerticalPolicy(policy.Policy.Expanding)  # a strip the tree's height
        self.strip.setSizePolicy(policy)
        self.fold_button = QPushButton("Fold ›")
        self.fold_button.setAccessibleName("Fold the Teams panel")  # "›" said as a symbol
        self.fold_button.setToolTip(
            "Fold the Teams panel to a strip, giving the tree its width (Alt+M opens it again)"
        )
        self.fold_button.clicked.connect(lambda: self.fold(chosen=True))
        layout.removeWidget(heading)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        row.addWidget(self.fold_button)
        layout.insertLayout(0, row)
        outer = panel.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(0, self.strip)
        self.folded = False
        self.strip.hide()
        self._chosen = False  # the facilitator opened or folded it: left as they chose
        # (width, height) → whether what is beside the panel would show whole at that size
        # (None: no opinion, the tree's share decides)
        self.whole_at: Callable[[int, int], bool | None] = lambda _width, _height: None
        splitter.installEventFilter(self)

    def narrow(self) -> bool:
        """Whether the tree would keep too little beside the open panel, or the fishbone be
        cut beside it and whole beside the strip."""
        total = self.splitter.width() - self.splitter.handleWidth()
        tree = total - self.width()
        if tree < TREE_MIN * font_scale() or tree < TREE_SHARE * total:
            return True
        height = self.splitter.height()
        return self.whole_at(tree, height) is False and bool(
            self.whole_at(total - self.strip.sizeHint().width(), height)
        )

    def follow(self) -> None:
        """Folded or open as the room calls for, unless the facilitator chose."""
        if not self._chosen and self.narrow() != self.folded:
            (self.fold if self.narrow() else self.open)()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def fold(self, chosen: bool = False) -> None:
        self._chosen = self._chosen or chosen
        focus = self.panel.focusWidget()
        self.folded = True
        self.body.hide()
        self.strip.show()
        strip = self.strip.sizeHint().width()
        self.panel.setMinimumWidth(strip)
        self.panel.setMaximumWidth(strip)
        self.splitter.setSizes([max(1, self.splitter.width() - strip), strip])
        if chosen or (focus is not None and self.panel.isAncestorOf(focus)):
            self.strip.setFocus(Qt.FocusReason.OtherFocusReason)  # not lost in a hidden box

    def open(self, chosen: bool = False) -> None:
        self._chosen = self._chosen or chosen
        self.folded = False
        self.strip.hide()
        self.body.show()
        self.panel.setMaximumWidth(QT_MAX)
        self.panel.setMinimumWidth(self.least())
        width = self.width()
        self.splitter.setSizes([max(1, self.splitter.width() - width), width])
