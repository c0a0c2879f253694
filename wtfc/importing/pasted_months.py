"""Whether a pasted name's word that is a month ("May" of "May Smith", "April" of "April Jones")
stands where the words around it make it the month: "Since May the carers ring ahead", "the
new rota started on 12 April", "May 2026", "April to June".

A pasted given name is a name wherever it stands (``pasted_names``), so with May Smith pasted
the letter printed "Since [name] the carers ring ahead; … started on 12 [name]" and asked
nothing (whole-day walk W2 R2). Only a date's own words count: a number before or after, a
word of time before ("in", "since", "last", "end of"), or "to" joining two months. Anything
else stays a name ("May rang", "Thanks to May", "May and June came", "On Monday May rang"),
as does the month when said of a person ("Since May left"): when in doubt, hidden.
"""

from __future__ import annotations

import re

from wtfc.importing.name_words import PERSON_VERBS
from wtfc.model.dates import MONTHS

_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
_ANY_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march"
              r"|april|june|july|august|september|october|november|december)")
# Not "from" or "by" alone: "a card from May", "made by May" are a person as often (with a
# number or another month after, as in "by 3 June", "from May to July", they count).
_WHEN_BEFORE = re.compile(
    r"(?:\b(?i:in|last|next|this|early|mid|during)"
    r"|\b(?i:end|beginning|start|middle)[ \t]+(?i:of))[ \t]+$"
    r"|\b(?i:mid)-$"  # "mid-May"
    r"|\b\d{1,2}(?i:st|nd|rd|th)?[ \t]+(?:(?i:of)[ \t]+)?$"  # "12 May", "the 3rd of June"
    rf"|\b(?i:{_ANY_MONTH})[ \t]*(?:(?i:to|till|until)[ \t]+|[-–][ \t]*)$"  # "March to May"
)
# "since", "until", "till" join a clause too ("Since May left nobody rings"): the month only
# where a new clause's subject, a time or the sentence's end follows ("Since May the carers
# ring ahead", "until May next year", "since May.")
_CLAUSE_BEFORE = re.compile(r"\b(?i:since|until|till)[ \t]+$")
_CLAUSE_AFTER = re.compile(
    r"[ \t]*(?:$|[.,;:!?)]|[-–(]|[ \t]\d)"
    r"|[ \t]+(?i:the|a|an|our|my|his|her|their|your|this|that|these|those|we|they|i|it|there"
    r"|you|he|she|nobody|no|none|everyone|everybody|everything|all|most|some|many|each|every"
    r"|last|next|onwards|on|of|in|at|and[ \t]+(?:the|we|they|it|there|i))\b")
# what a person does, right after: "In May rang", "last April came round" name her
_PERSON_AFTER = re.compile(
    rf"[ \t]+(?i:{'|'.join(sorted(PERSON_VERBS))}|left|leaves|went|goes|visited|visits|helped"
    r"|helps|retired|joined)\b")
# "late May", not "the late May Smith", "our late April"
_LATE_BEFORE = re.compile(r"(?:\b((?i:the|our|my|his|her|their))[ \t]+)?\b(?i:late)[ \t]+$")
# "May 12", "May 12th", "May 2026"; "May to June", "April–June"; a day's number only where
# the sentence, a year or a clause's subject follows ("May 12 we met"), not "May 12 people came"
_DATE_AFTER = re.compile(
    r"(?:[ \t]+(?:\d{4}(?![\w'’-])|\d{1,2}(?:st|nd|rd|th)?"
    r"(?=[ \t]*(?:$|[.,;:!?)]|[ \t]\d{4}\b)"
    r"|[ \t]+(?:the|we|they|i|it|there|she|he|our|my|was|is)\b))"
    rf"|[ \t]*(?:(?:to|till|until)[ \t]+|[-–][ \t]*){_ANY_MONTH}\b)",
    re.IGNORECASE)


def is_month(word: str) -> bool:
    """Whether ``word`` (lowered, no possessive) is a month's full name."""
    return word in _MONTH_WORDS


def month_in_a_date(text: str, start: int, end: int) -> bool:
    """Whether the month's name ``text[start:end]`` is the month by the words around it (not
    its possessive: "May's room" is hers)."""
    if text.startswith(("'", "’"), end) or _PERSON_AFTER.match(text, end):
        return False
    near = max(0, start - 30)
    late = _LATE_BEFORE.search(text, near, start)
    return (_WHEN_BEFORE.search(text, near, start) is not None
            or (_CLAUSE_BEFORE.search(text, near, start) is not None
                and _CLAUSE_AFTER.match(text, end) is not None)
            or (late is not None and late[1] is None)
            or _DATE_AFTER.match(text, end) is not None)
