"""Whether a card reads as written in a community language, not English: "SYN MAREK W ANGLII
NIE DZWONI", "MERI BAHU SHAZIA KHANA BANATI HAI", "MAE HUW A MEGAN YN DOD".

In such a card every word after a given name is one no English list knows, so the rules for
capitals read it as a surname or an initial and hid the sentence's meaning with the name ("SYN
[name] NIE DZWONI"). A card with a common function word of Welsh, Polish, Roman Urdu/Hindi/
Punjabi, Bengali/Sylheti, Gujarati, Somali, Irish or Cantonese and no English one is not
English: the name alone is hidden there. The words are only ones that are never English words
("nie", not "go", "ta" or "mam") nor names ("Amar", "Mari"), so an English card with a surname
("TA JOHN SMITH") keeps it hidden.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ENGLISH = _listed("""
the an my is are was were to and of in me he she it not no for with at on they we you her his
our your but have has had do does did can cannot will would this that so very him them us be been
from by all just too when what who there their here if or as am get got came come comes went
helps help
""")

_COMMUNITY = _listed("""
mae yn fy dw dwi gyda efo ddim ydw iawn rhy
nie jest się sie mnie mój moja moje bardzo
hai hain nahi nahin mein ka ki ke ko mera meri mere mujhe aata aati karti karta bahut
amake amare kore ashe thake bhalo
chhe che maro nathi
waa ayaa iyo waxaan wuxuu waxay oo
tá níl agus raibh anois agam gach
ngo hou mou gung saan
""")


@lru_cache(maxsize=64)  # asked once per word in capitals of the same card
def not_english(text: str) -> bool:
    """Whether `text` holds a community language's function word and no English one."""
    words = _words(text)
    return not words.isdisjoint(_COMMUNITY) and words.isdisjoint(_ENGLISH)


def has_english(text: str) -> bool:
    """Whether `text` holds an English function word ("A NEED MAIR HELP WI THE STAIRS")."""
    return not _words(text).isdisjoint(_ENGLISH)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}
