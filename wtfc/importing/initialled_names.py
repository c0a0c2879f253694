"""Names written with initials after a title: "Mrs J Smith", "Mr A. Khan", "Dr R.P. Patel",
"MRS J SMITH", "Mrs J SMITH", "Mrs JM Smith", and "Mrs B" on its own. Review paperwork names
people so (its headers, staff notes and file names are what gets imported), and the
capitalised-word rules read "J" as no name and "A" as the article, so the whole name went to
the projector.

After a relation word ("my carer J Smith") a surname must follow, and so it must after no title
or relation word at all: "J. Smith comes at 9", "J.Smith rang me", "spoke to K. O'Neill", "A
Patel from the agency", "R. ap Rhys". Not found: a letter that is no initial ("Ward B", "Plan
A", "Dr A&E", "the Dr I saw"), nor one before a word a letter labels ("A Level", "O Positive",
"B Road", "P Ward", "X Ray"; ``LETTER_LABELS``), nor "A", "I" or "O" before a word they begin
a sentence with ("A Carer came", "I Phoned", "A Lot"): those three are words as often as
initials, so "I" without a full stop never counts, nor "A" or "O" before two capitalised words
("A Lovely Lady") or in a card typed In Title Case. With no title or relation word, two capitals
and a letter that is a word in Polish, Welsh, Irish or English still count before any
surname-shaped word ("AJ Okoro was late", "A Nguyen from the agency", "Z Kaczmarek", "W
Krakowie" too: a missed name is a leak, a wrong one a click), save the few phrases
``letters_not_initials`` lists, unless a person verb follows: a pair before its own words ("DP
Budget", "TK Maxx"; "TK Brown" is a person), "AM" or "PM" after a time ("7 PM Daily"), Welsh
"Y" before a place or a council's, board's or centre's noun ("Y Fenni", "Y Cyngor"; "Y Begum"
is a person), and a single word letter before a nationality, language, faith, charity or shop ("A
Welsh speaking carer", "Z Polski", "A Macmillan nurse"; "AJ Welsh" is a person). After role
letters ("GP", "OT", "SW", "PA") the name is found as after "my carer", and the letters stay.

A full stop makes a letter an initial, so a place word that is a surname after it is one ("J.
Green is my carer", "P. Hall", where "P Ward is noisy" is a place). A surname in capitals
counts in a card typed in mixed case ("J SMITH comes at 9"; not a card shouted all in capitals,
"A BIG letdown" or "2 X DAILY"), an initial with its full stop in a card typed all in lower
case ("j. okoro was late"; not "e.g. tea", "ward b. staff"), and "OK" before a surname no list
knows ("OK Adeyemi"; not "OK Thanks", "OK Lovely", "OK Tesco"). A ward in capitals is a place
("in C WARD"; "C WARD rang" is a person), and a letter that labels a list's item from "A" on
("A. Seeing family B. TIME to talk", "a. carers b. family") is no initial.
"""

from __future__ import annotations

import re

from wtfc.importing.initial_surnames import (
    ABBREVIATIONS,
    CUT_SHORT,
    LABEL_BEFORE,
    NOT_BARE_SURNAMES,
    is_surname,
)
from wtfc.importing.known_words import known_word
from wtfc.importing.letters_not_initials import (
    LETTER_PAIRS,
    NATIONS_FAITHS_AND_SHOPS,
    NATIONS_NEVER_NOUNS,
    WELSH_NOUNS_AFTER_Y,
    WELSH_PLACES_AFTER_Y,
    WORD_LETTERS,
    WORDS_AFTER_OK,
    WORDS_IN_CAPITALS,
    in_lettered_list,
    next_label_after,
)
from wtfc.importing.name_letters import (
    LETTER,
    NAME_WORD,
    NEXT_WORD,
    ONE_CASE_WORD,
    UPPER,
    WORD_END,
)
from wtfc.importing.name_words import (
    ABBREVIATED_TITLES,
    AMBIGUOUS_GIVEN_NAMES,
    LETTER_LABELS,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    ONE_CASE_TITLES,
    ORDINARY_WORDS,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
    WORDS_AFTER_A_OR_I,
)
from wtfc.importing.not_english import community_surname
from wtfc.importing.one_case_initials import (
    LETTERED_PLACES,
    LOWER_WORD_LETTERS,
    NOT_LONE_SURNAMES,
    lower_case,
    said_after,
    said_of,
)
from wtfc.importing.words_before import PAST_DEEDS, relation_before
from wtfc.model.search_key import search_key

