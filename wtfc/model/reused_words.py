"""Where a person's own words were reused in what the room typed: a theme named from their card
("I feel like a package"), a cause, a success statement, an action, a priority's reason, a
comment on a theme, a team's summary or the reflection quoting them.

Remove this person… takes their cards out, but not these: they are the room's words, changed
only by the facilitator. So the question lists them to reword. A run counts when it is
``RUN`` words or more in a row of one of their cards, at least one of them not an everyday word
(``EVERYDAY``: "I would like to be able to", "know what matters to them" are anyone's), and no
one else's card has that run: words the room shares with others are no one's in particular.
A short card (``SHORT``: 2-4 words, "Lonely since Bert died") counts whole, on the same terms:
its 3 or 4 words in a row anywhere, its 2 words only as the whole of a place (a theme named
"Feeling lonely" from their card; "feeling lonely" in a cause is anyone's).

Cheap at 10,000 cards: only the runs of their cards are indexed, and the other cards are read
only when some place matches one (one pass, a set look-up a word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from wtfc.model.blank_text import is_blank
from wtfc.model.workshop import Action, Workshop

RUN = 5  # words in a row: "I feel like a package" counts, "feel like a package" does not
SHORT = range(2, RUN)  # a card of so few words counts whole ("Lonely since Bert died")
# a word, with any apostrophe in it, and the invisible characters text copied from a chat or an
# e-mail carries inside one ("pack\u200bage" is "package", as the guard reads it)
_WORD = re.compile(r"[\w\u00ad\u200b-\u200d\u2060]+(?:['’][\w\u00ad\u200b-\u200d\u2060]+)*")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"))
ACTION_FIELDS = (  # an action's words, as the Plan and Act boards name them
    ("what", "what"), ("agreed_what", "what was agreed"), ("first_step", "first step"),
    ("how_we_know", "how we will know"), ("resources", "what it needs"),
    ("progress_note", "what has happened so far"), ("heard_at_check", "what people told us"),
)
REFLECTION = (("went_well", "What went well"), ("not_so_well", "What didn't go so well"),
              ("do_differently", "What we would do differently next time"))
_EVERYDAY_WORDS = """
a about after again all also always am an and any anyone anything are aren't around as ask at
away back bad be because been before being better big bit both but by can can't cannot come
could couldn't day days did didn't do does doesn't doing don't done down each easy enough even
ever every everyone everything feel feeling felt few find for from get gets getting give go goes
going good got great had hard has have haven't having he help her here him his home how i i'd
i'll i'm i've if in into is isn't it it's its just keep kind know last less let like little
long look lot lots make many may me more most much must my myself need needs never new next no
not nothing now of off often ok okay old on once one only or other our out over own part people
person place quite really right said same say see seem should so some someone something
sometimes soon still such sure take talk tell than that that's the their them then there
they they're thing things think this those though through time times to today told too try
two up us use used very want wanted was wasn't way we we're week well went were what when
where which while who why will with without won't work would wouldn't year years yes yet you
your
able care carer carers family friends house live lives living stay support supported
call called calls came comes coming happen happened happens hear heard listen listened mean
means meant matter mattered matters start started stop stopped understand understood wait
waited waiting
"""
EVERYDAY = frozenset(_EVERYDAY_WORDS.split())


@dataclass(frozen=True)
class Reused:
    """A place whose words hold a run of the person's: ``text[start:end]`` is the run there."""

    where: str  # "The name of a ✗ Not working theme (Priority 2)", "A cause of the theme …"
    theme: str  # the theme (the team, for its summary) it is of, as named ("" for a theme's name)
    text: str
    start: int
    end: int

    @property
    def words(self) -> str:
        return self.text[self.start:self.end]


