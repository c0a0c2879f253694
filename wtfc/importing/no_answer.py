"""Cells a care system (or a worker) fills in for a question left unanswered: "N/A", "-",
"See above". They are no one's words, so no card.

Only a cell that is nothing but such a phrase: "None of them come on time" is an answer. "No"
and "Nothing" alone stay too: to "What is working?" they are a person's own answer, and the
room should see it. "None", though, is what systems write into an empty box, so it goes.
"""

from __future__ import annotations

# As compared: lower case, marks taken off the ends, one space between words, none round "/"
_PHRASES = frozenset({
    "n/a", "na", "n a", "n/k", "nk", "not applicable", "not known", "not answered",
    "no answer", "no answer given", "no response", "not asked", "not discussed", "not recorded",
    "none", "nil", "none noted", "none identified", "none reported", "none recorded",
    "none at present", "none at this time", "nil of note", "nothing to add",
    "nothing further", "nothing further to add", "nothing to report", "nothing recorded",
    "no comment", "no comments", "no further comment", "no further comments",
    "see above", "as above", "same as above", "see below", "see previous", "as previous",
    "see previous review", "as previous review", "as per previous review", "as before",
    "refer to previous review", "refer to previous", "refer to previous assessment",
    "refer to above", "see notes", "see attached", "tbc", "tba",
})
# What may stand round a phrase ("(N/A)", "'None'", "N/A.") or be all there is ("-", "?", "…")
_MARKS = " \t\n.,;:!?-–—_*/\\…'\"‘’“”()[]"
_FIRST = frozenset(phrase[0] for phrase in _PHRASES)
_LONGEST = max(map(len, _PHRASES)) + 12  # longer cells are never only a phrase (quick no)


def no_answer(text: str) -> bool:
    """Whether ``text`` (one cell, its words read) says only that there is no answer."""
    if len(text) > _LONGEST:
        return False
    words = text.strip(_MARKS)
    if not words:  # "-", "?", "…": marks only
        return bool(text.strip())
    key = words.casefold()
    if key in _PHRASES:
        return True
    if key[0] not in _FIRST:  # most answers: asked on each correction of the mapping
        return False
    key = " ".join(key.split()).replace(" /", "/").replace("/ ", "/")
    return key in _PHRASES or key.replace(".", "") in _PHRASES  # "N / A", "N.A.", "n.k."
