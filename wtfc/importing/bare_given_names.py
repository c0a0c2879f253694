"""Given names with no title or relation word before them: "Julie from the agency", "Siân",
"Małgorzata", read from the guard's lists of common first names.

A given name that is also a word ("Rose", "Grace", "Will", "May") is a name only where the word
would not be capitalised, mid-sentence; at a sentence's start it is read as the word ("Rose
bushes need cutting", "Grace before meals"), so "Rose from the agency is lovely" reached the
wall whole. A care role right after it, "from the agency", "the carer", "is my carer", or a
person verb ("Rose came late") makes it a name there too; a word that comes "from the council"
or "in the post" as a thing ("Grant", "Bill") stays a word, and "Will" and "May", verbs as
often, stay words at a sentence's start whatever follows ("Will the carer come?").
"""

from __future__ import annotations

import re

from wtfc.importing.initial_surnames import NOT_BARE_SURNAMES, is_surname
from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_letters import LOWER, UPPER
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    ORDINARY_WORDS,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_WORDS,
    RELATION_WORDS,
)
from wtfc.importing.word_names import QUALITY_AFTER_THE_CARER, WORD_NAMES
from wtfc.importing.words_before import place_head_before
from wtfc.model.search_key import search_key

# Where a care worker is "from": a care statement names the body, seldom more
_BODIES = (
    r"agency|care[ \t]+agency|council|home|care[ \t]+home|team|reablement(?:[ \t]+team)?"
    r"|surgery|practice|day[ \t]+centre|centre|hospice|social[ \t]+services|office|hospital"
    r"|district[ \t]+nurses|nursing[ \t]+team|church|mosque|temple|gurdwara|chapel"
)
# "Rose and Joy from the agency": the role said of both, so of the first name too
# (the name's case kept where the rest ignores it: "C WARD and nobody tells us" names no one)
_AND_NAME = rf"(?:[ \t]+(?:and|&)[ \t]+(?-i:[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?))"
_AND_A_NAME = rf"{_AND_NAME}?"
# a word between the article and the role: "is a lovely carer", "my favourite carer"
_KIND = r"(?:lovely|favourite|best|good|great|new|regular|main|usual|only|old|kind)"
_RELATIONS = "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
# after the name's closing quote mark too ("'Rose' came late")
_ROLE_AFTER = re.compile(
    rf"['’\"”]?{_AND_A_NAME}[ \t]*(?:,[ \t]*)?"
    rf"(?:from[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:{_BODIES})"
    rf"|(?:is[ \t]+|are[ \t]+)?(?:the|my|our)[ \t]+(?:{_RELATIONS})s?"
    rf"|(?:{'|'.join(sorted(PERSON_VERBS))}))\b",
    re.IGNORECASE,
)
# "Grant, my carer", "Bill is my carer": a relation word after the name says a person whatever
# the word is; not the relation's own ("Bill is my daughter's job"), and after a comma only
# an aside that ends ("Grant, my son applied for it" is the grant)
_RELATION_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:the|my|our)[ \t]+(?:{_RELATIONS})\b(?=[ \t]*(?:[,.;:!?)]|$))"
    rf"|(?:is[ \t]+)?(?:the|my|our)[ \t]+(?:{_RELATIONS})\b(?!['’]))",
    re.IGNORECASE,
)
# Given names whose word comes "from the council" or "in the post" as often as a person does
_THINGS = frozenset({"grant", "bill"})
_QUALITY_AFTER = re.compile(QUALITY_AFTER_THE_CARER)


