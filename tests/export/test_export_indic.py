"""Bengali, Punjabi (Gurmukhi), Gujarati, Hindi (Devanagari) and Tamil are drawn in the PDFs,
shaped: vowel signs before their consonant where they are written there, conjuncts as one
glyph, never letter by letter. Nothing is left for the export to warn about. And a screen
reader, the viewer's search or copy and paste get the words back as typed, Urdu's too."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from export_checks import fonts, footer_words, reader, squash
from export_workshop import make_workshop
from pypdf import PdfWriter
from reportlab.pdfbase import pdfmetrics
from writing_samples import CJK_AND_EMOJI, KOREAN, URDU, with_cards

from wtfc.export import indic, writing
from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.workshop import Action, Role, Workshop

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")

# "I want to stay at home", as older people in Tower Hamlets, Leicester or Birmingham say it.
SENTENCES = {
    "Bengali": "আমি বাড়িতে থাকতে চাই",
    "Devanagari": "मैं घर पर रहना चाहता हूँ",
    "Gurmukhi": "ਮੈਂ ਘਰ ਰਹਿਣਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "Gujarati": "હું ઘરે રહેવા માંગુ છું",
    "Tamil": "நான் வீட்டில் இருக்க விரும்புகிறேன்",
}
FONT_FILES = {"Bengali": "NotoSansBengali", "Devanagari": "NotoSansDevanagari",
              "Gurmukhi": "NotoSansGurmukhi", "Gujarati": "NotoSansGujarati",
              "Tamil": "NotoSansTamil"}
# As the shaped glyphs read back from a PDF (in drawing order) once the typed text they are
# marked with is taken out (``drawn_text``): the vowel sign that is written before its consonant
# comes first. Drawn letter by letter, they would be in typing order.
REORDERED = {"Bengali": "আিম", "Gurmukhi": "ਰਿਹਣਾ", "Tamil": "ேற"}
MIXED = "My carer (Rahima) says “আমি বাড়িতে থাকতে চাই”, and the GP-র letter came at 10:30."


def pdf_text(data: bytes, tmp_path, page: int | None = None) -> str:
    """The text poppler reads from a PDF (pypdf gives up on some shaped glyphs' names)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", *pages, str(path), "-"], check=True, capture_output=True, text=True,
        timeout=60).stdout)


def drawn_text(data: bytes, tmp_path) -> str:
    """The text poppler reads from the glyphs as drawn: the PDF without the marked content that
    gives each shaped run's text as typed (``actual_text``), which readers take instead."""
    pdf = PdfWriter(clone_from=reader(data))
    for page in pdf.pages:
        contents = page.get_contents()
        contents.set_data(re.sub(rb"/Span <</ActualText <[0-9A-F]*>>> BDC | EMC", b"",
                                 contents.get_data()))
        page.replace_contents(contents)
    out = io.BytesIO()
    pdf.write(out)
    return pdf_text(out.getvalue(), tmp_path)


def script_font(name: str) -> str:
    return next(s.font for s in indic.SCRIPTS if s.name == name)


def with_actions(*texts: str) -> Workshop:
    """``with_cards(*texts)``, each card from a different person (a theme poster shows one
    card per person first), and each text an agreed action on the theme too (the action
    poster shows actions rather than cards)."""
    ws = with_cards(*texts)
    cards = [card.model_copy(update={"person": f"P{int(card.id[1:]) + 1:02}"})
             if card.id.startswith("x") else card for card in ws.cards]
    actions = [Action(id=f"y{i}", theme_id="t2", role=Role.COMMISSIONERS, what=text,
                      by_when=dt.date(2025, 4, 1)) for i, text in enumerate(texts)]
    return ws.model_copy(update={"cards": cards, "actions": [*ws.actions, *actions]})


# --- Shaping ------------------------------------------------------------------------------


@pytest.mark.parametrize(("script", "word", "sign"), [
    ("Bengali", "কি", "ি"), ("Devanagari", "कि", "ि"), ("Gurmukhi", "ਕਿ", "ਿ"),
    ("Gujarati", "કિ", "િ"), ("Tamil", "கெ", "ெ")])
