"""The Plan and Act boards' "Show:" list: every theme's actions, or one theme's.

It offers the chosen priorities by rank, "Priority 1: …" as the other boards' theme box says
it, then any other theme with an action, each item's whole name in its tooltip. Filled again
as the board is drawn, it keeps its choice; when that theme has left the list it falls back
to "All themes" and says so to whoever listens (the room view)
without drawing the board a second time. Showing one theme, it follows a theme chosen on
another board's Theme box (``shared_theme``), at once or, when its list does not have that
theme yet (chosen a priority while the board was out of sight), as it is next filled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, Workshop
from wtfc.ui.boards.plan_text import theme_line, themes_in_priority_order
from wtfc.ui.plain_tip import plain_tip

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
        self._seen: dict[str, Action] | None = None  # the actions last drawn (``_hides_step``)
        self._wanted: str | None = None  # another board's theme, not in the list when chosen
        self.currentIndexChanged.connect(lambda _: None if self._filling else changed())

    def follow(self, theme_id: str) -> None:
        """Another board's Theme box chose ``theme_id``: shown here too while one theme is
        shown ("All themes" stays)."""
        self._wanted = None
        if self.currentData() is None:
            return
        index = self.findData(theme_id)
        if index < 0:
            self._wanted = theme_id  # drawn again once the board comes on screen
        else:
            self.setCurrentIndex(index)

    def fill(self, workshop: Workshop) -> None:
        current = shown = self.currentData()
        wanted, self._wanted = self._wanted, None
        if self._hides_step(workshop, current):
            shown = None  # "All themes", said after the step's own words
        self.blockSignals(True)
        self.clear()
        self.addItem("All themes", None)
        with_actions = {a.theme_id for a in workshop.actions}
        for theme in themes_in_priority_order(workshop.themes):
            if theme.priority.chosen or theme.id in with_actions:
                self.addItem(theme_line(theme), theme.id)  # "Priority 1: …", as the theme box
                # the whole name as typed; "Unnamed theme" for one with no words to read
                self.setItemData(self.count() - 1, plain_tip(shown_theme_name(theme.name)),
                                 Qt.ItemDataRole.ToolTipRole)
        if shown is not None and wanted is not None and self.findData(wanted) >= 0:
            shown = wanted  # the theme another board chose while this one was out of sight
        self.setCurrentIndex(max(0, self.findData(shown)))
        self.blockSignals(False)
        if self.currentData() != current:  # its theme left the list ("All") or another was
            self._filling = True  # wanted: said to the room view (the board is being drawn)
            try:
                self.currentIndexChanged.emit(self.currentIndex())
            finally:
                self._filling = False

    def _hides_step(self, workshop: Workshop, current: str | None) -> bool:
        """Whether Undo, Redo or a History jump just changed an action of a theme this list
        hides (one theme shown, the action under another): the board then shows all themes
        and says so, as the wall widens its filter; the change was made out of sight. Read
        from the window's undo; a board with no window (a test's) is never stepped."""
        seen, self._seen = self._seen, {a.id: a for a in workshop.actions}
        undo = getattr(self.window(), "undo", None)
        if current is None or seen is None or undo is None or not undo.in_step:
            return False
        changed = [(seen.get(i), self._seen.get(i)) for i in seen.keys() | self._seen.keys()
                   if seen.get(i) is not self._seen.get(i)]  # parts are replaced, not changed
        themes = {a.theme_id for pair in changed for a in pair if a is not None}
        if not themes - {current}:
            return False
        undo.notes.append("the Show list shows all themes again: it hid this change")
        return True
