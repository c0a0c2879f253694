"""The letters the personal-detail guard reads a name in: every letter with a case, so "Siân",
"Mrs Wójcik", "Mr Łukasz Nowak", "Mrs Çelik", "Mrs Yılmaz" and "Seán" are names as "Sian",
"Mrs Wojcik" and "Sean" are. Only letters a to z were, and a Welsh, Polish, Irish or Turkish
name went to the projector unflagged while its plain spelling was held back.

Python's regexes have no "upper-case letter" class, so the classes are built once from the
Unicode database, for the scripts whose letters have a case (Latin, Greek, Cyrillic, Armenian;
names in Arabic script are ``urdu_names``'). The word lists hold plain letters, so a word is
looked up by its ``model.search_key`` (Siân → sian, Łukasz → lukasz), as Find reads it.
"""

from __future__ import annotations

import re
import unicodedata

# Latin (with its extensions), Greek, Cyrillic and Armenian: where letters have a case.
_BLOCKS = ((0x0041, 0x0590), (0x1E00, 0x2000), (0x2C60, 0x2C80), (0xA720, 0xA800))


def _letters(*categories: str) -> str:
    """A regex class's inside: every letter of ``categories`` in ``_BLOCKS``, as ranges."""
    codes = [c for first, end in _BLOCKS for c in range(first, end)
             if unicodedata.category(chr(c)) in categories]
    runs: list[tuple[int, int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1] = (runs[-1][0], c)
        else:
            runs.append((c, c))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                   for a, b in runs)


UPPER = _letters("Lu", "Lt")  # "A", "Ł", "Ç", "Ó"; title-case digraphs ("ǅ") too
# Lower-case letters, and the accents a letter may carry as a mark of its own ("Sia\u0302n"
# when no letter has them both)
LOWER = _letters("Ll") + "\u0300-\u036f"
LETTER = UPPER + LOWER

# An apostrophe belongs to a word only between its letters ("O'Neill", "Khan's", "don't"); before
# or after one it is a quote mark ("'Patricia'", "‘Sue’"). Read as part of the word, it hid a
# name in single quotes: "'Patricia" is no capitalised word, "Patricia'" no given name.
NOT_IN_A_WORD_BEFORE = r"(?<![\w-])(?<!\w['’])"  # the start of a word, a quote mark before it
WORD_END = r"(?![\w-]|['’]\w)"  # the end of a word, a quote mark after it
# A capitalised word with no word character, hyphen or word's apostrophe before it. The look
# back follows the capital so the search can jump from capital to capital.
CAPITALISED = re.compile(
    f"[{UPPER}]" + r"(?<![\w-].)(?<!\w['’].)[\w\u0300-\u036f-]*(?:['’]\w[\w\u0300-\u036f-]*)*"
)
# A word that may be a name: "Siân", "O'Brien", "D'Souza", "McDonald", "Wójcik-Nowak", "Khan's";
# the Irish "Ó" of "Ó Briain" is one too
_LOWER_RUN = f"[{LOWER}]+(?:['’][{LOWER}]+)*"  # "ones", "ill's": no quote mark at its end
NAME_WORD = re.compile(
    f"(?:[{UPPER}]{_LOWER_RUN}|[{UPPER}]['’][{UPPER}]{_LOWER_RUN}|Ma?c[{UPPER}][{LOWER}]+|Ó)"
    f"(?:-[{UPPER}]{_LOWER_RUN})?(?:['’]s)?"
)
# The capitalised word after a space, taken with the one before it ("Margaret Ellis", "Seán
# Ó Briain")
_LETTER_RUN = f"[{LETTER}]*(?:['’][{LETTER}]+)*"
NEXT_CAPITALISED = re.compile(
    f"[ \\t]+(?:Ó[ \\t]+)?[{UPPER}]{_LETTER_RUN}(?:-[{UPPER}]{_LETTER_RUN})?"
)
# The word after a space, in any case ("Lane" in "Mrs Green Lane")
NEXT_WORD = re.compile(f"[ \\t]+([{LETTER}]+)")
# A word of a statement typed all in one case, after a title ("mrs wójcik", "MR ŁUKASZ NOWAK")
ONE_CASE_WORD = f"[{LETTER}]+(?:['’-][{LETTER}]+)*"
# Any word character but "_" may be in a domain; the local part takes "_" too ("siân_j@…"),
# and an apostrophe between its letters ("o'brien@…": "o'" was left showing)
EMAIL = re.compile(r"[\w.%+-]+(?:['’][\w.%+-]+)*@(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*\.[^\W\d_]{2,}")