# A capital standing alone or with a full stop: "J", "J.", the "R." of "R.P."
_INITIAL = rf"[{UPPER}](?:\.|(?![\w&-]|['’]\w))"
# Two or three run together, as letters and NHS forms write them ("Mrs JM Smith"): only with
# a surname after them, and not a body's letters ("NHS", "GP")
_RUN_TOGETHER = rf"[{UPPER}]{{2,3}}(?![\w&-]|['’]\w)"
_INITIALS = rf"(?:{_RUN_TOGETHER}|{_INITIAL}(?:[ \t]*{_INITIAL}){{0,2}})"
# The surname as a name is written, or in capitals as forms write it ("Mrs J SMITH")
_SURNAME = (
    rf"(?:{NAME_WORD.pattern}|(?:[{UPPER}]{{2,}}|[{UPPER}]['’][{UPPER}]+)(?:['’-][{UPPER}]+)*)"
)
_TITLED_INITIALS = re.compile(
    rf"(?<![\w-])(?P<title>{'|'.join(TITLES)})\.?[ \t]+"
    rf"(?P<initials>{_INITIALS})"
    rf"(?:[ \t]*(?P<surname>{_SURNAME}){WORD_END})?"
)
# After a relation word ("my carer J Smith") a surname must follow
_RELATED_INITIALS = re.compile(
    rf"(?P<initials>{_INITIALS})[ \t]*(?P<surname>{_SURNAME}){WORD_END}"
)
# The same typed all in one case: "mrs j smith", "MR A. KHAN"
_ONE_CASE = re.compile(
    rf"(?<![\w-])(?P<title>(?i:{'|'.join(ONE_CASE_TITLES)}))\.?[ \t]+"
    rf"(?P<initials>[{LETTER}](?:\.|{WORD_END})(?:[ \t]*[{LETTER}](?:\.|{WORD_END}))?)"
    rf"[ \t]*(?P<surname>{ONE_CASE_WORD})"
)
# A letter standing alone, as an initial does ("J", "J."), in either case, or 2-3 capitals,
# after a space, a line's end or an opening bracket or quote ("(J Smith)", "'J Smith'"; not
# the apostrophe of "O'B")
_LONE_LETTER = re.compile(
    rf"(?:[\s(\[\"“‘]|(?<!\w)['’])(?:[{LETTER}](?:\.|(?![\w&-]|['’]\w))|[{UPPER}]{{2,3}}"
    rf"(?![\w&-]|['’]\w))"
)
# With no title or relation word: one or two initials ("J.", "R.P.", "RP") and a surname as a
# name is written, perhaps after a particle ("R. ap Rhys", "K. van Dijk", "S. Ó Briain")
_BARE = re.compile(
    rf"(?P<initials>[{UPPER}]{{2}}(?![\w&-]|['’]\w)|{_INITIAL}(?:[ \t]*{_INITIAL})?)[ \t]*"
    rf"(?P<surname>(?:(?:ap|ab|van|von|de|da|di|du|le|la|Ó|Ní|Nic|Mac)(?:[ \t]+d[ae][nr])?"
    rf"[ \t]+)?{NAME_WORD.pattern}){WORD_END}"
)
# ...and after "A" or "O", which are words too ("A Good day", "A Long wait", "A May visit")
_NOT_SURNAMES_AFTER_A = WORDS_AFTER_A_OR_I | ORDINARY_WORDS | AMBIGUOUS_GIVEN_NAMES
_LONG_WORDS = re.compile(r"[^\W\d_]{3,}")
# a deed In Title Case just before "A": "Made A Mistake", "Had A Fall" ("A" the article)
_DEED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+\Z")
_DEEDS_BEFORE_A = PAST_DEEDS | {"had", "got", "has", "have", "caused", "needed", "wanted", "needs"}
_TITLES = frozenset(TITLES)
_ONE_CASE_TITLES = frozenset(ONE_CASE_TITLES)
# "the Dr I saw", "my Mrs B": the title used as a word
_OWNER_BEFORE = re.compile(r"\b(?:the|my|our|your|his|her|their)[ \t]+$", re.IGNORECASE)
# Titles that, before a lone initial, name a person ("Mrs B said"); "Lady A" is a band
_LONE_INITIAL_TITLES = ABBREVIATED_TITLES | {"Miss"}
# Role letters that are relation words: the name after them is found as after "my carer"
_ROLE_LETTERS = frozenset(w for w in RELATION_WORDS if len(w) == 2 and w.isupper())
_NEVER_BARE_INITIALS = _ROLE_LETTERS | WORDS_IN_CAPITALS
_AFTER_Y = NATIONS_FAITHS_AND_SHOPS | WELSH_PLACES_AFTER_Y | WELSH_NOUNS_AFTER_Y
# A time just before AM or PM ("9 AM Weekdays", "10:30 PM Daily"): the letters are no initials
_TIME_BEFORE = re.compile(r"\d[ \t]*$")
# "in C WARD", "on B WING": places a letter labels, after a word of being there
_IN_A_PLACE = re.compile(r"\b(?i:in|on|to|onto|into|at|off)[ \t]+$")
_SIGNED_BEFORE = re.compile(r"\b(?i:signed|contact)[:,]?[ \t]+$")
# After "OK", a word as often as initials, the words "OK" begins a sentence with ("OK Thanks",
# "OK Lovely", "OK Sorry"): "OK Adeyemi" is a person, "OK" said no one's name
# "OK Tesco delivered late", "OK Boots": a shop after "OK" is the shop
_NOT_SURNAMES_AFTER_OK = (NOT_BARE_SURNAMES | _NOT_SURNAMES_AFTER_A | WORDS_AFTER_OK | NOT_NAMES
                          | NATIONS_FAITHS_AND_SHOPS)
