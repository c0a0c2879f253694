"""The fonts every PDF embeds: Atkinson Hyperlegible, with a wide-coverage fallback per glyph.

Atkinson Hyperlegible (Braille Institute, SIL OFL) is drawn for low-vision readers, but it has
no Welsh ŵ/ŷ, arrows or symbols. reportlab has no automatic glyph fallback, so text goes through
``markup``: runs of characters the main font lacks are wrapped in ``<font>`` tags naming the
fallback (DejaVu Sans where the system has it, else a common sans, else reportlab's own Vera).
Kind icons are drawn as shapes (``icons.py``), so they never depend on a font.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Atkinson"
BOLD = "Atkinson-Bold"
ITALIC = "Atkinson-Italic"
FALLBACK = "WtfcFallback"
FALLBACK_BOLD = "WtfcFallback-Bold"

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
    fallback_file: str


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


@functools.cache
def fonts() -> FontSet:
    """Register the fonts once per process (about 35 ms) and say what they cover."""
    # Streams are zlib-compressed either way; reportlab's extra ASCII-85 layer (for 7-bit mail
    # transport of the 1990s) makes files 25 % bigger and, without its C accelerator, costs
    # about a third of a poster's export time.
    rl_config.useA85 = 0
    folder = _atkinson_folder()
    main = TTFont(REGULAR, str(folder / "AtkinsonHyperlegible-Regular.ttf"))
    pdfmetrics.registerFont(main)
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "AtkinsonHyperlegible-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "AtkinsonHyperlegible-Italic.ttf")))
    pdfmetrics.registerFont(TTFont("Atkinson-BoldItalic",
                                   str(folder / "AtkinsonHyperlegible-BoldItalic.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic="Atkinson-BoldItalic")
    regular, bold = _fallback_files()
    fallback = TTFont(FALLBACK, regular)
    pdfmetrics.registerFont(fallback)
    pdfmetrics.registerFont(TTFont(FALLBACK_BOLD, bold))
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD,
                                  italic=FALLBACK, boldItalic=FALLBACK_BOLD)
    return FontSet(main_chars=frozenset(main.face.charToGlyph),
                   fallback_chars=frozenset(fallback.face.charToGlyph), fallback_file=regular)


def markup(text: str) -> str:
    """``text`` as Paragraph markup: escaped, with runs the main font lacks in the fallback font.

    Control characters (other than newlines, which become line breaks) are dropped: they have
    no glyph anywhere and only show as boxes.
    """
    have = fonts().main_chars
    out: list[str] = []
    run: list[str] = []
    in_fallback = False

    def flush() -> None:
        if run:
            piece = escape("".join(run))
            out.append(f'<font face="{FALLBACK}">{piece}</font>' if in_fallback else piece)
            run.clear()

    for ch in text:
        if ch == "\n":
            flush()
            out.append("<br/>")
            continue
        if ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            continue
        need = ord(ch) not in have and not ch.isspace()
        if need != in_fallback:
            flush()
            in_fallback = need
        run.append(ch)
    flush()
    return "".join(out)


def plain_font(text: str, *, bold: bool = False) -> str:
    """The font to draw a short plain string with on a canvas (no per-glyph switching there)."""
    have = fonts().main_chars
    if all(ord(ch) in have or ch.isspace() for ch in text):
        return BOLD if bold else REGULAR
    return FALLBACK_BOLD if bold else FALLBACK
