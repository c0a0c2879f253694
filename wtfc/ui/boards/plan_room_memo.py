"""What Plan/Act room layouts measure again and again, measured once.

A paged view is laid out twice (at the full height, then clear of the page label), each time
trying ~15 layouts (cards across, the owner's line, the notes' length, the heading's lines):
the same rows of cards and the same heading were measured in each, ~40 % of the view's time.

A row is known by the words its cards draw (each action's words, owner and what has happened
so far as the guard shows it), so names to watch typed or pasted lay the view out again
measuring only the rows whose drawn words they change: the relayout after names were typed
measured every row and note afresh (~0.5 s of CPU at 283 actions, ~1 s on a busy machine).
Anything else the room views draw (an edit, fonts lent, the date: ``drawn_facts``), or
another view laying out, and the view measures afresh. The measures are the workshop's words:
``forget_words`` empties them with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from wtfc.model.document import Document
from wtfc.model.workshop import Action
from wtfc.ui.boards import plan_room_notes as notes
from wtfc.ui.boards.plan_card_words import card_height, progress_line
from wtfc.ui.boards.plan_room_drawn import drawn_facts
from wtfc.ui.boards.room_paint import heading_bottom

# rows and headings measured, by their words; what they were measured with and by which layout
_ROWS: dict[tuple, float] = {}
_HEADINGS: dict[tuple, float] = {}
_MADE_WITH: dict[str, object] = {}
MOST_ROWS = 1 << 16  # names changed many times over: measured afresh, not kept growing


class LayoutMemo:
    """``card_height`` and ``heading_bottom`` as those give them, each asked once."""

    def __init__(self, names: tuple[str, ...] = ()) -> None:
        self.names = names  # as the cards show the notes (``progress_line``)
        self._words: dict[int, tuple[str, str, str]] = {}  # this layout's actions, by id

    def afresh(self, doc: Document, today: dt.date) -> LayoutMemo:
        """The memo for the view's next layout: the measures kept where only the names to
        watch changed since this one (the rows know their words), else forgotten."""
        facts = drawn_facts(doc, today)
        if facts[3] is doc.names_to_watch:  # all but the names (were they moved: all)
            facts = facts[:3] + facts[4:]
        if _MADE_WITH.get("by") is not self or _MADE_WITH.get("facts") != facts \
                or len(_ROWS) > MOST_ROWS:
            notes.forget_measures()  # (and the card's words' measures: fonts lent count)
            _ROWS.clear()
            _HEADINGS.clear()
        memo = LayoutMemo(doc.names_to_watch)
        _MADE_WITH.update(by=memo, facts=facts)
        return memo

    def drawn(self, action: Action) -> tuple[str, str, str]:
        """The action's words, owner and what has happened so far, as its card draws them."""
        # the actions are the document's, unchanged while one layout lasts: known by identity
        if (words := self._words.get(id(action))) is None:
            words = self._words[id(action)] = (action.what, action.owner,
                                               progress_line(action, self.names))
        return words

    def progress(self, action: Action) -> str:
        """What has happened so far, as the card draws it (``progress_line``)."""
        return self.drawn(action)[2]

    def card_height(self, actions: Sequence[Action], width: float, extra: int = 0, *,
                    act: bool = False, note_most: float | None = None) -> float:
        key = (tuple(map(self.drawn, actions)), width, extra, act, note_most)
        if (height := _ROWS.get(key)) is None:
            height = _ROWS[key] = card_height(list(actions), width, extra, act=act,
                                              note_most=note_most, names=self.names)
        return height

    def heading_bottom(self, subtitle: bool | str = True, *, title: str = "",
                       wide: float = 1920.0, lines: int = 2) -> float:
        key = (subtitle, title, wide, lines)
        if (bottom := _HEADINGS.get(key)) is None:
            bottom = _HEADINGS[key] = heading_bottom(subtitle, title=title, wide=wide,
                                                     lines=lines)
        return bottom
