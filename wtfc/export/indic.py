"""Bengali, Gurmukhi (Punjabi), Gujarati, Devanagari (Hindi) and Tamil: their fonts, and the
HarfBuzz shaping without which no reader would accept them.

These scripts cannot be drawn a character at a time, as reportlab draws: a vowel sign is drawn
before the consonant it follows ("কি"), consonants join into conjuncts ("ক্ষ"), marks sit above
or below their letter. HarfBuzz (``uharfbuzz``) picks the glyphs and their places; reportlab asks
it when a paragraph style has ``shaping`` set, and draws the resulting ``ShapedStr`` glyph by
glyph. So a paragraph with these scripts gets a shaping style (``paragraph.BidiParagraph``),
the posters' own text measures and draws their runs shaped (``text.py``), each shaped run keeps
its text as typed for screen readers, search and copying (``actual_text``), and only these
scripts' fonts are ever shaped (``shape_word``): Atkinson, the fallback and the Arabic font,
whose letters ``writing.py`` joins itself, are drawn exactly as before, so an export without
these scripts is the same PDF byte for byte.

Noto Sans Devanagari and Tamil come from the ``fontpkg`` packages (variable fonts, of which
reportlab draws the default, regular, outlines: one weight, as for Arabic). No package has
Noto Sans Bengali, Gurmukhi or Gujarati, so their static Regular and Bold are bundled in
``wtfc/assets/fonts`` (from Debian's fonts-noto-core; SIL Open Font License, ``OFL.txt``).
A script's font is registered when a text first needs it (2 to 5 ms), so other exports cost
nothing more. Without uharfbuzz nothing here is drawn (it would come out letter by letter):
``writing.py`` then shows a marker, as for any writing no font has.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import wtfc


@dataclass(frozen=True)
class Script:
    name: str
    first: int  # its Unicode block
    last: int
    font: str  # the registered names of its regular and bold
    bold: str


_PACKAGED = {"Devanagari": "fontpkg_noto_sans_devanagari", "Tamil": "fontpkg_noto_sans_tamil"}
SCRIPTS = tuple(Script(name, first, last, f"Wtfc{name}",
                       f"Wtfc{name}" if name in _PACKAGED else f"Wtfc{name}-Bold")
                for name, first, last in (("Devanagari", 0x0900, 0x097F),
                                          ("Bengali", 0x0980, 0x09FF),
                                          ("Gurmukhi", 0x0A00, 0x0A7F),
                                          ("Gujarati", 0x0A80, 0x0AFF),
                                          ("Tamil", 0x0B80, 0x0BFF)))
FONTS = frozenset(name for s in SCRIPTS for name in (s.font, s.bold))
_BY_FONT = {name: s for s in SCRIPTS for name in (s.font, s.bold)}
_ANY = re.compile("[\u0900-\u0aff\u0b80-\u0bff]")
# The danda and double danda (in the Devanagari block) end sentences in Bengali, Gurmukhi and
# Gujarati too, and each of the five fonts has them; the joiners choose a conjunct's form.
# They are drawn in the font of the script around them.
SHARED = frozenset("\u0964\u0965\u200c\u200d")
JOINERS = frozenset("\u200c\u200d")


def has_indic(text: str) -> bool:
    """Whether ``text`` holds a character of one of these scripts."""
    return not text.isascii() and _ANY.search(text) is not None


def script_of(ch: str) -> Script | None:
    code = ord(ch)
    if 0x0900 <= code <= 0x0BFF:
        for script in SCRIPTS:
            if script.first <= code <= script.last:
                return script
    return None


@functools.lru_cache(maxsize=4_096)  # asked for every character of every text of these scripts
def drawn(ch: str) -> bool:
    """Whether a font here draws ``ch`` (loading the font of its script, on first need)."""
    if ch in SHARED:  # drawn in the font of the text around it, or else Devanagari's
        return _can_shape()
    script = script_of(ch)
    return script is not None and ord(ch) in chars(script.name)


def font_of(ch: str, *, after: str = "") -> str:
    """The font that draws ``ch``, or "" when none here does. ``after`` is the font of the
    run it follows: a danda or joiner stays in it."""
    if ch in SHARED and after in _BY_FONT:
        return _BY_FONT[after].font
    script = script_of(ch)
    if script is None or ord(ch) not in chars(script.name):
        return ""
    return script.font


def bold_of(font: str) -> str:
    """The bold of one of these fonts (the regular where only one weight is drawn)."""
    return _BY_FONT[font].bold if font in _BY_FONT else font


@functools.cache
def chars(script: str) -> frozenset[int]:
    """Register a script's fonts on first need; the characters they draw (none without
    HarfBuzz, or without the font's package)."""
    import importlib

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not _can_shape():
        return frozenset()
    s = next(s for s in SCRIPTS if s.name == script)
    if script in _PACKAGED:
        try:
            package = importlib.import_module(_PACKAGED[script])
        except ImportError:
            return frozenset()
        font = TTFont(s.font, str(Path(package.ROOT) / "files"
                                  / f"NotoSans{script}[wdth,wght].ttf"))
        pdfmetrics.registerFont(font)
    else:
        folder = Path(wtfc.__file__).resolve().parent / "assets" / "fonts"
        font = TTFont(s.font, str(folder / f"NotoSans{script}-Regular.ttf"))
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFont(TTFont(s.bold, str(folder / f"NotoSans{script}-Bold.ttf")))
    pdfmetrics.registerFontFamily(s.font, normal=s.font, bold=s.bold, italic=s.font,
                                  boldItalic=s.bold)
    _use_word_shaper()
    return frozenset(font.face.charToGlyph)


