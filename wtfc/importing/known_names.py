"""The personal-detail guard's search for the names the facilitator gave: the person column's
names and the names pasted to watch for (people reviewed, staff), each whole and in parts."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wtfc.importing.lower_case_pasted import pasted_in_lower_case
from wtfc.importing.name_initials import initials_of, initials_pattern, initials_spans
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    ONE_CASE_TITLES,
    ORDINARY_WORDS,
    RELATION_WORDS,
)
from wtfc.importing.one_case_initials import said_after
from wtfc.importing.plain_letters import plain_text
from wtfc.importing.words_before import may_hold_one_case_title

# Name parts matched only when capitalised: given names and surnames that are everyday words.
EVERYDAY_WORDS = AMBIGUOUS_GIVEN_NAMES | NOT_NAMES | ORDINARY_WORDS
# A relation or role pasted in lower case beside a name ("Kwabena Mensah: son", "Hope Green -
# carer"; in brackets it is dropped) is a part too, but "my son" and "the carer" are no one:
# such a part counts only capitalised. A surname pasted as one ("Paul Driver") is any name part.
_ROLE_WORDS = frozenset(w.lower() for w in RELATION_WORDS if " " not in w)


@dataclass(frozen=True, slots=True, eq=False)
class NameMatcher:
    """The names to look for, made ready once: a check of every card reads the same list."""

    # each with: whether it matches bare everyday words, whether only after a one-case title
    patterns: tuple[tuple[re.Pattern[str], bool, bool], ...]
    parts: frozenset[str]  # every one-word part, in lower case
    # Each name's first letters a to z, in lower case ("o" for "O'Neill", "w" for "Wójcik");
    # None when a name does not begin with one (see ``_first_word``).
    first_words: frozenset[str] | None = None
    # the names it was made from, as given: the card checks read their capitalised words by
    # the pasted-names rule too ("Grace helps every Tuesday" with Grace Okonkwo pasted)
    names: tuple[str, ...] = ()
    # the initials of the names of two words or more ("OF wants…": ``name_initials``)
    initials: re.Pattern[str] | None = None


def known_name_spans(
    text: str, known_names: Iterable[str] | NameMatcher,
    said_of: Callable[[str, int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Where `text` names one of `known_names` (whole, or one of its parts), as (start, end);
    ``said_of(text, start, end)``, when given, says where an everyday word starting a sentence
    is said of a person (a person verb after it when not)."""
    matcher = known_names if isinstance(known_names, NameMatcher) else name_matcher(known_names)
    if not _may_name_someone(text, matcher):
        return []
    spans = []
    for pattern, everyday, after_title in matcher.patterns:
        if after_title and not may_hold_one_case_title(text):
            continue
        for m in pattern.finditer(text):
            # Starting a sentence an everyday word is capitalised anyway ("Day centre is my
            # lifeline" with Doris Day on the list): it counts only beside another part of
            # the name or said of a person ("Long came round", "Hill never rang me back").
            if everyday and starts_sentence(text, m.start()):
                after = re.match(r"[ \t]+([\w'’-]+)", text[m.end() :])
                next_word = after.group(1).lower() if after else ""
                said = said_of(text, *m.span()) if said_of else said_after(text, m.end())
                if next_word not in matcher.parts and not said \
                        and not _said_past_an_adverb(text, *m.span(), said_of) \
                        and not _paired_with_a_part(text, m.end(), matcher):
                    continue
            spans.append(m.span())
    if matcher.initials is not None:  # "OF wants to stay in her flat"
        spans += initials_spans(text, matcher.initials, starts_sentence)
    # "jack came late again" with "Smith, Jack" pasted: a word-name typed in lower case
    return spans + pasted_in_lower_case(text, matcher.parts, said_of or _said_after)


def _said_after(text: str, start: int, end: int) -> bool:
    return said_after(text, end)


