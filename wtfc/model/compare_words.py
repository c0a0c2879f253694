"""The Review step's words for a comparison, without Qt: what changed, said in people's terms.

The same rules as the Review board (``wtfc/ui/boards/review.py``), so the report says a change
as the board and the projector say it: "▲ More people said this" rather than "Grew", which on a
Not working theme would read like good news, and always with its mark beside the words, so a
change never rests on colour. Plain strings: each caller quotes and styles them.
"""

from __future__ import annotations

from wtfc.model.agreed_words import HEARD_AT_CHECK, done_late, done_words
from wtfc.model.compare import Change, PreviousAction, ThemeChange, WorkshopComparison
from wtfc.model.compare_people import share
from wtfc.model.compare_text import shared_name_words
from wtfc.model.counting import count_phrase, rank_words
from wtfc.model.link_words import late_status
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import ActionStatus

SAID = {Change.GREW: "Said more often", Change.SHRANK: "Said less often"}
NOT_THEMED_YET = "no themes yet this time"  # an action's theme, while this time has none
# What Plan asked for each action ("What will show it worked"), as Review reads it back: the
# evidence the room agreed to look for at this review.
HOW_WE_KNOW = "How we said we'd know"


def change_text(change: Change) -> str:
    """The change with its mark; a theme's size as how often it was said."""
    return f"{change.symbol} {SAID.get(change, change.label)}"


# judged on the share of the people reviewed, when a different number were reviewed each time
SHARE_SAID = {Change.GREW: "A bigger share of people said this",
              Change.SHRANK: "A smaller share of people said this",
              Change.SAME: "About the same share of people"}


def theme_change_text(t: ThemeChange) -> str:
    """As ``change_text``, in people's terms: "a bigger share of people" when a different
    number of people were reviewed each time; else "more people" or "fewer people" when the
    people moved (more cards from the same people is "said more often"). A theme judged by
    its cards (``ThemeChange.by_cards``: no person recorded on one side, or on its cards) is
    "said more often": its people, "0 → 7" where nobody was recorded last time, say nothing."""
    if t.by_cards:
        return change_text(t.change)
    if t.by_share and t.change in SHARE_SAID:
        return f"{t.change.symbol} {SHARE_SAID[t.change]}"
    if t.change is Change.GREW and t.people_now > t.people_before:
        return f"{t.change.symbol} More people said this"
    if t.change is Change.SHRANK and t.people_now < t.people_before:
        return f"{t.change.symbol} Fewer people said this"
    return change_text(t.change)


def said_by_cards(t: ThemeChange) -> bool:
    """Grew or shrank by its cards alone: the same people said it more (or less) often, or
    its people were not recorded."""
    return t.change in (Change.GREW, Change.SHRANK) and (
        t.by_cards or (t.people_now == t.people_before and not t.by_share))


def change_cell(t: ThemeChange, *, cards_beside: bool = False) -> str:
    """The change with what decided it when that is not the people: "▲ Said more often ·
    4 → 6 cards" (the board's, the room view's top line and the report's cell), so a mark
    never goes up beside people counts that did not. ``cards_beside``: the cards are shown
    beside it already (the room's count for a theme judged by its cards, ``count_cell``)."""
    words = theme_change_text(t)
    if not said_by_cards(t) or (cards_beside and t.by_cards):
        return words
    return f"{words} · {t.cards_before} → {t.cards_now} cards"


# a theme of last time's that may be among the cards in no theme yet, in the wall's words
NOT_SORTED = "not yet in a theme"
NOT_RECORDED = "—"  # cards with no person recorded on them: as the Priorities board marks it


def _placed(t: ThemeChange) -> bool:
    """False for a theme of last time's with no match while cards are unsorted: it has no
    "now" count yet (it may be among them), never "0" beside "not in this time's themes"."""
    return t.change is not Change.NOT_YET


def people_text(t: ThemeChange) -> str:
    """People then → now: "6 → 9", or of how many were reviewed each time when that differs
    ("6 of 16 → 9 of 31"); "—" for a side whose cards carry no person ("— → 4" where no
    person was recorded last time); "3 of 12 → not yet in a theme" while its cards may be
    among those."""
    def side(people: int, cards: int, reviewed: int) -> str:
        if t.by_cards and cards and not people:
            return NOT_RECORDED
        return f"{people} of {reviewed}" if t.by_share else str(people)

    now = side(t.people_now, t.cards_now, t.reviewed_now) if _placed(t) else NOT_SORTED
    return f"{side(t.people_before, t.cards_before, t.reviewed_before)} → {now}"


