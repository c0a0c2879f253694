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
nie jest się mnie mój moja moje bardzo
hai hain nahi nahin mein ka ki ke mera meri mere mujhe aata aati karti karta bahut
amake amare kore thake bhalo
chhe maro nathi
waa ayaa iyo waxaan wuxuu waxay oo
tá níl agus raibh anois agam gach
ngo hou gung saan
""")


@lru_cache(maxsize=64)  # asked once per word in capitals of the same card
def not_english(text: str) -> bool:
    """Whether `text` holds a community language's function word and no English one."""
    words = _words(text)
    return not words.isdisjoint(_COMMUNITY) and words.isdisjoint(_ENGLISH)


def has_english(text: str) -> bool:
    """Whether `text` holds an English function word ("A NEED MAIR HELP WI THE STAIRS")."""
    return not _words(text).isdisjoint(_ENGLISH)


# Common surnames of the communities above: "SHAZIA BEGUM KHANA BANATI HAI", where the word
# after the surname is no function word; in English cards capitals surnames are found anyway.
_SURNAMES = _listed("""
begum akhtar akther khatun khan ahmed ahmad ali hussain hussein hassan patel shah singh kaur
mistry mohammed mohamed uddin miah rahman chowdhury iqbal nowak kowalski kowalska
wisniewski lewandowski wojcik kaminski jones davies evans williams
""")


def community_surname(word: str, after: re.Match[str] | None) -> bool:
    """Whether `word`, after a given name in a card not in English, is a surname: a common one
    ("BEGUM", "NOWAK"), or one no function word that stands just before one ("KOWALSKI NIE")."""
    key = word.lower()
    if key in _SURNAMES:
        return True
    return key not in _COMMUNITY and after is not None and after[1].lower() in _COMMUNITY


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def english_beyond_welsh(text: str) -> bool:
    """An English function word other than AM (Welsh 'for'): a bare W/Y/E there is an initial."""
    return not (_words(text) - {"am"}).isdisjoint(_ENGLISH)
