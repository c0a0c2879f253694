"""Whether a dropped file is a list of names (review 32 A2 1, A3 S2, R2). Dropped on the cards
such a file must open no Import: its table would show every name as typed, on the projector
maybe. A names list is written many ways: a role or pronouns beside a name ("Zebulon Quarrie
(son)", "Hope Green - carer", "Aisha Khan (she/her)"), numbered ("1. Hope Green"), under a
heading ("Names to watch for"), an Outlook To line, short names whose words are also sentence
words ("Mai Do", "Do Van An"), a column of an .xlsx, a phone, an age, an address or a note beside
each name ("Nasreen Akhtar, 82", "- person reviewed"), all in lower case (review 32 A5 S4), a
person's code before each name ("P01, Zebulon Quarrie") or a note saying what the person does
("Aisha Khan, neighbour, rings daily": session 32's leftovers). So a line is read as a name by
its shape, after what is no part of a name is taken off, and a file whose lines are mostly
names is a list of them: a file of statements has sentences ("My carer is kind"), codes alone
("P01"), everyday and care words ("Friendly Carers", "Transport": A5 R2). The safe side is to
refuse: File → Import statements still imports it when chosen.

Qt-free, in the importing layer: a list pasted in Names to watch for or given to ``wtfc import
--names`` reads its notes on lines of their own as a dropped file does (review 33 A2 R5);
``wtfc.ui.names_list`` reads a dropped file's lines."""

from __future__ import annotations

import re
import unicodedata

from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    ORDINARY_WORDS,
    RELATION_WORDS,
)

