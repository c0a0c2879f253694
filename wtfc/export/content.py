"""What an export may show, read from the workshop: held-back cards are already gone.

Every exporter reads the workshop through ``ExportContent`` and never through the workshop's
own lists, so a card held back by the personal-detail guard (``Card.held_back``) cannot reach a
poster, the report or a spreadsheet by accident. The count of held-back cards is kept so each
export can say how many were left out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from wtfc.export.isolates import isolated
from wtfc.export.why_tree import tree_order
from wtfc.model.counting import count_phrase
from wtfc.model.dates import long_date
from wtfc.model.link_words import aims_at_words, late_status, tackles_words
from wtfc.model.operations.actions import is_overdue
from wtfc.model.operations.people import people_with_cards
from wtfc.model.small_groups import shown_tags
from wtfc.model.theme_counts import ThemeCounts, cards_from_people, counts_of, theme_counts
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Role,
    SuccessStatement,
    Theme,
    Voice,
    Workshop,
)

KIND_ORDER = (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE)
UNTITLED = "Untitled workshop"  # a file's blank title, in every export (as a new workshop's)
# Why a poster has nothing to show: said before the file is asked for, and by the export itself
NO_PRIORITY_FOR_POSTERS = (
    "No theme has been chosen as a priority yet, so there is no theme poster to make. Choose "
    "the priorities first, on the “1. Choose priorities” tab of 4 Understand."
)
NO_ACTION_PLAN = (
    "No theme is a priority and no actions have been agreed yet, so there is no action plan "
    "to put on a poster. Choose the priorities on 4 Understand, or agree actions on 6 Plan, "
    "first."
)
NO_DATE = "Date to be agreed"  # an action with no "by when", in every export
# A why-tree with no cause marked agreed or root cause, on a poster and in the report
NO_CAUSE_MARKED = "No cause is marked yet as one we will act on, or as a root cause."
AGREED_MARK = "we will act on this"  # after an agreed cause in the report, as on the why-tree
SUCCESS_HEADING = "What would success look like?"  # the method's words, as the board says it
NO_SUCCESS_WRITTEN = "No success statements have been written yet."  # on a poster and the report
NO_ACTIONS_AGREED = "No actions have been agreed yet."  # a priority's, on a poster or the report


@dataclass(frozen=True)
class ThemeContent:
    """One theme as an export shows it: only its visible cards, and everything hung on it."""

    theme: Theme
    cards: list[Card]  # the cards that may be shown: never a held-back one
    people: int  # person codes on all its cards, held back too (``theme_counts``)
    causes: list[Cause]  # the whole why-tree, parents before children
    depth: dict[str, int]  # cause id → 0 for a direct answer to "why?", 1 below it, …
    success: dict[Perspective, list[SuccessStatement]]
    actions: dict[Role, list[Action]]
    held_back: int  # cards of this theme left out by the personal-detail guard
    counts: ThemeCounts  # its size, as the room and every export say it: every card counted

    @property
    def card_count(self) -> int:
        """Every card in the theme, held back or not (``cards`` are those shown)."""
        return self.counts.cards

    @property
    def root_causes(self) -> list[Cause]:
        return [c for c in self.causes if c.root_cause]

    @property
    def agreed_causes(self) -> list[Cause]:
        """The causes the room agreed to act on, root causes or not, in tree order."""
        return [c for c in self.causes if c.agreed]

    @property
    def other_root_causes(self) -> list[Cause]:
        """Root causes not (yet) agreed to act on: a poster lists them after the agreed."""
        return [c for c in self.causes if c.root_cause and not c.agreed]

    @property
    def action_count(self) -> int:
        return sum(len(a) for a in self.actions.values())


@dataclass
class ExportContent:
    """The workshop, seen by an export. Build once per export: it indexes everything."""

    workshop: Workshop
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        """The workshop's title as every export prints it: never blank (an older file, or
        one written by another program, may have none)."""
        return self.workshop.title.strip() or UNTITLED

    @cached_property
    def cards(self) -> list[Card]:
        """Every card that may be shown, in document order."""
        return [c for c in self.workshop.cards if not c.held_back]

    @cached_property
    def held_back_count(self) -> int:
        return sum(1 for c in self.workshop.cards if c.held_back)

    @cached_property
    def _card_by_id(self) -> dict[str, Card]:
        return {c.id: c for c in self.cards}

    @cached_property
    def _any_card(self) -> dict[str, Card]:
        """Held-back cards too: only to count them (``theme_counts``), never to show."""
        return {c.id: c for c in self.workshop.cards}

    @cached_property
    def _cause_by_id(self) -> dict[str, Cause]:
        return {c.id: c for c in self.workshop.causes}

    @cached_property
    def _success_by_id(self) -> dict[str, SuccessStatement]:
        return {s.id: s for s in self.workshop.success}

    def tackles(self, action: Action) -> Cause | None:
        """The cause the action was agreed to tackle (set in the action dialog), if any."""
        return self._cause_by_id.get(action.cause_id or "")

    def aims_at(self, action: Action) -> SuccessStatement | None:
        """The success statement the action aims at, if any."""
        return self._success_by_id.get(action.success_id or "")

    def answers(self, action: Action, *, success: bool = True) -> list[str]:
        """What the action answers, as every export prints it under the action: "Because:
        <cause>" ("Because (cause not agreed): …" for a cause the room has not agreed to act
        on) and "So people can say: “<statement>”", each only when linked, in the boards'
        words (``link_words``). Without ``success``, only the cause (the A1 poster, where
        every line costs a sheet). Their own words are set apart (``isolates``)."""
        lines = []
        cause = self.tackles(action)
        if cause is not None:  # led in by its theme's kind: a hope's "In the way: …"
            kind = next((t.kind for t in self.workshop.themes if t.id == cause.theme_id), None)
            lines.append(tackles_words(cause.model_copy(update={"text": isolated(cause.text)}),
                                       kind))
        statement = self.aims_at(action) if success else None
        if statement is not None:
            lines.append(aims_at_words(
                statement.model_copy(update={"text": isolated(statement.text)})))
        return lines

    @cached_property
    def themes(self) -> list[ThemeContent]:
        """Every theme: priorities first (by rank, then votes), then by kind and size."""
        causes: dict[str, list[Cause]] = {}
        for cause in self.workshop.causes:
            causes.setdefault(cause.theme_id, []).append(cause)
        success: dict[str, list[SuccessStatement]] = {}
        for statement in self.workshop.success:
            success.setdefault(statement.theme_id, []).append(statement)
        actions: dict[str, list[Action]] = {}
        for action in self.workshop.actions:
            actions.setdefault(action.theme_id, []).append(action)
        result = [
            self._theme_content(
                t, causes.get(t.id, []), success.get(t.id, []), actions.get(t.id, [])
            )
            for t in self.workshop.themes
        ]
        return sorted(result, key=_theme_order)

    @property
    def priority_themes(self) -> list[ThemeContent]:
        return [t for t in self.themes if t.theme.priority.chosen]

    def nothing_to_export(self, what: str) -> str:
        """Why export ``what`` ("posters", "action-poster", "report", "data") would have
        nothing to show, or "" when it has something (a report or data of an empty workshop
        still says so)."""
        if what == "posters" and not self.priority_themes:
            return NO_PRIORITY_FOR_POSTERS
        if what == "action-poster" and not any(
            t.theme.priority.chosen or t.actions for t in self.themes
        ):
            return NO_ACTION_PLAN
        return ""

    def theme(self, theme_id: str) -> ThemeContent:
        for content in self.themes:
            if content.theme.id == theme_id:
                return content
        raise KeyError(theme_id)

    @cached_property
    def unsorted_cards(self) -> list[Card]:
        placed = {cid for t in self.workshop.themes for cid in t.card_ids}
        return [c for c in self.cards if c.id not in placed]

    @cached_property
    def kind_counts(self) -> Counter[Kind]:
        return Counter(c.kind for c in self.cards)

    @cached_property
    def _people_with_cards(self) -> list[Person]:
        """The people on at least one card (``operations.people.people_with_cards``)."""
        return people_with_cards(self.workshop)

    @cached_property
    def person_of(self) -> dict[str, Person]:
        """person code → the person's record: their role and tags."""
        return {p.id: p for p in self.workshop.people}

    @cached_property
    def tags_recorded(self) -> frozenset[str]:
        """Which tags ("age_band", "service_type", "locality") anyone on a card that may be
        shown has: a report breaks a theme's people down only by those."""
        codes = {c.person for c in self.cards if c.person}
        people = [self.person_of[code] for code in codes if code in self.person_of]
        return frozenset(tag for tag in ("age_band", "service_type", "locality")
                         if any(getattr(p, tag).strip() for p in people))

    @cached_property
    def shown_tags(self) -> dict[str, list[str]]:
        """person code → the tags the data export shows for them (``data_people.shown_tags``):
        worked out once per export, as the report's lines under every priority read it."""
        return shown_tags(self.workshop, self.cards)

    @cached_property
    def voices(self) -> list[tuple[str, int]]:
        """Who took part, by role (no names): [("Older person", 12), …], largest first."""
        counts = Counter(p.voice for p in self._people_with_cards)
        rows = [(_voice_label(v, counts[v]), counts[v]) for v in (*Voice, None) if counts[v]]
        return rows

    @property
    def status_as_of(self) -> str:
        """ "Action status as of 28 November 2026": "Late" is worked out on the export's
        date (``today``), so every export that marks it says which day that was."""
        return f"Action status as of {whole_date(self.today)}"

    @property
    def people_count(self) -> int:
        return len(self._people_with_cards)

    @property
    def whose_reviews(self) -> str:
        """ "from what 16 people said in their reviews", or that no one is recorded (never
        "0 people"). Not "took part": they are the people whose reviews were used, who were not
        all in the room."""
        if not self.people_count:
            return "no people are recorded"
        return (
            f"from what {count_phrase(self.people_count, 'person', 'people')} said in "
            f"{'their reviews' if self.people_count > 1 else 'their review'}"
        )

    def held_back_note(self, n: int | None = None, *, where: str = "") -> str:
        """One sentence for the foot of an export, or "" when nothing was held back.

        ``n`` defaults to the whole workshop's count; ``where`` says where they are left out of
        ("in this theme").
        """
        n = self.held_back_count if n is None else n
        if not n:
            return ""
        place = f" {where}" if where else ""
        if n == 1:
            return (
                f"1 card{place} is left out because it may contain personal details that "
                f"the facilitator has not yet cleared."
            )
        return (
            f"{n:,} cards{place} are left out because they may contain personal details "
            f"that the facilitator has not yet cleared."
        )

    def _theme_content(
        self,
        theme: Theme,
        causes: list[Cause],
        statements: list[SuccessStatement],
        actions: list[Action],
    ) -> ThemeContent:
        cards = [self._card_by_id[cid] for cid in theme.card_ids if cid in self._card_by_id]
        counts = theme_counts(theme, self._any_card.get)
        ordered, depth = tree_order(causes)
        by_perspective: dict[Perspective, list[SuccessStatement]] = {}
        for perspective in Perspective:
            chosen = [s for s in statements if s.perspective == perspective]
            if chosen:
                by_perspective[perspective] = chosen
        by_role: dict[Role, list[Action]] = {}
        for role in Role:
            chosen_actions = [a for a in actions if a.role == role]
            if chosen_actions:
                by_role[role] = sorted(chosen_actions, key=_action_order)
        return ThemeContent(
            theme,
            cards,
            counts.people,
            ordered,
            depth,
            by_perspective,
            by_role,
            held_back=counts.not_shown,
            counts=counts,
        )


