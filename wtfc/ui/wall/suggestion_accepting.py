"""The room accepts a suggestion: as a new theme, or into the theme it is close to. Each is one
undoable command built by ``WallGestures``; the suggestion is kept, with its place in the list
and the facilitator's edits, so Undo puts it back as it was and Redo takes it off again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wtfc.ui.wall import suggestion_messages as messages
from wtfc.ui.wall.suggestion_state import ShownSuggestion

if TYPE_CHECKING:
    from wtfc.ui.wall.suggestions import SuggestionsPanel


class Acceptances:
    """What ``panel``'s suggestions became, for as long as the list they came from is shown."""

    def __init__(self, panel: SuggestionsPanel) -> None:
        self.panel = panel
        # each accepted suggestion, its row, and whether what it became is still on the wall
        self._kept: list[tuple[ShownSuggestion, int, Callable[[], bool]]] = []

    def clear(self) -> None:
        """A new list or file: undoing an older acceptance does not bring it back."""
        self._kept = []

    def new_theme(self, name: str, card_ids: list) -> None:
        panel = self.panel
        if panel.wall.undo.read_only:  # Enter in the name box still asks: say why nothing happens
            panel.say(messages.READ_ONLY)
            return
        shown = panel.themes_page.current()
        theme_id = panel.wall.gestures.new_theme([(c, None) for c in card_ids], name)
        if theme_id is None:
            return
        self._keep(shown, lambda: panel.doc.get("themes", theme_id) is not None,
                   messages.made_theme(name, len(card_ids)))

    def add_to_theme(self, theme_id: str, card_ids: list) -> None:
        panel = self.panel
        if panel.wall.undo.read_only:
            panel.say(messages.READ_ONLY)
            return
        shown = panel.themes_page.current()
        if not panel.wall.gestures.drop([(c, None) for c in card_ids], theme_id):
            return
        doc = panel.doc

        def in_effect() -> bool:
            theme = doc.get("themes", theme_id)
            return theme is not None and set(card_ids) <= set(theme.card_ids)

        self._keep(shown, in_effect, messages.added_to(doc.theme(theme_id).name, len(card_ids)))

    def _keep(self, shown: ShownSuggestion | None, in_effect: Callable[[], bool],
              said: str) -> None:
        page = self.panel.themes_page
        if shown is not None and shown in page.shown:
            self._kept.append((shown, page.shown.index(shown), in_effect))
            page.forget(shown)
        self.panel.say(said)
        self.panel.say_until_edit()  # an undo makes it untrue

    def follow(self) -> None:
        """An acceptance undone: its suggestion is back on the list, as it was; redone: off
        it again."""
        shown_now = self.panel.themes_page.shown
        for shown, row, in_effect in self._kept:
            done = in_effect()
            if not done and shown not in shown_now:
                shown_now.insert(min(row, len(shown_now)), shown)
            elif done and shown in shown_now:
                shown_now.remove(shown)
