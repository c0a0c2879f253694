"""Compare a workshop with the previous one (the Review step: "check what has changed").

Themes are matched within their kind, first by normalised name ("I feel like a package!" and
"i feel like a  package" are one theme), then, for those left over, by how alike their cards are
(Jaccard similarity of the sets of meaningful words on all their cards). Groups re-name themes
from one year to the next, so the card match finds "the same worry under a new name"; a pair is
only taken when it is clearly similar (``CARD_MATCH_THRESHOLD``), best pairs first.

Last time's actions come back with their status, whether they are overdue, and what happened to
the theme they answered.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

CARD_MATCH_THRESHOLD = 0.25

# Words too common in care-review statements to say anything about what a theme is about.
_STOP_WORDS = frozenset({
    "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "but", "by", "can", "can't", "could", "did", "do", "does", "don't", "for", "from",
    "get", "got", "had", "has", "have", "he", "her", "him", "his", "how", "i", "i'm", "i've",
    "if", "in", "into", "is", "it", "it's", "just", "me", "more", "my", "no", "not", "of", "on",
    "or", "our", "out", "she", "so", "than", "that", "the", "their", "them", "then", "there",
    "they", "this", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "which",
    "who", "will", "with", "would", "you", "your",
})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]{1,2})?")


class Change(StrEnum):
    """What happened to a theme between the two workshops."""

    GREW = "grew"
    SHRANK = "shrank"
    SAME = "same"
    APPEARED = "appeared"
    DISAPPEARED = "disappeared"

    @property
    def label(self) -> str:
        return {"grew": "Grew", "shrank": "Shrank", "same": "About the same",
                "appeared": "New this time", "disappeared": "Gone this time"}[self.value]

    @property
    def symbol(self) -> str:
        """Carries the change without colour."""
        return {"grew": "▲", "shrank": "▼", "same": "=", "appeared": "✚",
                "disappeared": "–"}[self.value]


@dataclass(frozen=True)
class ThemeChange:
    """One theme's fate: counts before and now (0 for a side it is missing from)."""

    kind: Kind
    change: Change
    name: str                 # the name now, or last time's for a theme that disappeared
    previous_name: str = ""   # last time's name ("" for a new theme)
    cards_before: int = 0
    cards_now: int = 0
    people_before: int = 0
    people_now: int = 0
    matched_by: str = ""      # "name", "cards" or "" (unmatched)
    similarity: float = 0.0   # card-word similarity of a matched pair (1.0 for a name match)
    previous_id: str = ""
    current_id: str = ""

    @property
    def renamed(self) -> bool:
        return bool(self.previous_name) and bool(self.current_id) and \
            normalise_name(self.previous_name) != normalise_name(self.name)


@dataclass(frozen=True)
class PreviousAction:
    """One of last time's actions, as the review shows it."""

    what: str
    role: Role
    owner: str
    by_when: dt.date | None
    status: ActionStatus
    how_we_know: str
    theme_name: str
    overdue: bool
    theme_change: Change | None  # what happened to the theme it answered


@dataclass(frozen=True)
class WorkshopComparison:
    previous_title: str
    current_title: str
    themes: list[ThemeChange]
    actions: list[PreviousAction]

    def with_change(self, change: Change) -> list[ThemeChange]:
        return [t for t in self.themes if t.change is change]


def normalise_name(name: str) -> str:
    """Lower-case words only: accents, punctuation, quotes and spacing do not make a new theme."""
    return " ".join(_words(name))