# Words after a nationality that is never a noun showing a person is meant: "A Welsh from the
# agency was late", where "A Welsh speaking carer" is no one
_AFTER_A_PERSON = PERSON_VERBS | {"from", "is", "was", "who", "has", "had", "never", "always"}
# A surname in capitals after bare initials in a card typed in mixed case ("J SMITH comes at
# 9", "K. O'NEILL rang"), as forms and rotas write it
_BARE_IN_CAPITALS = re.compile(
    rf"(?P<initials>{_INITIAL}(?:[ \t]*{_INITIAL})?)[ \t]*"
    rf"(?P<surname>(?:[{UPPER}]{{2,}}|[{UPPER}]['’][{UPPER}]+)(?:['’-][{UPPER}]+)*){WORD_END}"
)


def initialled_names(text: str) -> list[tuple[int, int]]:
    """Where `text` names someone by initials, with or without a title, as (start, end)."""
    found: list[tuple[int, int]] = []
    first = None
    all_lower: bool | None = None  # worked out once, and only when a lower-case "j." is met
    if text[:1].isupper():
        first = _bare(text, 0)  # "J. Smith comes at 9"
    elif _lower_initial(text, 0) and not any(ch.isupper() for ch in text):
        all_lower = True
        first = lower_case(text, 0)  # "j. okoro was late", "j okoro rang"
    if first and not in_lettered_list(text, 0):  # "A. Carers B. Family": a list
        found.append(first)
    # Found from the lone letter after a space, rare but for "I" and "a", and the title before
    # it: quicker than looking for every title (the guard reads every statement of an import)
    for letter in _LONE_LETTER.finditer(text):
        start = letter.start() + 1
        if found and start < found[-1][1]:
            continue
        words = text[max(0, start - 12) : start].rstrip(" \t").removesuffix(".").rsplit(None, 1)
        title = words[-1].lstrip("([\"'“‘") if words else ""
        if title in _TITLES:
            span = _capitalised(text, start)
        elif title.lower() in _ONE_CASE_TITLES:
            span = _one_case(text, start)
        elif text[start].isupper():
            related = relation_before(text[max(0, start - 30) : start])
            span = _related(text, start) if related else _bare(text, start)
        elif _lower_initial(text, start):
            if all_lower is None:
                all_lower = not any(ch.isupper() for ch in text)
            if not all_lower:
                continue
            span = lower_case(text, start)  # "j. okoro was late", "j okoro rang"
        else:
            continue
        if span and (title in _TITLES or not in_lettered_list(text, start)):  # "… B. Family"
            found.append(span)
    return found


def _lower_initial(text: str, start: int) -> bool:
    """Whether the lower-case letter at `start` may be an initial: "j." or "j", not "a", "i"."""
    return text[start + 1 : start + 2] == "." or (
        text[start + 1 : start + 2] in (" ", "\t") and text[start] not in LOWER_WORD_LETTERS)


