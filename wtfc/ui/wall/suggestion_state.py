"""A suggestion as the facilitator shapes it on the "Suggested themes" page (view state, never
part of the workshop), and which of its cards may still go into a theme."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from wtfc.clustering.key_phrases import _TITLES, i_statement, watched_words
from wtfc.clustering.tokens import words
from wtfc.importing.pasted_names import read_pasted
from wtfc.model.compare import normalise_name
from wtfc.model.document import Document
from wtfc.model.workshop import Kind, PersonalDetail, Theme
from wtfc.ui.wall.suggest_job import held_back_details

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion
    from wtfc.importing.known_names import NameMatcher


def starting_name(suggestion: Suggestion) -> str:
    """What the name box starts with: the working name, without a dangling "…"."""
    name = suggestion.name.strip()
    for tail in ("...", "…"):
        if name.endswith(tail):
            name = name[: -len(tail)].rstrip(" ,;:-")
    return name


def shared_counts(suggestion: Suggestion, texts: list[str]) -> list[tuple[str, int]]:
    """Each of the suggestion's shared words, and how many of ``texts`` use it ("carer" counts
    for "carers", as the grouping counts a word and its plural as one)."""
    found = [{_one(w) for w in words(text)} for text in texts]
    return [(key, sum(_one(key.lower()) in card for card in found))
            for key in suggestion.key_words]


def _one(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_weak(suggestion: Suggestion, texts: list[str]) -> bool:
    """Whether these cards of a suggestion are a group to check card by card: no word they share,
    or none that half of them use (as ``reason_from`` says "some of them mention…"). A pair
    sharing no word too. Its cards are close in meaning, but on the review's social-care cards
    most such groups mixed topics: "I dont understand the financial assessment forms" headed 3
    money cards and 2 about home care, sharing "understand" 2 of 5."""
    if len(texts) < 2:
        return False
    return all(2 * used < len(texts) for _key, used in shared_counts(suggestion, texts))


@dataclass
class ShownSuggestion:
    """A suggestion as the facilitator is shaping it (view state, never part of the workshop)."""

    suggestion: Suggestion
    kind: Kind
    name: str
    unticked: set[str] = field(default_factory=set)
    # the facilitator's theme its cards are close to (suggestion_closeness), None if none
    close: str | None = field(default=None, compare=False)
    # each card's words as the suggestion was made from them (card id: text), kept until its
    # words are taken off (``take_off_old_words``): its name and shared words quote these
    made_from: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # a name refused at Accept: back in the name box for the facilitator to change (a false
    # alarm, "in June" with June pasted, is the room's words), never on the row
    refused: str = field(default="", compare=False, repr=False)
    # the name it was offered with: "" for a weak group (``is_weak``), whose working name is
    # one card's sentence; the room names it (Accept makes "Group 1 (not named yet)")
    offered: str = field(default="", init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        members = self.suggestion.member_ids
        texts = [self.made_from[i] for i in members if i in self.made_from]
        weak = is_weak(self.suggestion, texts) if len(texts) == len(members) else (
            len(members) > 1 and not self.suggestion.key_words)  # words not given: its own say
        if weak and normalise_name(self.name) == normalise_name(starting_name(self.suggestion)):
            self.name = ""
        self.offered = self.name

    def ticked(self) -> list[str]:
        return [c for c in self.suggestion.member_ids if c not in self.unticked]


def called(shown: ShownSuggestion) -> str:
    """How a message names a suggestion: by its name, or it said 'Dismissed “”.'"""
    return f"“{shown.name}”" if shown.name.strip() else "the suggestion with no name yet"


def still_unsorted(doc: Document, kind: Kind, card_ids: list[str]) -> list[str]:
    """The cards that may still go into a new theme now: present, unsorted, of the kind, and
    not held back (a card edited meanwhile may have gained possible personal details)."""
    placed = doc.themes_of_card()
    result = []
    for card_id in card_ids:
        card = doc.get("cards", card_id)
        if card is not None and card_id not in placed and card.kind == kind and not card.held_back:
            result.append(card_id)
    return result


def as_cards_are_now(doc: Document, kind: Kind, found: list[Suggestion],
                     read: list[str]) -> tuple[list[Suggestion], set[str], int]:
    """Suggestions just worked out, held against the cards as they are now: a History jump,
    an Undo or an edit may have changed the cards while the worker read them (``read``, their
    ids). The suggestions with a card still in the workshop (one sorted or held back since
    says so on its row); the read cards still free to go in a theme; and how many of the read
    cards are no longer in the workshop at all (taken by a jump back, an Undo or a delete)."""
    there = {i for i in read if doc.get("cards", i) is not None}
    kept = [s for s in found if there.intersection(s.member_ids)]
    return kept, set(still_unsorted(doc, kind, read)), len(read) - len(there)


def close_theme(doc: Document, shown: ShownSuggestion) -> Theme | None:
    """The theme of its kind the suggestion is close to, while that theme is still there."""
    theme = doc.get("themes", shown.close) if shown.close else None
    return theme if theme is not None and theme.kind == shown.kind else None


def quotes_held_back(doc: Document, shown: ShownSuggestion, name: str) -> bool:
    """Whether ``name`` is still the sentence a member card was quoted for, and that card
    is held back now (the guard found, or was told, a name in it after the suggestion)."""
    if not name.strip():
        return False
    wanted = normalise_name(name)
    for card_id in shown.suggestion.member_ids:
        card = doc.get("cards", card_id)
        if card is not None and card.held_back \
                and normalise_name(i_statement(card.text)) == wanted:
            return True
    return False


def names_held_back_now(doc: Document) -> frozenset[str]:
    """The words of the names the guard holds back on any card now (as the worker is given
    them at the press: ``held_back_details``), never to be shown as a name or shared word."""
    return watched_words(held_back_details(doc))


def _bare(word: str) -> str:
    """"gwenllian's" is "gwenllian" (``words`` keeps the possessive on the word)."""
    return word[:-2] if word.endswith("'s") else word


def holds_a_name(name: str, watched: frozenset[str]) -> bool:
    """Whether a lowercase shared word (or a found name's words) is a watched word."""
    return bool(watched) and any(_bare(w) in watched for w in words(name))


def pasted_words(pasted: Iterable[str]) -> frozenset[str]:
    """Every word of the names pasted to watch for, as a card's words count, "May" and "Will"
    too: the facilitator said they are names ("watched_words" drops function words, rightly
    for a name the guard found itself, where "Checks On Me" can be junk)."""
    return frozenset(w for n in pasted for w in words(n) if w not in _TITLES and len(w) > 1)


def held_back_name_check(doc: Document, pasted: Iterable[str] = ()) -> Callable[[str], bool]:
    """``says(name)``: whether ``name`` names someone held back on a card (or one of the
    ``pasted`` names to watch for), by the guard's own rule for a card's words ("Gwenllian's",
    "GWENLLIAN"; not "the gas bill" for a carer called Bill, as the guard lets that card be).
    Built once per refresh: the matcher reads every held-back name."""
    pasted = list(pasted)
    return name_check([*held_back_details(doc), *pasted], pasted, watching=doc.names_to_watch)


def name_check(names: list[str], pasted: Iterable[str] = (),
               watching: Iterable[str] | None = None) -> Callable[[str], bool]:
    """``says(text)``: whether ``text`` names one of ``names`` (the ``pasted`` ones among them
    wherever they stand, "May is always kind"), by the guard's own rule for a card's words,
    read as the letter reads it (``names_read``)."""
    from wtfc.importing.known_names import name_matcher

    pasted = tuple(pasted)
    watched = watched_words(names) | pasted_words(pasted)
    if not watched:
        return lambda _text: False
    matcher = name_matcher(names)
    watching = pasted if watching is None else tuple(watching)
    held = held_names(names, pasted, watching)  # once per check, not per theme: 1,700 pasted
    return lambda text: bool(text.strip()) and any(
        names_read(text, names, pasted, watching, matcher, watched, held))


def held_names(names: list[str], pasted: tuple[str, ...],
               watching: tuple[str, ...]) -> NameMatcher | tuple[()]:
    """The names ``names_read`` finds by the guard alone, whatever the pasted rule says of their
    words: every name held back on a card (``names`` beyond ``pasted``: "Sue Wood" held back on
    "My daughter Sue Wood never visits" keeps "The Wood family" a name even with Sue Wood
    pasted, privacy first), and each pasted name with a word of its own ("Mrs Khan")."""
    return _held_names(tuple(names), pasted, watching)


@functools.lru_cache(maxsize=4)  # names_in / redacted ask it for each theme and label
def _held_names(names: tuple[str, ...], pasted: tuple[str, ...],
                watching: tuple[str, ...]) -> NameMatcher | tuple[()]:
    from wtfc.importing.known_names import name_matcher

    left, mine, kept = Counter(pasted), pasted_words(watching), []
    for name in names:
        if left[name] > 0:  # a pasted name: read by the pasted rule unless it has other words
            left[name] -= 1
            if all(_bare(w) in mine or w in _TITLES for w in words(name)):
                continue
        kept.append(name)
    return name_matcher(kept) if kept else ()


def names_read(text: str, names: list[str], pasted: tuple[str, ...] = (),
               watching: tuple[str, ...] | None = None, matcher: NameMatcher | None = None,
               watched: frozenset[str] | None = None, held: NameMatcher | tuple[()] | None = None,
               ) -> tuple[list[PersonalDetail], list[tuple[int, int]]]:
    """The names of ``names`` the guard finds in ``text`` (a watched word in each), and where
    else a ``pasted`` name's capitalised word stands: by ``watch_guard``'s one rule for the
    names to watch for (``watching``, the pasted ones unless said), as the letter and the
    room views print a text. So a pasted surname that is an everyday word is the word where
    the words around it make it a thing or a place ("Trips to the Village Hall" with Pat Hall
    pasted: Accept refused it, the letter printed it), unless the guard finds it there by
    the other names; said of a person ("Hall never rings back") it is a name still."""
    from wtfc.importing.known_names import name_matcher
    from wtfc.ui.card_guard import details_in

    watching = pasted if watching is None else watching
    if watched is None:
        watched = watched_words(names) | pasted_words(pasted)
    matcher = name_matcher(names) if matcher is None else matcher
    found = [d for d in details_in(text, matcher) if d.category == "name"]
    spread, words_at = read_pasted(text, watching, [(d.start, d.end) for d in found])
    as_words = [d for d in found if (d.start, d.end) in words_at]
    if as_words:
        if held is None:
            held = held_names(names, pasted, watching)
        alone = details_in(text, held)
        found = [d for d in found if d not in as_words
                 or any(g.start < d.end and d.start < g.end for g in alone)]
    found = [d for d in found if holds_a_name(d.text, watched)]
    spread = spread if pasted == watching else read_pasted(
        text, pasted, [(d.start, d.end) for d in found])[0]
    return found, [s for s in spread if not any(d.start < s[1] and s[0] < d.end for d in found)]


def refusal(doc: Document, shown: ShownSuggestion, name: str) -> str:
    """Why Accept refuses ``name`` ("" when it does not): it quotes a held-back card, names
    someone held back, or holds a name pasted in Names to watch for (watched after Redact)."""
    if quotes_held_back(doc, shown, name) or held_back_name_check(doc)(name):
        return ("That name has words now held back on a card for possible personal details. "
                "Change them to a name of your own: what you typed is still in the box.")
    if held_back_name_check(doc, doc.names_to_watch)(name):
        return ("That name holds a name in Names to watch for. Change it to a name of your "
                "own: what you typed is still in the box.")
    return ""


def take_off_old_words(doc: Document, shown: ShownSuggestion, watched: frozenset[str],
                       says: Callable[[str], bool]) -> bool:
    """Once a card of the suggestion says other words than it was made from (reworded,
    redacted to "[name]…", deleted: while the worker read it, or since), or a shared word is a
    name held back now (``watched``), the suggestion shows none of those words again: no shared
    words, a reason without them and, unless the facilitator has typed a name of their own, no
    name. A name of any origin that quotes a held-back card or names someone held back
    (``says``, from ``held_back_name_check``) goes too. True when that name was one the
    facilitator typed: taking it off is said, never silent."""
    s = shown.suggestion
    changed = any(getattr(doc.get("cards", i), "text", None) != t
                  for i, t in shown.made_from.items())
    if changed or any(holds_a_name(k, watched) for k in s.key_words):
        if changed and normalise_name(shown.name) == normalise_name(shown.offered):
            shown.name = ""
        shown.suggestion = replace(s, name="", key_words=(), reason=(
            f"These {len(s.member_ids)} cards are close in meaning: check that each belongs."))
        shown.made_from = {}  # nothing left on show that these words could check
    if quotes_held_back(doc, shown, shown.name) or says(shown.name):
        typed = normalise_name(shown.name) != normalise_name(shown.offered)
        shown.name = ""
        return typed
    return False


def theme_named(doc: Document, kind: Kind, name: str) -> str | None:
    """The name of the theme of ``kind`` that ``name`` would repeat (the wall allows one
    theme of a kind per name: the same words, whatever the case and punctuation)."""
    wanted = normalise_name(name)
    for theme in doc.workshop.themes:
        if theme.kind == kind and normalise_name(theme.name) == wanted:
            return theme.name
    return None
