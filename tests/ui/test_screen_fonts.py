"""Writing the laptop may lack a font for (Urdu, Bengali…) is drawn with the fonts the PDFs
embed, lent to Qt once the workshop holds such writing."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.screen_fonts import ScreenFonts, font_files
from wtfc.ui.undo import UndoAdapter

URDU = "میں گھر پر رہنا چاہتا ہوں"  # ہ and ے: DejaVu Sans has neither
BENGALI = "আমি বাড়িতে থাকতে চাই"


def _fonts_drawing(text: str) -> set[str]:
    """The font families Qt draws ``text`` with (falling back letter by letter)."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 20))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_nothing_is_lent_for_a_workshop_in_english(qtbot):
    fonts = ScreenFonts(Document(load_workshop(demo_path()).workshop))
    assert fonts.lent == []  # ~1 MB of fonts not read at every start


def test_a_card_typed_in_urdu_or_bengali_gets_the_fonts_before_it_is_drawn(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    fonts = ScreenFonts(doc)
    UndoAdapter(doc).push(add_card(doc, kind=Kind.WORKING, text=URDU))
    assert {"Noto Sans Arabic", "Noto Sans Bengali"} <= set(fonts.lent)
    assert "Noto Sans Arabic" in _fonts_drawing(URDU)
    assert "Noto Sans Bengali" in _fonts_drawing(BENGALI)


def test_opening_a_workshop_with_urdu_lends_the_fonts(qtbot):
    doc = Document()
    fonts = ScreenFonts(doc)
    assert fonts.lent == []
    doc.replace_workshop(Workshop(cards=[Card(id="c1", kind=Kind.FUTURE, text=URDU)]))
    assert "Noto Sans Arabic" in fonts.lent


def test_every_font_the_pdfs_embed_for_other_writing_is_found():
    names = {path.name.split("[")[0].split("-")[0].removesuffix(".ttf") for path in font_files()}
    assert {"NotoSansArabic", "NotoSansDevanagari", "NotoSansTamil", "NotoSansBengali",
            "NotoSansGurmukhi", "NotoSansGujarati"} <= names
