"""The everyday words of a note a facilitator writes beside a name in a names list ("Zebulon
Quarrie - lives with daughter", "Aisha Khan: needs interpreter", "Hope Green, rings daily").
Pasted in Names to watch for, each such word was watched as a name: "I live with my daughter"
was held back and the room views printed "I live [name] my daughter" (review 33 R1a D3).

The guard's own word lists (function words, verbs, care and everyday words) are reused, with
a few words of a care note they lack; every given name is taken out of them ("will", "may",
"hazel"), so a lower-case given name in a note ("daughter grace") is still a name. Qt-free:
the box's, ``wtfc import --names``'s and a dropped names file's readers all ask it.

A note names a relative too, often in lower case: the word after a relation or a title
("daughter olive", "husband cliff", "mrs little"), or after a given name ("john young"), is
kept as a name whatever it is, but for a word joining the note on ("son lives abroad", "carer
at Riverside"); words that are given names or surnames ("poppy", "drew", "young") are no
everyday note words; a weekday with a capital is a name ("son Sunday", a given name in Ghana
and Nigeria) but as a day ("visits on Sunday", "Sundays"). Review 33 A2 S1: the card "Olive
comes on Mondays" went up as typed after "Hope Green - daughter olive" was pasted.
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
    key safe code door gate number main contact next kin emergency am pm
    more cat cats dog dogs church gardening garden registered widowed widow widower last year
    years recently bereaved sheltered housing wears wearing english housebound day abroad
    phone phones calls ring text texts best anxious visitors visitor female male large print
    please bell visually impaired hard of hearing sighted dementia parkinsons alzheimers
    likes goes went lunch club church mosque temple chapel died passed moved resident user
    first name names loud noise confused term loss stage learning disability autistic upset
    talk talks quiet shy lot happy quoted consent given photos photo photograph bring brought
    vegetarian vegan halal snacks access floor sit front easy read breaks tires easily
    recovering attending advocate month months email preferred retired teacher former
    volunteer rep peer supporter group power attorney lpa poa
    one two three four five six seven eight nine ten
    home homes house flat bungalow manager centre hospital moment wheels meals residential
    nursing care guide stick frame nearby locally local""")
# given names and surnames among the lists' words: in a note they may be a relative's name
# ("daughter olive", "son drew", "john young"), so never an everyday word (review 33 A2 S1)
NAME_WORDS = _words("""
    basil cliff drew fern foster ginger honour jade little olive poppy rusty sandy young
    wells love""")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# roles in the plural ("neighbours", "carers"): a role itself stays, watched only capitalised
_ROLES_PLURAL = frozenset(f"{w.casefold()}s" for r in RELATION_WORDS for w in r.split())
EVERYDAY_NOTE_WORDS = (
    COMMON_WORDS | NOT_NAMES | PERSON_VERBS | WORDS_AFTER_A_OR_I | EVERYDAY_NOUNS | _CARE_NOTES
    | _ROLES_PLURAL
) - GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES - NAME_WORDS
# a title before a name ("neighbour mrs little"): the word after it is a name
TITLES = _words("mr mrs ms miss mx dr prof rev sir")
# a relative's or a role's word ("daughter", "granddaughter", "worker"): the word after it
# names the person unless it joins the note on ("son lives abroad", "carer at Riverside")
ROLE_WORDS = frozenset(w.casefold() for r in RELATION_WORDS for w in r.split())
# a role's own word is kept, watched only capitalised ("son", "worker"); the other word of a
# two-word role is not ("social" of "social worker", "key" of "key worker": no role alone)
ONE_WORD_ROLES = frozenset(r.casefold() for r in RELATION_WORDS if " " not in r)
_ROLE_PARTS = ROLE_WORDS - ONE_WORD_ROLES
# what follows a role in a note and is no name ("son lives abroad", "husband died", "carer
# at Riverside"): a note's word, but for those that are surnames too ("neighbour bell")
_JOINING = EVERYDAY_NOTE_WORDS - _words("""
    bell best church day english front hard kind key march miss patch power read safe
    well""") \
    - WEEKDAYS  # "son sunday": a given name in Ghana and Nigeria
_BEFORE_A_DAY = _words("""
    on every each by till until from to before after next last this since visits visit
    comes rings calls phones texts sees""")


def _plain(word: str) -> str:
    return word.strip(".,;:!?\"'“”‘’()[]")


def everyday_note_word(word: str) -> bool:
    """Whether ``word`` of a note is an everyday word, no one's name: in lower case and one of
    the lists' words, or its "-s" form ("lives", "texts"); or a weekday in the plural in any
    case ("Sundays"), or in lower case ("visits sunday")."""
    plain = _plain(word)
    folded = plain.casefold().replace("’", "'")
    if (folded.endswith("s") and folded[:-1] in WEEKDAYS) or (
            folded.endswith("n't") and folded[:-3].isalpha()):
        return True  # "Sundays", "doesn't"
        return True
    if not plain or not plain.islower() or not plain.isalpha() or folded in NAME_WORDS:
        return False
    return folded in EVERYDAY_NOTE_WORDS or folded in WEEKDAYS or (
        folded.endswith("s") and folded[:-1] in EVERYDAY_NOTE_WORDS)


