"""Words on the feedback sheet that an older reader may not know.

Actions are typed for commissioners ("Develop Individual Service Funds …", "in two pilot
areas"), and the sheet prints them as typed. Before it is written, the export lists the words
from the actions and the themes' names that a person at home may not know, so the facilitator
can reword them where they were typed; it never stops the export. The sheet explains the one
it adds itself ("Commissioners (the people who decide which services the council pays for)"),
but not a word typed into an action.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import FeedbackWords, feedback_words
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
    where: str  # "An action" or "A theme"
    text: str
    words: list[str]  # as typed, each once, in order


def unfamiliar_words(words: FeedbackWords) -> list[Unfamiliar]:
    """Each theme's name and action the sheet prints that holds a word from ``UNFAMILIAR``."""
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
        "You could put them in everyday words (an action on 6 Plan, a theme's name on 3 Theme) "
        "and export again."
    )
    return "\n".join(lines)


def plain_words_note(
    workshop: Workshop, quote: Callable[[str], str] = lambda text: f"“{text}”"
) -> str:
    """``plain_words_question`` for what the workshop's feedback sheet prints."""
    return plain_words_question(unfamiliar_words(feedback_words(ExportContent(workshop))), quote)


def _short(quoted: str) -> str:
    if len(quoted) <= LONGEST:
        return quoted
    return quoted[: LONGEST - 1].rstrip() + "…”"