# "is always late", "was very rude": the adverb stands between the verb and what is said
_ADVERB_AFTER_VERB = re.compile(
    r"[ \t]+(?:is|was|has|had)[ \t]+((?:always|never|often|usually|still|just|so|very|really"
    r"|sometimes|constantly|frequently|quite|too)[ \t]+)", re.IGNORECASE)
# "Hall and Long were late": the first of a pair, the second a capitalised part of a name
_AND_A_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]*)")


def _said_past_an_adverb(text: str, start: int, end: int,
                         said_of: Callable[[str, int, int], bool] | None) -> bool:
    """Whether the word is said of a person once an adverb after "is"/"was"/"has" is passed
    over: "Green is always late" is "Green is late" (with Hope Green pasted it went up whole,
    "Green is late" was held back)."""
    adverb = _ADVERB_AFTER_VERB.match(text, end)
    if adverb is None:
        return False
    plain = text[: adverb.start(1)] + text[adverb.end(1) :]
    return said_of(plain, start, end) if said_of else said_after(plain, end)


def _paired_with_a_part(text: str, end: int, matcher: NameMatcher) -> bool:
    """Whether "and" and a capitalised part of a name follow: "Hall and Long were late" printed
    "Hall and [name]"; the second is found mid-sentence, the first is beside it."""
    pair = _AND_A_NAME.match(text, end)
    return pair is not None and pair[1].lower().removesuffix("'s") in matcher.parts


def tidy_name(entry: str) -> str:
    """A pasted name as the guard looks for it: an e-mail address dropped, and the marks glued
    to its words (quotes, brackets, a list's full stop, Markdown's stars) taken off, so the
    words of '"Quarrie, Zebulon" <z.q@council.gov.uk>', '“Hope Green”', 'Hope Green.',
    '(Zebulon Quarrie)' or '*Zebulon Quarrie*' match a card's. An apostrophe or hyphen inside a
    word stays (O'Neill, Smith-Jones), and an initial's full stop ("J."); "" when no word of
    it holds a letter ("<z.q@x.org>", "2."). Pronouns are no name part ("she/her", "Sam Lee
    they/them"), nor a team or role in brackets beside a name (``_kept_bracket``); but a
    capitalised one beside another name word is a surname ("He Wei", "Her Xiong")."""
    entry = _ADDRESS.sub(" ", entry)
    if _has_name_word(_BRACKETED.sub(" ", entry)):
        entry = _BRACKETED.sub(_kept_bracket, entry)
    entry = _PRONOUN_PAIR.sub(" ", entry)
    words = []
    for word in _MARKS.split(entry):
        if not _INITIAL.fullmatch(word):
            word = word.strip(_WORD_ENDS)
        if _LETTER.search(word):
            words.append(word)
    named = [w for w in words if w.lower() not in PRONOUNS]
    return " ".join(w for w in words if w in named or (
        named and w[0].isupper() and w.lower() != "pronouns"))


def _has_name_word(text: str) -> bool:
    return any(_LETTER.search(w) and w.strip(_WORD_ENDS).lower() not in PRONOUNS
               for w in _MARKS.split(text))


