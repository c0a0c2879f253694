"""The room accepts a suggestion: as a new theme, or into the theme it is close to. Each is one
undoable command built by ``WallGestures``; the suggestion is kept, with its place in the list
and the facilitator's edits, so Undo puts it back as it was and Redo takes it off again. Only
that Undo brings it back: taking an added card out again by hand, or deleting the theme made,
is the room deciding, not a reason to offer the same cards again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shiboken6 import isValid

from wtfc.ui.wall import suggestion_messages as messages
from wtfc.ui.wall.scene import wall_theme_name
from wtfc.ui.wall.suggestion_state import ShownSuggestion

if TYPE_CHECKING:
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall.suggestions import SuggestionsPanel


def still_done(undo: UndoAdapter) -> Callable[[], bool]:
    """Whether the command just pushed is still done: below the stack's index, and the same
    command there (an Undo and then another edit replaces it). The stack has no undo limit, so
    a command below the index never changes its place."""
    stack = undo.stack
    place = stack.index() - 1
    pushed = stack.command(place)
    return lambda: place < stack.index() and stack.command(place) is pushed


class Acceptances:
    """What ``panel``'s suggestions became, for as long as the list they came from is shown."""

    def __init__(self, panel: SuggestionsPanel, on_moved: Callable[[], None]) -> None:
        """``on_moved()``: a suggestion went back on the list or off it again."""
        self.panel = panel
        # each accepted suggestion, its row, and whether the command that accepted it is done
        self._kept: list[tuple[ShownSuggestion, int, Callable[[], bool]]] = []
        # the document's edited event comes while the stack undoes or redoes, before its index
        # moves: whether an accept is done is known only after
        self._on_moved = on_moved
        panel.wall.undo.stack.indexChanged.connect(self._on_step)

    def detach(self) -> None:
        if not self.panel.wall.undo.going():
            self.panel.wall.undo.stack.indexChanged.disconnect(self._on_step)

    def _on_step(self, _index: int) -> None:
        if not isValid(self.panel.wall.undo.stack):  # its clear() as it goes with the window
            return
        if self.follow():
            self._on_moved()

    def clear(self) -> None:
        """A new list or file: undoing an older acceptance does not bring it back."""
        self._kept = []

    def put_aside(self) -> list:
        """While new suggestions are worked out the list is empty: an undo then has nothing to
        put back on it. Given back by ``bring_back`` if they are not shown."""
        kept, self._kept = self._kept, []
        return kept

    def bring_back(self, kept: list) -> None:
        """What was put aside, following what was undone or redone meanwhile."""
        self._kept = kept
        self.follow()

    def new_theme(self, name: str, card_ids: list) -> None:
        panel = self.panel
        if panel.wall.undo.read_only:  # Enter in the name box still asks: say why nothing happens
            panel.say(messages.READ_ONLY)
            return
        shown = panel.themes_page.current()
        theme_id = panel.wall.gestures.new_theme([(c, None) for c in card_ids], name)
        if theme_id is None:
            return
        # its name as made: "Group 1 (not named yet)" for a name left empty or "I"
        self._keep(shown, messages.made_theme(panel.doc.theme(theme_id).name, len(card_ids)))

    def add_to_theme(self, theme_id: str, card_ids: list) -> None:
        panel = self.panel
        if panel.wall.undo.read_only:
            panel.say(messages.READ_ONLY)
            return
        shown = panel.themes_page.current()
        if not panel.wall.gestures.drop([(c, None) for c in card_ids], theme_id):
            return
        self._keep(shown, messages.added_to(wall_theme_name(panel.doc.theme(theme_id).name),
                                                len(card_ids)))

    def _keep(self, shown: ShownSuggestion | None, said: str) -> None:
        """Just after the accept's command was pushed: the suggestion is off the list for as
        long as that command stays done."""
        page = self.panel.themes_page
        if shown is not None and shown in page.shown:
            self._kept.append((shown, page.shown.index(shown), still_done(self.panel.wall.undo)))
            page.forget(shown)
        self.panel.say(said)
        self.panel.say_until_edit()  # an undo makes it untrue

    def follow(self) -> bool:
        """An acceptance undone: its suggestion is back on the list, as it was; redone: off
        it again. True if one moved."""
        shown_now = self.panel.themes_page.shown
        moved = False
        for shown, row, in_effect in self._kept:
            done = in_effect()
            if not done and shown not in shown_now:
                shown_now.insert(min(row, len(shown_now)), shown)
                moved = True
            elif done and shown in shown_now:
                shown_now.remove(shown)
                moved = True
        return moved
