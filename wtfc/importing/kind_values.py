"""Which cell values mean which kind of card ("red", "NW", "✗" → not working). Editable.

Beside the WTFC words themselves, the words council review forms use: "working well" / "not
working well" (often "WW" / "NWW"), strengths from strengths-based reviews, concerns and what
"could be better", and hopes, wishes and goals for the future; and the Welsh words ("Yn
gweithio", "Ddim yn gweithio", "Dyfodol"). "Amber" is left out on purpose:
in a red/amber/green column it can mean either, so the facilitator is asked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wtfc.model.workshop import Kind

_DEFAULT_WORDS: dict[Kind, tuple[str, ...]] = {
    Kind.WORKING: (
        "working",
        "works",
        "work",
        "w",
        "green",
        "g",
        "what s working",
        "what is working",
        "whats working",
        "is working",
        "good",
        "positive",
        "pos",
        "yes",
        "y",
        "+",
        "✓",
        "✔",
        "☑",
        "✅",
        "tick",
        "👍",
        "going well",
        # what council review forms and spreadsheets head the column with
        "working well",
        "ww",
        "what s working well",
        "what is working well",
        "whats working well",
        "works well",
        "what works",
        "what works well",
        "went well",
        "what went well",
        "positives",
        "strength",
        "strengths",  # strengths-based reviews (Care Act 2014) list what is working
        # Welsh: councils in Wales run reviews in Welsh too
        "yn gweithio",
        "gweithio",
        "beth sy n gweithio",
        "beth sydd yn gweithio",
        "yn gweithio n dda",
        "gweithio n dda",
        "beth sy n gweithio n dda",
    ),
    Kind.NOT_WORKING: (
        "not working",
        "not work",
        "nw",
        "n w",
        "red",
        "r",
        "what s not working",
        "what is not working",
        "whats not working",
        "isn t working",
        "isnt working",
        "not going well",
        "bad",
        "negative",
        "neg",
        "no",
        "n",
        "-",
        "✗",
        "✘",
        "✕",
        "❌",
        "×",
        "x",
        "cross",
        "👎",
        "not working well",
        "nww",
        "n w w",
        "what s not working well",
        "what is not working well",
        "whats not working well",
        "not working so well",
        "not so good",
        "not going so well",
        "doesn t work",
        "doesnt work",
        "does not work",
        "what doesn t work",
        "what does not work",
        "could be better",
        "what could be better",
        "needs to change",
        "what needs to change",
        "needs improving",
        "needs improvement",
        "to improve",
        "negatives",
        "concern",
        "concerns",
        "worries",
        "worried",
        "worry",
        "problems",
        "issues",
        # Welsh
        "ddim yn gweithio",
        "dim yn gweithio",
        "beth sydd ddim yn gweithio",
        "beth sy ddim yn gweithio",
        "beth nad yw n gweithio",
        "ddim yn gweithio n dda",
    ),
    Kind.FUTURE: (
        "future",
        "f",
        "blue",
        "b",
        "important for the future",
        "important in the future",
        "important to me in the future",
        "for the future",
        "future wish",
        "wish",
        "hope",
        "★",
        "☆",
        "*",
        "star",
        "⭐",
        "what s important for the future",
        "what is important for the future",
        "whats important for the future",
        "hopes",
        "hopes for the future",
        "future hopes",
        "hopes and dreams",
        "wishes",
        "wishes for the future",
        "aspirations",
        "goals",
        "future goals",
        # Welsh
        "dyfodol",
        "y dyfodol",
        "ar gyfer y dyfodol",
        "pwysig ar gyfer y dyfodol",
        "beth sy n bwysig ar gyfer y dyfodol",
        "pwysig i mi yn y dyfodol",
    ),
}


def normalise_value(value: str) -> str:
    """The form values are compared in: case, spaces, apostrophes, dots and question marks do
    not matter ("What's working?" is "what s working")."""
    folded = value.casefold().strip()
    words = re.sub(r"[\s'’_\-./:;,!?()]+", " ", folded).strip()
    return words or folded


class KindValues:
    """An immutable map from cell values to kinds; ``with_value`` returns an edited copy."""

    def __init__(self, values: Mapping[str, Kind]) -> None:
        self._values = {normalise_value(k): Kind(v) for k, v in values.items()}

    @classmethod
    def default(cls) -> KindValues:
        return cls({word: kind for kind, words in _DEFAULT_WORDS.items() for word in words})

    def kind_of(self, value: str) -> Kind | None:
        return self._values.get(normalise_value(value))

    def with_value(self, value: str, kind: Kind | None) -> KindValues:
        """A copy where `value` means `kind` (None: the value means no kind any more)."""
        values = dict(self._values)
        if kind is None:
            values.pop(normalise_value(value), None)
        else:
            values[normalise_value(value)] = kind
        return KindValues(values)

    def as_dict(self) -> dict[str, Kind]:
        return dict(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KindValues) and other._values == self._values

    def __hash__(self) -> int:
        return hash(frozenset(self._values.items()))

    def __repr__(self) -> str:
        return f"KindValues({len(self._values)} values)"
