"""Which parts of a workshop a PDF export cannot show in full, said before the export is made.

A PDF can only draw what its embedded fonts hold (``fonts.py``, and ``indic.py`` for Bengali,
Punjabi, Gujarati, Hindi and Tamil); words in other writing (Chinese, Japanese, Korean, …)
are drawn as a marker such as "[Korean text not shown]" (``writing.py``). Emoji are not
missing: they print as their names, "[thumbs up]" (``emoji_names.py``). So the
facilitator is told first, in plain English, which cards, themes and statements hold such
writing and what to do about it: the app asks whether to go on, the command line warns. Only
what the export would show is looked at (``ExportContent``), so a held-back card's words can
never be quoted here. A report comparing with last time's workshop prints some of that
workshop's words too (its "Since last time" chapter): those are looked at as well.

The warning follows the personal-detail question, often on a projected screen, so it quotes
nothing that question hid: every quote (and theme name) goes through the caller's ``quote``,
which the app and ``wtfc export`` give as the guard's ``quote_as_kinds`` ("“Rang [name] on
[phone]…”"; export may not import the guard itself), and a card's flagged details are shown as
their kind first, as a held-back card's are on screen.

The facilitator's notes on the day's plan (``Workshop.agenda``) are not looked at: no export
prints them (tests/export/test_notes_stay_private.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wtfc.export.content import ExportContent, ThemeContent
from wtfc.export.report_people import TAGS, named_groups
from wtfc.export.team_words import recorded_teams
from wtfc.export.writing import unshown
from wtfc.model.blank_text import is_blank
from wtfc.model.last_time_parts import CHANGED_THERE, printed_parts
from wtfc.model.operations.cards import words_without_details
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, Workshop

PDF_EXPORTS = ("posters", "action-poster", "report", "feedback")
Quote = Callable[[str], str]  # a text as the warning may show it, in “…”
# how a person's tag the report names is named: "The locality “North”, named under …"
TAGGED = tuple(f"The {one} " for _, _, one, _ in TAGS)
LISTED = 8  # parts named one by one; the rest are counted
DETAILS = "The workshop's "  # how a workshop detail is named, as against a card or statement
REFLECTED = "The reflection's "  # how an answer of the reflection is named
# the reflection's questions, as the report asks them (report_looking_back imports reportlab)
REFLECTION = (
    ("went_well", "What went well"),
    ("not_so_well", "What didn't go so well"),
    ("do_differently", "What we would do differently next time"),
)


@dataclass(frozen=True)
class Unshowable:
    """One part of the workshop with writing the PDF cannot show."""

    where: str  # "A card in “I want to stay at home”: “我想…”"
    what: tuple[str, ...]  # ("Chinese or Japanese text", "emoji")
    last_time: bool = False  # a part of last time's workshop, changed only in its own file


def unshowable_parts(
    workshop: Workshop, what: str, previous: Workshop | None = None, *, quote: Quote
) -> list[Unshowable]:
    """The parts of export ``what`` (posters, action-poster, report, feedback) that hold
    writing the PDF cannot show, in the order the export shows them; [] for the data export.
    ``previous``: last time's workshop, which the report and the feedback sheet compare with.
    ``quote``: how a part's words are quoted, possible personal details shown as their kind."""
    if what not in PDF_EXPORTS:
        return []
    sources = [(_texts(ExportContent(workshop), what, quote), False)]
    if previous is not None and what in ("report", "feedback"):
        sources.append((_last_time_texts(previous, workshop, quote, what), True))
    found: list[Unshowable] = []
    seen: set[str] = set()
    for texts, last_time in sources:
        for text, place, quoted in texts:
            missing = unshown(text)
            if not missing:
                continue
            where = place if quoted is None else place + quote(quoted)
            if where not in seen:
                seen.add(where)
                found.append(Unshowable(where, missing, last_time))
    return found