def after_a_name_word(word: str, before: str) -> bool:
    """Whether ``word`` stands where a note names someone: after a relation or role
    ("daughter olive", "son Sunday"), a title ("mrs little") or a known given name ("john
    young"), and is no word joining the note on ("son lives abroad", "son of Mary")."""
    before = _plain(before).casefold()
    if before not in ONE_WORD_ROLES and before not in TITLES and before not in GIVEN_NAMES:
        return False
    folded = _plain(word).casefold()
    return not (folded in _JOINING or (
        folded.endswith("s") and folded[:-1] in EVERYDAY_NOTE_WORDS and folded not in NAME_WORDS))


def a_day_named(word: str, before: str) -> bool:
    """Whether a capitalised weekday is the day, not a name: after a word that says when
    ("on Sunday", "visits Monday")."""
    return _plain(word).casefold() in WEEKDAYS and _plain(before).casefold() in _BEFORE_A_DAY



def kept_in_a_note(words: list[str]) -> list[str]:
    """The words of a note beside a name that stay in the name: a role of its own ("son",
    "worker", watched only capitalised) does, a two-word role's other word in lower case does
    not ("social", "care", "late" of "late husband": "The social worker never came", "She was
    late again" were held back), nor an everyday word; any other word may be a name, and so
    is the word after a role, a title or a given name ("daughter olive", "mrs little", "john
    young") and a weekday with a capital but where it is the day ("on Sunday"). The note's
    first word with a capital, as a line starts ("Lives with daughter", "Deaf in left ear"),
    is read in lower case when no other word has one (review 33 A2 R1)."""
    kept = []
    before = ""
    said_words = [w for w in words if w.strip(".:")]
    # "Olive Young" is a name: only a capital no other word of the note has is a line's
    sentence = len(said_words) > 1 and not any(w[:1].isupper() for w in said_words[1:])
    title_case = not sentence and _in_title_case(said_words)
    for at, word in enumerate(said_words):
        plain = word.strip(".:")
        said = plain.lower() if plain[1:].islower() and (
            (at == 0 and sentence) or (title_case and _lowered_in_title_case(plain, before))) \
            else plain
        if plain.casefold() in ONE_WORD_ROLES or after_a_name_word(word, before) or (
                not (said.islower() and said in _ROLE_PARTS)
                and not everyday_note_word(said) and not a_day_named(word, before)):
            kept.append(_role_before_a_name(word, said_words[at + 1:at + 2],
                                            first=at == 0 or title_case))
        before = word
    return kept


def _in_title_case(words: list[str]) -> bool:
    """Whether a note of two words or more is typed In Title Case as a spreadsheet's cell is
    ("Son Visits Weekly", "Lives With Daughter"): its first word a role or an everyday word
    with a capital, and another word capitalised (review 34 A10 R3)."""
    if len(words) < 2:
        return False
    first = words[0].strip(".:")
    return first[:1].isupper() and first[1:].islower() and (
        first.casefold() in ONE_WORD_ROLES or everyday_note_word(first.lower()))


def _lowered_in_title_case(plain: str, before: str) -> bool:
    """Whether a capitalised word of a note In Title Case is read as it would be in lower case:
    all but a surname after a known given name ("Sister Grace Long"); a verb's -S after one is
    no surname ("Daughter Olive Visits Weekly")."""
    if _plain(before).casefold() not in GIVEN_NAMES:
        return True
    folded = plain.casefold()
    return folded not in NAME_WORDS and (folded in PERSON_VERBS or (
        folded.endswith("s") and folded[:-1] in EVERYDAY_NOTE_WORDS))


def _role_before_a_name(word: str, after: list[str], *, first: bool) -> str:
    """A role with a capital before a relative's name in a note ("Tom Fry - Husband Frank",
    "Joan Day - Daughter Hope visits") is a role as "husband frank" is, not a name of its own:
    watched with a capital it hid the word on every card typed in capitals ("MY HUSBAND IS MY
    CARER" printed "MY [name] IS…", review 33 A9 R1). Lowered, the name after it is read as a
    relative's ("MY HUSBAND FRANK DIED" hides Frank) and the role as a lower-case note's. So is
    one opening the note, whatever follows ("Joan Day - Daughter Lives nearby", "Ann Lee - Son
    Visits Weekly": "MY SON CAME" printed "MY [name] CAME", review 34 A10 R3); the pasted
    name's own last word is no note's ("Nguyen Son")."""
    plain = word.strip(".:")
    if plain[:1].isupper() and plain.casefold() in ONE_WORD_ROLES and (first or (
            after and after[0][:1].isupper() and after_a_name_word(after[0], plain))):
        return word.lower()
    return word
