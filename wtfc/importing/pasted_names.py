"""Where a text holds a name pasted in Names to watch for, by the facilitator's word.

The guard reads a sentence's first "May" or "Will" as the everyday word; a name the
facilitator pasted to watch for is a name wherever it stands capitalised ("May is always
kind"). One rule for the check's list, History's labels, and every guard that takes the names
(``watch_guard``: the exports' questions, the letter, the room views), so here, free of Qt (the
importing layer's exports read it as the Collect page does).

A surname that is an everyday word ("Long", "Day", "Hall"; "Will" of "June Will") is the
exception: a team's list holds many, and "Day centre at the Village Hall reopens" went to the
letter as "[name] centre at the Village [name] reopens". Such a word is still a name wherever it
stands capitalised ("Day is always cheerful", "Ask Green about the bus", "Hall and Day help")
unless the words around it make it a thing or a place (``surname_as_word``: "Day centre", "the
Village Hall", "Will the council fund it?"), and then still where said of a person or beside
another name. A given name that is a word ("May", "Grace", "Will" of "Will Long") and a name
pasted alone count wherever they stand, but for a month's name in a date ("Since May the carers
ring ahead", "on 12 April": ``pasted_months``).
A relative's given name kept in a note ("husband frank" of "Ann Lee - husband frank died") is
one where what follows says a person ("Frank died last year": ``note_given_names``).

How a pasted list is read into names (``parse_names``) is here too, for every reader of one:
the Names to watch for box, ``wtfc import --names``, a names file dropped on the cards. A name
in a bracket beside a name is a name of its own wherever it is pasted ("Kwabena Mensah
(daughter Grace)" watches "Grace helps every Tuesday").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from wtfc.importing.known_names import EVERYDAY_WORDS, PRONOUNS, tidy_name
from wtfc.importing.name_words import PLACE_WORDS, RELATION_WORDS
from wtfc.importing.note_given_names import (
    given_in_a_note,
    notes_beside_given_names,
    said_of_a_named_person,
)
from wtfc.importing.note_words import ONE_WORD_ROLES, TITLES, kept_in_a_note
from wtfc.importing.pasted_in_capitals import a_word_in_capitals
from wtfc.importing.pasted_months import is_month, month_in_a_date
from wtfc.importing.pasted_names_read import WORD as _WORD
from wtfc.importing.pasted_names_read import read_names
from wtfc.importing.said_of_a_person import said_of_a_person
from wtfc.importing.surname_as_word import (
    a_persons_given_name,
    named_by_the_word_before,
    read_as_word,
)
from wtfc.importing.who_is_who import names_lines
from wtfc.importing.words_before import relation_before, title_before

_LETTER = re.compile(r"[^\W\d_]")
# a title pasted with a name ("Mrs Patel") is not itself a name ("Mrs" stays as typed)
_TITLES = TITLES
# nor is the word joining two ("Mr and Mrs Lewis": "And" stays as typed)
_NOT_NAME_WORDS = _TITLES | {"and"}
# Surnames read as words unless said of a person: the guard's own everyday words, the place
# words ("Park", "Street") and a few common noun surnames its lists lack
_EVERYDAY = EVERYDAY_WORDS | PLACE_WORDS | frozenset({"ball", "chambers", "summer"})
# what may stand between two words of one name: "Grace Long", "Bill and Long", "Wood-Hughes"
_BETWEEN = re.compile(r"[ \t]+(?:(?i:and|&)[ \t]+)?|-")
# the capitalised word just before a name, a space between: "Mary" of "Mary Street"
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]*)[ \t]+$")

Span = tuple[int, int]

_LINES = re.compile(r"[\n\r]+")
_SEPARATORS = re.compile(r"[\t,;]+")
_IN_BRACKETS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]")
_PART = re.compile(r"\s{2,}|[:;]|\s[-–—]\s")  # a bracket's parts (its commas are spaces here)
_BESIDE = "Xqzv"  # a name for the part to stand beside, so tidy_name reads it as a bracket's
_ROLES = frozenset(w.casefold() for r in RELATION_WORDS for w in r.split())
_RELATED = _ROLES | {"née", "nee", "aka", "formerly", "previously"}
_ROLE_PARTS = _ROLES - ONE_WORD_ROLES  # "social" of "social worker": no role alone
# where a note starts beside a name: "Zebulon Quarrie - lives with daughter", "Aisha Khan: …"
_NOTE_BREAK = re.compile(r"\s[-–—]\s|:")
_KEEP_BRACKETS = re.compile(f"({_IN_BRACKETS.pattern})")
# a capitalised word that names no one before a note: a list's heading, a To line's, a room
# ("To: olive young", "Room 4 - sandy young"); a code ("P01") has one letter, no name's
_NAMING_NO_ONE = TITLES | frozenset((
    "to", "cc", "bcc", "from", "re", "fw", "fwd", "subject", "room", "bed", "flat", "ward",
    "unit", "code", "id", "ref", "no", "name", "names", "list", "people", "staff",
    "residents", "clients", "attendees"))


def parse_names(text: str) -> list[str]:
    """Names pasted one a line or separated by commas, tidied, each once, in the order given:
    "Surname, First" is two names, as any comma makes; an e-mail's To line ('"Quarrie,
    Zebulon" <z.q@council.gov.uk>; …') gives its names without the addresses or quote marks,
    which left glued to a word ('Zebulon"') matched no card; a who-is-who list's codes and
    areas are none ("Margaret Ellsworth (P02, North)": ``who_is_who``); a name in a bracket
    beside a name is a name of its own too (``_bracketed``). A role in lower case after a name
    and a comma ("Hope Green, carer", "Aisha Khan, neighbour, rings daily") is no name of its
    own: it goes beside the name ("Hope Green carer"), as after a colon, so it is watched only
    capitalised: "Carer came late again" is held back, "the carer came late" is not."""
    names: dict[str, str] = {}
    text = "\n".join(names_lines(text))  # as a dropped file's lines are read
    # a comma inside a bracket splits no name: "Green, Hope (Adult Social Care, Riverside)"
    text = _IN_BRACKETS.sub(lambda m: re.sub("[,;]", " ", m[0]), text)
    for line in _notes_beside(_LINES.split(text)):
        # a capital so far in the line, kept as it goes: rebuilt for each part, a To line of
        # 1,700 addresses in lower case took a second a read, and the box reads on every key
        named = False
        last = ""  # the key of the line's name so far, for a role after it
        before = ""  # the part before, for "Surname, first"
        for raw in _SEPARATORS.split(line):
            # "Smith, poppy": a first name after a surname, no note (review 33 A2 S1)
            first = named and _one_word(raw) and _one_word(before) and _names_someone(before)
            before = raw
            part = raw if first else _notes_off(raw, named=named)
            # not in a list typed all in lower case: "nguyen, son" may be Nguyen Sơn
            if named and _a_role(part):
                # beside its name, as after a colon: watched only capitalised. Only a role
                # word of its own is ("worker" of "social worker"): the guard watches "social"
                # in any case, and "The social worker never came" was held back
                role = [w for w in (w.strip(".:-–—") for w in part.split())
                        if w in ONE_WORD_ROLES]
                if last and role:
                    names[last] = f"{names[last]} {' '.join(role)}"
                continue
            named = named or _names_someone(raw)
            for at, name in enumerate((tidy_name(part), *_bracketed(part))):
                if len(name) >= 2:
                    names.setdefault(name.casefold(), name)
                    last = name.casefold() if at == 0 else last
    return list({name.casefold(): name for name in names.values()}.values())


def _notes_beside(lines: list[str]) -> list[str]:
    """The lines with a note on a line of its own put beside its name ("Zebulon Quarrie /
    rings after 5 pm" → "Zebulon Quarrie - rings after 5 pm"), read as a note there: pasted
    or given to ``wtfc import --names`` its words were watched as a name ("I am [name] [name]
    my [name] [name]"), dropped as a file they were not (review 33 A2 R5)."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < 2 or not any(map(_may_be_a_note, lines[1:])):
        return lines  # the box reads on every key: a list of names alone is not read twice
    return list(_beside_names(tuple(lines)))


def _may_be_a_note(line: str) -> bool:
    """Whether ``line`` may be a note (``names_list.notes_beside_names`` says): a word in lower
    case first, a number, or one capital only ("Deaf in left ear")."""
    words = line.split()
    return (not words[0][:1].isupper() or any(c.isdigit() for c in line)
            or (len(words) > 1 and not any(w[:1].isupper() for w in words[1:])))


@functools.lru_cache(maxsize=8)
def _beside_names(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(notes_beside_given_names(list(lines)))


def _notes_off(part: str, *, named: bool) -> str:
    """``part`` without the everyday words of a note beside a name with a capital: all of a
    part after such a name and a comma ("Aisha Khan, rings daily"), or after " - " or ":"
    ("Zebulon Quarrie - lives with daughter", "Aisha Khan: needs interpreter"). Every word of
    it was watched as a name: "I live with my daughter" was held back (review 33 R1a D3). A
    word no list knows ("Hope Green - nguyen"), a capitalised one ("carer at Riverside") and a
    role ("- son": watched only capitalised) stay, as do brackets (``_bracketed``'s); a line
    typed all in lower case keeps its words, as a name may be typed so."""
    pieces = _KEEP_BRACKETS.split(part)  # text, a bracket, text, …
    noted = named
    for at in range(0, len(pieces), 2):
        text = pieces[at]
        if not noted:
            split = _NOTE_BREAK.search(text)
            before = "".join(pieces[:at]) + text[:split.start()] if split else ""
            if split is None or not _names_someone(before):
                continue
            head, text, noted = text[:split.end()], text[split.end():], True
        else:
            head = ""
        pieces[at] = head + " ".join(kept_in_a_note(text.split(" ")))
    return "".join(pieces)


def _names_someone(text: str) -> bool:
    """Whether ``text`` has a capitalised word of a name: not a code ("P01"), a heading's
    ("To:") or a room's: a list typed in lower case after one keeps its names whole ("P01:
    olive young", "To: olive young; drew little", review 33 A2 S1)."""
    return any(w[0].isupper() and len(w) > 1 and w.casefold() not in _NAMING_NO_ONE
               for w in _WORD.findall(text))


def _one_word(part: str) -> bool:
    return len(part.split()) == 1


def _a_role(part: str) -> bool:
    """Whether a part is only a relation or role in lower case ("carer", "social worker"):
    no one's name is written so ("Son", "Carer" may be)."""
    words = part.split()
    return bool(words) and all(w.islower() and w.strip(".:-–—") in _ROLES for w in words)


def _bracketed(raw: str) -> list[str]:
    """Each name in a bracket beside a name, as a name of its own: "Kwabena Mensah (daughter
    Grace)" watches "Grace" as "Grace" pasted alone does, wherever it stands ("Grace helps
    every Tuesday"). A part tidy_name reads as a team, role or pronoun gives none; after a team
    ("(Home Care, Riverside)": a place), only a part naming a relation does ("(Home Care,
    daughter Joy)")."""
    found = []
    for bracket in _IN_BRACKETS.findall(raw):
        parts = [p.strip() for p in _PART.split(bracket[1:-1]) if p.strip()]
        own = [_own(part) for part in parts]
        related = [part.split()[0].casefold().strip(".:") in _RELATED for part in parts]
        team_first = bool(parts) and not own[0] and not related[0]  # "(Home Care, …)"
        found += [name for i, name in enumerate(own)
                  if name and (i == 0 or not team_first or related[i])]
    return found


def _own(part: str) -> str:
    """The name a bracket's part gives beside another name ("daughter Grace" → "Grace")."""
    tidied = tidy_name(f"{_BESIDE} ({part})")
    return tidied[len(_BESIDE):].strip() if tidied.startswith(_BESIDE) else ""


def _plain(word: str) -> str:
    """"May’s" is "may": the possessive is kept outside the name ("[name]'s")."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def pasted_at(text: str, pasted: Iterable[str], beside: Iterable[Span] = ()) -> list[Span]:
    """Where ``text`` has a capitalised word of a name pasted to watch for: wherever it stands
    ("May is always kind" with May pasted: the guard reads a sentence's first "May" as the
    word; the facilitator said it is a name), but a surname that is an everyday word not
    where the words around it make it a thing or a place, unless said of a person or beside
    another name (``beside``: names found otherwise). A lower-case "you may ask" stays the
    word."""
    return read_pasted(text, pasted, beside)[0]


def read_pasted(text: str, pasted: Iterable[str],
                beside: Iterable[Span] = ()) -> tuple[list[Span], list[Span]]:
    """``pasted_at``'s spans, and where a pasted surname that is an everyday word stands
    capitalised but is read as the word ("Long waits", "the Village Hall"): where a guard
    that takes the names reads the word (``watch_guard``)."""
    found = _capitalised_name_words(text, pasted)
    if not found:
        return [], []
    # a pasted word that is a month ("May" of "May Smith") is the month in a date ("Since May
    # the carers…", "on 12 April"): W2 R2, the letter printed "on 12 [name]"
    dates = {(a, b) for a, b, _ in found
             if is_month(_plain(text[a:b])) and month_in_a_date(text, a, b)}
    everyday = {(a, b) for a, b, everywhere in found if not everywhere or (a, b) in dates}
    # a name unless the words around it make it the word ("Day is always cheerful" names Bill
    # Day; "Day centre" does not): when in doubt, hidden
    # (a date's words win over "May the carers…" read as a carer's name, as the guard reads
    # an unpasted month: ``bare_given_names``)
    kept = {(a, b) for a, b, everywhere in found if (a, b) not in dates
        and _plain(text[a:b]) not in PRONOUNS and (
        everywhere or _said_of_a_person(text, a, b) or not read_as_word(text, a, b))}
    # beside a name, the guard's or one kept here, it is one too ("Grace Long", "Hall and
    # Day"); until no more are kept, so one of two named together is never printed alone
    names = kept | {s for s in beside if s not in everyday}
    grown = True
    while grown:
        grown = False
        for a, b in everyday - kept:
            # not from a name after it where the word before makes it a place: "At the Village
            # Hall Mrs Long sang" (review 32 R1a D2)
            if _beside(text, a, b, names, after=not named_by_the_word_before(text, a, b)):
                kept.add((a, b))
                names.add((a, b))
                grown = True
    spans = [(a, b) for a, b, _ in found]
    named = [s for s in spans if s in kept]
    # a given name before a surname kept here is a name too, where the guard read the two as a
    # street's: "George Street rang the office" printed "George [name] rang…" (review 32 R1a D1)
    taken = [*spans, *beside]
    given = [g for a, b in named
             if (a, b) in everyday and (g := _given_name_before(text, a, taken))]
    return sorted({*named, *given}), [s for s in spans if s not in kept]


def _capitalised_name_words(text: str, pasted: Iterable[str]) -> list[tuple[int, int, bool]]:
    """Each capitalised word of ``text`` that is a word of a pasted name, with whether it is
    one wherever it stands (not a surname that is an everyday word)."""
    # "May's": the name is "May", redacted as "[name]'s"
    found = [(m.start(), m.end() - 2 * bool(re.search(r"['’][sS]$", m.group())))
             for m in _WORD.finditer(text) if m.group()[0].isupper()]
    if not found:
        return []
    # Each of the text's few capitalised words is looked for in the names, not every name's
    # words gathered for each text: with 1,700 names pasted that took 5 ms a text, and every
    # guard that takes the names reads each text so (the letter, the room views, the exports').
    names: str | None = None
    lines = ""
    roles_named: frozenset[str] = frozenset()  # roles a pasted name has capitalised
    split = False  # the names one word a line (``_WORD``'s), not as pasted
    watched: dict[str, bool | None] = {}  # None: no name's word; else whether anywhere
    in_a_note: dict[str, bool] = {}  # a word watched not anywhere: a note's given name
    kept = []
    for a, b in found:
        word = _plain(text[a:b])
        if len(word) < 2 or word in _NOT_NAME_WORDS:
            continue
        if names is None:
            raw = "\n".join(pasted)
            roles_named, lines, split, names = read_names(raw)
        if (word in ONE_WORD_ROLES and word not in roles_named) or a_word_in_capitals(
                text, a, b, raw):  # "THE ENERGY BILL KEEPS GOING UP" (review 33 A9 R3)
            continue
        if word not in watched:
            named = (f"\n{word}\n" in names or f"\n{word}'s\n" in names) if split \
                else _a_name_word(names, word) >= 0
            watched[word] = None if not named else (
                word not in _EVERYDAY or _given_in(lines, word))
        everywhere = watched[word]
        if everywhere is None:
            continue
        if not everywhere and word not in in_a_note:
            in_a_note[word] = given_in_a_note(lines, word)
        # a relative's given name kept in a note ("husband frank") where said of a person:
        # the check left it to the guard, and "Frank died last year" went up (review A5 R4)
        kept.append((a, b, everywhere or (
            in_a_note[word] and said_of_a_named_person(text, a, b))))
    return kept


@functools.lru_cache(maxsize=64)
def _given_in(lines: str, word: str) -> bool:
    """Whether some pasted name has ``word`` (an everyday word) as its given name, or is that
    word alone ("May"): "Will" of "Will Long", "Long, Will" or "Dr Will Long" is watched
    wherever it stands, of "June Will", "Will, June" or "Mrs Will" only where said of a person.
    ``lines``: the names lowered, one a line. Cached: with 1,700 names the search takes 0.5 ms,
    and the letter and the room views ask it of each text with the same names."""
    word = re.escape(word)
    ends = r"(?:'s)?(?![^\W\d_]|'[^\W\d_])"
    titles = rf"(?:(?:{'|'.join(_TITLES)})\.?[ \t]+)+"
    return re.search(
        rf"\n[ \t]*{word}{ends}[^,\n]*\n"  # first in the line, no surname before a comma
        rf"|,[ \t]*{word}{ends}"  # "Long, Will"
        rf"|[\n,][ \t]*{titles}{word}{ends}[ \t-]+[^\W\d_]",  # "Dr Will Long", not "Mrs Will"
        lines) is not None


def _said_of_a_person(text: str, start: int, end: int) -> bool:
    """The guard's own reading of a capitalised word that is also a word ("Long came round",
    "I rang Hall"), or a title or care role just before it ("Mrs Day", "my carer Hall")."""
    before = text[max(0, start - 40):start]
    shouted = text[start:end].isupper()  # "MY CARER WILL COME LATER": said_of_a_person's
    return (said_of_a_person(text, start, end) or title_before(before) is not None
            or (not shouted and relation_before(before)))


def _beside(text: str, start: int, end: int, names: Iterable[Span], *, after: bool = True) -> bool:
    """Whether one of ``names`` stands just before or (``after``) after the word: "Grace Long",
    "Long and Bill", a hyphen's other half."""
    return any(_BETWEEN.fullmatch(text, b, start) or (after and _BETWEEN.fullmatch(text, end, a))
               for a, b in names)


def _given_name_before(text: str, start: int, taken: Iterable[Span]) -> Span | None:
    """A given name no list reads as a word ("Mary"; not "Grace", nor "Eve" of "Christmas Eve
    Hall rang") just before the surname at ``start``, where no span of ``taken`` holds it."""
    lead = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if lead is None or not a_persons_given_name(text, lead.start(1), lead[1].lower()) \
            or any(a < lead.end(1) and lead.start(1) < b for a, b in taken):
        return None
    return lead.span(1)


def _a_name_word(names: str, word: str, at: int = 0) -> int:
    """Where ``word`` is first a whole word of ``names`` from ``at``, as ``_WORD`` splits them
    ("jones" of "jones" or "jones's", not of "jonesy" or "o'jones"), as ``_plain`` reads each;
    -1 when nowhere."""
    at = names.find(word, at)
    while at >= 0:
        end = at + len(word)
        if not _inside(names, at) and (_ends(names, end) or (
                names.startswith("'s", end) and _ends(names, end + 2))):
            return at
        at = names.find(word, at + 1)
    return -1


def _letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and _LETTER.match(text, at) is not None


def _inside(text: str, at: int) -> bool:
    """Whether ``at`` is inside a word: after a letter, or an apostrophe after one ("o'neill")."""
    return _letter(text, at - 1) or (text[at - 1:at] == "'" and _letter(text, at - 2))


def _ends(text: str, at: int) -> bool:
    """Whether a word ends at ``at``: no letter follows, nor an apostrophe and a letter."""
    return not _letter(text, at) and not (text[at:at + 1] == "'" and _letter(text, at + 1))
