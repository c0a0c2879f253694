"""A card typed in capitals but for a kiss or a time: "MARY DROVE ME x", "THANK YOU MARK, SUE AND
JO xx", "TODAY TARIQ NEVER RANG BACK AT 5pm". Older people sign cards "x" and phones type "10am";
one lower-case letter made the card read as mixed case, where no capital marks a name, so every
capitals rule was off and the names went to the wall (code review A5 S2). The guard reads such a
card with those bits blanked: all in capitals, each word where it was typed.
"""

from __future__ import annotations

import re

# A kiss ("x", "xx"), a time ("5pm", "10.30 am", "9 a.m.") or an amount ("5mg", "10 mins"), a
# whole word; not "sue@x.com"
_LOWER_BITS = re.compile(
    r"(?<![\w@'’-])(?:x{1,5}"
    r"|\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)"
    r"|\d+(?:\.\d+)?[ \t]?(?:mg|ml|kg|g|km|cm|mm|mins?|hrs?|lbs?|ft|mph))(?![\w'’@-])")
_LOWER_LETTER = re.compile(r"[a-z]")
_DIGIT = re.compile(r"\d")
# The little words of a span of time between two times, or before one: "10am till 11am", "from
# 9am to 5pm", "between 2pm and 3pm" ("GWENLLIAN IS MY CARER, 10am till 11am" went up whole)
_TIME = r"\d{1,2}(?:[.:]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.)?"
_TIME_SPAN = re.compile(
    rf"(?<![\w@'’-])(?:(?:from|between)[ \t]+)?{_TIME}[ \t]*"
    rf"(?:till|til|until|to|and|-|–)[ \t]*{_TIME}(?![\w'’@-])"
    rf"|(?<![\w@'’-])(?:from|between|till|til|until)[ \t]+{_TIME}(?![\w'’@-])")


def read_as_capitals(text: str) -> str:
    """`text` with its kisses, times and amounts blanked when that leaves it all in capitals
    ("MARY DROVE ME  "), else `text` itself (most cards: mixed case, or in capitals already)."""
    if text.isupper() or text.islower():
        return text
    # most cards are in mixed case: their first lower-case letter is no kiss's nor time's
    first = _LOWER_LETTER.search(text)
    if first is None or not (_LOWER_BITS.search(text[max(0, first.start() - 8):first.end() + 8])
                             or _DIGIT.search(text, max(0, first.start() - 6),
                                              first.end() + 12)):
        # "between 9am": a digit soon after; "9-10am": the digits before the "am" (code
        # review A11 S3)
        return text
    blanked = _TIME_SPAN.sub(_blank, text) if _DIGIT.search(text) else text
    blanked = _LOWER_BITS.sub(_blank, blanked)
    return blanked if blanked != text and blanked.isupper() else text


def _blank(m: re.Match[str]) -> str:
    return _LOWER_LETTER.sub(" ", m.group())