def is_bare_given_name(text: str, start: int, word: str) -> bool:
    """Whether the capitalised `word` at text[start] is a given name on its own."""
    lowered = search_key(word)
    if lowered.endswith(("'s", "’s")):
        lowered = lowered[:-2]  # "Margaret's daughter"
        if (lowered in AMBIGUOUS_GIVEN_NAMES and lowered not in NOT_NAMES
                and _RELATION_OWNED.match(text, start + len(word))):
            return True  # "Rose's daughter rings me", "Grant's wife helps"
    if lowered in AMBIGUOUS_GIVEN_NAMES:
        if lowered in NOT_NAMES:  # "June", "May", "Will": a month or a verb far more often
            return _said_to_be_a_carer(text, start, start + len(word), lowered) or (
                surname_said_end(text, start + len(word)) is not None  # "Will Smith came"
                or role_is_before(text, start))  # "My carer's name is Will"
        # "Will somebody…", "May I…": at the start of a sentence the word is not a name, but
        # "Rose from the agency" and "Rose came late" are
        return (not starts_sentence(text, start) or _role_after(text, start + len(word), lowered)
                or _joined_to_a_given_name(text, start + len(word))
                or surname_said_of(text, start + len(word)))
    if lowered in WORD_NAMES and (rel := _RELATION_AFTER.match(text, start + len(word))) and (
            not rel[0].lstrip(" \t,").lower().startswith("is")  # "… is my carer": elsewhere
            and not _QUALITY_AFTER.match(text, rel.end())):
        return True  # "Blessing, my carer, is kind", "Patience my carer is kind" (A19 R7)
    if lowered not in GIVEN_NAMES and not hyphened_given_name(lowered):
        # "Marys daughter rang": a given name's possessive, its apostrophe left out
        return (lowered.endswith("s") and lowered[:-1] in GIVEN_NAMES
                and lowered[:-1] not in AMBIGUOUS_GIVEN_NAMES
                and _RELATION_OWNED.match(text, start + len(word)) is not None
                and not place_head_before(text, start))
    # "St Mary's" is a church, not a person; "Capel Mair" (St Mary's chapel) too; "King's Lynn"
    # the town (code review A5 R5)
    return not place_head_before(text, start) and not (
        lowered == "lynn" and _KINGS_BEFORE.search(text, max(0, start - 10), start))


_KINGS_BEFORE = re.compile(r"(?<![\w'’-])(?i:kings|king['’]s)[ \t]+$")


def hyphened_given_name(key: str) -> bool:
    """Whether `key` (a search key) is given names joined by a hyphen, one no one takes for a
    word: "mary-jane", "anna-maria", "rose-marie"."""
    parts = key.split("-")
    return (len(parts) > 1
            and all(p in GIVEN_NAMES or p in AMBIGUOUS_GIVEN_NAMES for p in parts)
            and any(p in GIVEN_NAMES and p not in AMBIGUOUS_GIVEN_NAMES for p in parts))


# "Rose's daughter", "Grace's visits": what only a person has
_RELATION_OWNED = re.compile(rf"[ \t]+(?:{_RELATIONS}|visits?)\b(?!['’])", re.IGNORECASE)


# "Sue Brown's visits are short", "Sue Smith came late": a word-name starting a sentence with a
# surname after it, the pair owning something or said of a person, is a person
# ("Pat McCarthy", "Sue O'Brien", "Rose MacLeod": a capital inside the surname too; "Hope J
# Green", an initial between, not A, I or O, which are words; "Sue Van Der Berg", particles)
_SURNAME_AFTER = re.compile(
    rf"[ \t]+(?:[B-HJ-NP-Z](?:\.[ \t]*|[ \t]+))?"
    rf"(?:(?:[Dd][aeiu]|[Dd]e[lr]|[Vv][ao]n|[Ll][ae])[ \t]+)*"
    rf"((?:[{UPPER}]['’])?[{UPPER}][{LOWER}]+"
    rf"(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?:(['’]s)(?=[ \t]+[{LOWER}]))?(?![\w'’-])")