def _kept_bracket(group: re.Match[str]) -> str:
    """A bracket pasted beside a name keeps its name words: a nickname ("Zebulon Quarrie
    (Zeb)", "(zeb)"), a former surname ("(née jones)"), the name in its own script ("Nasreen
    Akhtar (نسرین اختر)"), family ("(son: Kofi Mensah)"). Dropped are the words known not to be
    a name: pronouns, roles, team words, everyday and lower-case note words ("(she/her)",
    "(carer)", "(works nights)"); and a bracket that opens with a team is a team, dropped whole
    ("(Home Care)", "[EXT]", "(Adult Social Care, Riverside)"). A team word drops itself, never
    the family named beside it: "(son Kofi - social worker)" dropped whole let "Kofi never
    visits" up (code review A5 S1). Between the name's words all is kept ("Robert (Bob) Smith")."""
    text, start, end = group.string, group.start(), group.end()
    if _has_name_word(text[:start]) and _has_name_word(text[end:]):
        return " " + " ".join(_bracket_words(group[0])) + " "
    parts = [_bracket_words(part) for part in _BRACKET_PARTS.split(group[0][1:])]
    parts = [part for part in parts if part]
    if not parts:
        return " "
    opening = next((part for part in parts if any(w[0].isupper() for w in part)), parts[0])
    if any(w.lower() in _TEAM_WORDS for w in opening) \
            and all(w.lower() in _TEAM_WORDS for w in opening if w[0].isupper()):
        return " "
    # a lower-case word beside a capitalised name is a note ("(works nights)"), not a name;
    # but one alone is a nickname ("Zebulon Quarrie (zeb)": A5 R3)
    cased = any(c.isupper() for c in text[:start] + text[end:])
    lone = sum(map(len, parts)) == 1
    kept = []
    for part in parts:
        after_a_marker = False
        for i, word in enumerate(part):
            low = word.lower()
            if after_a_marker and low not in _TEAM_WORDS | _FILLERS:
                kept.append(word)  # "née jones", "formerly Mary Day": a name in any case
            elif low in _BEFORE_A_FORMER_NAME:
                after_a_marker = True
            elif low in _TEAM_WORDS or (cased and word[0].islower() and not lone):
                continue
            elif low not in _NOT_IN_A_BRACKET and low not in _NOTES:
                kept.append(word)
            elif low in _DAY_NAMES and word[0].isupper() and (
                    lone or (i and part[i - 1].lower() in _RELATIONS)):
                kept.append(word)  # "(son Sunday)": a West African given name
    return " " + " ".join(kept) + " "


def _bracket_words(text: str) -> list[str]:
    """The words of (part of) a bracket, with no pronoun and no possessive ("Kofi's care
    home" names Kofi)."""
    words = (re.sub("['’]s$", "", w.strip(_WORD_ENDS)) for w in _MARKS.split(text))
    return [w for w in words if _LETTER.search(w) and w.lower() not in PRONOUNS]


def name_matcher(known_names: Iterable[str]) -> NameMatcher:
    """The patterns for `known_names`; build it once for many texts (hashing a long list
    again for every card cost as much as the search)."""
    return _known_name_patterns(tuple(known_names))


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` begins the text or a sentence in it."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return before == "" or before[-1] in ".!?:;\n"


def _may_name_someone(text: str, matcher: NameMatcher) -> bool:
    """False when `text` surely names no one on the list, found quickly (most cards name no one
    on it): a name starts where a run of letters a to z starts, and takes the whole run. Always
    True for a text with letters a regex that ignores case reads as others ("ſ" as "s")."""
    if matcher.first_words is None or _ODD_LETTERS.search(text):
        return True
    return not matcher.first_words.isdisjoint(_LETTER_RUNS.findall(text.lower()))


_LETTER_RUNS = re.compile("[a-z]+")
# An e-mail address, in angle brackets as an e-mail's To line has it, or bare
_ADDRESS = re.compile(r"<[^<>]*@[^<>]*>|[^\s<>()\[\]{}\"'“”‘’,;:]+@[^\s<>()\[\]{}\"'“”‘’,;:]+")
# Spaces and the marks no name holds (pasted from e-mail, Word, Markdown, Teams "@Hope"): the
# name's words lie between them
_MARKS = re.compile(r"[\s\"“”„‟«»‹›()\[\]{}<>*_:;!?,/\\|•·@#&+=~^–—―]+")
# Marks that belong inside a word only (O'Neill, Smith-Jones, St.John): taken off its ends
_WORD_ENDS = "'‘’‚‛`´.-‐‑‒"
_INITIAL = re.compile(r"[^\W\d_]\.")  # "J." of "J. Smith" keeps its full stop
_LETTER = re.compile(r"[^\W\d_]")
# A bracketed part of a pasted name, to its end when not closed ("Hope Green (Adult Social Care"
# of "…(Adult Social Care, Riverside)", which the names box splits at the comma)
_BRACKETED = re.compile(r"\([^()]*(?:\)|$)|\[[^\[\]]*(?:\]|$)|\{[^{}]*(?:\}|$)")
# Pronouns pasted with a name ("(she/her)", "Sam Lee they/them"): never a name part
PRONOUNS = frozenset(("she", "her", "hers", "he", "him", "his", "they", "them", "their",
                       "theirs", "xe", "xem", "xyr", "ze", "zir", "hir", "pronouns"))