def test_a_vowel_sign_written_before_its_consonant_is_drawn_first(script, word, sign):
    indic.chars(script)
    font = pdfmetrics.getFont(script_font(script))
    drawn = indic.shaped(word, font.fontName, 12)
    glyphs = [font.face.charToGlyph[ord(ch)] for ch in drawn]
    consonant = font.face.charToGlyph[ord(word[0])]
    # The sign's glyph, or the variant of it that fits this consonant's width, then the consonant.
    assert len(glyphs) == 2 and glyphs[1] == consonant and glyphs[0] != consonant
    assert drawn[0] == sign or 0xE000 <= ord(drawn[0]) <= 0xF8FF


@pytest.mark.parametrize(("script", "conjunct"), [
    ("Bengali", "ক্ষ"), ("Devanagari", "क्ष"), ("Gujarati", "ક્ષ"), ("Gurmukhi", "ਪ੍ਰ")])
def test_a_conjunct_is_fewer_glyphs_than_its_letters(script, conjunct):
    indic.chars(script)
    drawn = indic.shaped(conjunct, script_font(script), 12)
    assert len(drawn) < len(conjunct)
    assert indic.width(conjunct, script_font(script)) < pdfmetrics.stringWidth(
        conjunct, script_font(script), 1.0)


def test_these_scripts_are_kept_and_other_writing_still_marked():
    for sentence in SENTENCES.values():
        assert writing.drawable(sentence) == sentence
        assert writing.unshown(sentence) == ()
    assert writing.unshown(KOREAN) == ("Korean text",)
    assert writing.drawable("ওড়িয়া: ଓଡ଼ିଆ") == "ওড়িয়া: [Oriya text not shown]"  # no font


def test_a_joiner_is_kept_inside_these_scripts_and_dropped_elsewhere():
    rapid = "র\u200d্যাব"  # ZWJ: the ya-phala form of "র্য"
    assert writing.drawable(rapid) == rapid
    assert writing.drawable("a\u200db c\u200cd") == "ab cd"


# --- In the PDFs ---------------------------------------------------------------------------


@needs_poppler
def test_each_script_is_drawn_shaped_on_the_report_and_the_poster(tmp_path):
    ws = with_cards(*SENTENCES.values())
    for what in ("report", "posters"):
        assert unshowable_parts(ws, what, quote=quote_as_kinds) == []
    assert warning(unshowable_parts(ws, "report", quote=quote_as_kinds)) == ""
    for what, data in (("report", report_pdf(ws)), ("poster", theme_posters_pdf(ws))):
        used = fonts(reader(data))
        # The glyphs themselves, without the typed text they are marked with for readers.
        text = drawn_text(data, tmp_path)
        assert "not shown]" not in text, what  # "[… text not shown]", not a count's
        for script, sentence in SENTENCES.items():
            assert any(FONT_FILES[script] in name for name in used), (what, script)
            # Drawn letter by letter, the glyphs would read back exactly as typed.
            assert sentence not in text, (what, script)
            assert sentence[0] in text, (what, script)  # yet its letters are there
        for script, shown in REORDERED.items():
            assert shown in text, (what, script)
        assert all(used.values())  # every font embedded


# The glyphs, read back one by one, gave "আিম জািন না ক আসেব" and "তথপ তির কন" (a vowel sign
# before its consonant, a conjunct's letters lost), and Urdu's joined forms ("ﺍﺭﺩﻭ", which a
# search for "اردو" never finds). Each shaped run now carries its words as typed (ActualText),
# and the joined forms map back to their letters, for a screen reader, search and copying.
TYPED = ({**SENTENCES, "Bengali (2)": "আমি জানি না কে আসবে", "Bengali (3)": "তথ্যপত্র তৈরি করুন"},
         {"Urdu": URDU, "Urdu (lam-alef)": "علاج اور سلام"})  # as many as a theme poster shows


@needs_poppler
@pytest.mark.parametrize("typed", TYPED, ids=["Indic", "Urdu"])
def test_every_script_reads_back_as_typed_from_the_report_and_both_posters(typed, tmp_path):
    ws = with_actions(*typed.values())
    for what, data in (("report", report_pdf(ws)), ("theme poster", theme_posters_pdf(ws)),
                       ("action poster", action_poster_pdf(ws))):
        text = pdf_text(data, tmp_path)
        for script, sentence in typed.items():
            for word in sentence.split():  # words wrap onto the next line
                assert word.strip("۔") in text, (what, script, word)
        assert "I want to stay in my own home" in text, what  # English as before


