"""A user's words shown exactly as typed where Qt guesses rich text, and tooltips kept narrow.

Tooltips and message boxes have no plain-text switch for their static functions: Qt renders
any text that ``Qt.mightBeRichText`` likes as HTML, so a card reading "I get <b>no</b> help"
showed a bold "no", and a file named "<b>x</b>.wtfc" was named in bold. Such text is escaped
and kept in a pre-wrap paragraph (line breaks kept, long lines still wrapped); anything else is
returned unchanged, so ordinary boxes and tips look as before.

A plain tip is as wide as its longest line until that passes the screen's width, and no tip
wraps inside a word: a 2,000-letter word was one 14,000 px line. A tip with a word too long for
a line is made a wrapping paragraph in which the word may break every ``WORD_LIMIT`` letters.
A tip of ordinary words with a line wider than ~``WIDEST_EMS`` is made a wrapping paragraph too:
on a 2560-wide screen a sentence ran 150 ems across before Qt would wrap it, too wide to read.
"""

from __future__ import annotations

import re

from PySide6.QtGui import Qt

WORD_LIMIT = 40  # letters (~40 ems of the widest) a word runs to before it may break
_BREAK = "\u200b"  # zero-width space: where Qt may end a line, drawn as nothing
_LONG_WORD = re.compile(rf"\S{{{WORD_LIMIT + 1},}}")
WIDEST_EMS = 60  # a tip's line past about this many ems wraps (how wide it then is: plain_tip)
# ~60 ems of ordinary words in the tips' font (a letter is ~2/3 of an "M" on average), a
# Chinese, Japanese or Korean letter (~1.2 "M") counted as two
LINE_LETTERS = 90
# (a pattern, compiled by re and kept in its cache for a line beyond Western European only: so
# wide a class cost every start ~40 M instructions to compile, for the demo's dashes)
_WIDE = ("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
         "\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001faff\U00020000-\U0003fffd]")


def escaped(text: str) -> str:
    """``text`` with the three characters HTML reads replaced. Not ``html.escape``: the ``html``
    package builds its table of 2,000 entities on import (start-up instructions)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def as_typed(text: str) -> str:
    """``text`` for a message box (or a label left to guess), shown as typed: a file's or a
    theme's name that looks like HTML is escaped; any other text is returned as it is."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escaped(text)}</p>"


def _breakable(word: re.Match[str]) -> str:
    whole = word.group()
    return _BREAK.join(whole[i:i + WORD_LIMIT] for i in range(0, len(whole), WORD_LIMIT))


def _too_wide(text: str) -> bool:
    """Whether a line of ``text`` runs past ~``WIDEST_EMS``, counted in letters, not
    measured: measuring each card's words in the tips' font cost ~20 µs a card, 0.2 s more
    to build a 10,000-card wall."""
    if len(text) <= LINE_LETTERS // 2:
        return False
    for line in text.split("\n"):
        if len(line) > LINE_LETTERS:
            return True
        if len(line) > LINE_LETTERS // 2 and not line.isascii() \
                and len(line) + _wide_letters(line) > LINE_LETTERS:
            return True
    return False


def _wide_letters(line: str) -> int:
    try:  # Windows-1252's letters and marks (“ ” – — … €): none is wide, a quick first look
        line.encode("cp1252")
        return 0
    except UnicodeEncodeError:
        return len(re.findall(_WIDE, line))


def plain_tip(text: str) -> str:
    """``text`` for ``setToolTip`` / a ToolTipRole, shown as typed, a word too long for a line
    broken where it must be, a line wider than ``WIDEST_EMS`` wrapped. A wrapped tip is as
    wide as Qt sizes any rich text, about 5 wide to 3 tall, not a set width: just past the
    limit it is a column ~14 ems wide and 5 lines tall, 170 letters ~19 ems, 600 letters ~34
    ems (the widths measured on a 2560-wide screen, where an 89-letter tip is one 56-em line)."""
    if not text:
        return text
    long_word = _LONG_WORD.search(text) is not None
    if not long_word and not Qt.mightBeRichText(text) and not _too_wide(text):
        return text
    words = _LONG_WORD.sub(_breakable, text) if long_word else text
    return f"<p style='white-space:pre-wrap'>{escaped(words)}</p>"