def surname_said_of(text: str, end: int) -> bool:
    """Whether a surname follows the word-name ending at `end`, with "'s" and a lower-case word
    ("Sue Brown's visits", "Rose Patel's house") or a care role, a person verb or what is said of
    a person after it ("Sue Smith came late", "Hope Green, my carer", "Joy Wood is kind"); a
    place word owns only what a person has ("Rose Hill's daughter", not "Rose Hill's shops")."""
    m = _SURNAME_AFTER.match(text, end)
    if m is None or not is_surname(m[1], after=NOT_BARE_SURNAMES) or (
            search_key(m[1]) in NOT_SURNAMES_AFTER_WORD_NAMES):
        return False
    if m[2] is None:
        return said_after_surname(text, m.end(1), search_key(m[1]))
    return search_key(m[1]) not in PLACE_WORDS or _RELATION_OWNED.match(text, m.end()) is not None


def surname_end(text: str, end: int) -> int | None:
    """Where a surname right after the word-name ending at `end` ends ("My carer is Will
    Smith"), or None when the next word is no surname."""
    m = _SURNAME_AFTER.match(text, end)
    return m.end(1) if m is not None and is_surname(m[1], after=NOT_BARE_SURNAMES) else None


def surname_said_end(text: str, end: int) -> int | None:
    """Where the surname said of a person after the word-name ending at `end` ends ("Will
    Smith came late"), or None when ``surname_said_of`` finds none."""
    m = _SURNAME_AFTER.match(text, end)
    return m.end(1) if m is not None and surname_said_of(text, end) else None


# What a person does for someone, after a given name and surname: "Sue Smith helps me", "Joy
# Wood forgot my tablets", "Hope Green left early"
_DOES = re.compile(r"[ \t]+(?:always[ \t]+|never[ \t]+)?(?:helps|helped|visits|visited|drives"
                   r"|drove|cooks|cooked|cleans|cleaned|listens|listened|cares|forgot|forgets"
                   r"|left[ \t]+early)\b"
                   r"(?![ \t]+(?:are|were|is|was|have|had)\b)", re.IGNORECASE)  # "visits are"
# What follows a word-name as its own thing, not as a surname: "Carol singers", "Dawn chorus"
NOT_SURNAMES_AFTER_WORD_NAMES = frozenset({"singers", "singing", "service", "concert", "chorus"})
# A person verb with "never" or "didn't" before it, after a given name and surname: "Pat Hall
# never came", "Hope Green did not turn up", "Pat Hall hasn't rung" (review 33 R1a D2: those
# went to the wall as typed). Not in _ROLE_AFTER, which a lone word reads too ("SHORT AND SUSAN
# NEVER RINGS" is not Short's)
_NEVER_DID = re.compile(
    rf"[ \t]+(?:(?:never|always|often|still)[ \t]+(?:{'|'.join(sorted(PERSON_VERBS))})"
    r"|(?:did|does|has)(?:n['’]?t|[ \t]+not)[ \t]+(?:come|turn(?:ed)?[ \t]+up|ring|rung|phone"
    r"|phoned|call|called))\b", re.IGNORECASE)