def share_text(t: ThemeChange) -> str:
    """"38% → 29%" of the people reviewed, when a different number were reviewed each time
    (else "": the counts are the shares); "25% → —" while it may be among the unsorted."""
    if not t.by_share:
        return ""
    now = share(t.people_now, t.reviewed_now) if _placed(t) else "—"
    return f"{share(t.people_before, t.reviewed_before)} → {now}"


def cards_text(t: ThemeChange) -> str:
    """Cards then → now: "7 → 5", "3 → —" while it may be among the unsorted cards."""
    return f"{t.cards_before} → {t.cards_now if _placed(t) else '—'}"


def counts_aloud(t: ThemeChange) -> tuple[str, str]:
    """The cards and the people then → now as a screen reader says them ("7 then, 5 now",
    "no person recorded then, 4 people now", "3 of 12 people then; not yet in a theme"): the
    board's cells' marks in words."""
    def aloud(then: str, now: str, unit: str) -> str:
        then = "no person recorded" if then == NOT_RECORDED else f"{then}{unit}"
        if not _placed(t):
            return f"{then} then; {NOT_SORTED}"
        return f"{then} then, {'no person recorded' if now == NOT_RECORDED else now} now"

    then, now = people_text(t).split(" → ")
    people = aloud(then, now, " people")
    if shares := share_text(t):
        then, now = shares.split(" → ")
        people += f"; {aloud(then, now, ' of the people reviewed')}"
    return aloud(str(t.cards_before), str(t.cards_now), ""), people


def count_cell(t: ThemeChange) -> str:
    """The one count beside a theme in the room, what its change was judged on: the shares
    ("38% → 29%"), the people ("6 → 9"), or, for a theme judged by its cards, the cards
    ("7 → 5 cards"; then the change's words leave them out, ``change_cell``)."""
    if t.by_cards:
        return f"{cards_text(t)} cards" if _placed(t) else f"{t.cards_before} cards → —"
    return share_text(t) or f"{t.people_before} → {t.people_now if _placed(t) else '—'}"


def reviewed_text(result: WorkshopComparison) -> str:
    """"16 people's reviews last time, 31 this time", and when those differ (or one side
    recorded no person, or a theme's cards carry none) how a change is judged; "" when no
    person is recorded either time. Before any card is in this time (the first minute of a
    new cycle) "…, no reviews brought in yet this time", not "no person recorded"."""
    before, now = result.people_reviewed_before, result.people_reviewed_now
    if not before and not now:
        return ""

    def reviews(n: int) -> str:
        if not n:
            return "no person recorded"
        return f"{count_phrase(n, 'person', 'people')}'s review{'s' if n != 1 else ''}"

    if before and result.no_themes_now and not result.unsorted_now:  # not a card in yet
        return f"{reviews(before)} last time, no reviews brought in yet this time."

    said = f"{reviews(before)} last time, {now if before and now else reviews(now)} this time"
    said = said[:1].upper() + said[1:]
    if not (before and now):  # one side's people say nothing of a change: its cards do
        return f"{said}, so each theme is judged by how many cards said it."
    if before != now:
        said += ", so each theme is judged by the share of them who said it."
    else:
        said += "."
    if any(t.by_cards and (t.cards_before or t.cards_now) for t in result.themes):
        said += " A theme with no person recorded on its cards is judged by how many cards " \
            "said it."
    return said


def matched_text(t: ThemeChange) -> str:
    """How this time's theme was found to be last time's: "Same name as last time", "Name
    like last time's: carers, treat, respect" (the words of its name that met), "Cards like
    last time's (30% same words)", "Most of its cards' words were last time's" (a theme split
    into this one alone: carried on under a new name), or "—" (not matched)."""
    if t.matched_by == "names":
        return f"Name like last time's: {', '.join(shared_name_words(t.previous_name, t.name))}"
    return {"name": "Same name as last time",
            "cards": f"Cards like last time's ({t.similarity:.0%} same words)",
            "carried": "Most of its cards' words were last time's"}.get(t.matched_by, "—")


