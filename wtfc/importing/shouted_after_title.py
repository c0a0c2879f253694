"""A name typed in capitals after a title typed as a word, in a card of mixed case: "Mrs JONES
came", "Mr WILL YOUNG came", "I saw Dr PATEL" went up, as neither the capitalised-word rules
(which read "JONES" as no name's word) nor the one-case rules (which wanted "MRS JONES") saw them.
A short word in capitals is as often letters or a word ("Dr GP said", "Dr NHS Direct", "Mr BIG
said" stay): one of three letters or fewer counts only where a list knows it as a name."""

from __future__ import annotations

from wtfc.importing.bare_given_names import SURNAME_WORDS
from wtfc.importing.known_words import known_word
from wtfc.importing.lower_case_sign_off import COMMON_SURNAMES
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, PLACE_SURNAMES
from wtfc.importing.not_english import community_surname
from wtfc.importing.words_after_a_role import ordinary_after_a_role

# letters a title may come before that name no one: "Dr GP", "Nurse OT", "Dr OK'd it"
_SHORT_FORMS = frozenset({"gp", "ok", "ot", "sw", "rn", "tv", "uk", "ae", "hr", "pa", "nhs"})
# surnames of two letters the word table knows as words or letters: "Mr NG came"
_SHORT_SURNAMES = frozenset({"ng", "li", "wu", "xu", "yu"})


def shouted_after_title(title: str, first: str) -> bool:
    """Whether `first`, in capitals after `title` typed with small letters ("Mrs"), may be a
    name's word there, for the one-case rules to read as they read "MRS JONES"."""
    if not (title[1:].islower() and first.isupper() and len(first) > 1):
        return False
    key = first.lower()
    if key in _SHORT_FORMS or ordinary_after_a_role(first):  # "Dr GP", "My Dr USUALLY comes"
        return False
    return len(key) > 3 or key in _SHORT_SURNAMES or key in GIVEN_NAMES or (
        key in AMBIGUOUS_GIVEN_NAMES or key in COMMON_SURNAMES or key in SURNAME_WORDS
        or key in PLACE_SURNAMES or community_surname(key, None) or not known_word(key))
