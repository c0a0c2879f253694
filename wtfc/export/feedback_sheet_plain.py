"""Words on the feedback sheet that an older reader may not know.

Actions are typed for commissioners ("Develop Individual Service Funds …", "in two pilot
areas"), and the sheet prints them as typed. Before it is written, the export lists the words
from what it prints as typed (the actions, what has happened so far to each, the themes' names,
and, given last time's workshop, its actions, their notes and their themes' names under "Since
last time") that a person at home may not know, so the facilitator can reword them where they
were typed; it never stops the export. The sheet explains the one
it adds itself ("Commissioners (the people who decide which services the council pays for)"),
but not a word typed into an action.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import FeedbackWords, feedback_words

if TYPE_CHECKING:
    from wtfc.export.feedback_sheet_since import SinceWords
from wtfc.model.workshop import Workshop

# Each is matched as a whole word, any case, with a plural "s" ("providers", "pilots").
UNFAMILIAR = (
    "ISF",
    "Individual Service Fund",
    "commissioning",
    "commissioned",
    "commissioner",
    "provider",
    "pilot",
    "reablement",
    "domiciliary",
    "CQC",
    "safeguarding",
    "personalisation",
    "personalization",
    "outcome",
    "outcome-based",
    "capacity",
    "discharge",
    "checklist",
    "link worker",
    "co-production",
    "stakeholder",
    "KPI",
    "signposting",
    "brokerage",
)
_PATTERN = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(w) for w in sorted(UNFAMILIAR, key=len, reverse=True))
    + r")s?(?!\w)",
    re.IGNORECASE,
)
LISTED = 8  # texts listed in the question; the rest are counted
LONGEST = 70  # characters of a text quoted in the question


@dataclass(frozen=True)
class Unfamiliar:
    where: str  # "An action", "A theme", "What has happened so far to an action", …
    text: str
    words: list[str]  # as typed, each once, in order


SO_FAR = "What has happened so far to an action"
LAST_THEME, LAST_ACTION = "Last time's theme", "Last time's action"
LAST_SO_FAR = "What has happened so far to last time's action"


def unfamiliar_words(words: FeedbackWords, since: SinceWords | None = None) -> list[Unfamiliar]:
    """Each theme's name, action and note of what has happened so far the sheet prints that
    holds a word from ``UNFAMILIAR``; ``since``: its "Since last time" part, read too."""
    found: list[Unfamiliar] = []
    names = [said.name for kind in words.said.values() for said in kind]
    names += [d.theme for d in (*words.priorities, *words.others)]
    names += [d.theme for d in (*words.priorities_in_brief, *words.others_in_brief)]
    names = list(dict.fromkeys(names))  # each once, in order
    for name in names:
        if hits := _hits(name):
            found.append(Unfamiliar("A theme", name, hits))
    for doing_for in (*words.priorities, *words.others):
        for doing in doing_for.actions:
            if hits := _hits(doing.what):
                found.append(Unfamiliar("An action", doing.what, hits))
            # "What has happened so far: …" or "We have stopped this: …": the group's words
            if hits := _hits(note := doing.so_far.partition(": ")[2]):
                found.append(Unfamiliar(SO_FAR, note, hits))
    if since is not None:
        found += _since_words(since, {f.text for f in found})
    return found


def _since_words(since: SinceWords, seen: set[str]) -> list[Unfamiliar]:
    """Last time's themes' names, actions and notes the "Since last time" part prints (a
    theme's name also printed this time is listed once)."""
    found: list[Unfamiliar] = []
    for name, actions in since.themes:
        if name not in seen and (hits := _hits(name)):
            found.append(Unfamiliar(LAST_THEME, name, hits))
        for was in actions:
            if hits := _hits(was.what):
                found.append(Unfamiliar(LAST_ACTION, was.what, hits))
            for said in (was.happened, was.so_far):  # a stopped one's note is in "happened"
                if hits := _hits(note := said.partition(": ")[2]):
                    found.append(Unfamiliar(LAST_SO_FAR, note, hits))
    return found


def _hits(text: str) -> list[str]:
    hits: list[str] = []
    for match in _PATTERN.finditer(text):
        if match.group(0).lower() not in (h.lower() for h in hits):
            hits.append(match.group(0))
    return hits


def plain_words_question(
    found: list[Unfamiliar], quote: Callable[[str], str] = lambda text: f"“{text}”"
) -> str:
    """The note for the facilitator ("" when there is nothing to say). ``quote(text)`` quotes a
    theme or an action, as the question about personal details does."""
    if not found:
        return ""
    lines = ["Some words on the feedback sheet may be new to an older person reading it at home:"]
    for item in found[:LISTED]:
        said = ", ".join(f"“{w}”" for w in item.words)
        lines.append(f"• {said}, in {item.where.lower()}: {_short(quote(item.text))}")
    if len(found) > LISTED:
        lines.append(f"• and {len(found) - LISTED:,} more")
    lines.append(
        "You could put them in everyday words (an action on 6 Plan, what has happened so far "
        "on 7 Act, a theme's name on 3 Theme) and export again."
    )
    if any(item.where.startswith("Last time") for item in found):
        from wtfc.model.last_time_parts import CHANGED_THERE

        lines.append(CHANGED_THERE)
    return "\n".join(lines)


def plain_words_note(
    workshop: Workshop,
    quote: Callable[[str], str] = lambda text: f"“{text}”",
    previous: Workshop | None = None,
) -> str:
    """``plain_words_question`` for what the workshop's feedback sheet prints; ``previous``:
    last time's workshop, whose actions the sheet prints under "Since last time"."""
    content = ExportContent(workshop)
    words = feedback_words(content)
    since = None
    if previous is not None:
        from wtfc.export.feedback_sheet_since import listed, since_words

        since = since_words(previous, content.today, listed(words), held_on=workshop.date)
    return plain_words_question(unfamiliar_words(words, since), quote)


def _short(quoted: str) -> str:
    """A quote of more than ``LONGEST`` characters cut at the last whole word that fits, with
    "…" inside its closing mark: "the o…" left the reader guessing the word."""
    if len(quoted) <= LONGEST:
        return quoted
    cut = quoted[: LONGEST - 1]
    if " " in cut[LONGEST // 2:]:  # a word ends in its second half: cut there
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…”"
