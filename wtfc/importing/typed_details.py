"""Possible personal details in what the room typed during the day, said before an export.

Cards are checked by the guard when they come in; theme names, reasons, comments, causes,
success statements, actions, the reflection's answers and the root-cause teams' names and
findings are typed later, often quickly and from what someone just said ("Mrs Patel's visits are
always rushed"). Before an export prints them, the same guard reads
what that export prints (with the names to watch for pasted on the Collect page), and the
facilitator is told where and decides. In an action's owner, and in the facilitator's name and
role (the report's "Facilitated by …" and every PDF's Author), a name is not asked about (naming
who will do it is the point of that field), but a phone number or an e-mail address is.

The cards' own tags (an import's Locality, Team… columns) and the people's (age band, service
type, locality, typed on People or carried from last time's workshop) are read too where the
data export prints them: only the tags it shows, under its small-cell rule
(``model.card_tags_shown``, ``model.small_groups``). The guard reads the cards' words when they
come in, never their tags.

Only where a detail is and what kind it is are said, never the words themselves: the dialog may
be on a projected screen too.

The facilitator's notes on the day's plan (``Workshop.agenda``) are not read: no export prints
them, nor does the room view show them, so a name in them reaches nobody but the facilitator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from wtfc.importing.personal_details import Finding, find_personal_details, redact
from wtfc.importing.watch_guard import watched_findings, with_pasted
from wtfc.model.agreed_words import reworded
from wtfc.model.operations.record import tree_team_names, tree_teams
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import REDACTION_LABELS, Workshop

LISTED = 8  # parts named one by one; the rest are counted
# the reflection's questions, as the Review board, the report and the data export ask them
REFLECTION = (
    ("went_well", "What went well"),
    ("not_so_well", "What didn't go so well"),
    ("do_differently", "What we would do differently next time"),
)
# ``small_groups.person_tags``' order, as the People page names them
PERSON_TAGS = ("age band", "service type", "locality")
QUOTE_CHARS = 50
BEFORE_FINDING = 18  # characters kept before the first finding when a quote must be cut
AROUND_LATER = 12  # characters kept each side of a later finding the first cut left out
# the guard's placeholders in a redacted text, each a finding ("[name]", "[phone]"…)
_LABEL = re.compile("|".join(re.escape(x) for x in sorted(
    {*REDACTION_LABELS.values(), "[personal detail]"}, key=len, reverse=True)))


class OwnerWords(str):
    """An action's owner: a team or a role is named on purpose, so only the other kinds of
    detail (a phone number, an e-mail, an NHS number…) are asked about."""


class ThemeName(str):
    """A theme's name: also read for ``theme_names``, the names the guard held back on a
    card by itself that a theme's name holds ("Thank you Eirlys")."""


@dataclass(frozen=True)
class TypedDetail:
    where: str  # "The theme “I don't like [name]'s visits”": the findings shown as [name]…


def typed_details(workshop: Workshop, what: str, known_names: Iterable[str] = (),
                  theme_names: Iterable[str] = ()) -> list[TypedDetail]:
    """Every typed part that export ``what`` (posters, action-poster, report, data, feedback)
    prints in which the guard finds a possible personal detail. ``theme_names``: names read
    in the themes' names only (and quoted so wherever a theme is named), not in an action's
    "by June" or a comment's "in June"."""
    names = tuple(known_names)
    in_themes = (*names, *(n for n in theme_names if n not in names))
    found: dict[str, TypedDetail] = {}  # a team named on five branches is asked about once
    for where, text in _typed_parts(workshop, what, names, in_themes):
        theme = isinstance(text, ThemeName)
        findings = theme_findings(text, in_themes, names) if theme else \
            watched_findings(text, names)
        if isinstance(text, OwnerWords):  # naming who does it is the point: not a name
            findings = [f for f in findings if f.category != "name"]
        if findings:
            said = where.replace("{quote}", _quote(text, findings))
            found.setdefault(said, TypedDetail(said))
    return list(found.values())


_ASKED = ("If they could identify someone, cancel, change those words where they were typed and "
          "export again. If they are fine (a service's or a place's name), export anyway.")
# ``wtfc export`` makes the export all the same: nothing to cancel, nothing to do "anyway"
_TOLD = ("The export is made all the same. If they could identify someone, change those words "
         "where they were typed (in the app) and run the export again; if they are fine (a "
         "service's or a place's name), there is nothing to do.")


def question(found: list[TypedDetail]) -> str:
    """The plain-English question for the facilitator ("" when nothing was found)."""
    if not found:
        return ""
    lines = ["Some words typed during the workshop may be personal details, and this export "
             "would print them (shown here as [name], [phone]…):"]
    lines += [f"• {part.where}" for part in found[:LISTED]]
    if len(found) > LISTED:
        lines.append(f"• and {len(found) - LISTED:,} more")
    lines.append(_ASKED)
    return "\n".join(lines)


