"""A watched name's initials as one capitalised token: "OF wants to stay in her flat" with
Ottoline Fairweather pasted, or in the sheet's Client name column (review 34 R4 R4). Care notes
write the person as initials habitually, and in the room "OF" beside "her flat" identifies her.

Only a name of two words or more gives initials, and they count only as the card's own word at
a sentence's start or before a verb ("OF wants", "and GA says", "OF's daughter"), written "OF",
"O.F." or "O. F." (never inside "OFF" or "of"). Letters that are an abbreviation ("OT fitted
rails", "GP", "SW", "NHS", "OK", "DC" for a day centre) stay whoever is watched for, and in a card
typed all in capitals ("OF COURSE") only a verb after them makes them a person's.

Initials that spell an English word are that word far more often (code review A13 S2: with Tom
Owen watched, "I WANT TO STAY IN MY OWN HOME" went up as "I WANT [name] STAY…"): a word that
stands before a verb as itself ("WE", "HE", "ME", "CAN", "MY") is never read as initials unless
written with full stops; any other ("OF", "IN") only before a verb ("Her son and OF want"),
"TO" and "GO" only before one said of one person ("TO wants", "TO's flat", never "I want TO
go"), and in a card in capitals only before such a verb at a sentence's start ("OF WANTS TO
STAY", never "WHAT I'M SCARED OF IS FALLING").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from wtfc.importing.initial_surnames import ABBREVIATIONS
from wtfc.importing.name_words import PERSON_VERBS, TITLES

# Letters that are a role, a body or an everyday abbreviation before they are anyone's initials
NOT_INITIALS = ABBREVIATIONS | frozenset((
    "OT", "OTS", "GP", "GPS", "SW", "NHS", "OK", "PA", "CPN", "HCA", "RMN", "RGN", "SALT", "DN",
    "MS", "MND", "COPD", "ADHD", "LD", "MH", "CMHT", "CHC", "DP", "DPS", "LA", "LPA", "POA",
    "NOK", "DOB", "SEN", "BSL", "WC", "FYI", "OAP", "RIP", "TBC", "PS", "NB", "VIP", "DIY",
    "AE", "ICU", "ENT", "CAB", "ESA", "UC", "DLA", "AA", "US", "USA", "EU", "PC", "CV", "DVD",
    "ITV", "RSPCA", "RNIB", "RNID", "CCTV", "SMS", "ATM", "UN", "BT", "EE", "VW", "TK", "JD",
    # day centre, key worker, care manager, registered manager, housing benefit, council tax,
    # blue badge, social services, meals on wheels, women's institute, health visitor, Age Concern
    "DC", "KW", "CM", "RM", "HB", "CT", "BB", "SS", "MOW", "WI", "HV", "AC",
))
# Initials that are a word standing before a verb as itself ("WE need", "HE never came", "I CAN
# GET", "MY NEEDS", "LET US GO", "THE TWO OF US WENT", "LET ME STAY", "ME makes me tired" for the
# illness): read as that word unless dotted ("H.E.")
_ALWAYS_WORDS = frozenset("""
    he we it us she you who they them him her his its our my your their me no so as if or and
    but not nor the all any both each one two few how why what when then than that this those
    these now yes yet too also just only even ever can could did do does done may might must
    has had have are was were is be am been will shall would let get got put see saw say ask
    use own off out mum dad son nan gran aunt wife man men lady
    """.upper().split())
# Any other word that can be someone's initials ("OF", "TO", "IN"): never itself before a verb
# said of one person ("OF wants", "TO was"), so only such a verb makes them a person's
_WORDS = frozenset("of to in on at by up an go oh ok ow ah eh hi lo ma pa re ye".upper().split())
_TITLES = frozenset(t.casefold().rstrip(".") for t in TITLES) | {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "sir", "dame", "cllr"}
# A verb after the letters, perhaps past a word of how often: "OF wants", "GA never rang"
_VERBS = PERSON_VERBS | frozenset((
    "wants", "wanted", "needs", "needed", "likes", "liked", "loves", "loved", "enjoys",
    "enjoyed", "is", "was", "has", "had", "feels", "felt", "would", "will", "can", "could",
    "cannot", "can't", "does", "doesn't", "did", "didn't", "lives", "lived", "goes", "went",
    "gets", "got", "thinks", "thought", "finds", "found", "sees", "saw", "uses", "used",
    "prefers", "preferred", "hopes", "hoped", "misses", "missed", "struggles", "struggled",
    "worries", "worried", "gives", "gave", "helps", "helped", "tries", "tried", "agreed",
    "agrees", "refused", "refuses", "visits", "visited", "attends", "attended", "stays",
    "stayed", "spends", "spent", "should", "must", "may", "might", "isn't", "wasn't",
    "hasn't", "won't", "reports", "reported", "explained", "explains", "mentioned",
    # said of two ("Her son and OF want more visits")
    "want", "need", "like", "love", "enjoy", "feel", "live", "go", "get", "think", "find",
    "see", "use", "prefer", "hope", "miss", "struggle", "worry", "give", "help", "try", "agree",
    "refuse", "visit", "attend", "stay", "spend", "say", "ask", "call", "come", "tell", "ring",
    "phone", "are", "were", "have",
))
_VERB_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:(?:never|always|still|just|often|also|then|really|now|only|"
    r"sometimes|usually)[ \t]+)?(?:" + "|".join(sorted(map(re.escape, _VERBS))) + r")(?!\w))",
    re.IGNORECASE)


# A verb said of one person, past or with -s, that is no plural noun ("a lot OF CALLS", "the
# number OF VISITS") and no month ("IN MAY"): "TO wants", "OF was" are no English
_ONE_PERSONS_VERBS = frozenset((
    "came", "comes", "said", "says", "told", "tells", "rang", "phoned", "called", "asked",
    "asks", "shouted", "wants", "wanted", "needed", "likes", "liked", "loved", "enjoys",
    "enjoyed", "is", "was", "has", "had", "feels", "felt", "would", "can", "could", "cannot",
    "can't", "does", "doesn't", "did", "didn't", "lives", "lived", "goes", "went", "gets",
    "got", "thinks", "thought", "finds", "found", "sees", "saw", "prefers", "preferred",
    "hoped", "missed", "struggles", "struggled", "worried", "gave", "helped", "tried",
    "agreed", "agrees", "refused", "refuses", "visited", "attends", "attended", "stays",
    "stayed", "spent", "should", "must", "isn't", "wasn't", "hasn't", "won't", "reported",
    "explained", "explains", "mentioned",
))
_ONE_PERSONS_VERB_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:(?:never|always|still|just|often|also|then|really|now|only|"
    r"sometimes|usually)[ \t]+)?(?:" + "|".join(sorted(map(re.escape, _ONE_PERSONS_VERBS)))
    + r")(?!\w))", re.IGNORECASE)
# In a card in small letters capitals before a verb said of one person are someone ("AS came
# late", "SO rang the office", "ME came"; review A15 S4), but a pronoun in capitals is emphasis
# ("HE never came") and a run of capitals is shouting ("DO NOT COME")
_PRONOUNS = frozenset("he we it she you they us".upper().split())
# A modal is never followed by a verb with -s: "MY DAUGHTER MAY COMES ON SUNDAYS"
_MODALS = frozenset("can may might must will shall do did".upper().split())
_S_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:never|always|still|just|often|also|then|really|now|only|sometimes|usually)"
    r"[ \t]+)?(?:" + "|".join(sorted(
        {v for v in _VERBS | PERSON_VERBS if v.endswith("s")} - {"is", "was", "has", "does"}
        | {"helps", "brings", "takes", "makes", "cooks", "cleans", "drives", "washes", "dresses",
           "phones", "rings", "comes", "visits", "sorts", "keeps"})) + r")(?!\w)",
    re.IGNORECASE)


def initials_of(words: Iterable[str]) -> set[str]:
    """The initials of a name's words ("Ottoline Fairweather": "OF"; "Ewart Mbeki-Lowe":
    "EM" and "EML"), none for a name of one word; titles and lower-case particles ("van",
    "de") left out."""
    named = [w for w in words if w[:1].isupper() and w.casefold().rstrip(".") not in _TITLES]
    if len(named) < 2 or not all(w[0].isalpha() for w in named):
        return set()
    found = {"".join(w[0] for w in named).upper()}
    parts = [p for w in named for p in w.split("-") if p[:1].isalpha()]
    found.add("".join(p[0] for p in parts).upper())
    return {i for i in found if 2 <= len(i) <= 4 and i not in NOT_INITIALS}


def initials_pattern(initials: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for the initials as written "OF", "O.F." or "O. F." (None for none)."""
    ways = sorted({way for i in initials
                   for way in (re.escape(i), r"\.[ ]?".join(map(re.escape, i)) + r"\.")},
                  key=len, reverse=True)
    # an apostrophe after them only as "'s" ("OF's daughter rang me"), never "OF'd"
    return re.compile(r"(?<![\w.’'])(?:" + "|".join(ways)
                      + r")(?!\w)(?![’'](?![sS]\b))(?!\.\w)") \
        if ways else None