def theme_note(t: ThemeChange) -> str:
    """What became of the theme besides its size: "now part of “…”", "split into “…”",
    "split from “…”" or "was “…”" (renamed), and for one that carries on with a part split
    off it, "counted with “…”, split off it" (its counts now are both's), with last time's
    merged into it, "counted with “…”, merged into it" (its counts then are both's), else ""."""
    def names(themes: tuple[str, ...]) -> str:
        # a name with no words (an older file's "" or lone zero-width space) as the row names it
        return ", ".join(f"“{shown_theme_name(n)}”" for n in themes)

    if t.change is Change.MERGED:
        return f"now part of {names(t.related)}"
    if t.change is Change.SPLIT:
        return f"{'split into' if t.previous_id else 'split from'} {names(t.related)}"
    was = f"was “{shown_theme_name(t.previous_name)}”" if t.renamed else ""
    split = len(t.related) - t.merged_in
    parts, merged = t.related[:split], t.related[split:]
    return "; ".join(n for n in (
        was, parts and f"counted with {names(parts)}, split off it",
        merged and f"counted with {names(merged)}, merged into it") if n)


def was_priority_text(t: ThemeChange) -> str:
    """"Was priority 2" for one of last time's priorities, else ""."""
    return f"Was priority {t.previous_rank}" if t.previous_rank is not None else ""


def ranks_text(t: ThemeChange, rank: int | None) -> str:
    """A theme's rank now and last time's, as the board and the room put them before its name:
    "Priority 2 · was priority 3", "Was priority 3", "Priority 2", or "" for neither."""
    was = was_priority_text(t)
    if not rank:
        return was
    now = rank_words(rank)
    return f"{now} · {was[:1].lower() + was[1:]}" if was else now


def priorities_first(result: WorkshopComparison) -> str:
    """Why the list starts where it does, when last time had priorities among its themes."""
    return "Last time's priorities come first." if any(
        t.was_priority for t in result.themes) else ""


def action_status_text(action: PreviousAction) -> str:
    """"⚠ Late: started" or "⚠ Late: not started", as Plan and Act and the exports say a late
    action ("⚠ Overdue · In progress" read differently on the Review board), or the status
    alone; done after the date agreed says so: "Done, 3 months after the date agreed"."""
    if action.overdue:
        return late_status(action.status)
    return done_words(action) if action.status == ActionStatus.DONE else action.status.label


def how_we_know_line(action: PreviousAction) -> str:
    """"How we said we'd know: …" for the room and the report, or "" when nothing was said."""
    said = action.how_we_know.strip()
    return f"{HOW_WE_KNOW}: {said}" if said else ""


def heard_line(action: PreviousAction) -> str:
    """"What people told us at the check: …", under how we said we'd know ("" for none)."""
    heard = action.heard_at_check.strip()
    return f"{HEARD_AT_CHECK}: {heard}" if heard else ""


def theme_fates(result: WorkshopComparison) -> dict[str, str]:
    """Last time's theme names with their change as the themes list says it (for the actions
    that answered them); while this time has no themes, every one is "no themes yet"."""
    if result.no_themes_now:
        return {a.theme_name: NOT_THEMED_YET for a in result.actions}
    return {t.previous_name: theme_change_text(t) for t in result.themes
            if t.previous_name and t.current_id}


def action_fate(action: PreviousAction, fates: dict[str, str]) -> str:
    """What became of the theme a last-time action answered ("—" when it is not known)."""
    return fates.get(action.theme_name) or (change_text(action.theme_change)
                                            if action.theme_change else "—")


def theme_now(action: PreviousAction) -> str:
    """That theme's name now, when it is called something else ("" when not)."""
    return action.theme_now if action.theme_now and action.theme_now != action.theme_name \
        else ""


def not_yet_text(result: WorkshopComparison, unsorted: int | None = None) -> str:
    """"(40 cards are not yet in a theme)": why a theme of last time's is not called gone, in
    the wall's words. ``unsorted``: the cards counted there, when not all of
    ``result.unsorted_now`` (the report leaves held-back cards out, so it counts those it
    shows); with none of them, the cards left out are the ones not yet in a theme."""
    n = result.unsorted_now if unsorted is None else unsorted
    if not n:
        return "(cards left out of this report are not yet in a theme)"
    return f"({count_phrase(n, 'card')} {'is' if n == 1 else 'are'} not yet in a theme)"


# The summary's words for a size change, as the table says them: by the share of the people
# reviewed when a different number were reviewed each time, else by how often it was said.
SUMMARY_SAID = {Change.GREW: "grew (▲ said more often)",
                Change.SHRANK: "shrank (▼ said less often)", Change.SAME: "about the same"}