# "she/her", "they / them": pronouns given as pronouns, in any case
_PRONOUN_PAIR = re.compile(
    r"(?<!\w)(?:" + "|".join(PRONOUNS) + r")(?:[ \t]*/[ \t]*(?:" + "|".join(PRONOUNS)
    + r"))+(?!\w)", re.IGNORECASE)
# A bracket holding one of these names a team or a service, not a person
_TEAM_WORDS = frozenset((
    "home", "care", "adult", "adults", "social", "council", "team", "services", "service",
    "ext", "external", "nhs", "trust", "agency", "ltd", "limited", "department", "dept",
    "office", "unit", "hospital", "surgery", "practice", "staff", "locum", "contractor",
    "volunteer", "volunteers", "partnership", "group", "provider", "commissioning"))
# "Charity" is no team word: "(daughter Charity Moyo)" is a given name (A5 S1).
# A bracket's parts: after a comma (which the names box makes two spaces: card_guard), a colon,
# a semicolon or a dash between spaces ("son Kofi - social worker"), not a name's hyphen
_BRACKET_PARTS = re.compile(r"[,;:]|\s[-–—]+\s|\s{2,}|[–—]")
# Words after which a bracket's next words are a name in any case (former surname, nickname)
_BEFORE_A_FORMER_NAME = frozenset(("née", "nee", "aka", "formerly", "previously", "prev",
                                   "maiden", "born", "nickname", "called", "known"))
_FILLERS = frozenset(("name", "as", "by", "the", "a", "an", "known", "called"))
# A lower-case word alone in a bracket that is a note, not a nickname
_NOTES = frozenset(("deceased", "retired", "nok", "lpa", "poa", "respite", "contact", "main",
                    "primary", "emergency", "unpaid", "paid", "informal", "private", "widow",
                    "widowed", "widower", "divorced", "separated", "estranged", "guardian",
                    "advocate", "attorney", "executor", "visitor", "friend", "neighbour"))
_DAY_NAMES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday"))
_RELATIONS = frozenset(w.lower() for r in RELATION_WORDS for w in r.split())
# Words of a bracket known not to be a name: pronouns, roles, function and everyday words, the
# words before a former surname ("née", "maiden name", "previously"); a given name that is one
# of them ("May", "Will") stays
_NOT_IN_A_BRACKET = (
    PRONOUNS | _ROLE_WORDS | {w.lower() for r in RELATION_WORDS for w in r.split()}
    | NOT_NAMES | COMMON_WORDS | EVERYDAY_NOUNS
    | {"carers", "workers", "nurses", "née", "nee", "aka", "formerly", "previously", "prev",
       "maiden", "name", "born", "known", "called", "nickname", "prefers", "preferred",
       "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "weekdays",
       "weekends", "mornings", "evenings", "nights", "days", "am", "pm"}
) - GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES - {
    "heather", "hazel", "olive", "cliff", "drew", "sandy", "poppy", "fern", "jade", "ginger",
    "rusty", "basil", "honour"}  # given names among COMMON_WORDS
# A name starts a word, or follows a quote mark ("'Hargreaves'") or a hyphen ("Wood-Hughes"), but
# not the apostrophe inside a word ("O'Neill" does not hold "Neill")
_START = r"(?<!\w)(?<!\w['’])"
_ODD_LETTERS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K


def _first_word(phrase: str) -> str:
    """The letters a to z a name begins with, in lower case ("w" for "Wójcik"); "" when it
    does not begin with one or holds a letter a regex reads as another."""
    first = None if _ODD_LETTERS.search(phrase) else re.match("[a-z]+", phrase.lower())
    return first.group() if first else ""