def told(message: str) -> str:
    """``question``'s message as the command line tells it, the export being made."""
    return message.replace(_ASKED, _TOLD)


def typed_details_warning(workshop: Workshop, what: str) -> str:
    """For ``wtfc export``: the same finding, told rather than asked (the export is made)."""
    return told(question(typed_details(workshop, what)))


def _quote(text: str, findings: list[Finding]) -> str:
    """The text with its findings replaced by their kind; a long one is cut round the first
    finding, and where later findings fall past that cut, a piece round each is added after a
    "…", so the quote always shows everything asked about (an officer's note's phone number,
    40 characters after its names, was cut off and never seen)."""
    shown = " ".join(redact(text, findings).split())
    if len(shown) <= QUOTE_CHARS:
        return f"“{shown}”"
    labels = [(m.start(), m.end()) for m in _LABEL.finditer(shown)]
    start, end = _cut(shown, labels[0] if labels else None, QUOTE_CHARS, BEFORE_FINDING)
    pieces = [(start, end)]
    for a, b in labels:
        if b <= pieces[-1][1]:
            continue
        start, end = _cut(shown, (a, b), b - a + 2 * AROUND_LATER, AROUND_LATER)
        if start <= pieces[-1][1] + 1:  # touching the piece before: one piece
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    quoted = " … ".join(shown[a:b].strip().rstrip(",;:") if b < len(shown) else shown[a:b]
                      for a, b in pieces)
    return f"“{'…' if pieces[0][0] else ''}{quoted.strip()}{'…' if end < len(shown) else ''}”"


