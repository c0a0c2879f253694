"""The fonts every PDF embeds: Atkinson Hyperlegible, with a wide-coverage fallback per glyph.

Atkinson Hyperlegible (Braille Institute, SIL OFL) is drawn for low-vision readers, but it has
no Welsh ŵ/ŷ, arrows or symbols. reportlab has no automatic glyph fallback, so text goes through
``markup``: runs of characters the main font lacks are wrapped in ``<font>`` tags naming the
fallback (DejaVu Sans where the system has it, else a common sans, else reportlab's own Vera).
Arabic-script letters (Urdu, Arabic, Persian) are drawn in Noto Sans Arabic, from the
``fontpkg_noto_sans_arabic`` package, loaded only for a workshop that has some: DejaVu Sans lacks
Urdu's heh goal and yeh barree (ہ ے), which are in most Urdu sentences. ``writing.py`` joins
the letters and puts right-to-left lines in visual order; the PDF says each joined form reads
as its letters (``_JoinedForms``), so Urdu is copied and searched as typed. Bengali, Gurmukhi,
Gujarati, Devanagari and Tamil are drawn in their Noto Sans fonts, shaped by HarfBuzz
(``indic.py``).
Kind icons are drawn as shapes (``icons.py``), so they never depend on a font.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wtfc.export import indic

REGULAR = "Atkinson"
BOLD = "Atkinson-Bold"
ITALIC = "Atkinson-Italic"
FALLBACK = "WtfcFallback"
FALLBACK_BOLD = "WtfcFallback-Bold"
ARABIC = "WtfcArabic"  # one weight: reportlab draws a variable font's default (regular) outlines

# Candidates for the fallback, most complete first: (regular, bold).
_FALLBACK_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/Library/Fonts/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/DejaVuSans.ttf", "C:/Windows/Fonts/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/segoeui.ttf", "C:/Windows/Fonts/segoeuib.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
)


@dataclass(frozen=True)
class FontSet:
    """The registered font names, and which characters the main font can draw."""

    main_chars: frozenset[int]
    fallback_chars: frozenset[int]


def _atkinson_folder() -> Path:
    import fontpkg_atkinson_hyperlegible as pkg

    return Path(pkg.ROOT) / "files"


def _fallback_files() -> tuple[str, str]:
    for regular, bold in _FALLBACK_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            return regular, bold
    import reportlab

    folder = Path(reportlab.__file__).parent / "fonts"  # Vera: DejaVu's ancestor, always there
    return str(folder / "Vera.ttf"), str(folder / "VeraBd.ttf")


class _Font(TTFont):
    """A TrueType font as reportlab embeds it, with a quicker way to the same bytes for text
    whose characters all have their place in the font's first subset already: nearly every
    line of a long report. reportlab looks up each character of each string it draws one by one
    in Python (``TTFont.splitString``), about a third of the time a report spends drawing text;
    here such a string is translated in one call, and any other goes to reportlab."""

    def splitString(self, text, doc, encoding="utf-8"):
        state = self.state.get(doc)
        if state is not None and text and isinstance(text, str):
            first = _first_subset(state)
            if first.chars.issuperset(text):
                return [(0, text.translate(first.codes).encode("latin-1"))]
        return super().splitString(text, doc, encoding)


@dataclass(frozen=True)
class _FirstSubset:
    size: int  # of the assignments it was made from: they only grow
    chars: frozenset[str]
    codes: dict[int, str]  # character → its code in the subset, as a one-byte character


def _first_subset(state: TTFont.State) -> _FirstSubset:
    """The characters a document's font has placed in its first subset (codes 0 to 255), kept
    on reportlab's state for the document until a new character is placed."""
    first = state.__dict__.get("_wtfc_first_subset")
    if first is None or first.size != len(state.assignments):
        codes = {char: chr(n) for char, n in state.assignments.items() if n < 256}
        if 32 in codes:
            codes[0xA0] = codes[32]  # reportlab draws a no-break space as a space
        first = _FirstSubset(len(state.assignments), frozenset(map(chr, codes)), codes)
        state._wtfc_first_subset = first
    return first


