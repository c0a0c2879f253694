"""Writing the laptop may lack a font for (Urdu, Bengali…) is drawn with the fonts the PDFs
embed, lent to Qt once the workshop holds such writing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.details import edit_details
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


@pytest.mark.parametrize("where", ["cause", "action note", "theme reason", "purpose"])
def test_urdu_or_bengali_anywhere_in_the_workshop_lends_the_fonts(qtbot, where):
    """Not only cards and theme names: the why-tree, the plan and Prepare's words are drawn on
    the boards and the projector too."""
    from wtfc.model.workshop import Action, Cause, Priority, Role, Theme

    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                  priority=Priority(chosen=True, rank=1,
                                    reason=BENGALI if where == "theme reason" else ""))
    ws = Workshop(themes=[theme],
                  causes=[Cause(id="k1", theme_id="t1", text=URDU)] if where == "cause" else [],
                  actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Rebook",
                                  progress_note=BENGALI)] if where == "action note" else [])
    doc = Document(Workshop())
    fonts = ScreenFonts(doc)
    if where == "purpose":
        UndoAdapter(doc).push(edit_details(doc, purpose=URDU))
    else:
        doc.replace_workshop(ws)
    assert "Noto Sans Bengali" in fonts.lent


def test_wtfc_render_lends_the_fonts_for_a_workshop_that_needs_them(qtbot, monkeypatch):
    from PySide6.QtCore import QSize

    from wtfc.ui import render

    lent = []
    monkeypatch.setattr(render, "lend_fonts", lambda: lent.append(True))
    doc = Document(Workshop(cards=[Card(id="c1", kind=Kind.FUTURE, text=BENGALI)]))
    render.render_view(doc, render.parse_view("wall"), QSize(800, 600))
    assert lent == [True]
    render.render_view(Document(load_workshop(demo_path()).workshop), render.parse_view("wall"),
                       QSize(800, 600))
    assert lent == [True]  # an English workshop costs nothing


def test_every_font_the_pdfs_embed_for_other_writing_is_found():
    names = {path.name.split("[")[0].split("-")[0].removesuffix(".ttf") for path in font_files()}
    assert {"NotoSansArabic", "NotoSansDevanagari", "NotoSansTamil", "NotoSansBengali",
            "NotoSansGurmukhi", "NotoSansGujarati"} <= names
