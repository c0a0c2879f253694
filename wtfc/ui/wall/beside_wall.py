"""What sits beside the wall on the Theme page, the outline and the suggestions panel, and how
they share the width with it.

The wall stays the main thing. On a 1366×768 laptop the wall, the outline and the suggestions
panel together have about 1130 px: all three open left the wall under three card columns and
the outline 150 px wide, its lines cut to "✓ My daught…". So while the suggestions are open
and there is less than ``ROOM_FOR_ALL``, the outline folds away and the panel and the wall
share its width; it comes back when the panel closes. *Outline* (Shift+F9) shows or hides it
at any time: opened while the suggestions are open, it stays open until they close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from wtfc.ui.wall.panel import WallPanel
    from wtfc.ui.wall.suggestions import SuggestionsPanel

# Shares of the width the wall, outline and panel have together, and their bounds in px
SUGGESTIONS_SHARE, SUGGESTIONS_LEAST, SUGGESTIONS_MOST = 0.25, 340, 420
SUGGESTIONS_SHARE_ALONE = 0.33  # with the outline folded: its words wrap onto fewer lines
OUTLINE_SHARE, OUTLINE_LEAST = 0.14, 150
ROOM_FOR_ALL = 1300  # px: less than this, and the outline folds while the suggestions are open
OUTLINE_AT_FIRST = 280  # px, as the page opens (with the wall's 900)
# A dragged outline gives way only where the wall would have less than all three shared out at
# ROOM_FOR_ALL leave it (778 px; at 640 it had under three card columns)
WALL_LEAST = ROOM_FOR_ALL - SUGGESTIONS_LEAST - round(ROOM_FOR_ALL * OUTLINE_SHARE)


class BesideWall(QObject):
    """Keeps ``panel``'s splitter (wall, outline, then the suggestions once built) shared out;
    ``panel.wall_actions.show_outline`` is the facilitator's say over the outline."""

    def __init__(self, panel: WallPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.splitter = panel.splitter
        self.outline = panel.outline
        self._wanted = True  # the facilitator's choice: the outline shown
        self._asked = False  # shown by the facilitator while the suggestions fold it
        self._outline_width = OUTLINE_AT_FIRST  # its width before it last folded
        self._panel_width: int | None = None  # the suggestions' width, as last dragged
        self._outline_dragged: int | None = None  # the outline's, as last dragged
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(self._on_dragged)

    def _on_dragged(self, _pos: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) > 2 and sizes[2] > 0:
            self._panel_width = sizes[2]  # kept when the outline folds or comes back
        if len(sizes) > 1 and sizes[1] > 0:
            self._outline_dragged = sizes[1]  # long theme names: kept as Find opens, too

    # -- the suggestions panel -----------------------------------------------------------------
    def make_suggestions(self) -> SuggestionsPanel:
        """The suggestions panel, put beside the outline (built hidden)."""
        from wtfc.ui.wall.suggestions import SuggestionsPanel

        suggestions = SuggestionsPanel(self.panel)
        widths = self.widths(outline_shown=True)
        self.splitter.addWidget(suggestions)
        self.splitter.setStretchFactor(2, 1)  # a narrower window narrows it, not only the wall
        # never folded away by a drag: folded, F9 showed it "on" at no width at all
        self.splitter.setCollapsible(2, False)
        self.splitter.setSizes(widths)
        return suggestions

    def widths(self, *, outline_shown: bool) -> list[int]:
        """Wall, outline and suggestions panel: the panel takes a quarter (a third with the
        outline folded), but enough for its words to wrap readably and no more than it can use;
        the outline gives up width before the wall does. The facilitator can drag either
        handle."""
        sizes = self.splitter.sizes()
        # the width there is now (the splitter's sizes lag behind a resize)
        handles = sum(widget is not None and not widget.isHidden()
                      for widget in map(self.splitter.widget, range(1, len(sizes))))
        total = self.splitter.width() - handles * self.splitter.handleWidth() \
            if self.splitter.isVisible() else sum(sizes[:3])
        total = total if total > 0 else 1180  # not laid out yet: as if 900 + 280
        share = SUGGESTIONS_SHARE if outline_shown else SUGGESTIONS_SHARE_ALONE
        panel = max(SUGGESTIONS_LEAST, min(SUGGESTIONS_MOST, round(total * share)))
        if self._panel_width is not None:
            panel = max(SUGGESTIONS_LEAST, min(self._panel_width, total - OUTLINE_AT_FIRST))
        if not outline_shown:
            return [total - panel, 0, panel]
        share = max(OUTLINE_LEAST, round(total * OUTLINE_SHARE))
        if self._outline_dragged is not None:  # as dragged, while the wall keeps its least
            outline = min(self._outline_dragged, max(share, total - panel - WALL_LEAST))
        else:
            outline = sizes[1] if len(sizes) > 1 and sizes[1] > 0 else self._outline_width
            outline = min(outline, share)
        return [total - panel - outline, outline, panel]

    def _suggestions_open(self) -> bool:
        suggestions = self.panel._suggestions
        return suggestions is not None and not suggestions.isHidden()

    def short(self) -> bool:
        """Whether the suggestions are open in too little room for the outline too."""
        total = self.splitter.width() - 2 * self.splitter.handleWidth()
        return self._suggestions_open() and total < ROOM_FOR_ALL

    # -- the outline ---------------------------------------------------------------------------
    def outline_shown(self) -> bool:
        return not self.outline.isHidden()

    def follow(self) -> None:
        """The outline shown or folded as the room and the facilitator's choice call for; called
        as the suggestions panel opens or closes, and as the page changes size."""
        if not self._suggestions_open():
            self._asked = False  # the next time they open on a laptop, the outline folds again
        show = self._wanted and (self._asked or not self.short())
        if show != self.outline_shown():
            self._set_outline(show)

    def set_outline_wanted(self, on: bool) -> None:
        """*Outline* (Shift+F9): shown, with the keyboard in it, or hidden."""
        self._wanted = on
        self._asked = on and self.short()
        self.follow()
        if on:
            self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _set_outline(self, show: bool) -> None:
        suggestions_open = self._suggestions_open()
        if not show:
            self._outline_width = self.splitter.sizes()[1] or self._outline_width
            had_keys = self.outline.hasFocus()
            self.panel.outline_folded()  # what the keys act on cannot be out of sight
            self.outline.hide()
            if had_keys:
                self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.outline.show()
        if suggestions_open:
            self.splitter.setSizes(self.widths(outline_shown=show))
        elif show:
            total = sum(self.splitter.sizes()[:2])
            width = min(self._outline_width, max(OUTLINE_LEAST, total // 3))
            self.splitter.setSizes([total - width, width, *self.splitter.sizes()[2:]])
        action = self.panel.wall_actions.show_outline
        with QSignalBlocker(action):
            action.setChecked(show)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            resized = cast("QResizeEvent", event)
            shown = self.outline_shown()
            self.follow()  # a window made narrower with the suggestions open
            # only a change of width: the find bar opening (Ctrl+F) took height alone, and the
            # outline's dragged width snapped back
            if self._suggestions_open() and self.outline_shown() == shown \
                    and resized.size().width() != resized.oldSize().width():
                # shared out again, not by stretch alone: maximised and put back, the panel
                # was 506 px then 320 (under its least, its words cut at the right)
                self.splitter.setSizes(self.widths(outline_shown=shown))
        return False
