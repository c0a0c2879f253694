"""A watched name's initials as one capitalised token: "OF wants to stay in her flat" with
Ottoline Fairweather pasted, or in the sheet's Client name column (review 34 R4 R4). Care notes
write the person as initials habitually, and in the room "OF" beside "her flat" identifies her.

Only a name of two words or more gives initials, and they count only as the card's own word at
a sentence's start or before a verb ("OF wants", "and GA says"), written "OF", "O.F." or "O. F."
(never inside "OFF" or "of"). Letters that are an abbreviation ("OT fitted rails", "GP", "SW",
"NHS", "OK") stay whoever is watched for, and in a card typed all in capitals ("OF COURSE") only
a verb after them makes them a person's.
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
))
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
    return re.compile(r"(?<![\w.’'])(?:" + "|".join(ways) + r")(?![\w’'])(?!\.\w)") \
        if ways else None


def initials_spans(text: str, pattern: re.Pattern[str],
                   starts_sentence: Callable[[str, int], bool]) -> list[tuple[int, int]]:
    """Where ``text`` names a watched person by their initials: at a sentence's start (unless
    the card is typed all in capitals) or before a verb."""
    capitals = not any(c.islower() for c in text)
    spans = []
    for m in pattern.finditer(text):
        if _VERB_AFTER.match(text, m.end()) or (
                not capitals and starts_sentence(text, m.start())):
            spans.append(m.span())
    return spans
