"""What every wall gesture does, in one place: the wall, the outline and the read-out all call it.

A drag, a menu item, a shortcut and a tree action end in the same method here, which builds the
command with an operation from ``wtfc.model.operations`` and pushes it as one undo step (a
refused edit is explained in a message box). Tests drive these methods directly: that is the
function the gesture calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.operations import cards as card_ops
from wtfc.model.operations import themes as theme_ops
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Kind
from wtfc.ui.undo import UndoAdapter

Placement = tuple[str, str | None]  # (card id, the theme it sits in on the wall, or None)


class WallGestures:
    """Turns wall gestures into undoable commands on ``doc``."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        self.doc = doc
        self.undo = undo
        self.parent = parent

    def _push(self, build) -> bool:
        return self.undo.try_push(build, self.parent)

    # -- cards and themes ----------------------------------------------------------------------
    def drop(self, placements: Sequence[Placement], theme_id: str | None, *,
             copy: bool = False, index: int | None = None) -> bool:
        """Cards dropped on a theme (None: on the unsorted area): one undo step for them all,
        at ``index`` among the theme's cards (None: at the end)."""
        placements = list(placements)
        if not placements:
            return False
        if theme_id is None and all(source is None for _, source in placements):
            return False  # unsorted cards dropped back on unsorted: nothing to do
        return self._push(lambda: theme_ops.move_placements(
            self.doc, moves=placements, to_theme_id=theme_id, copy=copy and theme_id is not None,
            index=index))

    def place_within(self, card_ids: Sequence[str], theme_id: str, index: int) -> bool:
        """Cards of a theme put at ``index`` among its other cards: the order of the wall, and
        of the quotes a poster picks, so the room can put the telling words first."""
        theme = self.doc.theme(theme_id)
        moving = [c for c in theme.card_ids if c in set(card_ids)]
        rest = [c for c in theme.card_ids if c not in set(moving)]
        if not moving or rest[:index] + moving + rest[index:] == list(theme.card_ids):
            return False

        def build():
            edit = theme_ops.move_cards(self.doc, card_ids=moving, to_theme_id=theme_id,
                                        from_theme_id=theme_id, index=index)
            edit.label = f"Reorder the cards in {quoted(theme.name)}"
            return edit
        return self._push(build)

    def shift_card(self, card_id: str, theme_id: str, step: int) -> bool:
        """One place earlier (``step`` -1) or later (1) in its theme; not past either end."""
        ids = list(self.doc.theme(theme_id).card_ids)
        to = ids.index(card_id) + step
        return 0 <= to < len(ids) and self.place_within([card_id], theme_id, to)

    def shift_theme(self, theme_id: str, step: int) -> bool:
        """Before the theme of its kind in front of it (``step`` -1) or after the next (1): the
        wall's order, and the numbers Alt+1…9 reach."""
        themes = [t.id for t in self.doc.workshop.themes]
        kind = self.doc.theme(theme_id).kind
        same = [t.id for t in self.doc.workshop.themes if t.kind == kind]
        to = same.index(theme_id) + step
        if not 0 <= to < len(same):
            return False
        index = themes.index(same[to])
        return self._push(lambda: theme_ops.reorder_theme(self.doc, theme_id=theme_id,
                                                          index=index))

    def new_theme(self, placements: Sequence[Placement], name: str, kind: Kind | None = None
                  ) -> str | None:
        """A new theme holding the chosen cards (taken out of where they were). Its id, or None."""
        card_ids = list(dict.fromkeys(card_id for card_id, _ in placements))
        if kind is None:
            if not card_ids:
                return None
            kind = self.doc.card(card_ids[0]).kind
        before = {t.id for t in self.doc.workshop.themes}

        def build():
            edit = theme_ops.create_theme(self.doc, kind=kind, name=name, card_ids=card_ids)
            sources = [(c, s) for c, s in placements if s is not None]
            if not sources:
                return edit
            take_out = theme_ops.move_placements(self.doc, moves=sources, to_theme_id=None)
            # one Edit: take the cards out of their old themes, then add the new theme
            edit.changes[:0] = take_out.changes
            return edit

        if not self._push(build):
            return None
        created = [t.id for t in self.doc.workshop.themes if t.id not in before]
        return created[0] if created else None

    def rename(self, theme_id: str, name: str) -> bool:
        if name.strip() == self.doc.theme(theme_id).name:
            return False
        return self._push(lambda: theme_ops.rename_theme(self.doc, theme_id=theme_id, name=name))

    def merge(self, into_theme_id: str, theme_ids: Sequence[str]) -> bool:
        return self._push(lambda: theme_ops.merge_themes(self.doc, into_theme_id=into_theme_id,
                                                         theme_ids=list(theme_ids)))

    def split(self, theme_id: str, card_ids: Sequence[str], new_name: str) -> bool:
        return self._push(lambda: theme_ops.split_theme(self.doc, theme_id=theme_id,
                                                        card_ids=list(card_ids),
                                                        new_name=new_name))

    def delete_theme(self, theme_id: str) -> bool:
        return self._push(lambda: theme_ops.delete_theme(self.doc, theme_id=theme_id))

    # -- held-back cards -----------------------------------------------------------------------
    def redact(self, card_id: str) -> bool:
        return self._push(lambda: card_ops.redact_card(self.doc, card_id=card_id))

    def mark_fine(self, card_ids: Sequence[str]) -> bool:
        return self._push(lambda: card_ops.clear_card_details(self.doc, card_ids=list(card_ids)))

    def edit_text(self, card_id: str, text: str, *, kind: Kind | None = None) -> bool:
        """New words for a card (and, for a card in no theme, another ``kind``): one step."""
        card = self.doc.card(card_id)
        words = text.strip() if text.strip() != card.text else None
        kind = kind if kind is not None and kind != card.kind else None
        if words is None and kind is None:
            return False
        # new words get a fresh personal-detail check, so an edit cannot slip a name past it
        # (imported on first edit: the guard's word lists stay out of start-up)
        from wtfc.importing.name_spread import watched_and_found_names
        from wtfc.model.operations.checks import holding_back_too
        from wtfc.ui.card_guard import also_held_back, details_in

        # a name found in another card is watched for, and one found here holds back others
        names = watched_and_found_names(self.doc.names_to_watch, self.doc.workshop.cards)
        found = details_in(words, names) if words else None
        return self._push(lambda: holding_back_too(
            self.doc,
            card_ops.edit_card(self.doc, card_id=card_id, text=words, kind=kind,
                               personal_details=found),
            findings=also_held_back(self.doc, found or [], text=words, card_id=card_id),
        ))
