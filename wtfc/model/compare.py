"""Compare a workshop with the previous one (the Review step: "check what has changed").

Themes are matched within their kind, first by normalised name ("I feel like a package!" and
"i feel like a  package" are one theme), then, for those left over, by how alike their cards are
(Jaccard similarity of the sets of meaningful words on all their cards). Groups re-name themes
from one year to the next, so the card match finds "the same worry under a new name"; a pair is
only taken when it is clearly similar (``CARD_MATCH_THRESHOLD``), best pairs first.

Groups also merge and split themes. A theme left over from last time whose card words mostly
sit in one theme now was merged into it; a theme new this time whose card words mostly sit in
one of last time's was split off it (``RELATED_SHARE``, and at least ``RELATED_MIN_WORDS``
shared words, so one common word never links two small themes). Neither is "gone" or "new".

Last time's priorities carry their rank (``ThemeChange.previous_rank``) and come first: the
review asks what changed because of the work, and the work was on them. The rest follow grouped
by their change.

Last time's actions come back with their status, whether they are overdue, and what happened to
the theme they answered.

A workshop with no themes yet (a new cycle, its cards not yet themed) is not compared theme by
theme: every one of last time's themes would read "gone" when nothing has been themed yet. Its
comparison lists no themes and says so (``no_themes_now``); last time's actions still come back.
Likewise, while some of this time's cards are in no theme (``unsorted_now``), a theme of last
time's with no match is "not in this time's themes yet" (``Change.NOT_YET``), not gone: it may
be among the cards still to sort.

Sizes are judged on the share of the people reviewed each time (``compare_people``), which
the comparison carries (``people_reviewed_before``/``_now``). A theme of last time's that was
split or merged counts, now, the people of the themes it went into, and those follow it in
the list, so its row never reads "7 → 0" while its 14 people are pages later.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from wtfc.model.compare_people import judge, people_reviewed, unsorted_cards
from wtfc.model.compare_text import card_words, jaccard, normalise_name
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

CARD_MATCH_THRESHOLD = 0.25
RELATED_SHARE = 0.5
RELATED_MIN_WORDS = 2


class Change(StrEnum):
    """What happened to a theme between the two workshops."""

    GREW = "grew"
    SHRANK = "shrank"
    SAME = "same"
    APPEARED = "appeared"
    SPLIT = "split"
    MERGED = "merged"
    NOT_YET = "not_yet"  # unmatched while this time's cards are still being sorted
    DISAPPEARED = "disappeared"

    @property
    def label(self) -> str:
        return {"grew": "Grew", "shrank": "Shrank", "same": "About the same",
                "appeared": "New this time", "split": "Split",
                "merged": "Merged into another", "not_yet": "Not in this time's themes yet",
                "disappeared": "Gone this time"}[self.value]

    @property
    def symbol(self) -> str:
        """Carries the change without colour."""
        return {"grew": "▲", "shrank": "▼", "same": "=", "appeared": "✚", "split": "↗",
                "merged": "↘", "not_yet": "○", "disappeared": "–"}[self.value]


@dataclass(frozen=True)
class ThemeChange:
    """One theme's fate: counts before and now (0 for a side it is missing from; for last
    time's theme merged or split, now is the themes it went into, together: where its people
    went).

    ``related`` names the other side's themes for a merge or split: the theme last time's was
    merged into, the theme a new one was split from, or the themes an old one was split into
    (``related_ids``: their ids). ``previous_rank``: last time's priority number for a theme
    that was one then, else None. ``reviewed_before``/``_now``: the people reviewed in each
    workshop, which its people are a share of.
    """

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
    related: tuple[str, ...] = ()
    previous_rank: int | None = None
    related_ids: tuple[str, ...] = ()
    reviewed_before: int = 0
    reviewed_now: int = 0

    @property
    def by_share(self) -> bool:
        """Judged on the share of the people reviewed: a different number each time."""
        return bool(self.reviewed_before and self.reviewed_now) and \
            self.reviewed_before != self.reviewed_now

    @property
    def was_priority(self) -> bool:
        return self.previous_rank is not None

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
    theme_now: str = ""          # that theme's name now (or the one it was merged into)
    progress_note: str = ""      # what had happened when it was last checked (Act stage)
    checked_on: dt.date | None = None


@dataclass(frozen=True)
class WorkshopComparison:
    previous_title: str
    current_title: str
    themes: list[ThemeChange]
    actions: list[PreviousAction]
    same_workshop: bool = False  # the same cards and themes on both sides: nothing to compare
    # this workshop has no themes yet, last time's had: none is listed, as none has gone yet
    no_themes_now: bool = False
    people_reviewed_before: int = 0  # the people whose reviews are on each workshop's cards
    people_reviewed_now: int = 0
    unsorted_now: int = 0  # this workshop's cards in no theme yet

    def with_change(self, change: Change) -> list[ThemeChange]:
        return [t for t in self.themes if t.change is change]


def compare_workshops(previous: Workshop, current: Workshop, *,
                      today: dt.date | None = None) -> WorkshopComparison:
    """What changed from ``previous`` to ``current``: themes by size, and last time's actions.

    Last time's priorities come first, by their rank then; the other themes follow grouped as
    grew, shrank, same, appeared, split, merged, disappeared; within each, the biggest change
    first. ``today`` (default: the real date) decides which of last time's actions are overdue.
    With no themes in ``current`` yet, no theme is listed (``no_themes_now`` when last time
    had some), and last time's actions say nothing of their themes' fate.
    """
    today = today or dt.date.today()
    reviewed = people_reviewed(previous), people_reviewed(current)
    unsorted = unsorted_cards(current)
    if not current.themes:
        theme_names = {t.id: t.name for t in previous.themes}
        return WorkshopComparison(
            previous.title, current.title, [],
            [_previous_action(a, theme_names, {}, today) for a in previous.actions],
            same_workshop(previous, current), bool(previous.themes), *reviewed, unsorted)
    before_cards = {c.id: c for c in previous.cards}
    now_cards = {c.id: c for c in current.cards}
    pairs = _match_themes(previous.themes, current.themes, before_cards, now_cards)
    matched_before = {p.id for p, _, _, _ in pairs}
    matched_now = {n.id for _, n, _, _ in pairs}

    merged_into, split_from, split_into = _relate(
        [t for t in previous.themes if t.id not in matched_before],
        [t for t in current.themes if t.id not in matched_now], previous.themes,
        [t for t in current.themes if t.id in matched_now], current.themes,
        before_cards, now_cards)

    ranks = priority_ranks(previous)
    changes: list[ThemeChange] = []
    for old, new, how, score in pairs:
        cards = len(old.card_ids), len(new.card_ids)
        people = _people([old], before_cards), _people([new], now_cards)
        change = {1: Change.GREW, -1: Change.SHRANK, 0: Change.SAME}[
            judge(cards, people, reviewed)]
        changes.append(ThemeChange(
            new.kind, change, new.name, old.name, *cards, *people, how, score, old.id, new.id,
            previous_rank=ranks.get(old.id), reviewed_before=reviewed[0],
            reviewed_now=reviewed[1]))
    for new in current.themes:
        if new.id not in matched_now:
            source = split_from.get(new.id)
            changes.append(ThemeChange(new.kind, Change.SPLIT if source else Change.APPEARED,
                                       new.name, cards_now=len(new.card_ids),
                                       people_now=_people([new], now_cards), current_id=new.id,
                                       related=(source.name,) if source else (),
                                       related_ids=(source.id,) if source else (),
                                       reviewed_before=reviewed[0], reviewed_now=reviewed[1]))
    gone = Change.NOT_YET if unsorted else Change.DISAPPEARED
    for old in previous.themes:
        if old.id not in matched_before:
            into = merged_into.get(old.id)
            parts = [into] if into else split_into.get(old.id, [])
            change = Change.MERGED if into else Change.SPLIT if parts else gone
            changes.append(ThemeChange(old.kind, change, old.name, old.name,
                                       cards_before=len(old.card_ids),
                                       cards_now=len({c for t in parts for c in t.card_ids}),
                                       people_before=_people([old], before_cards),
                                       people_now=_people(parts, now_cards),
                                       previous_id=old.id,
                                       related=tuple(t.name for t in parts),
                                       previous_rank=ranks.get(old.id),
                                       related_ids=tuple(t.id for t in parts),
                                       reviewed_before=reviewed[0], reviewed_now=reviewed[1]))
    order = list(Change)
    changes.sort(key=lambda t: (t.previous_rank or 10_001, order.index(t.change),
                                -abs(t.cards_now - t.cards_before), -max(t.cards_now,
                                                                         t.cards_before)))
    changes = _partners_after(changes)
    fate = {t.previous_id: t for t in changes if t.previous_id}
    theme_names = {t.id: t.name for t in previous.themes}
    actions = [_previous_action(a, theme_names, fate, today) for a in previous.actions]
    return WorkshopComparison(previous.title, current.title, changes, actions,
                              same_workshop(previous, current), False, *reviewed, unsorted)


def _partners_after(changes: list[ThemeChange]) -> list[ThemeChange]:
    """Each of last time's themes split or merged beside the themes it went into: they follow
    it, or (listed before it, neither a priority last time) it follows them, so the room reads
    where its people went in one place; last time's priorities stay together, in rank."""
    by_id = {t.current_id: t for t in changes if t.current_id}
    followers: dict[str, list[ThemeChange]] = {}
    for t in changes:
        if t.previous_id and t.change in (Change.SPLIT, Change.MERGED) and not t.was_priority:
            for i in t.related_ids:
                followers.setdefault(i, []).append(t)
    out: list[ThemeChange] = []
    placed: set[int] = set()

    def place(theme: ThemeChange | None) -> None:
        if theme is not None and id(theme) not in placed:
            out.append(theme)
            placed.add(id(theme))
            if theme.previous_id and theme.change in (Change.SPLIT, Change.MERGED):
                for i in theme.related_ids:  # its parts or the theme it went into
                    place(by_id.get(i))
            if theme.current_id and not theme.was_priority:
                for old in followers.get(theme.current_id, []):
                    place(old)

    for t in changes:
        place(t)
    return out


