"""The everyday words of a note a facilitator writes beside a name in a names list ("Zebulon
Quarrie - lives with daughter", "Aisha Khan: needs interpreter", "Hope Green, rings daily").
Pasted in Names to watch for, each such word was watched as a name: "I live with my daughter"
was held back and the room views printed "I live [name] my daughter" (review 33 R1a D3).

The guard's own word lists (function words, verbs, care and everyday words) are reused, with
a few words of a care note they lack; every given name is taken out of them ("will", "may",
"hazel"), so a lower-case given name in a note ("daughter grace") is still a name. Qt-free:
the box's, ``wtfc import --names``'s and a dropped names file's readers all ask it.
"""

from __future__ import annotations

from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    PERSON_VERBS,
    RELATION_WORDS,
    WORDS_AFTER_A_OR_I,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# what a care note says that the lists above lack: how the person lives, hears, speaks, is
# reached, and when ("deaf in left ear", "needs interpreter", "rings after 5", "visits weekly")
_CARE_NOTES = _words("""
    lives living alone lived deaf blind hearing sight partially hard left right ear ears eye
    eyes aid aids interpreter translator language speaks speak uses use prefers attends
    walks walking wheelchair hoist mobility frail diabetic dementia memory poor usual usually
    daily weekly monthly nightly fortnightly twice once mornings evenings nights afternoons
    weekends weekdays days weeks only mostly sometimes occasionally regularly
    key safe code door gate number main contact next kin emergency am pm""")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# roles in the plural ("neighbours", "carers"): a role itself stays, watched only capitalised
_ROLES_PLURAL = frozenset(f"{w.casefold()}s" for r in RELATION_WORDS for w in r.split())
EVERYDAY_NOTE_WORDS = (
    COMMON_WORDS | NOT_NAMES | PERSON_VERBS | WORDS_AFTER_A_OR_I | EVERYDAY_NOUNS | _CARE_NOTES
    | _ROLES_PLURAL
) - GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES


def everyday_note_word(word: str) -> bool:
    """Whether ``word`` of a note is an everyday word, no one's name: in lower case and one of
    the lists' words, or its "-s" form ("lives", "texts"); or a weekday in any case ("visits
    Sundays": written with a capital, still no name)."""
    plain = word.strip(".,;:!?\"'“”‘’()[]")
    folded = plain.casefold()
    if folded.removesuffix("s") in WEEKDAYS:
        return True
    if not plain or not plain.islower() or not plain.isalpha():
        return False
    return folded in EVERYDAY_NOTE_WORDS or (
        folded.endswith("s") and folded[:-1] in EVERYDAY_NOTE_WORDS)