def _theme_order(content: ThemeContent) -> tuple:
    p = content.theme.priority
    if p.chosen:
        return (0, p.rank if p.rank is not None else 10**6, -p.votes, 0, 0)
    return (1, 0, 0, KIND_ORDER.index(content.theme.kind), -content.card_count)


def _action_order(action: Action) -> tuple:
    return (action.by_when is None, action.by_when or dt.date.max)


def _voice_label(voice: Voice | None, count: int) -> str:
    if voice is None:
        return "Role not recorded"
    singular = {
        Voice.OLDER_PERSON: "Older person",
        Voice.FAMILY_CARER: "Family carer",
        Voice.STAFF: "Staff",  # as the app and the data export's sheets call a person's role
    }[voice]
    plural = {
        Voice.OLDER_PERSON: "Older people",
        Voice.FAMILY_CARER: "Family carers",
        Voice.STAFF: "Staff",
    }[voice]
    return singular if count == 1 else plural


def format_date(day: dt.date | None) -> str:
    """ "3 March 2025", or "" (the way dates read on a poster in Britain)."""
    return long_date(day) if day else ""


def whole_date(day: dt.date | None) -> str:
    """ "3 March 2025" joined by no-break spaces, for a date in running text: a line never ends
    "By 31" with "January 2027" on the next. A table column narrower than a date keeps
    ``format_date``, and so does a spreadsheet, where a reader searches for "3 March"."""
    return format_date(day).replace(" ", "\xa0")