def priority_ranks(workshop: Workshop) -> dict[str, int]:
    """A workshop's priority themes by id, numbered as the priorities board numbers them (a
    chosen theme with no rank after the ranked ones)."""
    chosen = sorted((t for t in workshop.themes if t.priority.chosen),
                    key=lambda t: t.priority.rank or 10_001)
    return {t.id: t.priority.rank or i for i, t in enumerate(chosen, start=1)}


def same_workshop(previous: Workshop, current: Workshop) -> bool:
    """The same cards and themes: the workshop's own file, not last time's, was chosen.
    (Two workshops with nothing in them yet are not "the same": there is just nothing yet.)"""
    return (bool(current.cards or current.themes) and previous.cards == current.cards
            and previous.themes == current.themes)


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


def _relate(left_before: list[Theme], left_now: list[Theme], all_before: list[Theme],
            matched_now: list[Theme], all_now: list[Theme], before_cards: dict[str, Card],
            now_cards: dict[str, Card],
            ) -> tuple[dict[str, Theme], dict[str, Theme], dict[str, list[Theme]]]:
    """Merges and splits among the themes the one-to-one match left over.

    Returns: last time's theme id → the theme now it was merged into; a new theme's id → last
    time's theme it was split from; last time's theme id → the new themes it was split into.
    A theme is only merged into one that carries on from last time (into a theme new this
    time it would read "merged into" a "new" theme), and one merged away is split into nothing.
    """
    if not left_before and not left_now:
        return {}, {}, {}
    before_words = {t.id: card_words([before_cards[c] for c in t.card_ids if c in before_cards])
                    for t in all_before}
    now_words = {t.id: card_words([now_cards[c] for c in t.card_ids if c in now_cards])
                 for t in all_now}
    # words most themes share ("carers", "time") say nothing about which theme went where
    spread = Counter(w for words in (*before_words.values(), *now_words.values()) for w in words)
    common = {w for w, n in spread.items() if n > max(2, (len(all_before) + len(all_now)) / 2)}
    if common:
        before_words = {k: v - common for k, v in before_words.items()}
        now_words = {k: v - common for k, v in now_words.items()}

    def best(part: frozenset[str], kind: Kind, wholes: list[Theme],
             words: dict[str, frozenset[str]]) -> Theme | None:
        """The theme whose card words hold most of ``part`` (if one holds enough)."""
        scored = [(_share(part, words[t.id]), t) for t in wholes if t.kind == kind]
        scored = [(share, t) for share, t in scored if share > 0]
        if not scored:
            return None
        return max(scored, key=lambda s: s[0])[1]

    merged_into = {}
    for old in left_before:
        into = best(before_words[old.id], old.kind, matched_now, now_words)
        if into is not None:
            merged_into[old.id] = into
    split_from = {}
    for new in left_now:
        source = best(now_words[new.id], new.kind, all_before, before_words)
        if source is not None and source.id not in merged_into:
            split_from[new.id] = source
    split_into: dict[str, list[Theme]] = {}
    for new in left_now:
        source = split_from.get(new.id)
        if source is not None and source.id not in merged_into:
            split_into.setdefault(source.id, []).append(new)
    return merged_into, split_from, split_into


def _share(part: frozenset[str], whole: frozenset[str]) -> float:
    """How much of ``part`` is in ``whole`` (0 unless it is enough to call them related)."""
    shared = len(part & whole)
    if shared < RELATED_MIN_WORDS or shared < RELATED_SHARE * len(part):
        return 0.0
    return shared / len(part)


def _people(themes: list[Theme], cards: dict[str, Card]) -> int:
    """The different person codes on the themes' cards (a card with none is no one counted,
    as in the exports)."""
    return len({cards[c].person for t in themes for c in t.card_ids
                if c in cards and cards[c].person})


def _previous_action(action: Action, theme_names: dict[str, str],
                     fate: dict[str, ThemeChange], today: dt.date) -> PreviousAction:
    overdue = is_overdue(action, today)
    theme = fate.get(action.theme_id)
    now = ""
    if theme is not None and theme.current_id:
        now = theme.name
    elif theme is not None and theme.related:  # merged or split: where its people went
        now = "” and “".join(theme.related)
    return PreviousAction(action.what, action.role, action.owner, action.by_when, action.status,
                          action.how_we_know, theme_names.get(action.theme_id, ""), overdue,
                          theme.change if theme else None, now, action.progress_note,
                          action.checked_on)
