"""The Review step's words for a comparison, without Qt: what changed, said in people's terms.

The same rules as the Review board (``wtfc/ui/boards/review.py``), so the report says a change
as the board and the projector say it: "▲ More people said this" rather than "Grew", which on a
Not working theme would read like good news, and always with its mark beside the words, so a
change never rests on colour. Plain strings: each caller quotes and styles them.
"""

from __future__ import annotations

from wtfc.model.compare import Change, PreviousAction, ThemeChange, WorkshopComparison
from wtfc.model.compare_people import share
from wtfc.model.counting import count_phrase, rank_words
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
    people moved (more cards from the same people is "said more often")."""
    if t.by_share and t.change in SHARE_SAID:
        return f"{t.change.symbol} {SHARE_SAID[t.change]}"
    if t.change is Change.GREW and t.people_now > t.people_before:
        return f"{t.change.symbol} More people said this"
    if t.change is Change.SHRANK and t.people_now < t.people_before:
        return f"{t.change.symbol} Fewer people said this"
    return change_text(t.change)


def said_by_cards(t: ThemeChange) -> bool:
    """Grew or shrank by its cards alone: the same people said it more (or less) often."""
    return t.change in (Change.GREW, Change.SHRANK) and t.people_now == t.people_before \
        and not t.by_share


def change_cell(t: ThemeChange) -> str:
    """The change with what decided it when that is not the people: "▲ Said more often ·
    4 → 6 cards" (the room view's top line and the report's cell), so a mark never goes up
    beside people counts that did not."""
    words = theme_change_text(t)
    return f"{words} · {t.cards_before} → {t.cards_now} cards" if said_by_cards(t) else words


def people_text(t: ThemeChange) -> str:
    """People then → now: "6 → 9", or of how many were reviewed each time when that differs
    ("6 of 16 → 9 of 31")."""
    if not t.by_share:
        return f"{t.people_before} → {t.people_now}"
    return f"{t.people_before} of {t.reviewed_before} → {t.people_now} of {t.reviewed_now}"


def share_text(t: ThemeChange) -> str:
    """"38% → 29%" of the people reviewed, when a different number were reviewed each time
    (else "": the counts are the shares)."""
    if not t.by_share:
        return ""
    return f"{share(t.people_before, t.reviewed_before)} → {share(t.people_now, t.reviewed_now)}"


def reviewed_text(result: WorkshopComparison) -> str:
    """"16 people's reviews last time, 31 this time", and when those differ how a change is
    judged; "" when no person is recorded either time."""
    before, now = result.people_reviewed_before, result.people_reviewed_now
    if not before and not now:
        return ""

    def reviews(n: int) -> str:
        if not n:
            return "no person recorded"
        return f"{count_phrase(n, 'person', 'people')}'s review{'s' if n != 1 else ''}"

    said = f"{reviews(before)} last time, {now if before and now else reviews(now)} this time"
    said = said[:1].upper() + said[1:]
    if before and now and before != now:
        return f"{said}, so each theme is judged by the share of them who said it."
    return f"{said}."


def theme_note(t: ThemeChange) -> str:
    """What became of the theme besides its size: "now part of “…”", "split into “…”",
    "split from “…”" or "was “…”" (renamed), else ""."""
    others = ", ".join(f"“{n}”" for n in t.related)
    if t.change is Change.MERGED:
        return f"now part of {others}"
    if t.change is Change.SPLIT:
        return f"{'split into' if t.previous_id else 'split from'} {others}"
    if t.renamed:
        return f"was “{t.previous_name}”"
    return ""


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
    """"⚠ Overdue · In progress", or the status alone."""
    return f"⚠ Overdue · {action.status.label}" if action.overdue else action.status.label


def how_we_know_line(action: PreviousAction) -> str:
    """"How we said we'd know: …" for the room and the report, or "" when nothing was said."""
    said = action.how_we_know.strip()
    return f"{HOW_WE_KNOW}: {said}" if said else ""


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


def not_yet_text(result: WorkshopComparison) -> str:
    """"(40 cards still unsorted)": why a theme of last time's is not called gone."""
    return f"({count_phrase(result.unsorted_now, 'card')} still unsorted)"


def changes_summary(result: WorkshopComparison) -> str:
    """"7 grew (▲ said more often), 1 shrank (▼ said less often), 1 about the same, 1 new,
    1 gone", with merged and split themes counted when there are any; while cards are still
    unsorted, "2 not in this time's themes yet (40 cards still unsorted)" in place of gone."""
    counts = {c: len(result.with_change(c)) for c in Change}
    parts = [f"{counts[Change.GREW]} grew (▲ said more often)",
             f"{counts[Change.SHRANK]} shrank (▼ said less often)",
             f"{counts[Change.SAME]} about the same", f"{counts[Change.APPEARED]} new",
             f"{counts[Change.NOT_YET]} not in this time's themes yet {not_yet_text(result)}"
             if counts[Change.NOT_YET] else f"{counts[Change.DISAPPEARED]} gone"]
    if counts[Change.MERGED]:
        parts.append(f"{counts[Change.MERGED]} merged")
    if counts[Change.SPLIT]:
        parts.append(f"{counts[Change.SPLIT]} split")
    return ", ".join(parts)


TALLIED = (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED,
           ActionStatus.NOT_STARTED)


def actions_tally(result: WorkshopComparison) -> str:
    """"4 done · 5 in progress · 2 dropped · 2 not started · 1 overdue": how last time's actions
    went, in words (a status with none left out), or "No actions last time"."""
    if not result.actions:
        return "No actions last time"
    parts = [f"{n} {status.label.lower()}" for status in TALLIED
             if (n := sum(a.status is status for a in result.actions))]
    if overdue := sum(a.overdue for a in result.actions):
        parts.append(f"{overdue} overdue")
    return " · ".join(parts)


def actions_summary(result: WorkshopComparison) -> str:
    """"Last time's actions: 4, 2 done, 2 overdue."."""
    done = sum(1 for a in result.actions if a.status.value == "done")
    overdue = sum(1 for a in result.actions if a.overdue)
    return f"Last time's actions: {len(result.actions)}, {done} done, {overdue} overdue."
