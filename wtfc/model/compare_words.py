"""The Review step's words for a comparison, without Qt: what changed, said in people's terms.

The same rules as the Review board (``wtfc/ui/boards/review.py``), so the report says a change
as the board and the projector say it: "▲ More people said this" rather than "Grew", which on a
Not working theme would read like good news, and always with its mark beside the words, so a
change never rests on colour. Plain strings: each caller quotes and styles them.
"""

from __future__ import annotations

from wtfc.model.compare import Change, PreviousAction, ThemeChange, WorkshopComparison
from wtfc.model.counting import rank_words

SAID = {Change.GREW: "Said more often", Change.SHRANK: "Said less often"}
NOT_THEMED_YET = "no themes yet this time"  # an action's theme, while this time has none
# What Plan asked for each action ("What will show it worked"), as Review reads it back: the
# evidence the room agreed to look for at this review.
HOW_WE_KNOW = "How we said we'd know"


def change_text(change: Change) -> str:
    """The change with its mark; a theme's size as how often it was said."""
    return f"{change.symbol} {SAID.get(change, change.label)}"


def theme_change_text(t: ThemeChange) -> str:
    """As ``change_text``, saying "more people" or "fewer people" when the people counted
    moved the same way as the cards (more cards from the same people is "said more often")."""
    if t.change is Change.GREW and t.people_now > t.people_before:
        return f"{t.change.symbol} More people said this"
    if t.change is Change.SHRANK and t.people_now < t.people_before:
        return f"{t.change.symbol} Fewer people said this"
    return change_text(t.change)


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


def changes_summary(result: WorkshopComparison) -> str:
    """"7 grew (▲ said more often), 1 shrank (▼ said less often), 1 about the same, 1 new,
    1 gone", with merged and split themes counted when there are any."""
    counts = {c: len(result.with_change(c)) for c in Change}
    parts = [f"{counts[Change.GREW]} grew (▲ said more often)",
             f"{counts[Change.SHRANK]} shrank (▼ said less often)",
             f"{counts[Change.SAME]} about the same", f"{counts[Change.APPEARED]} new",
             f"{counts[Change.DISAPPEARED]} gone"]
    if counts[Change.MERGED]:
        parts.append(f"{counts[Change.MERGED]} merged")
    if counts[Change.SPLIT]:
        parts.append(f"{counts[Change.SPLIT]} split")
    return ", ".join(parts)


def actions_summary(result: WorkshopComparison) -> str:
    """"Last time's actions: 4, 2 done, 2 overdue."."""
    done = sum(1 for a in result.actions if a.status.value == "done")
    overdue = sum(1 for a in result.actions if a.overdue)
    return f"Last time's actions: {len(result.actions)}, {done} done, {overdue} overdue."
