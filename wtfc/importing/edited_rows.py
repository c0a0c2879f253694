"""Rows of one file that are one statement saved twice, the later with a word put right.

Care systems export every saved version of a form (Mosaic's "all steps", LAS's form history):
a review saved as a draft and then completed gives each answer twice, the complete one with
"bus into" put right as "bus in to". The same words twice are a repeat already (``building``:
the same person's same words); a light edit between them gave two cards for one statement,
counted twice in its theme. So the earlier row is left out for the later one, whose words are
the form as completed: said in the report ("the same as row N, worded a little
differently"). Only for the same person and kind: rows with no person are anyone's, as for
repeats.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.importing.edited_words import retyped

# How far down a person's rows of one kind a later version is looked for: versions of a form
# sit together, and a sheet with one code on every row must not cost a comparison per pair
_LOOK_AHEAD = 50


def edited_later(rows: Sequence[tuple[str, str, str, int]]) -> dict[int, int]:
    """Of rows given as (person, kind, words as ``repeats.comparable`` gives them, spreadsheet
    row), by their index: each row that a later row of the same person and kind, on another
    spreadsheet row, repeats with a typo or two put right (``edited_words.retyped``) -> the
    index of the last such version, whose words are kept."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, (person, kind, _words, _row) in enumerate(rows):
        if person:
            groups.setdefault((person, kind), []).append(index)
    later: dict[int, int] = {}
    for indices in groups.values():
        for at, index in enumerate(indices):
            words, row = rows[index][2], rows[index][3]
            for other in indices[at + 1 : at + 1 + _LOOK_AHEAD]:
                again = rows[other][2]
                # cheap first (100,000 rows: 285,000 pairs): a slip changes two letters at
                # most, so the lengths differ by two at most, unless a "[name]" went in
                if (abs(len(again) - len(words)) <= 2 or "[" in again) and rows[other][3] != row \
                        and retyped(words, again):
                    later[index] = other
    for index in list(later):  # a draft, a second draft, the complete form: the last is kept
        while later[index] in later:
            later[index] = later[later[index]]
    return later
