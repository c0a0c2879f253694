"""A given name typed after a role in a card all in one case, where no capital letter marks it:
"MY CARER LINDA IS LOVELY", "my carer june is lovely", "MY CARER WILL IS LATE"; and the surname
after it ("MY CARER LINDA JONES IS LOVELY"), so Redact takes both. Split from bare_given_names
(session 33), which reads the capitalised word on its own.
"""

from __future__ import annotations

import re

from wtfc.importing.bare_given_names import _DATE_AFTER, _MONTHS, _ROLE_ENDS, _THINGS
from wtfc.importing.initial_surnames import NOT_BARE_SURNAMES, is_surname
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NOT_NAMES
from wtfc.importing.unlisted_names import WORD_NAMES, may_be_a_name
from wtfc.importing.words_after_a_role import ends_no_name, ordinary_after_a_role
from wtfc.model.search_key import search_key

# Given names that after a role in one case are as often the role's thing: "MY CARER GRANT",
# "MY SON MILES AWAY", "MY CARER RICH TEA"
_NOT_ONE_CASE_NAMES = _THINGS | {"miles", "rich", "art", "chase"}
_NO_ROLES_THING_AFTER = re.compile(_ROLE_ENDS, re.IGNORECASE)


def one_case_given_name(text: str, end: int, word: str) -> bool:
    """Whether `word`, in capitals or lower case after a relation word and ending at `end`, is a
    given name ("MY CARER LINDA IS LOVELY", "my carer june is lovely"); not a verb ("MY CARER
    WILL COME", "MY SON MAY VISIT"), a month's thing ("MY CARER JUNE REVIEW") or a date ("JUNE
    2024")."""
    key = search_key(word).removesuffix("'s").removesuffix("’s")  # "MY CARER LINDA'S LOVELY"
    if key in _MONTHS:
        return (_NO_ROLES_THING_AFTER.match(text, end) is not None
                and _DATE_AFTER.match(text, end) is None)
    if key in NOT_NAMES:  # "MY CARER WILL (SMITH) IS LATE"; not "MY CARER WILL COME"
        return key in AMBIGUOUS_GIVEN_NAMES and _IS_AFTER.match(
            text, one_case_surname_end(text, end)) is not None
    if key in _NOT_ONE_CASE_NAMES:
        return False
    # a word-name ("MY CARER DAWN", "MY WIFE CAROL") or one no list knows ("MY CARER AYESHA")
    # only where what a person does follows: "MY CARER ROSE IS LOVELY", not "MY CARER IS FRANK"
    if key in WORD_NAMES and _OWNED_BEFORE.search(text, 0, end - len(word)):
        return False  # "MY CARERS PATIENCE IS AMAZING": the carer's patience
    if key in WORD_NAMES and (one_case_surname_end(text, end) > end
                              or _FROM_A_SERVICE.match(text, end)):
        return True  # "MY CARER BLESSING JONES IS LOVELY", "… BLESSING FROM THE AGENCY NEVER CAME"
    return key in GIVEN_NAMES or ((key in AMBIGUOUS_GIVEN_NAMES or key in WORD_NAMES or (
        # not "USUALLY IS", nor "THE NURSE XXX WAS": a name already taken out
        may_be_a_name(word) and not ordinary_after_a_role(word) and len(set(key)) > 1))
                                  and _PERSON_VERB_AFTER.match(text, end) is not None)


def one_case_surname_end(text: str, end: int) -> int:
    """Where a one-case given name ending at `end` ends with the surname after it: "MY CARER
    LINDA JONES IS LOVELY", "my carer june smith." (so Redact takes both); not "MY SON GARETH
    LIVES IN…", "MY CARER LINDA ALWAYS IS": a surname only where what a person does, or the
    sentence's end, follows it."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not (m[1].isupper() if text[end - 1].isupper() else m[1].islower()):
        return end
    word = m[1]
    if (is_surname(word, after=NOT_BARE_SURNAMES) and may_be_a_name(word) and (
            _PERSON_VERB_AFTER.match(text, m.end())
            # what the person did ends the sentence: "MY WIFE CAROL DIED"
            or (_ENDS_AFTER.match(text, m.end()) and not ends_no_name(word)))):
        return m.end()
    return end


_OWNED_BEFORE = re.compile(r"(?i:s|['’]s?)[ \t]+$")
# Where a care worker works, after the worker's name: "BLESSING FROM THE AGENCY", not "BLESSING
# FROM THE CHURCH"
FROM_A_SERVICE = (r"(?i:from[ \t]+(?:the|our|my)[ \t]+(?:care[ \t]+)?"
                  r"(?:agency|council|office|reablement|team|surgery|social[ \t]+services))\b")
_FROM_A_SERVICE = re.compile(r"[ \t]*,?[ \t]+" + FROM_A_SERVICE)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_ENDS_AFTER = re.compile(r"[ \t]*(?:$|[.,;:!?)])")
_IS_AFTER = re.compile(r"(?:['’]s|[ \t]+(?:is|was))\b", re.IGNORECASE)
# What a person does, "is" and "was" aside
PERSON_DOES = (
    r"never|always|said|says|came|comes|rang|rings|phoned|died|passed"
    r"|helps|helped|does|did|doesn['’]t|didn['’]t|has|had|hasn['’]t"
    # what a neighbour or a carer does for someone: "MY NEIGHBOUR PAT KEEPS AN EYE ON ME"
    r"|keeps|kept|visits|visited|drives|drove|takes|took|brings|brought|pops|popped|cooks"
    r"|cooked|cleans|cleaned|checks|checked|shops|shopped")
_PERSON_VERB_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:is|was|" + PERSON_DOES + r")\b",
                                re.IGNORECASE)