def reused_words(workshop: Workshop, card_ids: Collection[str]) -> tuple[Reused, ...]:
    """Each place (theme names, priorities' reasons and comments, success statements, causes,
    actions' words, teams' summaries, the reflection, in that order) holding a run of the
    cards ``card_ids``' words, or a short card of theirs whole, that no other card has, with
    its first such run."""
    mine = set(card_ids)
    runs = {run for card in workshop.cards if card.id in mine
            for run in _card_runs(_card_words(card.text)) if not EVERYDAY.issuperset(run)}
    if not runs:
        return ()
    lengths = {len(run) for run in runs}
    found = [(where, theme, text, spans) for where, theme, text in _places(workshop)
             if (spans := [(a, b, run) for a, b, run in _runs(text, lengths) if run in runs])]
    if not found:
        return ()
    matched = {run for *_, spans in found for *_, run in spans}
    lengths = {len(run) for run in matched}
    # a card is read word by word only when it has a rare word of a run matched (most have not)
    keys = {max((w for w in run if w not in EVERYDAY), key=len) for run in matched}
    said_by_others = {run for card in workshop.cards
                      if card.id not in mine and _any_in(keys, card.text.casefold())
                      for run in _windows(_card_words(card.text), lengths) if run in matched}
    reused = []
    for where, theme, text, spans in found:
        own = [(a, b) for a, b, run in spans if run not in said_by_others]
        if own:
            start, end = _widest(own)
            reused.append(Reused(where, theme, text, start, end))
    return tuple(reused)


def _runs(text: str, lengths: Collection[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, words) of each run of so many words in a row of ``text`` (``lengths``),
    first first, compared as read: any letter case, full-width letters as plain, invisible
    characters left out. Two words count only as the whole text (a short card's rule)."""
    found = [(m.start(), m.end(), _plain(m.group())) for m in _WORD.finditer(text)]
    spans = [(found[i][0], found[i + n - 1][1], tuple(w for _, _, w in found[i:i + n]))
             for n in lengths if n > min(SHORT) or len(found) == n
             for i in range(len(found) - n + 1)]
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def _card_words(text: str) -> list[str]:
    """A card's words as ``_runs`` reads them (the whole text made plain at once: 10,000 cards
    quickly)."""
    return _WORD.findall(_plain(text))


def _card_runs(words: list[str]) -> Iterator[tuple[str, ...]]:
    """A card's runs of ``RUN`` words in a row, or its words whole when a short card."""
    return iter([tuple(words)]) if len(words) in SHORT else _windows(words, (RUN,))


def _windows(words: list[str], lengths: Collection[int]) -> Iterator[tuple[str, ...]]:
    for n in lengths:
        yield from zip(*(words[i:] for i in range(n)), strict=False)


def _any_in(words: set[str], text: str) -> bool:
    return any(word in text for word in words)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKC", word.translate(_INVISIBLE)).casefold().replace("’", "'")


def _widest(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The first run, joined with the runs overlapping it (a longer run is one run)."""
    start, end = spans[0]
    for a, b in spans[1:]:
        if a > end:
            break
        end = max(end, b)
    return start, end


def _places(workshop: Workshop) -> Iterator[tuple[str, str, str]]:
    """(where, its theme's name, the words) of every place the room typed words in that may
    quote a card."""
    themes = {theme.id: theme for theme in workshop.themes}
    for theme in workshop.themes:
        rank = f" (Priority {theme.priority.rank})" \
            if theme.priority.chosen and theme.priority.rank else ""
        yield f"The name of a {theme.kind.symbol} {theme.kind.label} theme{rank}", "", theme.name

    def of(said: str, theme_id: str) -> tuple[str, str]:
        """(where, the theme's name): "A cause of the theme" and its name, or "… of a theme
        with no name yet", as the question names it."""
        theme = themes.get(theme_id)
        name = theme.name.strip() if theme is not None else ""
        if is_blank(name):  # a lone zero-width space (an older file's) too: no name to quote
            return f"{said} a theme with no name yet", ""
        return f"{said} the theme", name

    for theme in workshop.themes:  # both printed under the theme in the report
        if theme.priority.reason:
            yield *of("The reason for choosing", theme.id), theme.priority.reason
        for comment in theme.comments:
            yield *of("A comment on", theme.id), comment
    for success in workshop.success:
        yield *of("A success statement for", success.theme_id), success.text
    for cause in workshop.causes:
        yield *of("A cause of", cause.theme_id), cause.text
    for action in workshop.actions:
        for field, said in ACTION_FIELDS:
            if text := _action_words(action, field):
                yield *of(f"An action's {said} for", action.theme_id), text
    for team in workshop.teams:  # the report prints a team's summary after its tree
        if team.summary:
            yield "The summary of the team", team.name, team.summary
    for field, label in REFLECTION:
        if answer := getattr(workshop.reflection, field):
            yield f"The reflection's answer to “{label}”", "", answer


def _action_words(action: Action, field: str) -> str:
    value = getattr(action, field)
    return value if isinstance(value, str) else ""