def when_words(action: Action) -> str:
    """An action's date as every export prints it: "1 April 2027" or "Date to be agreed"."""
    return format_date(action.by_when) if action.by_when else NO_DATE


def status_words(action: Action, today: dt.date) -> str:
    """An action's status as every export prints it: "Done", "Dropped" and so on, and when it
    is late (on ``today``, the export's date) "⚠ Late: not started" or "⚠ Late: in progress",
    as the last-time table says it (a reader asks whether a late action was begun; the boards'
    "started": ``paper_status``). The ⚠ is left out where no font here draws it: the words
    say the same."""
    if not is_overdue(action, today):
        return action.status.label
    from wtfc.export.writing import unshown  # the fonts, loaded with the export

    words = paper_status(late_status(action.status))
    return words.removeprefix("⚠ ") if unshown("⚠") else words


def paper_status(words: str) -> str:
    """A status as the papers print it: the boards' "⚠ Late: started" is "⚠ Late: in
    progress", as an action on time is "In progress", so a reader of one page never takes
    "started" and "in progress" for two states (review 34 R5 F5)."""
    return words.replace("Late: started", "Late: in progress")


def status_stands_out(action: Action, today: dt.date) -> bool:
    """Whether the status is one a reader looks for first (overdue, done or dropped), which
    the exports set in bold."""
    return is_overdue(action, today) or action.status in (ActionStatus.DONE, ActionStatus.DROPPED)


def cards_and_people(cards: list[Card]) -> str:
    """ "6 cards from 4 people", as every export and the Collect page count them: a card with
    no person code is not counted as anyone ("1 card, no person recorded"; "3 cards from
    2 people, 1 with no person recorded"), so no count says more people than are recorded.
    Held-back cards in ``cards`` are counted, not marked (a theme's: ``cards_from_people``)."""
    return cards_from_people(replace(counts_of(cards), not_shown=0))
