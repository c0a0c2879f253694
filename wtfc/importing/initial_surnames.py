"""What counts as a surname after initials ("J Smith", "Mrs B SAID", "j. okoro"), and the words
just before a letter that make it a label ("Ward B", "Plan A"): shared by the rules for names
written with initials (``initialled_names``, ``one_case_initials``).
"""

from __future__ import annotations

import re

from wtfc.importing.name_letters import NOT_IN_A_WORD_BEFORE
from wtfc.importing.name_words import (
    COMMON_WORDS,
    LETTER_LABELS,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_WORDS,
    RELATION_WORDS,
)
from wtfc.model.search_key import search_key

# Letters in capitals that are no one's initials or surname ("Dr NHS Direct", "Mrs B NHS")
ABBREVIATIONS = frozenset({
    "NHS", "GP", "GPS", "OT", "SW", "CPN", "DN", "MP", "UK", "TV", "ID", "OK", "IT", "PA",
    "HR", "CQC", "DWP", "PIP", "ASAP", "AM", "PM", "BBC",
})
# Words that, after a bare initial, are the words they are ("B Road", "J Said", "P Carers")
NOT_BARE_SURNAMES = (LETTER_LABELS | COMMON_WORDS | NOT_NAMES_AFTER_TITLE | PERSON_VERBS
                     | {w.lower() for w in RELATION_WORDS})
# "I Don't", "A Can't": a word cut short is no surname ("O'Neill" and "D'Souza" are)
CUT_SHORT = re.compile(r"(?:n['’]t|['’](?:m|ve|ll|re|d))$", re.IGNORECASE)
# Words a letter labels, just before it ("Ward B Staff", "Vitamin D Tablets", "Plan B Works",
# "the A Team"): the letter is no initial
LABEL_BEFORE = re.compile(
    NOT_IN_A_WORD_BEFORE
    + r"(?i:ward|plan|vitamin|hep|hepatitis|type|grade|bay|room|block|flat|unit"
    r"|section|part|zone|floor|level|stage|option|form|group|team|wing|class|category|platform"
    r"|gate|exit|route|column|row|box|item|question|step|page|the|an?)\.?[ \t]+$"
)


def is_surname(word: str, after: frozenset[str] = frozenset()) -> bool:
    """"Smith", "Green" (a place word that is a surname), "SMITH"; not "The", "Road",
    "appointment", "NHS", "SAID"."""
    if word.isupper():
        if word in ABBREVIATIONS:
            return False
        after = after | NOT_NAMES_AFTER_TITLE  # "Mrs B SAID": a card typed in capitals
    bare = search_key(re.split(r"['’]", word)[0])
    place = bare in PLACE_WORDS and bare not in PLACE_SURNAMES
    return bare not in NOT_NAMES and bare not in after and not place