@needs_poppler
def test_an_urdu_card_reads_back_in_reading_order(tmp_path):
    text = pdf_text(report_pdf(with_cards("مجھے اردو بولنے والی چاہیے")), tmp_path)
    assert "مجھے اردو بولنے والی چاہیے" in text


@needs_poppler
def test_english_and_bengali_in_one_card(tmp_path):
    data = report_pdf(with_cards(MIXED))
    assert squash(MIXED) in squash(pdf_text(data, tmp_path))  # as typed, English unchanged
    shown = "My carer (Rahima) says “আিম বািড়েত থাকেত চাই”, and the GP-র letter came at 10:30."
    assert squash(unicodedata.normalize("NFC", shown)) in squash(drawn_text(data, tmp_path))
    used = fonts(reader(data))
    assert any("AtkinsonHyperlegible-Regular" in name for name in used)
    assert any("NotoSansBengali-Regular" in name for name in used)


@needs_poppler
def test_a_bengali_theme_name_is_bold_in_its_heading_and_drawn_in_the_chart(tmp_path):
    ws = with_cards("আমি বাড়িতে থাকতে চাই")
    themes = list(ws.themes)
    themes[1] = themes[1].model_copy(update={"name": "আমি নিজের বাড়িতে থাকতে চাই"})
    ws = ws.model_copy(update={"themes": themes, "title": "Review: কেমন আছেন"})
    for data in (report_pdf(ws), theme_posters_pdf(ws)):
        assert any("NotoSansBengali-Bold" in name for name in fonts(reader(data)))
        assert "not shown]" not in pdf_text(data, tmp_path)
        path = tmp_path / "out.pdf"  # as ``pdf_text`` left it
        footer = [w for *_, w in footer_words(path, 2)]
        assert footer[:3] == ["Review:", "কেমন", "আছেন"]  # the title as typed
    chart_page = pdf_text(report_pdf(ws), tmp_path, page=2)  # themes at a glance
    assert chart_page.count("নিজের") == 2  # in the chart and the priorities table


@needs_poppler
def test_a_bengali_card_split_across_report_pages_stays_shaped(tmp_path):
    long_card = " ".join(["আমি বাড়িতে থাকতে চাই, কি?"] * 60)
    for short_cards in range(20, 50, 4):  # until the long card starts near a page's foot
        data = report_pdf(with_cards(*["A short card."] * short_cards, long_card))
        pages = len(reader(data).pages)
        counts = [pdf_text(data, tmp_path, page).count("আমি") for page in range(1, pages + 1)]
        if sum(1 for n in counts if n) == 2:
            break
    else:
        pytest.fail("the long card never split across two pages")
    assert sum(counts) == 60  # every word, on one page or the other, reads as typed
    assert drawn_text(data, tmp_path).count("আিম") == 60  # and is drawn shaped


def test_chinese_is_the_only_writing_the_warning_names():
    """Its emoji is printed by name (``emoji_names``), the Indic scripts shaped."""
    ws = with_cards(CJK_AND_EMOJI, *SENTENCES.values(), MIXED, URDU)
    parts = unshowable_parts(ws, "report", quote=quote_as_kinds)
    assert [p.what for p in parts] == [("Chinese or Japanese text",)]
    text = warning(parts)
    assert "(Chinese or Japanese text)" in text and "emoji" not in text
    assert not any(word in text for word in ("Bengali", "Devanagari", "Hindi", "Gurmukhi",
                                             "Tamil", "Gujarati"))
    assert not any(sentence in text for sentence in SENTENCES.values())


def test_an_english_report_and_poster_embed_none_of_these_fonts():
    for data in (report_pdf(make_workshop()), theme_posters_pdf(make_workshop())):
        used = fonts(reader(data))
        assert not any(name in font for font in used for name in FONT_FILES.values())


def test_the_bundled_fonts_and_their_licence_are_in_the_package():
    import wtfc

    folder = Path(wtfc.__file__).parent / "assets" / "fonts"
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text()
    for script in ("Bengali", "Gurmukhi", "Gujarati"):
        for weight in ("Regular", "Bold"):
            assert (folder / f"NotoSans{script}-{weight}.ttf").is_file()
