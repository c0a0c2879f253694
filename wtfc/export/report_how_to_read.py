"""The report's "How to read this report": a few plain sentences for a reader who was not in
the room."""

from __future__ import annotations

from reportlab.platypus import Flowable

from wtfc.export.content import ExportContent
from wtfc.export.report_categories import how_to_read_line as by_category_line
from wtfc.export.report_people import how_to_read_line
from wtfc.export.report_sections import AGREEMENTS, Styles, heading, p, with_first
from wtfc.model.cause_kind_words import cause_words
from wtfc.model.workshop import Kind


def how_to_read(content: ExportContent, s: Styles) -> list[Flowable]:
    """A few plain sentences for a reader who was not in the room: what a card, a theme, a
    priority and its votes, a why-tree's team and marks, and the actions by role are."""
    causes = [cause for theme in content.themes for cause in theme.causes]
    team = next((cause.team for cause in causes if cause.team), "")
    said = ["Each card is one thing a person said in their review, in their own words: what is "
            "working for them, what is not working, or what is important for the future. At "
            "the workshop the cards were sorted into themes, each named as an “I” statement "
            "that says what its cards have in common."]
    if content.priority_themes:
        votes = any(t.theme.priority.votes for t in content.priority_themes)
        if content.workshop.agreements.strip():  # how it decided is written: no vote assumed
            said.append("The room chose the themes that matter most as priorities, numbered "
                        "in order (Priority 1 first), in the way it agreed to decide (see "
                        f"“{AGREEMENTS}” at the start of this report)"
                        + ("; the votes are how many each theme got" if votes else "") + ".")
        else:
            said.append("The room chose the themes that matter most as priorities, numbered "
                        "in order (Priority 1 first)" + ("; the votes are how many each theme "
                        "got when everyone at the workshop voted for what they most wanted to "
                        "change" if votes else "") + ".")
        if people := how_to_read_line(content):  # the small-cell rule, for the lines below
            said.append(people)
    if causes:  # a why-tree on a theme that is no priority is printed too
        asked, bottom = _asked(content)
        said.append((f"{_which(content)}, groups at the tables asked {asked} again and again; "
                     f"the name after a cause (“— {team}”) is the group that found it. "
                     if team else f"{_which(content)}, the room asked {asked} again and again. ")
                    + f"“Root cause” marks a cause at the bottom of {bottom}, and “we will "
                    "act on this” one the room agreed the actions should tackle.")
        if sorted_line := by_category_line(content):  # what "By category" and "Not sorted" are
            said[-1] += f" {sorted_line}"  # a line more, not a paragraph
    if then := _then_has(content):
        said.append(then)
    # read a paragraph at a time: it runs on over the page, its heading kept with its start
    return with_first(heading("How to read this report", s.h2, "how-to-read", 0),
                      [p(x, s.body) for x in said])


def _asked(content: ExportContent) -> tuple[str, str]:
    """What the room asked of the trees the report has, and what a root cause is at the bottom
    of: "the problem" only of what is not working; of a hope the room asked what stands in the
    way of it, and a working theme has no problem (R3 R1)."""
    kinds = {t.theme.kind for t in content.themes if t.causes}
    hope = f"“{cause_words(Kind.FUTURE).question}”"
    why = "“why?”" + (f" (of a hope: {hope})" if Kind.FUTURE in kinds else "")
    asked = hope if kinds == {Kind.FUTURE} else why
    return asked, "the problem" if Kind.NOT_WORKING in kinds else "its tree"


def _which(content: ExportContent) -> str:
    """Whose why-trees the report has: "each priority" only where every priority has one (a
    room that re-ranked, or ran out of time, has priorities with none)."""
    chosen = content.priority_themes
    if chosen and all(t.causes for t in chosen):
        return "For each priority"
    if chosen and all(t.theme.priority.chosen for t in content.themes if t.causes):
        return "For some priorities"
    return "For some themes"


def _then_has(content: ExportContent) -> str:
    """What the priorities' sections hold after the why-tree, said of "each priority" only
    when every one has it; else "where the room got that far", naming only what some have."""
    chosen = content.priority_themes
    # each one's owner, date and status are in "What was agreed" (``report_agreed``); saying
    # so here takes no more room than saying those were, on a page the charts share
    by_role = "by who will do them (all together in “What was agreed”)"
    if chosen and all(any(t.success.values()) and t.actions for t in chosen):
        return ("Each priority then has what success would look like, in the words of the "
                f"people it matters to, and the actions agreed, {by_role}.")
    parts = []
    if any(any(t.success.values()) for t in chosen):
        parts.append("what success would look like, in the words of the people it matters to")
    if any(t.actions for t in chosen):
        parts.append(f"the actions agreed, {by_role}")
    if parts:
        return f"Where the room got that far, a priority then has {', and '.join(parts)}."
    if content.workshop.actions:  # on themes that are no priority: listed after them
        return f"The actions agreed are listed {by_role}."
    return ""
