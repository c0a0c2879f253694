"""Compare a workshop with the previous one (the Review step: "check what has changed").

Themes are matched within their kind (``compare_match``), first by normalised name ("I feel
like a package!" and "i feel like a  package" are one theme), then, for those left over, by how
alike their names' meaningful words are or their cards' (Jaccard similarity of the sets of
meaningful words on all their cards). Groups re-name themes from one year to the next, and a
new cycle's cards are other people's words, so the names find "the same worry under a new
name" ("My carers don't treat me with respect") where the cards alone would not; a pair is
only taken when it is clearly similar (``NAME_MATCH_THRESHOLD``, ``CARD_MATCH_THRESHOLD``),
best pairs first.

Groups also merge and split themes. A theme left over from last time whose card words mostly
sit in one theme now was merged into it; a theme new this time whose card words mostly sit in
one of last time's was split off it (``RELATED_SHARE``, and at least ``RELATED_MIN_WORDS``
shared words, so one common word never links two small themes). Neither is "gone" or "new".
A theme split into one theme and nothing else carried on under a new name: one row, renamed.

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
the list, so its row never reads "7 → 0" while its 14 people are pages later; one that carries
on (under a new name, say) while a part of it was split off counts that part's people with its
own, and the part follows it, so it never reads "50% → 19%" while the rest of its people are
rows away. Likewise one that carries on with others of last time's merged into it counts,
then, their people with its own: compared with its own alone, a merge always read as growth.
A theme this time with no cards (a name put up, nothing in it yet) is left out, not "new" nor
"the same 0 → 0" as an empty one of last time's: nobody said it. (Last time's with none and no
match still reads gone: its name was on last time's wall.)
Where no person was recorded on one side, or none on a theme either time, the
theme is judged, and said, by its cards (``ThemeChange.by_cards``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from wtfc.model.compare_match import pair_themes
from wtfc.model.compare_people import judge, people_reviewed, unsorted_cards
from wtfc.model.compare_text import jaccard, normalise_name  # jaccard: callers import it here
from wtfc.model.operations.actions import is_overdue
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import UNTITLED, Action, ActionStatus, Card, Kind, Role, Theme, Workshop

__all__ = ["Change", "PreviousAction", "ThemeChange", "WorkshopComparison", "compare_workshops",
           "jaccard", "normalise_name", "priority_ranks", "same_workshop"]


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
    went; for one that carries on with parts split off it, itself and those parts).

    ``related`` names the other side's themes for a merge or split: the theme last time's was
    merged into, the theme a new one was split from, or the themes an old one (matched or not)
    was split into (``related_ids``: their ids), then, for one that carries on, last time's
    themes merged into it (``merged_in``: how many; counted with it then). ``previous_rank``:
    last time's priority number for a theme that was one then, else None.
    ``reviewed_before``/``_now``: the people reviewed in each workshop, which its people are a
    share of.
    """

    kind: Kind
    change: Change
    name: str                 # the name now, or last time's for a theme that disappeared
    previous_name: str = ""   # last time's name ("" for a new theme)
    cards_before: int = 0
    cards_now: int = 0
    people_before: int = 0
    people_now: int = 0
    # "name" (the same), "names" (alike), "cards" (alike), "carried" (a one-to-one split)
    # or "" (unmatched): ``compare_match``
    matched_by: str = ""
    similarity: float = 0.0   # card-word similarity of a matched pair (1.0 for a name match)
    previous_id: str = ""
    current_id: str = ""
    related: tuple[str, ...] = ()
    previous_rank: int | None = None
    related_ids: tuple[str, ...] = ()
    reviewed_before: int = 0
    reviewed_now: int = 0
    # a theme that carries on: the last ``merged_in`` of ``related`` are last time's themes
    # merged into it, counted with it then (``related_ids`` holds only this time's parts)
    merged_in: int = 0

    @property
    def by_cards(self) -> bool:
        """Judged, and said, by its cards: no person was recorded on one side (cards typed
        in, or a sheet with no person column), or none on this theme's cards either time
        (``compare_people.judge`` falls back to the cards then), so its people say nothing."""
        return not (self.reviewed_before and self.reviewed_now) or \
            not (self.people_before or self.people_now)

    @property
    def by_share(self) -> bool:
        """Judged on the share of the people reviewed: a different number each time."""
        return not self.by_cards and self.reviewed_before != self.reviewed_now

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
    # what the room agreed, when changed since (format 6), and the day it was recorded done:
    # the words agreed_words says them with
    agreed_what: str | None = None
    agreed_by_when: dt.date | None = None
    done_on: dt.date | None = None
    heard_at_check: str = ""  # what people told us when it was checked (format 6)


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
            _title(previous), _title(current), [],
            [_previous_action(a, theme_names, {}, today) for a in previous.actions],
            same_workshop(previous, current), bool(previous.themes), *reviewed, unsorted)
    before_cards = {c.id: c for c in previous.cards}
    now_cards = {c.id: c for c in current.cards}
    pairs, (merged_into, split_from, split_into) = pair_themes(
        previous.themes, current.themes, before_cards, now_cards)
    matched_before = {p.id for p, _, _, _ in pairs}
    matched_now = {n.id for _, n, _, _ in pairs}

    ranks = priority_ranks(previous)
    changes: list[ThemeChange] = []
    merged_from: dict[str, list[Theme]] = {}
    for old in previous.themes:
        if (into := merged_into.get(old.id)) is not None and old.id not in matched_before:
            merged_from.setdefault(into.id, []).append(old)
    for old, new, how, score in pairs:
        # parts split off it count with it: where its people went, as for an unmatched split;
        # last time's themes merged into it count with it then, or a merge always read as
        # growth ("40% → 56%" where its people were 80% of last time's, now 56%)
        parts, merged = split_into.get(old.id, []), merged_from.get(new.id, [])
        cards = (len({c for t in (old, *merged) for c in t.card_ids}),
                 len({c for t in (new, *parts) for c in t.card_ids}))
        if not any(cards) and old.id not in ranks:  # "= 0 → 0": nobody said it either time
            continue
        people = _people([old, *merged], before_cards), _people([new, *parts], now_cards)
        change = {1: Change.GREW, -1: Change.SHRANK, 0: Change.SAME}[
            judge(cards, people, reviewed)]
        changes.append(ThemeChange(
            new.kind, change, new.name, old.name, *cards, *people, how, score, old.id, new.id,
            related=tuple(t.name for t in (*parts, *merged)), previous_rank=ranks.get(old.id),
            related_ids=tuple(t.id for t in parts), reviewed_before=reviewed[0],
            reviewed_now=reviewed[1], merged_in=len(merged)))
    for new in current.themes:
        if new.id not in matched_now and new.card_ids:  # an empty theme: nobody said it
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
    return WorkshopComparison(_title(previous), _title(current), changes, actions,
                              same_workshop(previous, current), False, *reviewed, unsorted)


