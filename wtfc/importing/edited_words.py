"""Whether a card's words are a row's words lightly edited since the row was imported.

After an import the facilitator puts typos right, redacts a name in one click ("Spoke to
[name] on Monday") or changes a card's kind. Importing the same file again must still know
those rows: a redacted row made again would put the name back. A rewrite ("Good food" made
"Bad food", a statement reworded) is not a light edit: those words are no longer the row's.
"""

from __future__ import annotations

import re

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
# import's file again has the row's place too), so only a typo or two, or a name redacted,
# makes a later row the same statement: a word swapped for another ("on Fridays", "on
# Mondays": three letters) is the person saying something else.
_MOST_RETYPED = 2


def retyped(earlier: str, later: str) -> bool:
    """Whether ``later`` is ``earlier`` saved again with a typo or two put right or a name
    redacted ("bus into" made "bus in to"): a form exported as a draft and then complete.
    Words as ``repeats.comparable`` gives them; the same words are no retyping."""
    if earlier == later:
        return False
    if _PLACEHOLDER.search(later) and _redacted_from(later, earlier):
        return True
    # a number put another way is another statement ("statement 1" / "statement 2", "15
    # minutes" / "45 minutes"), not a typo
    if any(c.isdigit() for c in "".join(_differing(earlier, later))):
        return False
    return _edits_at_most(earlier, later, _MOST_RETYPED)


def _differing(a: str, b: str) -> tuple[str, str]:
    """What is left of each after what the two share at their start and end."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start:len(a) - end], b[start:len(b) - end]