def warning(parts: list[Unshowable]) -> str:
    """The plain-English warning for the facilitator, or "" when everything can be shown."""
    if not parts:
        return ""
    kinds = list(dict.fromkeys(w for part in parts for w in part.what))
    in_last_time = [part.last_time for part in parts]
    whose = (
        "this workshop and last time's"
        if any(in_last_time) and not all(in_last_time)
        else "last time's workshop"
        if all(in_last_time)
        else "this workshop"
    )
    lines = [f"Some words in {whose} are in writing this PDF's fonts cannot draw ({_and(kinds)}):"]
    lines += [f"• {part.where} ({_and(list(part.what))})" for part in parts[:LISTED]]
    if len(parts) > LISTED:
        lines.append(f"• and {len(parts) - LISTED:,} more")
    lines.append(
        f"In the PDF they appear as “[{kinds[0]} not shown]”, so readers can see that "
        f"words are missing there. So that commissioners can read them, add an English "
        f"translation {'beside them' if all(in_last_time) else 'to the card or statement'}"
        f" (keep the person's own words too), then export again."
    )
    if any(part.where.startswith(DETAILS) for part in parts):
        lines.append(
            "The workshop's own details (its title, venue, facilitator, purpose, scope and "
            "how we agreed to work and decide) are changed on the Prepare page."
        )
    if any(part.where.startswith(TAGGED) for part in parts):
        lines.append(
            "People's localities and service types are changed with Collect → People "
            "(Alt+O)."
        )
    if any(part.where.startswith(REFLECTED) for part in parts):
        lines.append(
            "The reflection's answers are changed on the Review board (Looking back on "
            "this workshop)."
        )
    if any(in_last_time):
        lines.append(CHANGED_THERE)
    return "\n".join(lines)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def no_words(text: str) -> str:
    """A ``quote`` for a caller without the personal-detail guard: no words at all."""
    return "“…”"


def _theme(theme: ThemeContent, quote: Quote) -> str:
    """The theme named as its poster and chapter head it: “Unnamed theme” for one with no words
    (an older file's lone zero-width space), never an empty “”."""
    return quote(shown_theme_name(theme.theme.name))


def _texts(
    content: ExportContent, what: str, quote: Quote
) -> Iterator[tuple[str, str, str | None]]:
    """(text, place, quoted) for every piece of the workshop's words export ``what`` draws.
    The facilitator is told ``place`` and ``quoted`` quoted, put together only for the few
    texts that cannot be shown (a report of 10,000 cards has as many places). A card's
    ``quoted`` has the details the guard flagged in it shown as their kind already."""
    ws = content.workshop
    if what == "feedback":
        yield from _feedback_texts(content, quote)
        return
    yield ws.title, f"{DETAILS}title", None
    if what == "report":
        yield ws.venue, f"{DETAILS}venue", None
        yield ws.facilitator, f"{DETAILS}facilitator", None  # "Facilitated by …"
        yield ws.purpose, f"{DETAILS}purpose", None
        yield ws.scope, f"{DETAILS}scope", None
        yield ws.agreements, f"{DETAILS}“How we agreed to work and decide”", None
        # the "Looking back" section, before the themes (report_looking_back)
        for field, label in REFLECTION:
            answer = getattr(ws.reflection, field)
            yield answer, f"{REFLECTED}answer to “{label}”: ", answer
    # The action poster also prints the actions of themes that are no priority (or no longer)
    themes = [
        t
        for t in content.themes
        if what == "report" or t.theme.priority.chosen or (what == "action-poster" and t.actions)
    ]
    for theme in themes:
        name = _theme(theme, quote)
        yield theme.theme.name, f"The theme {name}", None
        if what == "report":
            yield theme.theme.priority.reason, f"Why the theme {name} was chosen", None
            # "By locality: North 6 people" under a priority's title (report_people)
            for one, group in named_groups(content, theme):
                where = f"The {one} {quote(group)}, named under the priority {name}"
                yield group, where, None
            for comment in theme.theme.comments:
                yield comment, f"A comment on the theme {name}: ", comment
        if what != "action-poster":
            where = f"A card in the theme {name}: "
            for card in theme.cards:
                yield card.text, where, words_without_details(card)
            where = f"A cause in the theme {name}: "
            for cause in (
                theme.causes
                if what == "report"
                else [*theme.agreed_causes, *theme.other_root_causes]
            ):
                yield cause.text, where, cause.text
                if what == "report":
                    yield cause.team, where, cause.text
            if what == "report":  # a team's summary follows its tree (report_sections._teams)
                for team in recorded_teams(ws, theme.theme.id):
                    # named as the personal-detail question before it names it (typed_details)
                    found = f"What the team {quote(team.name)} found, in the theme {name}: "
                    yield team.summary, found, team.summary
            where = f"A success statement in the theme {name}: "
            for statements in theme.success.values():
                for statement in statements:
                    yield statement.text, where, statement.text
        where = f"An action in the theme {name}: "
        for actions in theme.actions.values():
            for action in actions:
                yield action.what, where, action.what
                # the action named by its words, and which of its boxes holds the writing:
                # a facilitator told of the action "Send the rota" looked for it there
                yield action.owner, f"The owner of an action in the theme {name}: ", action.what
                if what == "report":
                    for text, box in ((action.first_step, "first step"),
                                      (action.how_we_know, "“How we will know”"),
                                      (action.resources, "resources"),
                                      (action.progress_note, "“What has happened so far”")):
                        yield text, f"The {box} of an action in the theme {name}: ", action.what
                else:  # the report prints every cause and statement in its chapters anyway
                    yield from _answered(content, action, what, name)
    if what == "report":
        for card in content.unsorted_cards:
            yield card.text, "A card not in any theme: ", words_without_details(card)