def _capitalised(text: str, start: int) -> tuple[int, int] | None:
    m = _at(_TITLED_INITIALS, text, start)
    if m is None or m["initials"] in ABBREVIATIONS or _labelled(m["initials"], m["surname"]):
        return None  # "Miss A Level" is no "Miss A"
    if m["surname"] and is_surname(m["surname"]):
        return m.start(), m.end("surname")
    initials = m["initials"]
    if len(initials) > 1 and initials.isalpha():
        return None  # run-together letters with no surname: "Mr BIG", "Dr WHO"
    owned = _OWNER_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    if m["title"] in _LONE_INITIAL_TITLES and initials != "I" and not owned:
        # "… to Dr B." ends the sentence: the full stop stays
        return m.start(), m.end("initials") - initials.endswith(".")
    return None


def _related(text: str, start: int) -> tuple[int, int] | None:
    """"my carer J Smith": not "my son A Great Help", a card typed In Title Case."""
    m = _RELATED_INITIALS.match(text, start)
    if (m is None or m["initials"] in ("A", "I", *ABBREVIATIONS)
            or not is_surname(m["surname"]) or _labelled(m["initials"], m["surname"])):
        return None
    in_capitals = not any(ch.islower() for ch in text[max(0, start - 30) : start])
    if in_capitals and (len(m["initials"]) > 1 or m["surname"].isupper()):
        # "MY SON PUT IN": in a card typed in capitals, words look so too; read as any
        # shouted initials ("MY SOCIAL WORKER J SMITH IS USELESS": the role said of them)
        return _in_capitals(text, start)
    return m.start(), m.end()


def _bare(text: str, start: int) -> tuple[int, int] | None:
    """"J. Smith comes", "A Patel from the agency": not "A Level", "I Phoned", "B Road"."""
    m = _BARE.match(text, start)
    if m is None:
        return _in_capitals(text, start)  # "J SMITH comes at 9"
    initials, word = m["initials"], m["surname"].rsplit(None, 1)[-1]
    not_surnames = NOT_BARE_SURNAMES
    if initials in _NEVER_BARE_INITIALS:
        if initials not in WORDS_IN_CAPITALS:
            return None  # "GP Okoro": the relation rule holds back "Okoro", not "GP"
        not_surnames = _NOT_SURNAMES_AFTER_OK  # "OK Thanks", "OK Sorry"; "OK Adeyemi" is one
    if (not is_surname(word, after=not_surnames) or CUT_SHORT.search(word)
            or LABEL_BEFORE.search(text, max(0, start - 12), start)):
        return None
    following = NEXT_WORD.match(text, m.end())
    after = search_key(following[1]) if following else ""
    said = after in PERSON_VERBS
    timed = initials in ("AM", "PM") and _TIME_BEFORE.search(text, max(0, start - 3), start)
    if timed and not said:
        return None  # "7 PM Daily", "5 PM Sharp"; "at 5 PM Okafor came" is still a name
    key = search_key(word)
    # "P Ward is noisy", where "J Ward rang" is a person, and "J. Green is my carer" too: a full
    # stop makes the letter an initial, a place word that is a surname its surname
    if key in PLACE_WORDS and not said and not (
        initials.endswith(".") and key in PLACE_SURNAMES
        and not (following and following[1].istitle() and after in PLACE_WORDS)
    ):
        return None
    # Two capitals and a word letter are initials before any surname-shaped word ("AJ Okoro",
    # "A Nguyen", "Z Kaczmarek", "TK Brown"), save the few phrases they begin ("DP Budget", "Y
    # Fenni", "A Welsh speaking carer", "Z Polski") with no person verb after them
    if not said and _letters_of_a_phrase(initials, word) and not (
        key in NATIONS_NEVER_NOUNS and after in _AFTER_A_PERSON
    ):
        return None
    if initials in ("A", "A.", "O", "O.", "I", "I.", "OK"):
        dotted_and_said = said and initials.endswith(".")  # "A. Bird came"
        if initials == "I" or (key in _NOT_SURNAMES_AFTER_A and not dotted_and_said):
            return None  # "I Phoned", "A Lovely day", "A Long wait"
        deed = _DEED_BEFORE.search(text, max(0, start - 12), start)
        if initials == "A" and deed and deed[1].lower() in _DEEDS_BEFORE_A and known_word(
                key) and not community_surname(key, None):
            # a word of English only: "Had A Patel", "Needed A Khan" are a person (review 37 A3)
            return None  # "Doctor Made A Mistake" lost "A Mistake": the article after a deed
        capitalised_after = following is not None and following[1][:1].isupper()
        if (initials in ("A", "O", "OK") and capitalised_after) or (
                _in_title_case(text) and not next_label_after(text, m.end(), initials)):
            return None  # "A Lovely Lady came", "A Carer Came Late", "OK Thanks Again"
    return m.start(), m.end()


