"""A pasted given name that is also a word ("Bill", "Hope", "Rose", "Will"), in a card typed
all in capitals: capitalised there, it counted wherever it stood, and with the people reviewed
pasted the report, posters and letter printed "THE ENERGY [name] KEEPS GOING UP", "I [name]
TO STAY INDEPENDENT", "MY HUSBAND [name] TO GET A DRINK AND FELL" (review 33 A9 R3).

A capital there says nothing, but a name stays hidden when in doubt: such a word is read as
the word only where the words around it make it one. The verb after "I", "we", "they"
("I HOPE TO", "WE MAY NEED"); the verb said of the relation starting its sentence
(``lower_case_pasted.used_as_a_verb``: "MY HUSBAND ROSE TO GET A DRINK", "BILL ME FOR
PETROL"); WILL or MAY between a subject and a verb ("MY CARER WILL NEVER COME"); a thing after
what names it so ("THE ENERGY BILL", "WE NEED MORE HOPE"). Beside another part of a pasted name
it stays a name ("MY HUSBAND WILL HARGREAVES DIED"). What is said of a person keeps it a name:
"MY BILL PASSED AWAY", "WITH GRACE", "GIVE HOPE A RING", "MY SON WILL VISITS" (a helper takes
the bare verb) (review 34 A10 S1). Qt-free.
"""

from __future__ import annotations

import functools
import re

from wtfc.importing.capitals_with_kisses import read_as_capitals
from wtfc.importing.lower_case_pasted import used_as_a_verb
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, COMMON_WORDS, PERSON_VERBS

_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_'’])([^\W\d_]+)[ \t]+$")
_PRONOUNS = frozenset({"i", "we", "they"})  # not "you": "THANK YOU JOY"
# a thing's word before BILL, and what goes before HOPE, JOY, FAITH, GRACE as things; not
# "MY BILL", "WITH GRACE" (a husband, a friend: A10 S1)
_ABSTRACT = ("hope", "joy", "faith", "grace")
_THINGS = {
    "bill": frozenset({"energy", "water", "gas", "phone", "electric", "electricity", "heating",
                       "council", "tax", "food", "shopping", "care", "the", "a", "this", "that",
                       "big", "huge", "first", "last", "next"}),
    **dict.fromkeys(_ABSTRACT, frozenset({
        "more", "no", "some", "any", "much", "little", "lost", "real", "great", "of", "the",
        "a", "false", "new", "without", "bring", "brings"})),
}
# "MY BILL KEEPS GOING UP", "OUR BILL WENT UP": what is said of a bill after MY/OUR
_BILL_AFTER = re.compile(r"[ \t]+(?:KEEPS|KEPT|FOR|ARRIVED|ARRIVES|DOUBLED|INCREASED|IS[ \t]+DUE"
                         r"|(?:HAS[ \t]+)?(?:WENT|GOES|GONE|GOING)[ \t]+UP)\b")
_FILLED_WITH = re.compile(r"(?<![^\W\d_])(?:FILLED|FILLS|FILL|FULL)[ \t]+WITH[ \t]+$")
_OWNED = frozenset({"my", "our", "his", "her", "your", "their"})
# "GIVES HOPE TO MANY" is a thing; "GIVE HOPE A RING", "GAVE JOY MY NUMBER" a person given to
_GIVE = frozenset({"give", "gives", "gave", "giving"})
_GIVEN_WHAT = frozenset({"a", "an", "the", "my", "our", "his", "her", "your", "their", "some",
                         "this", "that", "me", "us"})
# what WILL or MAY is before as the verb's helper: a verb's base form or an adverb
_ADVERBS = frozenset({"never", "not", "always", "often", "only", "just", "still", "also",
                      "probably", "soon"})  # the verb after them says too: "WILL NEVER RANG"
_AFTER_A_HELPER = _ADVERBS | {"be", "have", "need"}
_PAST = frozenset({"came", "rang", "was", "is", "were", "had", "did", "said", "told", "went"})


def a_word_in_capitals(text: str, start: int, end: int, names: str) -> bool:
    """Whether the pasted word-name at ``start:end`` of a card typed in capitals is the word
    ("THE ENERGY BILL", "I HOPE TO"), as the words around it say. ``names``: the pasted names,
    one a line (a word beside another part of one stays a name)."""
    word = text[start:end].lower()
    # a kiss or a time in lower case leaves a card in capitals ("I HOPE TO STAY INDEPENDENT x",
    # "THE WATER BILL CAME AT 10am": A10 M2); blanked, each word stays where it was typed
    text = read_as_capitals(text)
    if word not in AMBIGUOUS_GIVEN_NAMES or text != text.upper():
        return False
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    next_word = after[1].lower() if after else ""
    last_word = before[1].lower() if before else ""
    parts = _other_parts(names)
    helper = word in ("will", "may")
    if next_word in parts or (last_word in parts and not helper):
        return False  # "WILL HARGREAVES", "BILL HARGREAVES"; "JONES WILL VISIT" (A10 M3)
    if last_word in _PRONOUNS:
        return True  # "I HOPE TO", "I HOPE MY CARER LISTENS", "WE MAY NEED"
    if used_as_a_verb(text, start, end, word):
        return True  # "MY HUSBAND ROSE TO GET A DRINK", "MY HUSBAND WILL BILL ME"
    if helper and last_word and next_word and (
            _bare(_word_after(text, after.end() if after else end)) if next_word in _ADVERBS
            else _bare(next_word)
            and next_word in _AFTER_A_HELPER | AMBIGUOUS_GIVEN_NAMES | COMMON_WORDS):
        return True  # "MY CARER WILL NEVER COME", "MY DAUGHTER WILL VISIT", "WILL BILL ME"
    if last_word in _OWNED and word == "bill":
        return _BILL_AFTER.match(text, end) is not None  # "MY BILL KEEPS GOING UP"
    if last_word in _GIVE and word in _ABSTRACT:
        return next_word not in _GIVEN_WHAT  # "GIVES HOPE TO MANY"; not "GIVE HOPE A RING"
    if word in _ABSTRACT and _FILLED_WITH.search(text, max(0, start - 20), start):
        return True  # "IT WAS FILLED WITH JOY"; not "I GO SHOPPING WITH GRACE"
    return last_word in _THINGS.get(word, ())  # "THE ENERGY BILL", "WE NEED MORE HOPE"


def _bare(verb: str) -> bool:
    """Whether ``verb`` may follow WILL or MAY as its helper: not a past form, -ED or a 3rd
    person's -S ("MY SON WILL VISITS", "MY NEIGHBOUR WILL NEVER RANG": a name; A10 S1)."""
    return verb not in _PAST and verb not in PERSON_VERBS and not verb.endswith("ed") and not (
        verb.endswith("s") and not verb.endswith(("ss", "us", "is")))


def _word_after(text: str, end: int) -> str:
    after = _WORD_AFTER.match(text, end)
    return after[1].lower() if after else ""


@functools.lru_cache(maxsize=8)  # the same names for every card of a check
def _other_parts(names: str) -> frozenset[str]:
    """The pasted names' words that are no word-name ("hargreaves", "jones"), in lower case."""
    return frozenset(w.lower() for w in _PART.findall(names)) - AMBIGUOUS_GIVEN_NAMES
