"""What one Plan/Act room layout measures again and again, measured once per layout.

A paged view is laid out twice (at the full height, then clear of the page label), each time
trying ~15 layouts (cards across, the owner's line, the notes' length, the heading's lines):
the same rows of cards and the same heading were measured in each, ~40 % of the view's time.
The memo lives for one layout (``PlanRoomView.page_count``): an edit, a resize or lent fonts
come after it, and the workshop's words are not kept beyond it. It knows the names to watch
its rows were measured with (``names``): the notes read "[name]" where those are pasted, and
pasting sends no event, so the view asks it whether they are still the document's.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.workshop import Action
from wtfc.ui.boards.plan_card_words import card_height
from wtfc.ui.boards.room_paint import heading_bottom


class LayoutMemo:
    """``card_height`` and ``heading_bottom`` as those give them, each asked once."""

    def __init__(self, names: tuple[str, ...] = ()) -> None:
        self.names = names  # as the cards show the notes (``progress_line``)
        self._rows: dict[tuple, float] = {}
        self._headings: dict[tuple, float] = {}

    def card_height(self, actions: Sequence[Action], width: float, extra: int = 0, *,
                    act: bool = False, note_most: float | None = None) -> float:
        # the actions are the document's, unchanged while one layout lasts: known by identity
        key = (tuple(map(id, actions)), width, extra, act, note_most, self.names)
        if (height := self._rows.get(key)) is None:
            height = self._rows[key] = card_height(list(actions), width, extra, act=act,
                                                   note_most=note_most, names=self.names)
        return height

    def heading_bottom(self, subtitle: bool | str = True, *, title: str = "",
                       wide: float = 1920.0, lines: int = 2) -> float:
        key = (subtitle, title, wide, lines)
        if (bottom := self._headings.get(key)) is None:
            bottom = self._headings[key] = heading_bottom(subtitle, title=title, wide=wide,
                                                          lines=lines)
        return bottom