@functools.lru_cache(maxsize=8)
def _known_name_patterns(known_names: tuple[str, ...]) -> NameMatcher:
    """Patterns for the pasted names and each part of them, longest first, each with whether
    it matches bare everyday words; and every part in lower case (cached: an import checks
    thousands of statements against the same list)."""
    phrases: set[str] = set()
    roles: set[str] = set()
    pronouns: set[str] = set()
    initials: set[str] = set()
    for entry in known_names:
        entry = tidy_name(plain_text(entry))  # pasted from an e-mail too
        if entry:
            initials |= initials_of(w for w in entry.split(" ") if w.lower() not in PRONOUNS
                                    and w.lower() not in _ROLE_WORDS)
            parts = [p for p in entry.split(" ") if len(p) >= 2]
            roles |= {p.capitalize() for p in parts if p in _ROLE_WORDS}
            # a pronoun that is a surname is found with the rest of the name, or after a
            # title ("Mr He never rang back": A5 R1), not in every card's "He rang me"
            pronouns |= {p for p in parts if p.lower() in PRONOUNS}
            phrases |= {entry, *(p for p in parts
                                 if p not in _ROLE_WORDS and p.lower() not in PRONOUNS)}
    phrases |= roles
    # A part that is an everyday word ("May", "Will", "Long") counts only when capitalised,
    # or after a title in any case ("mrs long").
    everyday = roles | {p for p in phrases if p.lower() in EVERYDAY_WORDS}
    patterns = []
    for group, flags, before in (
        (phrases - everyday, re.IGNORECASE, ""),
        (everyday, 0, ""),
        (everyday, re.IGNORECASE, r"(?:" + "|".join(ONE_CASE_TITLES) + r")\.?[ \t]+"),
        # a pronoun only capitalised: "I told the dr he was wrong" names no one
        ({p.capitalize() for p in pronouns} | {p.upper() for p in pronouns}, 0,
         r"(?i:" + "|".join(ONE_CASE_TITLES) + r")\.?[ \t]+"),
    ):
        if group:
            alternatives = _alternatives(group, fold=bool(flags))
            pattern = re.compile(_START + before + "(?:" + alternatives + r")(?!\w)", flags)
            patterns.append((pattern, not (flags or before), bool(before)))
    # the initials' letters as the quick look reads them: "of" of "OF", "o" of "O.F." ("" for
    # "ŁŻ": no quick look)
    first_words = frozenset(_first_word(p) for p in phrases) | {
        w for i in initials for w in (_first_word(i), _first_word(i[0]))}
    return NameMatcher(
        tuple(patterns),
        frozenset(p.lower() for p in phrases if " " not in p),
        None if "" in first_words else first_words,
        known_names,
        initials_pattern(initials),
    )


def _alternatives(phrases: Iterable[str], *, fold: bool) -> str:
    """The phrases as one regex alternation that shares their beginnings ("jo(?:an|hn)"), so
    each place in a card is tried once, not once per name: with 1,700 names pasted a plain
    "Joan|John|…" took 2 ms a card. A longer phrase is tried before its beginning ("Mary Ann"
    before "Mary"), as longest-first does. ``fold``: the pattern ignores case, so the
    phrases share beginnings whatever their case ("Jones", "JONES")."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            lower = char.lower()
            node = node.setdefault(lower if fold and len(lower) == 1 else char, {})
        node[""] = {}  # a phrase ends here
    return _branch(trie)


def _branch(node: dict[str, dict]) -> str:
    """The regex for what may follow a place in the trie: longer phrases first."""
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        run = re.escape(char)
        while len(child) == 1 and "" not in child:  # one way on: no group needed
            ((char, child),) = child.items()
            run += re.escape(char)
        branches.append(run + _branch(child))
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + "|".join(branches) + ")?" if branches else ""