def _feedback_texts(content: ExportContent, quote: Quote) -> Iterator[tuple[str, str, str | None]]:
    """What the feedback sheet prints: the workshop's details, theme names and actions."""
    from wtfc.export.feedback_sheet_words import printed_texts

    for text, part in printed_texts(content):
        if part == "theme":
            yield text, f"The theme {quote(text)}", None
        elif part == "action":
            yield text, "An action: ", text
        elif part == "progress":
            yield text, "What has happened so far to an action: ", text
        else:
            yield text, f"{DETAILS}{part}", None


def _answered(
    content: ExportContent, action: Action, what: str, name: str
) -> Iterator[tuple[str, str, str | None]]:
    """The cause (and, on the theme posters, the success statement) printed under an action,
    which may be one the poster does not list otherwise."""
    cause = content.tackles(action)
    if cause is not None:
        yield cause.text, f"A cause an action in the theme {name} tackles: ", cause.text
    statement = content.aims_at(action) if what == "posters" else None
    if statement is not None:
        yield (
            statement.text,
            f"A success statement an action in the theme {name} aims at: ",
            statement.text,
        )


def _last_time_texts(
    previous: Workshop, current: Workshop, quote: Quote, what: str
) -> Iterator[tuple[str, str, str | None]]:
    """(text, place, quoted) for each of last time's words export ``what``'s "Since last
    time" prints (``model/last_time_parts.py``)."""
    for part in printed_parts(previous, current, what):
        name = part.theme_name
        # no theme named for one with no words to read (a lone zero-width space too), as for ""
        in_theme = "" if is_blank(name) else f" in the theme {quote(name)}"
        if part.what == "title":
            yield part.text, "Last time's workshop title", None
        elif part.what == "theme":
            yield part.text, f"Last time's theme {quote(shown_theme_name(part.text))}", None
        elif part.what == "progress":
            yield part.text, f"What had happened to last time's action{in_theme}: ", part.text
        elif part.what == "evidence":
            yield part.text, f"How we said we'd know last time's action{in_theme} worked: ", \
                part.text
        elif part.what == "success":
            yield part.text, f"What we said last time success would look like{in_theme}: ", \
                part.text
        elif part.what == "differently":
            yield part.text, "What we said last time we would do differently: ", part.text
        else:  # the action's words, or its owner (quoted by the action's words)
            whose = "The owner of last time's action" if part.what == "owner" else \
                "Last time's action"
            yield part.text, f"{whose}{in_theme}: ", part.action_words