SUMMARY_SHARE = {Change.GREW: "a bigger share of people (▲)",
                 Change.SHRANK: "a smaller share (▼)", Change.SAME: "about the same share"}


def changes_summary(result: WorkshopComparison, unsorted: int | None = None) -> str:
    """"7 grew (▲ said more often), 1 shrank (▼ said less often), 1 about the same, 1 new,
    1 gone", with merged and split themes counted when there are any; while cards are still
    in no theme, "2 not in this time's themes yet (40 cards are not yet in a theme)" in place
    of gone (``unsorted``: those cards' count, as ``not_yet_text``).
    When a different number of people were reviewed each time, the sizes in the table's words:
    "2 a bigger share of people (▲), 2 a smaller share (▼), 1 about the same share" (a theme
    of 6 → 10 people of 16 → 30 is a smaller share, never "said less often"), and any theme
    judged by its cards (no person on them) after its share's count, as "1 grew (▲ said more
    often)"."""
    counts = {c: len(result.with_change(c)) for c in Change}
    parts = []
    for change in (Change.GREW, Change.SHRANK, Change.SAME):
        by_share = sum(t.by_share for t in result.with_change(change))
        if _by_share(result):
            parts.append(f"{by_share} {SUMMARY_SHARE[change]}")
        if not _by_share(result) or counts[change] > by_share:
            parts.append(f"{counts[change] - by_share} {SUMMARY_SAID[change]}")
    not_yet = f"{counts[Change.NOT_YET]} not in this time's themes yet"
    parts += [f"{counts[Change.APPEARED]} new",
              f"{not_yet} {not_yet_text(result, unsorted)}" if counts[Change.NOT_YET]
              else f"{counts[Change.DISAPPEARED]} gone"]
    if counts[Change.MERGED]:
        parts.append(f"{counts[Change.MERGED]} merged")
    if counts[Change.SPLIT]:
        parts.append(f"{counts[Change.SPLIT]} split")
    return ", ".join(parts)


def _by_share(result: WorkshopComparison) -> bool:
    """A different number of people reviewed each time: the themes are judged by share."""
    before, now = result.people_reviewed_before, result.people_reviewed_now
    return bool(before and now) and before != now


TALLIED = (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED,
           ActionStatus.NOT_STARTED)


def late_words(late: int, total: int) -> str:
    """How many of ``total`` actions are late, with its mark (never colour alone): "⚠ 2 of
    them late", "⚠ all of them late", "⚠ both of them late" for two (as anyone says it of
    two, and the feedback sheet does), "⚠ it is late" for one alone; "" for none."""
    if not late:
        return ""
    if total == 1:
        return "⚠ it is late"
    if late == total:
        return f"⚠ {'both' if total == 2 else 'all'} of them late"
    return f"⚠ {late} of them late"


def tally_words(counts: list[tuple[int, str]], total: int, late: int, *,
                between: str = ", ", done_late: int = 0) -> str:
    """"4 actions: 2 done, 1 in progress, 1 not started; ⚠ 2 of them late": the statuses
    (``counts``, each a number and its label, none of 0) add up to ``total``, and lateness,
    not a status of its own (a late action is in progress or not started), comes after the
    ";" as a part of them. Plan and Act put ``between`` " · ". ``done_late`` of the done
    ones were done after the date agreed: "2 done (1 after the date agreed)"."""
    said = f"{count_phrase(total, 'action')}: " + between.join(
        f"{n} {label.lower()}{_done_late(n, done_late) if label == DONE else ''}"
        for n, label in counts if n)
    return f"{said}; {late_words(late, total)}" if late else said


DONE = ActionStatus.DONE.label


def _done_late(done: int, late: int) -> str:
    if not late:
        return ""
    return " after the date agreed" if done == 1 else \
        f" ({'all' if late == done else late} after the date agreed)"


def actions_tally(result: WorkshopComparison) -> str:
    """Last time's actions as the Review board, the room view and the report all say them:
    "Last time's 4 actions: 2 done, 1 in progress, 1 not started; ⚠ 2 of them late." (a
    status with none left out), or "No actions last time."."""
    if not result.actions:
        return "No actions last time."
    counts = [(sum(a.status is status for a in result.actions), status.label)
              for status in TALLIED]
    late, after = sum(a.overdue for a in result.actions), sum(map(done_late, result.actions))
    return f"Last time's {tally_words(counts, len(result.actions), late, done_late=after)}."


# the Review board's name for it, beside its list of them
actions_summary = actions_tally