def initials_spans(text: str, pattern: re.Pattern[str],
                   starts_sentence: Callable[[str, int], bool]) -> list[tuple[int, int]]:
    """Where ``text`` names a watched person by their initials: at a sentence's start (unless
    the card is typed all in capitals) or before a verb."""
    capitals = not any(c.islower() for c in text)
    spans = []
    for m in pattern.finditer(text):
        word = m.group()
        if word in _ALWAYS_WORDS:
            after = text[m.end():m.end() + 24].split()
            if word in _MODALS and _S_VERB_AFTER.match(text, m.end()):
                spans.append(m.span())  # "MAY RINGS ME", "CAN helps me dress": no modal
            elif not capitals and word not in _PRONOUNS and not (after and after[0].isupper()) \
                    and (_ONE_PERSONS_VERB_AFTER.match(text, m.end())
                         or _S_VERB_AFTER.match(text, m.end())):
                spans.append(m.span())  # "AS came late", "SO rang": among small letters
            continue
        if word in _WORDS:  # "OF wants", "OF WANTS TO STAY"; never "I WANT TO STAY"
            after = text[m.end():m.end() + 24].split()
            if capitals or (after and after[0].isupper()):  # "I am IN NEED of help"
                said = starts_sentence(text, m.start()) and bool(
                    _ONE_PERSONS_VERB_AFTER.match(text, m.end()))
            elif word in ("TO", "GO"):  # "I want TO go", "GO see her"
                said = bool(_ONE_PERSONS_VERB_AFTER.match(text, m.end()))
            else:  # an OF in capitals among small letters is no word: before any verb
                said = bool(_VERB_AFTER.match(text, m.end()))
            if said:
                spans.append(m.span())
            continue
        if _VERB_AFTER.match(text, m.end()) or (
                not capitals and starts_sentence(text, m.start())):
            spans.append(m.span())
    return spans
