"""Whether typed words hold anything a reader would see.

A zero-width space, joiner, word joiner or byte-order mark comes along with words copied from
Word or a web page; Python's ``str.split``/``strip`` do not take them for space, so a box
holding only one read as typed: a card, an action or a theme name blank on the wall and an empty
“” on a poster.
"""

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def is_blank(text: str) -> bool:
    """True when ``text`` is only spaces (any kind Python knows) and the invisible characters
    above: nothing to read, so a "needs some words" check refuses it."""
    return all(ch.isspace() or ch in INVISIBLE for ch in text)
