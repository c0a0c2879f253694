"""A suggestion as the facilitator shapes it on the "Suggested themes" page (view state, never
part of the workshop), and which of its cards may still go into a theme."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wtfc.clustering.key_phrases import i_statement
from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion


def starting_name(suggestion: Suggestion) -> str:
    """What the name box starts with: the working name, without a dangling "…"."""
    name = suggestion.name.strip()
    for tail in ("...", "…"):
        if name.endswith(tail):
            name = name[: -len(tail)].rstrip(" ,;:-")
    return name


@dataclass
class ShownSuggestion:
    """A suggestion as the facilitator is shaping it (view state, never part of the workshop)."""

    suggestion: Suggestion
    kind: Kind
    name: str
    unticked: set[str] = field(default_factory=set)
    # the facilitator's theme its cards are close to (suggestion_closeness), None if none
    close: str | None = field(default=None, compare=False)

    def ticked(self) -> list[str]:
        return [c for c in self.suggestion.member_ids if c not in self.unticked]


def still_unsorted(doc: Document, kind: Kind, card_ids: list[str]) -> list[str]:
    """The cards that may still go into a new theme now: present, unsorted, of the kind, and
    not held back (a card edited meanwhile may have gained possible personal details)."""
    placed = doc.themes_of_card()
    result = []
    for card_id in card_ids:
        card = doc.get("cards", card_id)
        if card is not None and card_id not in placed and card.kind == kind and not card.held_back:
            result.append(card_id)
    return result


def close_theme(doc: Document, shown: ShownSuggestion) -> Theme | None:
    """The theme of its kind the suggestion is close to, while that theme is still there."""
    theme = doc.get("themes", shown.close) if shown.close else None
    return theme if theme is not None and theme.kind == shown.kind else None


def quotes_held_back(doc: Document, shown: ShownSuggestion, name: str) -> bool:
    """Whether ``name`` is still the sentence a member card was quoted for, and that card
    is held back now (the guard found, or was told, a name in it after the suggestion)."""
    if not name.strip():
        return False
    wanted = normalise_name(name)
    for card_id in shown.suggestion.member_ids:
        card = doc.get("cards", card_id)
        if card is not None and card.held_back \
                and normalise_name(i_statement(card.text)) == wanted:
            return True
    return False


def theme_named(doc: Document, kind: Kind, name: str) -> str | None:
    """The name of the theme of ``kind`` that ``name`` would repeat (the wall allows one
    theme of a kind per name: the same words, whatever the case and punctuation)."""
    wanted = normalise_name(name)
    for theme in doc.workshop.themes:
        if theme.kind == kind and normalise_name(theme.name) == wanted:
            return theme.name
    return None
