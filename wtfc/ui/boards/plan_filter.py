"""The Plan and Act boards' "Show:" list: every theme's actions, or one theme's.

It offers the chosen priorities by rank, "Priority 1: …" as the other boards' theme box says
it, then any other theme with an action, each item's whole name in its tooltip. Filled again
as the board is drawn, it keeps its choice; when that theme has left the list it falls back
to "All themes" and says so to whoever listens (the room view)
without drawing the board a second time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wtfc.model.workshop import Workshop
from wtfc.ui.boards.plan_text import theme_line, themes_in_priority_order

FILTER_LENGTH = 28  # characters the "Show" box is wide for


class ThemeFilter(QComboBox):
    """``changed()`` is called when the facilitator chooses another item."""

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        self.setAccessibleName("Show actions for theme")
        self.setToolTip("Show the actions of every theme or of one")
        # as wide as a short theme, not the longest: a long "I" statement squeezed the title
        # to a word a line (each item's tooltip has the whole name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(FILTER_LENGTH)
        self._filling = False
        self.currentIndexChanged.connect(lambda _: None if self._filling else changed())

    def fill(self, workshop: Workshop) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem("All themes", None)
        with_actions = {a.theme_id for a in workshop.actions}
        for theme in themes_in_priority_order(workshop.themes):
            if theme.priority.chosen or theme.id in with_actions:
                self.addItem(theme_line(theme), theme.id)  # "Priority 1: …", as the theme box
                self.setItemData(self.count() - 1, theme.name, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
        if self.currentData() != current:  # its theme left the list: "All", said to the
            self._filling = True  # room view (the board is being drawn already)
            try:
                self.currentIndexChanged.emit(self.currentIndex())
            finally:
                self._filling = False
