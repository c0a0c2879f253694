"""What "Suggest themes" sets aside while it works: the kinds the wall showed (it shows the kind
being suggested for alone, so the ringed cards sit together) and the list the room was working
through, with its names, unticked cards, dismissals and accepts. Cancel, or a run that fails,
puts both back: the panel then says "Nothing on the wall changed" and it is so, on the wall and
the projector, and a run that brought nothing has not cost the room its list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wtfc.model.workshop import Kind

if TYPE_CHECKING:
    from wtfc.ui.wall.suggestion_state import ShownSuggestion
    from wtfc.ui.wall.suggestions import SuggestionsPanel


@dataclass
class SetAside:
    kinds: tuple[Kind, ...]  # what the wall showed before
    kind: Kind  # what it was narrowed to
    shown: list[ShownSuggestion]
    dismissed: list[tuple[ShownSuggestion, int]]
    row: int
    kept: list  # Acceptances' own record, handed back as it was

    @property
    def narrowed(self) -> bool:
        return self.kinds != (self.kind,)


def set_aside(panel: SuggestionsPanel, kind: Kind) -> SetAside:
    """Empty the list and show ``kind`` alone on the wall; what was there is returned."""
    page, wall = panel.themes_page, panel.wall
    aside = SetAside(tuple(wall.kinds), kind, list(page.shown), list(page.dismissed),
                     page.list.currentRow(), panel.accepted.put_aside())
    page.clear()
    if aside.narrowed:
        wall.set_kinds((kind,))
    return aside


def bring_back(panel: SuggestionsPanel, aside: SetAside) -> bool:
    """The wall's kinds and the list as they were before ``aside`` was taken. The kinds only
    if the wall still shows what Suggest switched it to (the facilitator may have chosen
    another filter meanwhile: that stays). The list as edits since leave it: an accept undone
    meanwhile is back on it, a card held back since is not quoted. True if a list is back."""
    page, wall = panel.themes_page, panel.wall
    if aside.narrowed and tuple(wall.kinds) == (aside.kind,):
        wall.set_kinds(aside.kinds)
    page.shown, page.dismissed = aside.shown, aside.dismissed
    panel.accepted.bring_back(aside.kept)
    page.show_again(aside.row)
    return bool(page.shown or page.dismissed)
