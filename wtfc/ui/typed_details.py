"""Possible personal details in what the room typed during the day, asked about before an export.

Cards are checked by the guard when they come in; theme names, reasons, comments, causes,
success statements and actions are typed later, often quickly and from what someone just said
("Mrs Patel's visits are always rushed"). Before a PDF or the data export prints them, the
same guard reads them, and the facilitator is told where and decides. An action's owner is
left out: naming who will do it is the point of that field.

Only where a detail is and what kind it is are said, never the words themselves: the dialog may
be on a projected screen too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.workshop import Workshop

LISTED = 8  # parts named one by one; the rest are counted
QUOTE_CHARS = 50


@dataclass(frozen=True)
class TypedDetail:
    where: str  # "The theme “I don't like [name]'s visits”": the findings shown as their kind


def typed_details(workshop: Workshop) -> list[TypedDetail]:
    """Every typed part of ``workshop`` in which the guard finds a possible personal detail."""
    found = []
    for where, text in _typed_parts(workshop):
        findings = find_personal_details(text) if text.strip() else []
        if findings:
            found.append(TypedDetail(where.replace("{quote}", _quote(redact(text, findings)))))
    return found


def question(found: list[TypedDetail]) -> str:
    """The plain-English question for the facilitator ("" when nothing was found)."""
    if not found:
        return ""
    lines = ["Some words typed during the workshop may be personal details, and the export "
             "would print them (shown here as their kind):"]
    lines += [f"• {part.where}" for part in found[:LISTED]]
    if len(found) > LISTED:
        lines.append(f"• and {len(found) - LISTED:,} more")
    lines.append("If they could identify someone, cancel, change those words on their board "
                 "and export again. If they are fine (a service's or a place's name), export "
                 "anyway.")
    return "\n".join(lines)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1].rstrip() + '…'}”"


def _typed_parts(ws: Workshop) -> Iterator[tuple[str, str]]:
    """(where, text) for every part typed in the workshop that an export prints; ``where``
    holds ``{quote}``, filled with the text with its findings replaced by their kind."""
    yield "The workshop's title: {quote}", ws.title
    yield "The workshop's purpose: {quote}", ws.purpose
    yield "The workshop's scope: {quote}", ws.scope
    names = {theme.id: _quote(redact(theme.name, find_personal_details(theme.name)))
             for theme in ws.themes}
    for theme in ws.themes:
        yield "The theme {quote}", theme.name
        yield f"Why the theme {names[theme.id]} was chosen: {{quote}}", theme.priority.reason
        for comment in theme.comments:
            yield f"A comment on the theme {names[theme.id]}: {{quote}}", comment
    for cause in ws.causes:
        yield f"A cause in the theme {names.get(cause.theme_id, '')}: {{quote}}", cause.text
    for statement in ws.success:
        yield (f"A success statement in the theme {names.get(statement.theme_id, '')}: "
               f"{{quote}}", statement.text)
    for action in ws.actions:
        where = f"An action in the theme {names.get(action.theme_id, '')}: {{quote}}"
        yield where, action.what
        yield where, action.first_step
        yield where, action.how_we_know
        yield where, action.progress_note