MOST_NAME_WORDS = 5  # "Muhammad Ali Hassan Khan Siddiqui", particles not counted
MOST_HEADING_WORDS = 6
MOST_NOTE_LINES = 2  # under one name ("rings after 5", "deaf in left ear")
# and where every line of two names or more is a name or a note under one: a names list of
# several notes a person was read as cards (review 33 A2 R1)
MOST_NOTE_LINES_IN_A_LIST = 4
MOST_NOTE_WORDS = 6  # in a note on a line of its own: more is a card
# a sentence's full stop, "!" or "?" after a word (not "p.m." after a letter): a card's
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
# words of a sentence that no name is made of: two in a line that is not name-shaped make it a
# statement ("My carer is kind", review 32 A2 8)
SENTENCE_WORDS = frozenset({
    "a", "am", "an", "and", "are", "be", "been", "but", "did", "do", "does", "for", "had",
    "has", "have", "he", "i", "in", "is", "it", "me", "my", "not", "of", "on", "our", "she",
    "so", "that", "the", "their", "they", "this", "to", "too", "very", "was", "we", "were",
    "when", "with", "you"
})
# lower-case parts of a surname: a list of names has them, still a list of names
PARTICLES = frozenset({
    "ap", "ab", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di",
    "dos", "du", "el", "e", "ferch", "la", "las", "le", "los", "van", "verch", "von", "y"
})
# a part that is only these is a role or pronouns beside a name ("- son", ", she/her")
_ROLE_WORDS = frozenset(
    {word.casefold() for role in RELATION_WORDS for word in role.split()}
    | {"she", "her", "hers", "he", "him", "his", "they", "them", "their", "theirs", "ze",
       "zir", "xe", "xem", "ext", "external", "team", "manager", "worker", "staff",
       # what a names list says of the person beside the name ("- person reviewed")
       "person", "reviewed", "home", "service", "user", "resident", "client", "patient",
       "next", "of", "kin", "main", "contact", "emergency", "lives", "alone"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KNOWN_GIVEN = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES
# everyday and care words no one is called, nor a list's column heading: a line with one and
# no known given name is a card typed In Title Case ("Friendly Carers", "Transport") or a
# heading ("Name, Relationship, Phone"), not a name (review 32 A5 R2). Surnames that are
# words ("Green", "Foster", "Wales") and short words ("To", "On": Vietnamese, Cantonese
# names) are left out
_CARD_WORDS = (frozenset(w for w in COMMON_WORDS | EVERYDAY_NOUNS if len(w) > 2)
               - _KNOWN_GIVEN - ORDINARY_WORDS - _words("""
    than till foster basil cliff drew fern ginger honour jade olive poppy rusty sandy
    england ireland scotland wales frame garden""")) | _words("""
    food drink drinks late early lonely loneliness isolated bored friendly unfriendly
    helpful unhelpful rude polite rushed missed cold hot warm weekend weekends evenings
    mornings nights respect dignity choice choices privacy medication medicine tablets
    money benefits heating housing activities outings trips working works worked waiting
    rota rotas complaints feedback shower washing dressing toilet laundry cleaning
    cooking community neighbours visitors wheelchair parking falls sleep happy unhappy
    safe unsafe carer doctor doctors better worse enough nothing everything night noise
    name names surname forename relationship relation role phone telephone mobile email
    address age notes details person statement statements future""")
_CARD_ENDINGS = ("ness", "tion", "sion")  # "Kindness", "Isolation": no one's name
# a note beside a name has none of these: "Zebulon Quarrie, carers are kind" is a card
_STATEMENT_VERBS = frozenset({"is", "are", "was", "were", "am", "be", "been", "not"})
# what a note says the person does, first in it ("rings daily", "visits on Sundays"): a card
# beside a name starts with what it is about ("nobody rings back", "too rushed")
_NOTE_VERBS = frozenset({
    "rings", "calls", "phones", "texts", "visits", "helps", "comes", "works", "drives",
    "takes", "brings", "collects", "stays", "sees", "shops", "cooks", "cares", "looks",
    # and how the person lives ("lives with daughter", "needs interpreter": review 33 R1a D1)
    "lives", "needs", "uses", "speaks", "prefers", "attends"})
# a note that starts with who the person is to someone ("carer at Riverside", "son of Mary")
_RELATIONS = frozenset(word.casefold() for word in RELATION_WORDS if " " not in word)
# the roles of two words or more ("key worker at the home", "support worker from the agency"):
# their first word alone is none (review 33 M1 D2)
_ROLES_OF_WORDS = frozenset(tuple(word.casefold().split()) for word in RELATION_WORDS
                            if " " in word)
# a person's code before the name, as a list pairing the people reviewed with their codes
# has it ("P01, Zebulon Quarrie", "R-12 | Hope Green", "7; Aisha Khan"), or a space alone
# after a code with a letter ("P04 Olive Twist": read as a card or a note, review 33 W1 M2)
CODE_FIRST = re.compile(r"^\s*(?:[^\W\d_]{0,3}[-_]?\d{1,5}\s*(?:[,;|\t]|\s[-–—]\s|:\s)"
                        r"|[^\W\d_]{1,3}[-_]?\d{1,5}\s+(?=[^\W\d_]))\s*(?=\S)")
# a phone number, an age, a house number: "Zebulon Quarrie 07700 900123", "Mary Smith 82"
_NUMBER = re.compile(r"[+(]?\d[\d()./-]*")
ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+")
_BRACKETED = re.compile(r"\([^()]*(?:\)|$)|\[[^\[\]]*(?:\]|$)|\{[^{}]*(?:\}|$)")
# a list's number or bullet at the start: "1.", "2)", "(3)", "4 -", "-", "*", "•"
_NUMBERED = re.compile(r"^\s*(?:\(?\d{1,4}[.):]|\d{1,4}\s+[-–—]|[-*•·–—>]+)\s*")
# between names (a To line's ";", "Surname, First") or a name and its role ("Hope Green -
# carer", "Hope Green: carer"), and a sheet's or a .tsv's cells
PART_BREAKS = re.compile(r"[,;|\t]|\s[-–—]\s|:\s")
_QUOTES = "\"'“”‘’«»<>*"


def parts_of(line: str) -> list[list[str]]:
    """The words of each name in ``line``, without addresses, bracketed words, a list's
    number, parts that are only a role or pronouns, and after the first name its notes: a
    phone, an age, an address, "lives alone" (review 32 A5 S4). A person's code before the
    name is no part of it ("P01, Zebulon Quarrie")."""
    line = _NUMBERED.sub("", _BRACKETED.sub(" ", ADDRESS.sub(" ", line)), count=1)
    line = CODE_FIRST.sub("", line, count=1)
    parts: list[list[str]] = []
    role = False  # a role part after the name: "Aisha Khan, neighbour, rings daily"
    for part in PART_BREAKS.split(line):
        words = [w for w in (w.strip(_QUOTES) for w in re.split(r"[\s/]+", part)) if w]
        if not parts:  # a phone or age after the first name, with no comma before it
            while words and _NUMBER.fullmatch(words[-1]):
                words.pop()
        if not words or all(w.casefold() in _ROLE_WORDS for w in words):
            role = role or bool(parts and words)
            continue
        if not (parts and _a_note(words, after_a_role=role)):
            parts.append(words)
        else:  # more of what is said of the person after it: "husband died, wheelchair user"
            role = True
    return parts


def _a_note(words: list[str], *, after_a_role: bool = False) -> bool:
    """A part beside a name that says something of the person: with a number in it (a phone,
    an age, an address), or in lower case without a statement's words ("daughter of Mary");
    a card's words too where a role stands before it or it says what the person does
    ("neighbour, rings daily", "visits on Sundays"), as a card's words beside a name do not
    ("Hope Green, nobody rings back" is a card)."""
    if any(ch.isdigit() for w in words for ch in w):
        return True
    folded = [w.casefold() for w in words]
    return ((words[0][0].islower() or _typed_as_a_line(words, folded))
            and sum(w in SENTENCE_WORDS for w in folded) < 2
            and not any(w in _STATEMENT_VERBS for w in folded)
            and (after_a_role or folded[0] in _NOTE_VERBS or _a_role_first(folded)
                 or not _card_like(folded)))


def _typed_as_a_line(words: list[str], folded: list[str]) -> bool:
    """A note with the capital a line starts with, as people type them ("Rings after 5 pm",
    "Lives with daughter", "Carer at Riverside"): its first word a note's ("rings", "carer")
    or the only one with a capital ("Deaf in left ear"); "Olive Young" is a name (review 33
    A2 R1: such lists opened Import with every name in its table)."""
    return len(words) > 1 and (folded[0] in _NOTE_VERBS or _a_role_first(folded) or (
        words[0][1:].islower() and not any(w[:1].isupper() for w in words[1:])))


def _a_role_first(folded: list[str]) -> bool:
    """Whether the words start with a role: "carer at Riverside", "social worker at the council"."""
    return folded[0] in _RELATIONS or any(
        tuple(folded[:len(role)]) == role for role in _ROLES_OF_WORDS)


def _card_like(folded: list[str]) -> bool:
    """A card's or a heading's words: an everyday or care word, and no known given name."""
    return (any(w in _CARD_WORDS or (len(w) > 6 and w.endswith(_CARD_ENDINGS)) for w in folded)
            and not any(w in _KNOWN_GIVEN for w in folded))


def name_shaped(line: str) -> bool:
    """True when each name in ``line`` is one to five words of letters, each capitalised (or
    in a script without capitals: Urdu, Bengali) or a surname's particle ("van", "ap"), or two
    to four lower-case words that are no sentence ("zebulon quarrie"); and none is a card's
    Title Case ("Friendly Carers"). Or a code, a name and what is said of the person."""
    parts = parts_of(line)
    return (bool(parts) and all(_a_name(words) for words in parts)) or coded_name(line)


def coded_name(line: str) -> bool:
    """A line of a list pairing the people reviewed with their codes: a code, then a name,
    then whatever is said of the person ("P02, Ann Lee - husband died last year, wheelchair
    user"). Its notes may read as a card's words; a card file's line has a statement after
    its code, not a name (review 33 W1 R2: such lists opened Import, names and notes shown)."""
    line = _BRACKETED.sub(" ", ADDRESS.sub(" ", line))
    code = CODE_FIRST.match(line)
    if code is None:
        return False
    first = PART_BREAKS.split(line[code.end():], maxsplit=1)[0]
    words = [w for w in (w.strip(_QUOTES) for w in re.split(r"[\s/]+", first)) if w]
    while words and _NUMBER.fullmatch(words[-1]):  # a phone or an age after the name
        words.pop()
    return bool(words) and _a_name(words)


def people_in(text: str) -> int:
    """How many people ``text`` (as pasted in Names to watch for) names: a line of a list with
    codes is one, and "Surname, Given" ('"Quarrie, Zebulon" <…>' of a To line) is one person,
    though each of its words is watched (review 33 W1 M1: "5 name(s)" for three people)."""
    count = 0
    for line in text.splitlines():
        if coded_name(line):
            count += 1
            continue
        for entry in line.split(";"):
            parts = [words for words in parts_of(entry) if _a_name(words)]  # not "very deaf"
            one_each = len(parts) == 2 and all(len(words) == 1 for words in parts)
            count += 1 if one_each and "," in entry else len(parts)
    return count


def _a_name(words: list[str]) -> bool:
    named = [w for w in words if w.casefold() not in PARTICLES]
    if not 0 < len(named) <= MOST_NAME_WORDS or _card_like([w.casefold() for w in words]):
        return False
    if all(_name_word(w) for w in named):
        return True
    # a list typed in lower case: two to four words, as one word is as likely a card's, and
    # more, or a full stop, a sentence's ("keep noise down at night.")
    return (1 < len(named) <= 4 and all(w.islower() and _name_word(w.capitalize())
                                        and "." not in w for w in named)
            and not any(w.casefold() in SENTENCE_WORDS for w in words))


def _name_word(word: str) -> bool:
    # "O'Neill", "Smith-Jones", "J.", and the vowel signs of Bengali or Devanagari (marks)
    return (word[0].isalpha() and not word[0].islower()
            and all(ch.isalpha() or ch in "'’.-" or unicodedata.category(ch).startswith("M")
                    for ch in word))


def is_names_list(lines: list[str]) -> bool:
    """True when more than half of ``lines`` are name-shaped, a first line that is a short
    heading ("Names to watch for", "Name, Relation") left out of the count; or when the names
    are more than twice the lines that are neither a name nor a note on its own line under
    one ("Zebulon Quarrie / rings after 5 / Hope Green / deaf in left ear": a note per name
    made half the lines "not names", review 33 R1a D1)."""
    lines = [line for line in lines if parts_of(line)]  # "1.", an address alone: nothing
    if (len(lines) > 1 and not name_shaped(lines[0])
            and len(lines[0].split()) <= MOST_HEADING_WORDS
            and not lines[0].rstrip().endswith((".", "!", "?"))):
        lines = lines[1:]
    kinds = _kinds(lines, _note_room(lines))
    names, notes = kinds.count(_NAME), kinds.count(_NOTE)
    # notes spare a list only of a few lines of neither: a name, then a card, then a name…
    # (a card now and then reads as a note) is no list of names
    others = len(lines) - names - notes
    return 2 * names > len(lines) > 0 or names > 2 * others


# a names list's heading or column headings ("Names to watch for", "Code, Name, Relationship"):
# the words it is made of, and one of them saying what the list holds. No given name is among
# them, so no line of names is all of them ("An To" has no word of what a list holds)
_HEADING_NOUNS = _words("""
    name names surname surnames forename forenames firstname lastname code codes id ref list
    watch people person persons staff contact contacts relationship relation role phone
    telephone tel mobile email mail address notes note details participants attendees
    residents clients members family kin""") - _KNOWN_GIVEN
_HEADING_WORDS = _HEADING_NOUNS | (_words("""
    who to for of the and our we are be in at on with by first last full given preferred
    known as no number date age dob birth reviewed review watched watching team resident
    client member e area areas locality""") - _KNOWN_GIVEN)  # "Code, Name, Area"
_LETTERS = re.compile(r"[^\W\d_]+")


def is_heading(line: str) -> bool:
    """True when ``line`` is a names list's heading, every word of it a heading's or column's
    ("Names to watch for", "Code | Name", "First name, Surname, Phone"). Any other first line
    holds a name, kept with what it may say beside it (review 33 A1 S1: "P01, Grace Long, very
    deaf, needs BSL" was taken for a heading and Grace Long went unwatched)."""
    words = _LETTERS.findall(line.casefold())
    return (0 < len(words) <= 2 * MOST_HEADING_WORDS and not line.rstrip().endswith((".", "!", "?"))
            and all(w in _HEADING_WORDS for w in words)
            and any(w in _HEADING_NOUNS for w in words))


_NAME, _NOTE, _OTHER = "name", "note", "other"


def _note_room(lines: list[str]) -> int:
    """How many note lines a name may have under it: MOST_NOTE_LINES, or more where each line
    is a name or a note under one and there are two names or more ("Hope / no help at
    weekends / too rushed / lonely / late visits" is a card file)."""
    kinds = _kinds(lines, MOST_NOTE_LINES_IN_A_LIST)
    listed = kinds.count(_NAME) > 1 and _OTHER not in kinds
    return MOST_NOTE_LINES_IN_A_LIST if listed else MOST_NOTE_LINES


def _kinds(lines: list[str], room: int = MOST_NOTE_LINES) -> list[str]:
    """Each line's kind: a name, a note on its own line under one (at most ``room``: a long
    run of them is cards), or neither."""
    kinds = []
    under = 0  # note lines the name above may still have
    for line in lines:
        if name_shaped(line):
            kinds.append(_NAME)
            under = room
        elif under and _a_note_line(line):
            kinds.append(_NOTE)
            under -= 1
        else:
            kinds.append(_OTHER)
            under = 0
    return kinds


def notes_beside_names(lines: list[str]) -> list[str]:
    """A names list's lines with each note on a line of its own put beside its name, after
    " - " ("Zebulon Quarrie / rings after 5" → "Zebulon Quarrie - rings after 5"), so Names
    to watch for reads it as a note, not as a name typed in lower case (its words, "in",
    "left", watched in every card: review 33 R1a D1, D3)."""
    joined: list[str] = []
    for line, kind in zip(lines, _kinds(lines, _note_room(lines)), strict=True):
        if kind == _NOTE and joined:
            joined[-1] = f"{joined[-1]} - {line}"
        else:
            joined.append(line)
    return joined


def _a_note_line(line: str) -> bool:
    """A line under a name that is a note of the person: short, in lower case, no sentence
    ("rings after 5", "deaf in left ear"; not "carers are kind", "too rushed. no one rang")."""
    words = [w for part in parts_of(line) for w in part]
    if not words:  # only what is said beside a name: "lives alone", "son", "next of kin"
        return _LETTERS.search(line) is not None
    return (len(words) <= MOST_NOTE_WORDS and _SENTENCE_END.search(line) is None
            and _a_note(words, after_a_role=True))