def _title(ws: Workshop) -> str:
    """A name to say: a blank title (every new workshop's until typed) read "… compared with"
    on Review's room view and 'Compared with “”' on its board."""
    return ws.title.strip() or UNTITLED


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
            if theme.previous_id:  # its parts (matched or not) or the theme it went into
                for i in theme.related_ids:
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


def _people(themes: list[Theme], cards: dict[str, Card]) -> int:
    """The different person codes on the themes' cards (a card with none is no one counted,
    as in the exports)."""
    return len({cards[c].person for t in themes for c in t.card_ids
                if c in cards and cards[c].person})


def _previous_action(action: Action, theme_names: dict[str, str],
                     fate: dict[str, ThemeChange], today: dt.date) -> PreviousAction:
    overdue = is_overdue(action, today)
    theme = fate.get(action.theme_id)
    then, now = theme_names.get(action.theme_id, ""), ""
    # a name with no words (an older file's lone zero-width space) as the themes' rows name
    # it, "Unnamed theme", never an empty “”; one shown as it was then is no name now
    if theme is not None and theme.current_id:
        now = shown_theme_name(theme.name)
        now = then if now == shown_theme_name(then) else now
    elif theme is not None and theme.related:  # merged or split: where its people went
        now = "” and “".join(shown_theme_name(n) for n in theme.related)
    return PreviousAction(action.what, action.role, action.owner, action.by_when, action.status,
                          action.how_we_know, then, overdue,
                          theme.change if theme else None, now, action.progress_note,
                          action.checked_on, action.agreed_what, action.agreed_by_when,
                          action.done_on, action.heard_at_check)