def _can_shape() -> bool:
    from reportlab.pdfbase import ttfonts

    return ttfonts.uharfbuzz is not None


# --- Shaping ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=20_000)  # a poster's words are drawn at the sizes tried
def shaped(text: str, font: str, size: float) -> str:
    """``text`` in one of these fonts as reportlab draws it shaped (an ``actual_text.Shaped``:
    glyphs with their places, and the text as typed), for ``draw``; ``text`` itself when
    shaping changes nothing."""
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    from wtfc.export.actual_text import Shaped

    drawn = shapeStr(text, font, size)
    return Shaped(drawn, text) if isinstance(drawn, ShapedStr) else drawn


def draw(canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """``text`` in one of these fonts at ``x``, ``y``, shaped; a reader of the PDF gets it
    back as typed (``actual_text``)."""
    from wtfc.export.actual_text import draw_string

    canvas.setFont(font, size)
    draw_string(canvas, x, y, shaped(text, font, size))


def width(text: str, font: str) -> float:
    """The shaped width of ``text`` in one of these fonts at 1 pt (a conjunct is one glyph,
    narrower than its letters side by side)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import ShapedStr

    drawn_text = shaped(text, font, 1.0)
    if isinstance(drawn_text, ShapedStr):
        return sum(glyph.x_advance for glyph in drawn_text.__shapeData__) / 1000
    return stringWidth(text, font, 1.0)


def shape_word(word):
    """reportlab's ``shapeFragWord`` for a word of a paragraph with ``shaping`` set
    ([width, (frag, text), …]): each run in one of these fonts is shaped on its own, any other
    run is left as it is. reportlab's shapes the whole word in its first run's font, so the
    quotation mark that opens “আমি … put the Bengali in Atkinson, which has no glyph for it,
    and Atkinson's kerning would move English words that are drawn unshaped everywhere else."""
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord

    pieces = word[1:]
    if isinstance(word, ShapedFragWord) or not any(
            getattr(frag, "fontName", "") in FONTS for frag, _ in pieces):
        return word
    if any(hasattr(frag, "cbDefn") for frag, _ in pieces):
        return word  # an anchor or image inside the word: wtfc's text has none
    out: list = []
    total = 0.0
    changed = False
    start = 0
    while start < len(pieces):
        font = pieces[start][0].fontName
        end = start + 1
        while end < len(pieces) and pieces[end][0].fontName == font:
            end += 1
        run = pieces[start:end]
        done = None
        if font in FONTS:
            done = (_shaped_run(*run[0]) if len(run) == 1
                    else _typed_pieces(_reportlab_shape([_run_width(run), *run]), run))
        if done is not None:
            changed = True
            run_width, run = done[0], done[1:]
        else:
            run_width = _run_width(run)
        out += run
        total += run_width
        start = end
    if not changed:
        return word
    return makeShapedFragWord(word)([total, *out])


def _run_width(run) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(text, frag.fontName, frag.fontSize) for frag, text in run)


def _shaped_run(frag, text: str):
    """``_reportlab_shape`` of a run of one piece: HarfBuzz asked once per text, font and size
    (reportlab shapes a paragraph's words again each time it is wrapped, and a table wraps its
    cells several times); the result is rebuilt around this run's own piece of the paragraph."""
    done = _shaped_text(text, frag.fontName, frag.fontSize)
    return None if done is None else [done[0], (frag, done[1])]


@functools.lru_cache(maxsize=20_000)  # thread-safe: exports run on a background thread
def _shaped_text(text: str, font: str, size: float):
    """(width, shaped text that knows ``text``: ``actual_text.Shaped``) of one run in one font
    and size, or None when shaping changes nothing."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.pdfmetrics import stringWidth

    run = [(ABag(fontName=font, fontSize=size), text)]
    done = _typed_pieces(_reportlab_shape([stringWidth(text, font, size), *run]), run)
    return None if done is None else (done[0], done[1][1])


def _typed_pieces(done, run):
    """A shaped run ([width, (frag, glyphs), …]) with each piece's glyphs knowing their part
    of the run's text (``actual_text.Shaped``): HarfBuzz's cluster numbers say which character
    each glyph came from."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    from wtfc.export.actual_text import Shaped

    if done is None:
        return None
    text = "".join(piece for _, piece in run)
    starts = [piece.__shapeData__[0].cluster if isinstance(piece, ShapedStr) and piece
              else None for _, piece in done[1:]]
    out = [done[0]]
    for n, (frag, piece) in enumerate(done[1:]):
        end = next((s for s in starts[n + 1:] if s is not None), len(text))
        if starts[n] is not None:
            piece = Shaped(piece, text[starts[n]:end])
        out.append((frag, piece))
    return out


def _reportlab_shape(word):
    """reportlab's shaping of a one-font word; None when it changes nothing."""
    from reportlab.pdfbase.ttfonts import shapeFragWord

    done = shapeFragWord(word)
    return None if done is word else done


@functools.cache
def _use_word_shaper() -> None:
    """Paragraphs shape their words with ``shape_word`` (reportlab looks the function up in
    its paragraph module as it breaks lines). Only paragraphs with these scripts are shaped
    at all: for any other, reportlab never calls it."""
    from reportlab.platypus import paragraph

    paragraph.shapeFragWord = shape_word
