"""The words the personal-detail guard reads: a statement as it looks, not as it is stored.

Text pasted from an e-mail or a web page carries a no-break space ("Mrs Hughes", "07700 900456"
joined by U+00A0), a zero-width space inside a word ("Do​reen") or full-width letters, all drawn
as plain letters and spaces; the guard's rules want plain spaces and letters. So the guard reads
a copy made plain (NFKC, invisible format characters taken out, every Unicode space a space) and
gives each finding back at the place it has in the text as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Every Unicode space but the plain one (Zs) and every invisible format character (Cf), which
# ``_plain`` changes: looked for first, so a statement that holds none (and is in NFKC already,
# as nearly all are) is not copied character by character.
_SPACE_OR_FORMAT = re.compile(
    "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # spaces
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


@dataclass(frozen=True, slots=True)
class PlainCopy:
    """``text`` made plain, and where each of its characters came from in the text as typed."""

    text: str
    starts: tuple[int, ...]  # plain index → the first typed index it came from
    ends: tuple[int, ...]  # plain index → the typed index just after it

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The typed text's (start, end) of the plain text's ``[start:end]``."""
        return self.starts[start], self.ends[end - 1]


def plain_copy(text: str) -> PlainCopy | None:
    """``text`` made plain, or None when it is plain already (most statements are ASCII)."""
    if text.isascii() or (
        unicodedata.is_normalized("NFKC", text) and not _SPACE_OR_FORMAT.search(text)
    ):
        return None
    plain: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        # a letter and its accents make one piece: NFKC joins "e" and U+0301 into "é"
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = _plain(text[i:j])
        plain.append(piece)
        starts += [i] * len(piece)
        ends += [j] * len(piece)
        i = j
    made = "".join(plain)
    if made == text:
        return None
    return PlainCopy(made, tuple(starts), tuple(ends))


def plain_text(text: str) -> str:
    """``text`` made plain (for the names to watch for, pasted from anywhere)."""
    copy = plain_copy(text)
    return copy.text if copy else text


def _plain(piece: str) -> str:
    first = piece[0]
    category = unicodedata.category(first)
    if category == "Zs":  # no-break, thin, figure… spaces: a space
        return " "
    if category == "Cf" or first == "\u00ad":  # zero-width spaces and joiners, soft hyphen
        return ""
    return unicodedata.normalize("NFKC", piece)
