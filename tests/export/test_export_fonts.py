"""The embedded fonts: wtfc's quicker way to a string's bytes in a font subset gives exactly
what reportlab gives, and plain ASCII skips the checks other writing needs."""

from __future__ import annotations

import io
import random

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from wtfc.export import fonts as f
from wtfc.export import writing


def test_strings_split_into_subsets_as_reportlab_splits_them():
    f.fonts()
    font = pdfmetrics.getFont(f.REGULAR)
    assert isinstance(font, f._Font)
    # Enough different characters to fill the first subset and start a second one.
    have = sorted(c for c in font.face.charToGlyph if c > 126)
    rng = random.Random(7)
    texts = ["", "plain words", "“quoted”", "no\xa0break", "tab\tand\nline"]
    for _ in range(600):
        chars = [rng.choice("abc xyz.,;") for _ in range(rng.randint(1, 30))]
        chars += [chr(rng.choice(have)) for _ in range(rng.randint(0, 3))]
        rng.shuffle(chars)
        texts.append("".join(chars))
    ours, theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    for text in texts * 2:  # the second time, every character has its place already
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs), text
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert len(font.state[ours].subsets) > 1


def test_plain_ascii_needs_no_checks():
    assert writing.plain_ascii("I like my carer & her tea.")
    for text in ("tab\there", "line\nbreak", "café", "“quoted”", "\x07"):
        assert not writing.plain_ascii(text)
    assert f.markup("a < b & c") == "a &lt; b &amp; c"
    assert writing.drawable("plain") == "plain" and writing.unshown("plain") == ()
    assert not writing.has_rtl("plain ascii") and writing.has_rtl("plain اردو")