# What is said of a person after a given name and surname: "Joy Wood is kind", "Sue Brown is
# lovely"; a place can be lovely too ("Rose Hill is lovely"), only a person kind or late
_SAID_KIND = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:(?:always|so|very|really|ever[ \t]+so)[ \t]+)?(?:(kind|rude|caring"
    r"|helpful|patient|polite|gentle|thoughtful|cheerful|late)|lovely|nice|great|friendly"
    r"|brilliant|wonderful|amazing|fantastic)\b", re.IGNORECASE)


# Where a word-name and a place's word are the place: "I live on Rose Hill, my carer lives
# nearby", "the bus to Rose Hill is always late" (not "Thanks to Hope Green, my carer")
_PLACE_BEFORE = re.compile(
    r"\b(?i:in|on|at|near|from|along|up|down|round|around|past|via|towards|into|outside"
    r"|(?:move[sd]?|moving|went|go|goes|going|get|got|drive|drove|walk(?:ed)?|bus|trip|way"
    r"|back|road|train|lift)[ \t]+to)[ \t]+$")


# "My carer is Hope Green", "My carer's name is Hope Green", "My carer is called Hope Green":
# the role said before the name ("my carers name is", its apostrophe often left out)
_ROLE_IS_BEFORE = re.compile(
    rf"\b(?:the|my|our)[ \t]+(?:{_RELATIONS})(?:['’]?s)?(?:[ \t]+name)?[ \t]+(?:is|was|are|were)"
    r"(?:[ \t]+called)?[ \t]+$", re.IGNORECASE)


def role_is_before(text: str, start: int) -> bool:
    """Whether "my carer is", "our neighbour was" comes just before `start`."""
    return _ROLE_IS_BEFORE.search(text, max(0, start - 40), start) is not None


def place_before(text: str, start: int) -> bool:
    """Whether the words before `start` say a place is named there ("on", "at", "bus to")."""
    return _PLACE_BEFORE.search(text, max(0, start - 20), start) is not None


# a place's last word that is nobody's surname: "Hope Street helps me" is a place. Court, House,
# Way, Bank, Kitchen and Close are surnames ("Rose Court helps me every morning" names her carer),
# so "Sunny Bank helps me" is held back too: released in one click, a leaked name is not
_PLACES_THAT_HELP = frozenset({"street", "road", "avenue", "centre", "drive", "crescent",
                               "gardens"})


def said_after_surname(text: str, end: int, surname: str) -> bool:
    """Whether a care role, a person verb or what only a person is follows the surname `surname`
    (its search key) ending at `end`: "Pat Hall came late", "HOPE GREEN IS MY CARER", "Sue
    Brown is lovely"; a place's word as the surname only with what no place is ("Rose Hill is
    kind", not "Rose Hill is lovely")."""
    if _ROLE_AFTER.match(text, end) is not None or _NEVER_DID.match(text, end) is not None:
        return True
    does = _DOES.match(text, end)
    if does is not None and (surname not in _PLACES_THAT_HELP or not re.search(
            r"help|care", does.group(), re.IGNORECASE)):
        return True  # "Pat Hall drives me", "Hope Green helps me"; not "Hope Street helps me"
    kind = _SAID_KIND.match(text, end)
    return kind is not None and (kind[1] is not None or surname not in PLACE_WORDS)


def _role_after(text: str, end: int, word: str) -> bool:
    """Whether a care role or a person verb follows the word ending at `end` ("Rose from the
    agency", "Joy, my carer", "Rose came late"), and the word is not a thing one comes from."""
    if word in _THINGS:
        return _RELATION_AFTER.match(text, end) is not None  # "Grant, my carer"
    return _ROLE_AFTER.match(text, end) is not None


def care_role_after(text: str, end: int) -> bool:
    """Whether a care role or a person verb follows the word ending at `end` ("Hill from the
    council", "Hill, my social worker", "Hill is my social worker", "Hill rang")."""
    return _ROLE_AFTER.match(text, end) is not None


# A month's or a verb's name is a person's only where a care role is said of it: "June from
# the agency", "May, my carer, is lovely", "Will is my carer", "June and Linda are my carers";
# not "Will the carer come?", "In June the carers changed", "home in May from the hospital",
# "April was my GP appointment" (the role's own thing after it)
_ROLE_ENDS = (r"(?![ \t]+(?:appointment|visit|review|month|week|day|holiday|check|assessment"
              r"|appreciation|awareness|meeting|rota|plan|training|course|group)s?\b)")
_CARER_AFTER = re.compile(
    rf"{_AND_A_NAME}[ \t]*(?:from[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:{_BODIES})\b"
    rf"|,[ \t]*(?:the|my|our)[ \t]+(?:{_RELATIONS})\b(?=[ \t]*(?:[,.;:!?)]|$))"
    rf"|(?:is|was)[ \t]+(?:(?:the|my|our)|a[ \t]+{_KIND})[ \t]+(?:{_KIND}[ \t]+)?"
    rf"(?:{_RELATIONS})\b(?!['’]){_ROLE_ENDS})"
    # "June from Care UK", "June from Bluebird Care": a care company's name
    r"|[ \t]+from[ \t]+(?-i:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Care|Homecare|Healthcare|UK))\b"
    rf"|{_AND_NAME}[ \t]+(?:are|were)[ \t]+(?:the|my|our)[ \t]+(?:{_KIND}[ \t]+)?"
    rf"(?:two[ \t]+)?(?:{_RELATIONS})s\b{_ROLE_ENDS}",
    re.IGNORECASE,
)
# "June the carer", "June, my carer is lovely": with no comma, or one, only after a month's
# name, as "Will the carer come?" and "May my carer ring?" ask
_CARER_NEXT = re.compile(
    rf"(?:[ \t]*,)?[ \t]+(?:the|my|our)[ \t]+(?:{_RELATIONS})\b(?!['’]){_ROLE_ENDS}", re.IGNORECASE)
_MONTHS = frozenset({"april", "august", "june"})
# Words before a month that make it the month: "in June", "since May", "last April", "on 12
# May", "3rd June", "March to May", "April and May"
_WHEN_BEFORE = re.compile(
    r"\b(?i:in|since|until|till|by|last|next|this|of|for|early|mid|late|end|before|after|during"
    r"|from|through|each|every)[ \t]+$"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$"
    r"|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december)[ \t]*(?i:to|and|or|till|until|-|–)[ \t]*$"
)

_MONTH_NAMES = _MONTHS | {"may"}
# What after a month makes it a date: "June 2024", "June 12th", "June to August", "May and June"
_DATE_AFTER = re.compile(
    r"[ \t]+\d|[ \t]*(?:to|till|until|and|or|-|–)[ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?"
    r"|oct|nov|dec|january|february|march|april|june|july|august|september|october|november"
    r"|december)\b", re.IGNORECASE)


def month_in_a_date(text: str, end: int, word: str) -> bool:
    """Whether the month's name `word` ending at `end` begins a date or a span of months ("My
    carer June 2024 review", "Carers: June to August were the worst"), not a carer's name."""
    return search_key(word) in _MONTH_NAMES and _DATE_AFTER.match(text, end) is not None


# "Carers: June and Linda": a role's label before the name
_ROLE_LABEL_BEFORE = re.compile(rf"\b(?i:{_RELATIONS})(?i:s)?:[ \t]*$")


# What only a person does, right after a month's name: "June came late again", "April didn't
# turn up", "April hasnt turned up", "August never rang", "June is always late", "June forgot
# my tablets"; not "June came and went", "April was wet", "June was late this year"
_MONTH_DID = re.compile(
    r"[ \t]+(?:(?:came|comes|turned[ \t]+up|arrived)[ \t]+late"
    r"|(?:did|does|has|had|would|will)(?:n['’]?t|[ \t]+not)[ \t]+(?:turn(?:ed)?[ \t]+up"
    r"|show(?:ed)?[ \t]+up|come|ring|rung|phone|call|visit|arrive)"
    r"|never[ \t]+(?:turn(?:ed|s)?[ \t]+up|show(?:ed|s)?[ \t]+up|came|comes|rang|rings|phoned"
    r"|called|visited)"
    r"|(?:is|was)[ \t]+(?:always[ \t]+)?(?:late|rude)(?![ \t]+this[ \t]+year)"
    r"|rang|rings|phoned|said|says|told|tells|asked|asks|shouted|forgot|rushes|rushed)\b",
    re.IGNORECASE,
)


def _said_to_be_a_carer(text: str, start: int, end: int, word: str) -> bool:
    return ((_CARER_AFTER.match(text, end) is not None
             or _ROLE_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None
             or (word in _MONTHS and (_CARER_NEXT.match(text, end) is not None
                                      or _MONTH_DID.match(text, end) is not None))
             # "Will and Linda came late": what is said of Linda is said of both
             or (_joined_to_a_given_name(text, end) and joined_name(text, end) is not None))
            and _WHEN_BEFORE.search(text, max(0, start - 20), start) is None
            and not month_in_a_date(text, end, word))


# "Sue and Linda", "Sue or Linda", "Sue, Linda and Pat"
_JOINED = re.compile(rf"(?:[ \t]+(?:and|&|or)[ \t]+|,[ \t]*)([{UPPER}][{LOWER}]+)")


def _joined_to_a_given_name(text: str, end: int) -> bool:
    """"Sue and Linda are the best carers": joined to a name that is no word, a word-name at a
    sentence's start is one too; not "Hope and Faith", "May and June"."""
    m = _JOINED.match(text, end)
    return m is not None and (key := search_key(m[1])) in GIVEN_NAMES and (
        key not in AMBIGUOUS_GIVEN_NAMES)


def joined_name(text: str, end: int) -> tuple[int, int] | None:
    """The second name of "Rose and Tendai are my carers", "Rose and Precious from the agency":
    the role said after it is said of both, so it is a name whatever list knows it."""
    m = _JOINED.match(text, end)
    if m is None or search_key(m[1]) in _THINGS:
        return None
    return (m.start(1), m.end(1)) if _ROLE_AFTER.match(text, m.end(1)) else None


# Two capitalised surnames that are words, joined, with a care role said of both: "Brown and
# Green from the council never rang", "Bell & Hall are my carers"
_JOINED_PAIR = re.compile(  # the names' case kept: the search jumps from capital to capital
    r"(?:([A-Z](?<![\w'’-].)[a-z]+),[ \t]+)?"  # "Brown, Green and Hall"
    r"([A-Z](?<![\w'’-].)[a-z]+)[ \t]+(?:and|&)[ \t]+([A-Z][a-z]+)[ \t]*"
    rf"(?i:from[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:{_BODIES})"
    # "from Adult Social Care", "from Bluebird Care"
    r"|from[ \t]+(?-i:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Care|Services|Council|UK))"
    rf"|(?:are|were)[ \t]+(?:the|my|our)[ \t]+(?:(?:{_KIND}|two)[ \t]+)?(?:{_RELATIONS})s?"
    rf"|(?:never[ \t]+)?(?:{'|'.join(sorted(PERSON_VERBS))}))\b"
)
# Surnames that are words ("Brown", "Green", "Bell"), not the nouns a pair of them is more often
# ("Family and Friends from the church", "Health and Social Care from the council")
SURNAME_WORDS = (ORDINARY_WORDS | PLACE_SURNAMES) - (
    COMMON_WORDS | EVERYDAY_NOUNS | NOT_NAMES | NOT_NAMES_AFTER_TITLE
    | {w.lower() for w in RELATION_WORDS} | {"friend", "friends", "fellows"})


# Surname-words a pair of is more often the words: "North and South from the council", "Kind
# and Gentle are my carers", "Black and White from the church", "Bath and Wells"
_NOT_IN_A_PAIR = frozenset({
    "north", "south", "east", "west", "kind", "gentle", "good", "best", "lovely", "young",
    "free", "fast", "slow", "church", "chapel", "home", "care", "day", "bread", "cake", "bath",
})
_WORD_PAIRS = frozenset({frozenset({"black", "white"}), frozenset({"gold", "silver"}),
                         frozenset({"hill", "dale"})})  # "Hill and Dale": the phrase


def joined_surnames(text: str) -> list[tuple[int, int]]:
    """Both words of "Brown and Green from the council" (all three of "Brown, Green and Hall
    from the council"), as (start, end) pairs."""
    if " and " not in text and "&" not in text:
        return []
    found = []
    for m in _JOINED_PAIR.finditer(text):
        keys = [search_key(w) for w in (m[2], m[3])]
        if (all(k in SURNAME_WORDS and k not in _NOT_IN_A_PAIR for k in keys)
                and frozenset(keys) not in _WORD_PAIRS):
            first = m[1] is not None and search_key(m[1]) in SURNAME_WORDS
            found += [*([m.span(1)] if first else []), m.span(2), m.span(3)]
    return found
