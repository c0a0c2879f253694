"""The Theme page's moves by keyboard (M, C, N, Alt+1…9) and the count of chosen cards.

Each move asks only once it can go ahead: cards of two kinds are refused up front, with their
counts, on the line under the wall (a theme holds one kind; M used to list one kind's themes
and refuse after the choice, Alt+1 to do nothing anyone saw). The Move picker says how many of
the chosen cards sit in a theme now and will leave it (``chosen_cards``). After a move the wall
takes the keys, on the moved card, in sight. The line beside the heading follows the choice
(``ChosenLine``), counted once per turn: a move re-chooses its cards one by one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from wtfc.ui.wall.chosen_cards import (
    chosen,
    chosen_line,
    new_theme_note,
    picker_note,
    picker_title,
    two_kinds_refusal,
)

if TYPE_CHECKING:
    from wtfc.ui.wall.gestures import Placement
    from wtfc.ui.wall.panel import WallPanel


class KeyboardMoves(QObject):
    """``KeyboardMoves(panel)``: the panel's M, C, N and Alt+number, and its chosen line."""

    def __init__(self, panel: WallPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._count = QTimer(self, singleShot=True, interval=0)
        self._count.timeout.connect(self.show_chosen)
        panel.pages.currentChanged.connect(lambda *_: self.follow_chosen())  # read-out mode
        panel.view.group_ended.connect(self._on_group_ended)
        # a theme renamed (F2, Undo) while its cards are chosen: the line named it as it was
        panel.doc.events.edited.connect(self.follow_chosen)

    # -- the chosen line -----------------------------------------------------------------------
    def follow_chosen(self) -> None:
        """The choice changed (wall or outline): the line is counted again once this turn ends."""
        self._count.start()

    def show_chosen(self, end: str = "") -> str:
        """The line beside the heading as the choice stands; ``end``: where Shift+arrows
        stopped, said after the count. The words, for the screen reader."""
        self._count.stop()
        panel = self.panel
        placements = [] if panel.readout_active() else panel.selected_placements()
        words = chosen_line(chosen(panel.doc, placements))
        if end:
            words = f"{words or 'One card chosen'}: {end}"
        panel.intro.chosen.say(words)
        return words

    def _on_group_ended(self, end: str) -> None:
        from wtfc.ui.boards.common import announce

        words = self.show_chosen(end)
        announce(self.panel.view, words[0].upper() + words[1:] + ".")

    # -- the moves -----------------------------------------------------------------------------
    def may_move(self, placements: list[Placement]) -> bool:
        """Whether M, C, N or Alt+number may go ahead with ``placements``; if not, the line
        under the wall says why (nothing chosen, read-only, cards of two kinds)."""
        actions = self.panel.wall_actions
        if not actions.may_act_on(placements):
            return False
        refusal = two_kinds_refusal(chosen(self.panel.doc, placements))
        if refusal is not None:
            actions.notice.say(refusal)
        return refusal is None

    def ask_move(self, *, copy: bool = False) -> bool:
        panel = self.panel
        placements = panel.selected_placements()
        if not self.may_move(placements):
            return False
        cards = chosen(panel.doc, placements)
        choice = panel.pick_theme(picker_title(cards, copy=copy),
                                  panel.doc.card(placements[0][0]).kind,
                                  note=picker_note(cards, copy=copy))
        if choice is None:
            return False
        with panel.view.spoken.hold():  # the step, then the card the keys land on: said once
            if choice.theme_id is None:
                made = panel.gestures.new_theme([(c, None) for c, _ in placements] if copy
                                                else placements, choice.new_name)
            else:
                moved = panel.gestures.drop(placements, choice.theme_id, copy=copy)
                made = choice.theme_id if moved else None
            return self.show_moved(made, placements, copy=copy, new=choice.theme_id is None)

    def ask_new_theme(self) -> str | None:
        panel = self.panel
        placements = panel.selected_placements()
        if not self.may_move(placements):
            return None
        note = new_theme_note(chosen(panel.doc, placements))  # cards leaving their theme
        name = panel.ask_text("New theme", (f"{note}\n\n" if note else "") + "Name the theme as "
                              "an \"I\" statement. Leave it blank to name it later:",
                              "I ")  # a group first, as the method does
        with panel.view.spoken.hold():
            theme_id = panel.gestures.new_theme(placements, name) if name is not None else None
            self.show_moved(theme_id, placements, new=True)
        return theme_id

    def move_to_numbered(self, n: int) -> bool:
        panel = self.panel
        themes = panel.numbered_themes()
        placements = panel.selected_placements()
        if not 0 < n <= len(themes) or not self.may_move(placements):
            return False
        with panel.view.spoken.hold():
            done = panel.gestures.drop(placements, themes[n - 1])
            return self.show_moved(themes[n - 1] if done else None, placements)

    def show_moved(self, theme_id: str | None, placements: list, *, copy: bool = False,
                   new: bool = False) -> bool:
        """After a move by keyboard into ``theme_id`` (None: none), the card in sight with the
        wall's keys on it (the wall did not scroll: it was often out of sight), a new theme's
        name too."""
        panel = self.panel
        if theme_id and not panel.outline_has_say() and not panel.readout_active():
            panel.view.spoken.say_moved(len({c for c, _ in placements}), theme_id, copy=copy,
                                        created=new)
            panel.view.show_chosen(name_first=new)
        return theme_id is not None