def _cut(shown: str, label: tuple[int, int] | None, width: int, before: int) -> tuple[int, int]:
    """Where a piece ``width`` long round ``label`` (a placeholder's span; ``None``: the
    start) starts and ends, cut between words, never inside one ("the o…" left the reader
    guessing), keeping the placeholder in and at least half the piece."""
    first, kept = label if label else (-1, 0)
    start = max(0, min(first - before, len(shown) - width + 1))
    end = start + width - 1
    kept = kept if label else start
    if end < len(shown) and not shown[end].isspace():
        space = shown.rfind(" ", start, end)
        if space > max(kept, start + width // 2):
            end = space
    if start and not shown[start - 1].isspace():
        space = shown.find(" ", start, first if first >= 0 else end)
        if space >= 0:
            start = space + 1
    return start, min(end, len(shown))


def shown_as_kinds(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` whole, on one line, with what the guard finds shown as its kind, as the room view
    shows last time's words: "[name] told us her carer [name] now rings…". For a paper that
    goes to people's homes (the feedback letter prints the Act stage's notes so)."""
    if not text.strip():
        return ""
    return " ".join(redact(text, watched_findings(text, names)).split())


def detail_quote(text: str, names: Iterable[str] = ()) -> str:
    """``text`` quoted as ``quote_as_kinds`` does when the guard finds a possible personal
    detail in it, else "" (for a form that says so while the words are typed)."""
    findings = watched_findings(text, tuple(names))
    return _quote(text, findings) if findings else ""


def quote_as_kinds(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` quoted with what the guard finds shown as its kind (“Spoke to [name] …”)."""
    return _quote(text, watched_findings(text, names))


def theme_findings(text: str, known: Iterable[str], pasted: Iterable[str]) -> list[Finding]:
    """What is asked about in a theme's name: the guard's findings with ``known`` and the
    ``pasted`` names wherever they stand (an action's "you may ask" is read by the guard only)."""
    if not text.strip():
        return []
    return with_pasted(text, find_personal_details(text, known_names=tuple(known)), pasted)


def quote_theme(text: str, known: tuple[str, ...], pasted: Iterable[str]) -> str:
    """A theme's name quoted as ``typed_details`` asks about it: “[name] is always kind”; one
    with no words to read (an older file's "" or lone zero-width space) “Unnamed theme”, as
    the exports print it and the app shows it, never an empty “”."""
    if (shown := shown_theme_name(text)) != text:
        return f"“{shown}”"
    return _quote(text, theme_findings(text, known, pasted))


def quote_theme_names(text: str, names: tuple[str, ...], theme_names: Iterable[str],
                      themes: Iterable[str]) -> str:
    """``quote_as_kinds`` that also hides ``theme_names`` inside each of ``themes`` (themes'
    names) the text holds, as ``typed_details`` reads a theme's name: "Trips out in [name]",
    while an action's "by June" elsewhere in the text is quoted as typed."""
    findings = watched_findings(text, names)
    extra = tuple(n for n in theme_names if n not in names)
    spans = [(m.start(), m.end()) for theme in (set(themes) if extra else ()) if theme.strip()
             for m in re.finditer(re.escape(theme), text)]
    if spans:
        findings += [f for f in find_personal_details(text, known_names=(*names, *extra))
                     if any(a <= f.start and f.end <= b for a, b in spans)
                     and not any(g.start < f.end and f.start < g.end for g in findings)]
    return _quote(text, sorted(findings, key=lambda f: f.start))


def _typed_parts(ws: Workshop, what: str, names: tuple[str, ...],
                 in_themes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(where, text) for every typed part export ``what`` prints; ``where`` holds ``{quote}``,
    filled with the text with its findings replaced by their kind. A theme's name is a
    ``ThemeName``, read and quoted with ``in_themes``."""
    if what == "feedback":
        yield from _feedback_parts(ws, in_themes, names)
        return
    report, data = what == "report", what == "data"
    posters = what == "posters"
    # every export names its workshop: the data's "About this data" sheet and workbook Title too
    yield "The workshop's title: {quote}", ws.title
    if report:
        # the report's "Facilitated by …": no PDF's Author is the facilitator (pdf.AUTHOR)
        yield "The facilitator: {quote}", OwnerWords(ws.facilitator)
    if report or data:  # the report's cover, the data's "About this data" sheet
        yield "The workshop's venue: {quote}", ws.venue
    if report:
        yield "The workshop's purpose: {quote}", ws.purpose
        yield "The workshop's scope: {quote}", ws.scope
    if report or data:  # the report's cover, the data's "Workshop record" sheet
        yield "How the room agreed to work and decide: {quote}", ws.agreements
    if report or data:  # the report's "Looking back", the data's "Workshop record" sheet
        for field, label in REFLECTION:
            yield f"The reflection's answer to “{label}”: {{quote}}", \
                getattr(ws.reflection, field)
    # The action poster also prints the actions of themes that are no priority (or no longer)
    acted = {a.theme_id for a in ws.actions} if what == "action-poster" else set()
    shown = {t.id for t in ws.themes if report or data or t.priority.chosen or t.id in acted}
    theme_names = {theme.id: quote_theme(theme.name, in_themes, names) for theme in ws.themes
                   if theme.id in shown}
    for theme in ws.themes:
        if theme.id not in shown:
            continue
        yield "The theme {quote}", ThemeName(theme.name)
        if report or data:
            yield f"Why the theme {theme_names[theme.id]} was chosen: {{quote}}", \
                theme.priority.reason
        if report or data:  # the data export's themes sheet has a Comments column
            for comment in theme.comments:
                yield f"A comment on the theme {theme_names[theme.id]}: {{quote}}", comment

    def theme_name(theme_id: str) -> str:  # a linked cause may be of a theme not shown
        if theme_id not in theme_names:
            theme = next(t for t in ws.themes if t.id == theme_id)
            theme_names[theme_id] = quote_theme(theme.name, in_themes, names)
        return theme_names[theme_id]

    # The posters print under an action the cause it tackles (and the A3 posters the success
    # statement it aims at), which may be one they do not list otherwise.
    printed = [a for a in ws.actions if a.theme_id in shown]
    cause_ids = {a.cause_id for a in printed}
    statement_ids = {a.success_id for a in printed if what != "action-poster"}
    if what != "action-poster":
        cause_ids |= {c.id for c in ws.causes
                      if c.theme_id in shown and (not posters or c.root_cause or c.agreed)}
        statement_ids |= {s.id for s in ws.success if s.theme_id in shown}
    causes = [c for c in ws.causes if c.id in cause_ids]
    statements = [s for s in ws.success if s.id in statement_ids]
    for cause in causes:
        where = f"A cause in the theme {theme_name(cause.theme_id)}: {{quote}}"
        yield where, cause.text
        if report or data:  # the posters name the tree's teams once, below
            yield where, cause.team
    if posters:  # the A3 poster's top line names the why-tree's teams ("Team: Team C")
        for theme in ws.themes:
            if theme.id in shown:
                for team_name in tree_team_names(ws, theme.id):
                    yield f"A team on the why-tree of the theme {theme_name(theme.id)}: " \
                        "{quote}", team_name
    for statement in statements:
        yield (f"A success statement in the theme {theme_name(statement.theme_id)}: "
               f"{{quote}}", statement.text)
    for action in ws.actions:
        if action.theme_id not in shown:
            continue
        where = f"An action in the theme {theme_names[action.theme_id]}: {{quote}}"
        yield where, action.what
        yield (f"An action's owner in the theme {theme_names[action.theme_id]}: {{quote}}",
               OwnerWords(action.owner))
        if report or data:
            yield where, action.first_step
            yield where, action.how_we_know
            yield where, action.resources
            yield where, action.progress_note
        # the room's words where changed: the Actions sheet's, and the report's and the
        # action poster's "Changed since the workshop: was '…'"
        if report or data or what == "action-poster":
            yield where, action.agreed_what if reworded(action) and action.agreed_what else ""
        if report or data:  # what people told us at the check: the report's, the data's
            yield where, action.heard_at_check
    if report:  # a team's record follows its tree (the cause's team has its name asked)
        yield from _report_teams(ws, shown, theme_name, names)
        yield from _report_people_tags(ws)
    if data:  # the Cards sheet's Tags column; the People and Cards sheets' people's tags
        yield from _card_tags(ws)
    if data:  # the "Workshop record" sheet has a row for each team on a why-tree
        for team in tree_teams(ws):
            yield "A root-cause team's name: {quote}", team.name
            yield (f"What the team {quote_as_kinds(team.name, names)} found: {{quote}}",
                   team.summary)


def _card_tags(ws: Workshop) -> Iterator[tuple[str, str]]:
    """The cards' tags the data export's Cards sheet shows, and the people's tags (typed on
    People, or carried from last time's workshop) its People and Cards sheets show."""
    # imported here: only the data export needs them (and the app's start does not)
    from wtfc.model.card_tags_shown import shown_tag_values
    from wtfc.model.small_groups import HIDDEN, shown_tags

    cards = [c for c in ws.cards if not c.held_back]
    people_tags = shown_tags(ws, cards)
    for value in shown_tag_values(ws, cards, people_tags):
        yield "A tag on the cards (from an import): {quote}", value
    shown = {(kind, value): None for tags in people_tags.values()
             for kind, value in zip(PERSON_TAGS, tags, strict=True)
             if value.strip() and value != HIDDEN}
    for kind, value in shown:
        yield f"A person's {kind} (People): {{quote}}", value


def _report_people_tags(ws: Workshop) -> Iterator[tuple[str, str]]:
    """The localities and service types the report's lines under a priority name
    (the same rule as ``export.report_people``: ``model.small_groups.split_groups``)."""
    from wtfc.model.small_groups import shown_tags, split_groups

    cards = {c.id: c for c in ws.cards if not c.held_back}
    tags = shown_tags(ws, list(cards.values()))
    named: dict[tuple[str, str], None] = {}
    for theme in ws.themes:
        if not theme.priority.chosen:
            continue
        codes = {cards[i].person for i in theme.card_ids if i in cards and cards[i].person}
        for index in (1, 2):  # service type, locality
            values = [" ".join(tags[code][index].split()) for code in codes]
            named.update({(PERSON_TAGS[index], value): None
                          for value, _ in split_groups(values)[0]})
    for kind, value in named:
        yield f"A person's {kind} (People), as a priority's people are counted: {{quote}}", value



def _report_teams(ws: Workshop, shown: set[str], theme_name: Callable[[str], str],
                  names: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """What each team found, as the report prints it after each why-tree: the teams named on
    the theme's branches whose record has a summary (``export.team_words.recorded_teams``)."""
    for theme_id in dict.fromkeys(c.theme_id for c in ws.causes if c.theme_id in shown):
        on_causes = {c.team for c in ws.causes if c.theme_id == theme_id}
        for team in tree_teams(ws, theme_id):
            # its name heads its line ("Team A (2 older people): …"), as its record spells it:
            # a tree's own team (Theme.team, T on an empty tree's box) may be on no cause
            if (team.summary or any(m.count for m in team.members)) \
                    and team.name not in on_causes:
                yield "A root-cause team's name: {quote}", team.name
            if team.summary:
                yield (f"What the team {quote_as_kinds(team.name, names)} found, in the theme "
                       f"{theme_name(theme_id)}: {{quote}}", team.summary)


def _feedback_parts(ws: Workshop, in_themes: tuple[str, ...],
                    names: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """The feedback sheet prints the title, the venue, the themes' names and the words of every
    theme's actions (a theme not named yet's under "About something we are still naming"; one
    with no name at all was left out here, its phone number printed unasked), dropped ones
    too, with what has happened so far: no owner, facilitator, cause or success statement."""
    yield "The workshop's title: {quote}", ws.title
    yield "The workshop's venue: {quote}", ws.venue
    theme_names = {theme.id: quote_theme(theme.name, in_themes, names) for theme in ws.themes}
    for theme in ws.themes:
        yield "The theme {quote}", ThemeName(theme.name)
    for action in ws.actions:
        if action.theme_id in theme_names:
            in_theme = f"in the theme {theme_names[action.theme_id]}"
            yield f"An action {in_theme}: {{quote}}", action.what
            if reworded(action) and action.agreed_what:  # listed as what we said we would do
                yield f"An action {in_theme}: {{quote}}", action.agreed_what
            yield f"What has happened so far to an action {in_theme}: {{quote}}", \
                action.progress_note