class _JoinedForms(TTFont):
    """A font that draws Arabic-script letters in the joined forms ``writing.py`` puts in their
    place, read back from the PDF as the letters themselves: copied, searched or read aloud,
    "اردو" was "ﺍﺭﺩﻭ", the look-alike characters of the forms, which a search for the word
    never finds. A PDF says what each glyph reads as in its font's ToUnicode map; here a joined
    form maps to its letters (its compatibility decomposition). The glyphs are in visual order,
    which readers reverse for right-to-left text character by character, so a ligature's
    letters are given in visual order too (lam-alef, "لا", as alef then lam). A character past
U+FFFF is written as UTF-16, as the map requires (``_utf16``)."""

    def addObjects(self, doc):
        state = self.state.get(doc)
        names = ([self.getSubsetInternalName(n, doc)[1:] for n in range(len(state.subsets))]
                 if state is not None else [])
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in names:
            cmap = doc.idToObject[fonts[name].ToUnicode.name]
            cmap.content = _BEYOND_LINE.sub(_utf16, _FORM_LINE.sub(_letters, cmap.content))


# A line of reportlab's ToUnicode map ("<0A> <FEFB>") for a glyph of a joined Arabic form.
_FORM_LINE = re.compile(r"^(<[0-9A-F]{2}>) <(F[B-E][0-9A-F]{2})>$", re.MULTILINE)


# reportlab writes a character past U+FFFF as five hex digits, which readers cut to four
# ("𝐀", U+1D400, copied as "ᵀ"); the map wants it as UTF-16, a surrogate pair.
_BEYOND_LINE = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(line: re.Match) -> str:
    return f"{line[1]} <{chr(int(line[2], 16)).encode('utf-16-be').hex().upper()}>"


def _letters(line: re.Match) -> str:
    form = chr(int(line[2], 16))
    if not is_arabic(form):
        return line[0]
    letters = unicodedata.normalize("NFKC", form)[::-1]
    return f"{line[1]} <{''.join(f'{ord(ch):04X}' for ch in letters)}>"


