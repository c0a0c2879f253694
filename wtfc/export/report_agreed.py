"""The report's "What was agreed": every action in one place, after the priorities.

A commissioner who was not in the room asks first who does what by when, and what it will
cost her; the actions were only at the end of each priority's chapter, spread over a dozen
pages (review 34 R5 F1, F3). Here each priority's actions are a short table, in the chapter's
columns (who, what, owner, by when with its status), each with what it needs: "Not recorded
yet" where nothing was typed, so a blank never reads as "nothing needed". The rest of an
action (the cause it tackles, its first step, how we will know, so far) stays in its chapter.

The words are the ones the chapters print (what, owner, resources), which the export's
personal-detail question has already read: nothing new reaches the page from here.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from wtfc.export import fonts as f
from wtfc.export.added_after import added_after_words
from wtfc.export.content import ExportContent, ThemeContent
from wtfc.export.continued import CarriedOn
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report_sections import Styles, action_table, heading, p, start_height
from wtfc.model.agreed_words import changed_words
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action

HEADING = "What was agreed"
NEEDS = "What it needs"
NOT_RECORDED = "Not recorded yet"  # never blank: a blank reads as "nothing needed"
MUTED_FONT = "<font color='#4A4A4A'>"


def what_was_agreed(content: ExportContent, s: Styles) -> list[Flowable]:
    """The section, or [] when no action has been agreed (the cover says so)."""
    themes = [t for t in content.themes if t.actions]
    if not themes:
        return []
    head = [*heading(HEADING, s.h2, "agreed", 1),
            # short: it goes at the foot of the priorities' page with its first rows
            p(f"Every action, by priority: who will do it, by when, and what it needs. Each "
              f"priority's chapter says more. {content.status_as_of}.", s.body)]
    out: list[Flowable] = [Spacer(1, 12)]
    for theme in themes:
        name = _theme_heading(theme)
        table = action_table(content, theme, s, what=_what)
        top = [*head, p(name, s.h3)]  # the section's heading with its first table's start
        out += [CondPageBreak(start_height(top, table, s)), *top,
                CarriedOn([p(f"{HEADING} · {name} (continued)", s.cell_bold)]), table,
                CarriedOn([])]
        head = []
    return out


def _theme_heading(theme: ThemeContent) -> str:
    """ "Priority 1: “I want…”", as the chapter's label says it; a theme that is no priority
    by its name alone (its chapter comes after the priorities')."""
    name = f"“{shown_theme_name(theme.theme.name)}”"
    priority = theme.theme.priority
    if not priority.chosen:
        return name
    return f"Priority {priority.rank}: {name}" if priority.rank else f"A priority: {name}"


def _what(content: ExportContent, action: Action, s: Styles) -> BidiParagraph:
    """The action's words, any change since the day, and what it needs."""
    text = f.markup(action.what)
    for muted in (changed_words(action), added_after_words(action, content.workshop)):
        if muted:
            text += f"<br/>{MUTED_FONT}{f.markup(muted)}</font>"
    needs = action.resources.strip()
    said = f.markup(needs) if needs else f"{MUTED_FONT}{NOT_RECORDED}</font>"
    return BidiParagraph(f"{text}<br/><b>{NEEDS}:</b> {said}", s.cell)
