"""Emoji printed in PDFs by name say it in British English, as the rest of wtfc: the
wheelchair user's emoji printed "[person in motorized wheelchair]" (review R3 M4)."""

from __future__ import annotations

import re

from wtfc.export import writing
from wtfc.export.emoji_names import is_picture

# Unicode's American spellings, as its names have them ("MOTORIZED", "MINIMIZE"; not "size")
AMERICAN = re.compile(r"\w{3,}iz(e|ed|es|ing|ation)\b|\bcolor|\bcenter|\bgray\b", re.IGNORECASE)


def _printed(typed: str) -> str:
    return writing.drawable(typed).replace("\xa0", " ")


def test_a_motorised_wheelchair_is_spelt_the_british_way():
    assert _printed("🧑🏽‍🦼 came") == "[person in motorised wheelchair] came"
    assert _printed("👩‍🦼") == "[woman in motorised wheelchair]"
    assert _printed("🦼") == "[motorised wheelchair]"


def test_no_picture_is_named_in_american_spelling():
    # not U+1F100-1F1FF: letters in brackets or boxes ("parenthesized latin capital letter
    # a"), Unicode's technical names for what is typed as a letter, not a picture
    pictures = [chr(cp) for cp in (*range(0x1F000, 0x1F100), *range(0x1F200, 0x1FB00))
                if is_picture(chr(cp))]
    american = {p: said for p in pictures if AMERICAN.search(said := _printed(p))}
    assert american == {}
