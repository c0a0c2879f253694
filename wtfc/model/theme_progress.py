"""How far the Theme stage has got: the groups not named yet and the cards in no theme.

The Theme page's what-to-do line, the stage list's Theme row ("⚠ 2 not named", "⚠ 54 in no
theme") and the sentence said on leaving Theme all count the same way, here. Light, and read
while the window first opens: a theme's name goes to ``is_unnamed`` (which loads Review's word
rules) only when it could be a group's placeholder, that is when its words hold "named". A name
with no words to read (an older file's "" or lone zero-width space) is not named either.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from wtfc.model.blank_text import is_blank
from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Workshop


@dataclass(frozen=True)
class ThemeProgress:
    """``themes``: how many there are; ``unnamed``: groups not named yet; ``unsorted``: cards
    in no theme, held-back ones included (they still need a theme)."""

    themes: int
    unnamed: int
    unsorted: int

    def marks(self, *, moved_on: bool = False) -> list[str]:
        """What the stage row lists, none when nothing is left: ["2 not named", "54 in no
        theme"]. Cards in no theme count once theming has begun (a theme made, or ``moved_on``
        past Theme): on Collect every card is in none, and saying so there would be noise."""
        parts = [f"{self.unnamed:,} not named"] if self.unnamed else []
        if self.unsorted and (self.themes or moved_on):
            parts.append(f"{self.unsorted:,} in no theme")
        return parts

    def left_behind(self) -> str:
        """A sentence for moving on with work left ("" when none): a reminder, never a stop,
        with where each thing left is done (cards: back on Theme; a name: F2 there or on
        Choose priorities)."""
        parts = []
        if self.unnamed:
            parts.append(f"{count_phrase(self.unnamed, 'group')} "
                         f"{'is' if self.unnamed == 1 else 'are'} not named yet")
        if self.unsorted:
            parts.append(f"{count_phrase(self.unsorted, 'card')} "
                         f"{'is' if self.unsorted == 1 else 'are'} not in a theme")
        if not parts:
            return ""
        back = "Ctrl+3 goes back to Theme"
        if not self.unnamed:
            return f"{parts[0]}: {back}"
        # naming needs no trip back: F2 on Choose priorities renames the chosen row's group
        them = "it" if self.unnamed == 1 else "them"
        if not self.unsorted:
            return f"{parts[0]}: F2 on Choose priorities (Ctrl+4) names {them}, or {back}"
        return (f"{' and '.join(parts)}: {back}; F2 on Choose priorities (Ctrl+4) names the "
                f"group{'' if self.unnamed == 1 else 's'}")


def theme_progress(ws: Workshop) -> ThemeProgress:
    sorted_ids = {card_id for theme in ws.themes for card_id in theme.card_ids}
    unsorted = sum(1 for card in ws.cards if card.id not in sorted_ids)
    unnamed = sum(1 for theme in ws.themes if _not_named(theme.name))
    return ThemeProgress(themes=len(ws.themes), unnamed=unnamed, unsorted=unsorted)


def _not_named(name: str) -> bool:
    if is_blank(name):  # as ``is_unnamed`` counts it: the exports print it "Unnamed theme"
        return True
    if "named" not in _folded(name):  # a placeholder's words hold it, however typed
        return False
    from wtfc.model.unnamed_themes import is_unnamed  # the one rule, for what might be one

    return is_unnamed(name)


def _folded(name: str) -> str:
    """Lower case without accents, as ``compare_text`` folds a name before its words."""
    if name.isascii():
        return name.lower()
    spread = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in spread if not unicodedata.combining(ch)).lower()
