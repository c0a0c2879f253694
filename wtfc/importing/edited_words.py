"""Whether a card's words are a row's words lightly edited since the row was imported.

After an import the facilitator puts typos right, redacts a name in one click ("Spoke to
[name] on Monday") or changes a card's kind. Importing the same file again must still know
those rows: a redacted row made again would put the name back. A rewrite ("Good food" made
"Bad food", a statement reworded) is not a light edit: those words are no longer the row's.
"""

from __future__ import annotations

import re

from wtfc.importing.known_words import known_word, words_of
from wtfc.model.workshop import REDACTION_LABELS

_PLACEHOLDER = re.compile("|".join(re.escape(label.casefold())
                                   for label in sorted(REDACTION_LABELS.values(), key=len,
                                                       reverse=True)))


def lightly_edited(card: str, row: str) -> bool:
    """Whether ``card`` is ``row`` with a personal detail redacted or a typo or two put right.

    Both are words as ``repeats.comparable`` gives them (case and spacing set aside). A typo is
    one letter added, taken out or changed; a statement may have one for every ten letters
    (any statement two, none more than ten), so "Good food" and "Bad food" (three) are
    different statements.
    """
    if card == row:
        return True
    if _PLACEHOLDER.search(card) and _redacted_from(card, row):
        return True
    return _edits_at_most(card, row, min(10, max(2, max(len(card), len(row)) // 10)))


def _redacted_from(card: str, row: str) -> bool:
    """The card's words with each placeholder standing for the words it replaced."""
    pattern = ".+?".join(re.escape(part) for part in _PLACEHOLDER.split(card))
    return re.fullmatch(pattern, row, flags=re.DOTALL) is not None


def _edits_at_most(a: str, b: str, most: int) -> bool:
    """Whether at most ``most`` letters added, taken out or changed make ``a`` into ``b``.

    Only the part between what the two share at their start and end is compared, and only
    within ``most`` letters of the diagonal, so a long statement costs little.
    """
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start:len(a) - end], b[start:len(b) - end]
    if abs(len(a) - len(b)) > most:
        return False
    over = most + 1
    previous = [j if j <= most else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        low, high = max(1, i - most), min(len(b), i + most)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= most else over
        for j in range(low, high + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (a[i - 1] != b[j - 1]), over)
        if min(current[low - 1:high + 1]) > most:
            return False
        previous = current
    return previous[len(b)] <= most


# Within one file nothing but the person and the kind ties two rows together (an earlier
# import's file again has the row's place too), so only a slip of the keys put right, or a
# name redacted, makes a later row the same statement: a word swapped for another ("on
# Fridays", "on Mondays"; "Meals on time", "Meds on time": two letters) is the person saying
# something else. A short answer is left alone whatever its letters: in two to four words a
# letter or two is as likely another thing said as a slip (review 34 A14 S1).
_MOST_RETYPED = 2
_DIGIT = re.compile(r"\d")
_FEWEST_WORDS = 5


def retyped(earlier: str, later: str) -> bool:
    """Whether ``later`` is ``earlier`` saved again with a slip of the keys put right or a name
    redacted ("bus into" made "bus in to", "carrers" made "carers"): a form exported as a
    draft and then complete. Words as ``repeats.comparable`` gives them; the same words are no
    retyping. When in doubt, not: two cards are better than one person's words lost."""
    if earlier == later:
        return False
    if _PLACEHOLDER.search(later) and _redacted_from(later, earlier):
        return True
    if abs(len(earlier) - len(later)) > _MOST_RETYPED:  # no slip of two letters: cheap first
        return False
    # a number put another way is another statement ("statement 1" / "statement 2", "15
    # minutes" / "45 minutes"), not a typo
    if _DIGIT.search("".join(_differing(earlier, later))):
        return False
    first, second = earlier.split(), later.split()
    if min(len(first), len(second)) < _FEWEST_WORDS:
        return False
    return _edits_at_most(earlier, later, _MOST_RETYPED) and _slips(first, second)


def _slips(first: list[str], second: list[str]) -> bool:
    """Whether the words that differ are slips: a word split or joined ("into" / "in to"),
    punctuation, or a word that is no word put right ("knid" / "kind"). Two real words
    ("meals" / "meds", "can" / "cant") are two things said."""
    while first and second and first[0] == second[0]:
        first, second = first[1:], second[1:]
    while first and second and first[-1] == second[-1]:
        first, second = first[:-1], second[:-1]
    if "".join(first) == "".join(second):
        return True  # "bus into town" / "bus in to town"
    if len(first) != len(second):
        return False
    for one, other in zip(first, second, strict=True):
        one_words, other_words = words_of(one), words_of(other)
        if [w.replace("'", "") for w in one_words] == [w.replace("'", "") for w in other_words]:
            continue  # "kind," / "kind", "can't" / "cant"
        if len(one_words) != 1 or len(other_words) != 1:
            return False
        if known_word(one_words[0]) and known_word(other_words[0]):
            return False
    return True


def _differing(a: str, b: str) -> tuple[str, str]:
    """What is left of each after what the two share at their start and end."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start:len(a) - end], b[start:len(b) - end]