@functools.cache
def fonts() -> FontSet:
    """Register the fonts once per process (about 35 ms) and say what they cover."""
    # Streams are zlib-compressed either way; reportlab's extra ASCII-85 layer (for 7-bit mail
    # transport of the 1990s) makes files 25 % bigger and, without its C accelerator, costs
    # about a third of a poster's export time.
    rl_config.useA85 = 0
    folder = _atkinson_folder()
    main = _Font(REGULAR, str(folder / "AtkinsonHyperlegible-Regular.ttf"))
    pdfmetrics.registerFont(main)
    pdfmetrics.registerFont(_Font(BOLD, str(folder / "AtkinsonHyperlegible-Bold.ttf")))
    pdfmetrics.registerFont(_Font(ITALIC, str(folder / "AtkinsonHyperlegible-Italic.ttf")))
    pdfmetrics.registerFont(_Font("Atkinson-BoldItalic",
                                  str(folder / "AtkinsonHyperlegible-BoldItalic.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic="Atkinson-BoldItalic")
    regular, bold = _fallback_files()
    fallback = _JoinedForms(FALLBACK, regular)  # DejaVu has the joined forms the Arabic
    pdfmetrics.registerFont(fallback)  # font lacks (or all of them, if it is not installed)
    pdfmetrics.registerFont(_JoinedForms(FALLBACK_BOLD, bold))
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD,
                                  italic=FALLBACK, boldItalic=FALLBACK_BOLD)
    return FontSet(main_chars=frozenset(main.face.charToGlyph),
                   fallback_chars=frozenset(fallback.face.charToGlyph))


@functools.cache
def arabic_chars() -> frozenset[int]:
    """Register the Arabic-script font on first need (about 10 ms); the characters it draws."""
    fonts()
    try:
        import fontpkg_noto_sans_arabic as pkg
    except ImportError:  # an install without it: DejaVu Sans draws what Arabic it has
        return frozenset()
    font = _JoinedForms(ARABIC, str(Path(pkg.ROOT) / "files" / "NotoSansArabic[wdth,wght].ttf"))
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC, italic=ARABIC,
                                  boldItalic=ARABIC)
    return frozenset(font.face.charToGlyph)


def is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefc"


def face_of(ch: str, *, after: str = "") -> str:
    """The font a character is drawn in: "" for the main font, else ARABIC, one of the
    ``indic`` fonts or FALLBACK. ``after`` is the face of the run it follows: a space stays in
    it, and so does a danda or joiner after Bengali, Hindi…"""
    return _face_of(ch, after)


@functools.lru_cache(maxsize=4_096)  # asked for every character of text Atkinson lacks
def _face_of(ch: str, after: str) -> str:
    if ch.isspace():
        return after
    if ord(ch) in fonts().main_chars:
        return ""
    if is_arabic(ch) and ord(ch) in arabic_chars():
        return ARABIC
    if "\u0900" <= ch <= "\u0bff" or ch in indic.SHARED:
        return indic.font_of(ch, after=after) or FALLBACK
    return FALLBACK


@functools.cache
def _main_str() -> frozenset[str]:
    return frozenset(chr(c) for c in fonts().main_chars if c >= 32 and not 0x7F <= c < 0xA0)


# Spacing controls other than "\n": a tab pasted from Word parts two words (dropped, it
# printed "tabhere"); a vertical tab, form feed, the separators and NEL likewise.
_SPACES = dict.fromkeys([9, 11, 12, 28, 29, 30, 31, 0x85], " ")


def spaced(text: str) -> str:
    """``text`` with its line ends as "\\n" and its other spacing controls as spaces, for
    ``writing.drawable`` (which drops every control character but "\\n" and a tab)."""
    if text.isascii() and text.isprintable():  # the common case: nothing to change
        return text
    if "\r" in text:  # a Windows or old Mac line end breaks the line, as "\n" does
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_SPACES)


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped, with runs the main font lacks in another font.

    The text is first made drawable (``writing.drawable``: Arabic joined, writing no font has
    replaced by a marker); its right-to-left lines are put in visual order when drawn
    (``paragraph.BidiParagraph``). Line ends (Unix, Windows or old Mac) become line breaks,
    and a tab or other spacing control a space; other control characters are dropped: they have
    no glyph anywhere and only show as boxes. The marks that set a person's words apart
    (``isolates``) are kept, for the paragraph to take out.
    """
    from wtfc.export.isolates import MARKS, each_piece
    from wtfc.export.writing import drawable, plain_ascii

    text = each_piece(spaced(text), drawable)
    if plain_ascii(text) or _main_str().issuperset(text):  # the common case: nothing to
        return escape(text)  # switch, nothing to drop
    out: list[str] = []
    run: list[str] = []
    face = ""

    def flush() -> None:
        if run:
            piece = escape("".join(run))
            out.append(f'<font face="{face}">{piece}</font>' if face else piece)
            run.clear()

    for ch in text:
        if ch == "\n":
            flush()
            out.append("<br/>")
            continue
        if ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            continue
        if ch in MARKS:  # no font of its own: it stays in the run it is in
            run.append(ch)
            continue
        need = _face_of(ch, face)
        if need != face:
            flush()
            face = need
        run.append(ch)
    flush()
    return "".join(out)


def plain_font(text: str, *, bold: bool = False) -> str:
    """The font to draw a short plain string with on a canvas (no per-glyph switching there):
    give it the drawable text (``writing.one_line``)."""
    have = fonts().main_chars
    if all(ord(ch) in have or ch.isspace() for ch in text):
        return BOLD if bold else REGULAR
    if any(is_arabic(ch) for ch in text) and all(ord(ch) in arabic_chars() or ch.isspace()
                                                 for ch in text):
        return ARABIC
    return FALLBACK_BOLD if bold else FALLBACK
