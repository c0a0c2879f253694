"""Which cell values mean which kind of card ("red", "NW", "✗", "✗ Not working" → not
working). Editable.
Import reads a sheet's kind column with it and ``wtfc suggest`` a CSV's, so both read the same
words (it lives in the model, which both may import).

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
        # the method's own words (Working Together for Change: "what is working in the older
        # person's life", "asked 'what is working'")
        "what is working in my life",
        "what was working",
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
        # the method's own words ("what is not working in their life", "what was not going
        # well for people")
        "what is not working in my life",
        "what was not working",
        "what was not going well",
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
        "in the future",
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
        # the method's own words for the blue cards: "what people wanted in the future", "what
        # he wanted in the future", "what they want in the future" (TLAP's step 2: "what do they
        # want for the future?"), as a sheet's kind column writes them, for whoever is reviewed
        "what i want for the future",
        "what i want in the future",
        "what we want for the future",
        "what we want in the future",
        "what they want for the future",
        "what they want in the future",
        "what they wanted in the future",
        "what do they want for the future",
        "what do you want for the future",
        "what do you want in the future",
        "what would you like in the future",
        "what would you like for the future",
        "what i would like in the future",
        "what i would like for the future",
        "what i'd like in the future",
        "what i'd like for the future",
        "what he wants for the future",
        "what she wants for the future",
        "what he wanted in the future",
        "what she wanted in the future",
        "what people want for the future",
        "what people want in the future",
        "what people wanted in the future",
        "what people wanted for the future",
        "want for the future",
        "wants for the future",
        "wanted for the future",
        "want in the future",
        "wants in the future",
        "wanted in the future",
        # Welsh
        "dyfodol",
        "y dyfodol",
        "yn y dyfodol",
        "ar gyfer y dyfodol",
        "pwysig ar gyfer y dyfodol",
        "beth sy n bwysig ar gyfer y dyfodol",
        "pwysig i mi yn y dyfodol",
        "pwysig i r dyfodol",  # "Pwysig i'r dyfodol": important for the future
        "beth sy n bwysig i r dyfodol",
        "beth sy n bwysig i mi yn y dyfodol",  # what is important to me in the future
        "beth sydd yn bwysig i mi yn y dyfodol",
    ),
}


# Words a form puts around a kind word that do not change it: "Important to me in future" is
# "Important in the future", "What's really not working for us" is "Not working". Dropped only
# when a value is not known as written, and only to find a value known already: a guess shows
# as "Kinds are read as: …" on the confirm page and in each row's "Becomes" on the mapping step.
_FILLER = re.compile(
    r"^(what s|what is|whats|what are|things that are|things|the things that are)\b|"
    r"\b(the|a|an|my|our|your|their|really|very|(to|for) (me|us|you|them|him|her))\b|"
    # Welsh: "i mi" (for me), "i ni" (for us), "i chi" (for you), "y"/"yr" (the)
    r"\b(i (mi|fi|ni|chi)|y|yr)\b"
)


# A mark before the words, as the app's own wall and exports write a kind ("✗ Not working",
# "★ Future"), so what people copy from them: read when the mark and the words are of one kind.
_MARKED = re.compile(r"([^\w\s]+)\s*(\w.*)")


def loose_value(key: str) -> str:
    """A normalised value with its filler words left out ("" when nothing else is left)."""
    return " ".join(_FILLER.sub(" ", key).split())


def normalise_value(value: str) -> str:
    """The form values are compared in: case, spaces, apostrophes, dots and question marks do
    not matter ("What's working?" is "what s working")."""
    folded = value.casefold().strip()
    words = re.sub(r"[\s'’_\-./:;,!?()]+", " ", folded).strip()
    return words or folded


# wtfc's own kind words, as compared
_DEFAULT_KEYS = frozenset(
    normalise_value(word) for words in _DEFAULT_WORDS.values() for word in words)


def is_kind_phrase(value: str) -> bool:
    """Whether ``value`` is, as written, one of wtfc's own kind words: a fixed phrase, so it
    holds no one's name, though the guard reads a word of one as a name ("Beth sy'n gweithio":
    "Beth" is Welsh for "what"). The import's preview shows such a kind cell as written."""
    return normalise_value(value) in _DEFAULT_KEYS


class KindValues:
    """An immutable map from cell values to kinds; ``with_value`` returns an edited copy."""

    def __init__(self, values: Mapping[str, Kind], *, skipped: frozenset[str] = frozenset()
                 ) -> None:
        self._values = {normalise_value(k): Kind(v) for k, v in values.items()}
        # values the user said mean no kind: never read loosely as one either
        self._skipped = frozenset(normalise_value(v) for v in skipped) - set(self._values)
        loose: dict[str, Kind | None] = {}
        for key, kind in self._values.items():
            if short := loose_value(key):  # two kinds for one loose form: read neither
                loose[short] = kind if loose.get(short, kind) == kind else None
        self._loose = loose

    @classmethod
    def default(cls) -> KindValues:
        return cls({word: kind for kind, words in _DEFAULT_WORDS.items() for word in words})

    def kind_of(self, value: str) -> Kind | None:
        """The kind ``value`` means: as written, else with filler words left out, else a
        kind's mark and words that agree ("✓ Working"; "✓ Not working" is asked about)."""
        key = normalise_value(value)
        kind = self._read(key)
        if kind is None and key not in self._skipped and (marked := _MARKED.fullmatch(key)):
            # (a phone's "✔️" carries an invisible emoji selector after the mark)
            mark, words = self._read(marked[1].replace("\ufe0f", "")), self._read(marked[2])
            if mark is not None and mark == words:
                return words
        return kind

    def _read(self, key: str) -> Kind | None:
        """A normalised value as written, else with filler words left out."""
        if key in self._values:
            return self._values[key]
        if key in self._skipped:
            return None
        short = loose_value(key)
        return self._loose.get(short) if short else None

    def nearly_a_kind(self, value: str) -> bool:
        """Spelt nearly like a value read as a kind ("Workng", "Wroking"): a typo in a row of
        statements, not a heading ("Q3")."""
        import difflib

        return bool(difflib.get_close_matches(normalise_value(value), list(self._values), n=1,
                                              cutoff=0.8))

    def with_value(self, value: str, kind: Kind | None) -> KindValues:
        """A copy where `value` means `kind` (None: the value means no kind any more)."""
        key = normalise_value(value)
        values = dict(self._values)
        skipped = set(self._skipped)
        if kind is None:
            values.pop(key, None)
            skipped.add(key)
        else:
            values[key] = kind
            skipped.discard(key)
        return KindValues(values, skipped=frozenset(skipped))

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, KindValues) and other._values == self._values
                and other._skipped == self._skipped)

    def __hash__(self) -> int:
        return hash((frozenset(self._values.items()), self._skipped))

    def __repr__(self) -> str:
        return f"KindValues({len(self._values)} values)"