def card_words(cards: list[Card]) -> frozenset[str]:
    """The meaningful words on a set of cards (common words left out)."""
    return frozenset(w for card in cards for w in _words(card.text) if w not in _STOP_WORDS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words: 1.0 for the same set, 0.0 for nothing in common."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def compare_workshops(previous: Workshop, current: Workshop, *,
                      today: dt.date | None = None) -> WorkshopComparison:
    """What changed from ``previous`` to ``current``: themes by size, and last time's actions.

    Themes come grouped as grew, shrank, same, appeared, disappeared; within each, the biggest
    first. ``today`` (default: the real date) decides which of last time's actions are overdue.
    """
    today = today or dt.date.today()
    before_cards = {c.id: c for c in previous.cards}
    now_cards = {c.id: c for c in current.cards}
    pairs = _match_themes(previous.themes, current.themes, before_cards, now_cards)
    matched_before = {p.id for p, _, _, _ in pairs}
    matched_now = {n.id for _, n, _, _ in pairs}

    changes: list[ThemeChange] = []
    for old, new, how, score in pairs:
        before, now = len(old.card_ids), len(new.card_ids)
        change = Change.GREW if now > before else Change.SHRANK if now < before else Change.SAME
        changes.append(ThemeChange(
            new.kind, change, new.name, old.name, before, now,
            _people(old, before_cards), _people(new, now_cards), how, score, old.id, new.id))
    for new in current.themes:
        if new.id not in matched_now:
            changes.append(ThemeChange(new.kind, Change.APPEARED, new.name,
                                       cards_now=len(new.card_ids),
                                       people_now=_people(new, now_cards), current_id=new.id))
    for old in previous.themes:
        if old.id not in matched_before:
            changes.append(ThemeChange(old.kind, Change.DISAPPEARED, old.name, old.name,
                                       cards_before=len(old.card_ids),
                                       people_before=_people(old, before_cards),
                                       previous_id=old.id))
    order = list(Change)
    changes.sort(key=lambda t: (order.index(t.change),
                                -abs(t.cards_now - t.cards_before), -max(t.cards_now,
                                                                         t.cards_before)))
    fate = {t.previous_id: t.change for t in changes if t.previous_id}
    theme_names = {t.id: t.name for t in previous.themes}
    actions = [_previous_action(a, theme_names, fate, today) for a in previous.actions]
    return WorkshopComparison(previous.title, current.title, changes, actions)


def _match_themes(before: list[Theme], now: list[Theme], before_cards: dict[str, Card],
                  now_cards: dict[str, Card]) -> list[tuple[Theme, Theme, str, float]]:
    pairs: list[tuple[Theme, Theme, str, float]] = []
    by_name: dict[tuple[Kind, str], Theme] = {}
    for theme in now:
        by_name.setdefault((theme.kind, normalise_name(theme.name)), theme)
    left_before: list[Theme] = []
    taken: set[str] = set()
    for old in before:
        new = by_name.get((old.kind, normalise_name(old.name)))
        if new is not None and new.id not in taken and normalise_name(old.name):
            pairs.append((old, new, "name", 1.0))
            taken.add(new.id)
        else:
            left_before.append(old)
    left_now = [t for t in now if t.id not in taken]

    def words_of(theme: Theme, cards: dict[str, Card]) -> frozenset[str]:
        return card_words([cards[c] for c in theme.card_ids if c in cards])

    now_words = {t.id: words_of(t, now_cards) for t in left_now}
    candidates = []
    for old in left_before:
        old_words = words_of(old, before_cards)
        for new in left_now:
            if new.kind == old.kind:
                score = jaccard(old_words, now_words[new.id])
                if score >= CARD_MATCH_THRESHOLD:
                    candidates.append((score, old, new))
    candidates.sort(key=lambda c: -c[0])  # best pairs first; each theme matches once
    used_before: set[str] = set()
    for score, old, new in candidates:
        if old.id not in used_before and new.id not in taken:
            pairs.append((old, new, "cards", score))
            used_before.add(old.id)
            taken.add(new.id)
    return pairs


def _people(theme: Theme, cards: dict[str, Card]) -> int:
    return len({cards[c].person or c for c in theme.card_ids if c in cards})


def _previous_action(action: Action, theme_names: dict[str, str], fate: dict[str, Change],
                     today: dt.date) -> PreviousAction:
    overdue = is_overdue(action, today)
    return PreviousAction(action.what, action.role, action.owner, action.by_when, action.status,
                          action.how_we_know, theme_names.get(action.theme_id, ""), overdue,
                          fate.get(action.theme_id))


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)