def _in_capitals(text: str, start: int) -> tuple[int, int] | None:
    """"J SMITH comes at 9", "Ask K. O'NEILL": a surname in capitals in a card typed in mixed
    case; not "A BIG mistake", "2 X DAILY", "C DIFF", nor in a card shouted all in capitals
    unless said of a person ("J SMITH NEVER CAME", "DONE BY J SMITH")."""
    letter = text[start]
    if letter == "I" or (letter in WORD_LETTERS and text[start + 1 : start + 2] != "."):
        return None  # "I REALLY want", "A LOT", "W DOMU" (looked at first: "I" is in most cards)
    m = _BARE_IN_CAPITALS.match(text, start)
    if m is None:
        return None
    surname = m["surname"]
    following = NEXT_WORD.match(text, m.end())
    said = following is not None and search_key(following[1]) in PERSON_VERBS
    key = search_key(surname)
    # "My mum is in C WARD", "moved to B WARD": a ward a letter labels; "C WARD never rings
    # back", "Signed: J WARD", "Social worker: J HILL" are people
    if key in LETTERED_PLACES and not said and _IN_A_PLACE.search(text, max(0, start - 12), start):
        return None
    near = text[max(0, start - 30) : m.end() + 30]
    shouted = not any(ch.islower() for ch in near)  # "J SMITH NEVER CAME" is still a name
    # shouted, "DISCHARGED BY B WARD", "C SHIFT CAME LATE", "T BAR CAME LOOSE": a lettered
    # place or a thing, as in lower case; "J WARD NEVER CAME", "SIGNED: J WARD" are people
    if shouted and key in LETTERED_PLACES and not (
            said_after(text, m.end()) or _SIGNED_BEFORE.search(text, max(0, start - 12), start)):
        return None
    if ((shouted and not said_of(text, start, m.end()))
            or not is_surname(surname, after=NOT_LONE_SURNAMES if shouted else NOT_BARE_SURNAMES)
            or CUT_SHORT.search(surname) or LABEL_BEFORE.search(text, max(0, start - 12), start)
            or _TIME_BEFORE.search(text, max(0, start - 3), start)):
        return None
    return m.start(), m.end()


def ambiguous_initials(initials: str) -> bool:
    """Whether bare initials are as often no one's: two capitals with no full stop ("DP", "AJ")
    or a letter that is a word ("W", "A", "Ó"). A name found so holds back only its own card."""
    return initials in WORD_LETTERS or (len(initials) == 2 and initials.isalpha())


def _letters_of_a_phrase(initials: str, word: str) -> bool:
    """Whether bare initials and the word after them are a phrase, not a name: a pair before
    its own words ("DP Budget", "TK Maxx's"), Welsh "Y" before a place ("Y Fenni"), a single
    word letter before a nationality or a shop ("A Welsh speaking carer", "Z Polski")."""
    key = search_key(word)
    keys = {key, key.removesuffix("'s"), key.removesuffix("’s")}
    if initials in WORD_LETTERS:
        after = _AFTER_Y if initials == "Y" else NATIONS_FAITHS_AND_SHOPS
    else:
        after = LETTER_PAIRS.get(initials, frozenset())
    return not keys.isdisjoint(after)


def _labelled(initials: str, surname: str | None) -> bool:
    """Whether a single letter and the word after it are a label ("A Level", "O Positive")."""
    return (surname is not None and len(initials.rstrip(".")) == 1
            and search_key(surname) in LETTER_LABELS)


def _in_title_case(text: str) -> bool:
    """"A Carer Came Late": most of the longer words capitalised."""
    words = _LONG_WORDS.findall(text)
    return len(words) >= 4 and 2 * sum(w[0].isupper() for w in words) > len(words)


def _one_case(text: str, start: int) -> tuple[int, int] | None:
    m = _at(_ONE_CASE, text, start)
    if m is None:
        return None
    title, initials, surname = m.group("title", "initials", "surname")
    same_case = str.islower if title.islower() else str.isupper
    # "mr a khan" may be "a" the article; "mr a. khan" is an initial
    word = initials.lower() in ("a", "i")
    if (all(same_case(part) for part in (title, initials, surname)) and not word
            and is_surname(surname, after=NOT_NAMES_AFTER_TITLE)
            and not _OWNER_BEFORE.search(text[max(0, m.start() - 8) : m.start()])):
        return m.start(), m.end("surname")
    return None


def _at(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`pattern`'s match whose initials begin at `start`."""
    for m in pattern.finditer(text, max(0, start - 10), start + 40):
        if m.start("initials") == start:
            return m
    return None
