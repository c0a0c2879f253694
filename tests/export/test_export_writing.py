"""People's words in any writing: Urdu, Arabic and Hebrew joined and right to left in the PDFs;
writing no font has shown as a plain marker, never as empty boxes."""

from __future__ import annotations

import pytest
from bidi import get_display
from export_checks import all_text, reader, squash
from export_workshop import make_workshop
from writing_samples import (
    CJK_AND_EMOJI,
    HEBREW,
    KOREAN,
    MIXED,
    URDU,
    needs_poppler,
    same_word,
    shaped_words,
    with_cards,
    words_by_line,
)

from wtfc.export import direction, writing
from wtfc.export.report import export_report, report_pdf
from wtfc.export.text import Text, TextStyle
from wtfc.export.theme_poster import export_theme_posters

# --- Joining and order ---------------------------------------------------------------------


def test_urdu_letters_are_joined_with_the_forms_the_font_has():
    # meem initial, jeem medial, heh doachashmee medial, yeh barree final: one joined word
    assert writing.drawable("مجھے") == "\ufee3\ufea0\ufbad\ufbaf"
    assert writing.drawable("لا") == "\ufefb"  # lam-alef is one glyph
    assert writing.unshown(URDU) == ()


@pytest.mark.parametrize(("text", "rtl"), [(URDU, True), (MIXED, False), (HEBREW, True),
                                           ("اردو: 12, 13", True)])
def test_visual_order_agrees_with_the_reference_bidi_algorithm(text, rtl):
    shown = writing.drawable(text)
    assert direction.reads_rtl(shown) is rtl
    assert writing.visual(shown, rtl) == get_display(shown, base_dir="R" if rtl else "L")


def test_brackets_in_right_to_left_writing_are_mirrored():
    # Drawn left to right, the bracket that opens the Urdu word (at its right) must face it.
    # (python-bidi's one-call form leaves mirroring to the renderer; reportlab does none.)
    assert writing.visual(writing.drawable("(اردو)"), True) == f"({writing.drawable('اردو')[::-1]})"


def test_an_english_line_is_left_exactly_as_it_is():
    text = "The carers change every week (so I never know)."
    assert writing.drawable(text) is text
    assert writing.visual(text, False) is text


class Recorder:
    """Stands in for a canvas: records what is drawn where."""

    def __init__(self) -> None:
        self.drawn: list[tuple[float, float, str, str]] = []
        self.font = ""

    def setFont(self, name, size):
        self.font = name

    def setFillColor(self, colour):
        pass

    def drawString(self, x, y, text):
        self.drawn.append((round(y, 1), x, text, self.font))


def draw(text: str, width: float) -> list[tuple[float, float, str, str]]:
    block = Text(text, TextStyle(16))
    block.wrap(width, 10**6)
    block.canv = Recorder()
    block.draw()
    return block.canv.drawn


def test_a_wrapped_urdu_card_reads_right_to_left_line_by_line_on_a_poster():
    drawn = draw(URDU, 260)
    lines = sorted({y for y, *_ in drawn}, reverse=True)
    assert len(lines) >= 2  # it wraps
    words = shaped_words(URDU)
    shown = [" ".join(t for y2, _, t, _ in drawn if y2 == y) for y in lines]
    # Each line holds the next words in reading order, drawn right to left: wrapped first,
    # then reordered, so the first line starts with the first word, at its right end.
    taken = 0
    for line in shown:
        n = len(line.split())
        assert line.split() == [w[::-1] for w in reversed(words[taken:taken + n])]
        taken += n
    assert taken == len(words)
    assert all(font == "WtfcArabic" for *_, font in drawn)
    right_edges = [x for _, x, _, _ in drawn]
    assert min(right_edges) > 0  # set flush right, not from the left edge


def test_a_mixed_english_and_urdu_line_keeps_its_english_order():
    drawn = draw(MIXED, 2000)
    text = " ".join(t for *_, t, _ in sorted(drawn, key=lambda d: d[1]))
    assert text == f"My carer speaks {writing.drawable('اردو')[::-1]} and that helps me a lot"


# --- In the PDFs ---------------------------------------------------------------------------


@needs_poppler
def test_urdu_on_the_theme_poster_is_joined_and_first_word_rightmost(tmp_path):
    path = export_theme_posters(with_cards(URDU), tmp_path / "posters.pdf")
    words = shaped_words(URDU)
    lines = [line for line in words_by_line(path, 2)
             if any(same_word(w, words[0].lstrip("“")) for _, w in line)]
    assert lines, "the Urdu card's first word is not on the poster"
    line = [w.strip("“”") for _, w in lines[0]]
    assert same_word(line[-1], words[0])  # the first word is rightmost
    second = next(i for i, w in enumerate(line) if same_word(w, words[1]))
    third = next(i for i, w in enumerate(line) if same_word(w, words[2]))
    assert third < second < len(line) - 1  # and each next word is drawn to the left


@needs_poppler
def test_a_long_urdu_card_wraps_in_reading_order_in_the_report(tmp_path):
    long_urdu = " ".join([URDU] * 3)
    path = export_report(with_cards(long_urdu), tmp_path / "report.pdf")
    words = shaped_words(long_urdu)
    for page in range(1, len(reader(path.read_bytes()).pages) + 1):
        lines = [[w.strip("“”") for _, w in line] for line in words_by_line(path, page)]
        urdu = [line for line in lines if sum(any(same_word(w, s) for s in words)
                                              for w in line) >= 3]
        if urdu:
            break
    assert len(urdu) >= 2  # the card wraps
    # The top line has the card's first words, rightmost first; the last line its last word.
    assert same_word(urdu[0][-1], words[0])
    assert same_word(urdu[0][-2], words[1])
    assert any(same_word(w, words[-1]) for w in urdu[-1])


def test_hebrew_and_arabic_are_drawn_in_fonts_that_have_them():
    from export_checks import fonts

    used = fonts(reader(report_pdf(with_cards(URDU, HEBREW))))
    assert any("NotoSansArabic" in name for name in used)
    assert all(used.values())  # every font embedded


def test_writing_no_font_has_is_a_marker_not_boxes():
    text = all_text(reader(report_pdf(with_cards(CJK_AND_EMOJI, KOREAN))))
    assert squash("“[Chinese or Japanese text not shown] with my cat [cat]”") in text
    assert squash("“[Korean text not shown]”") in text
    assert not any(ch in text for ch in "我想回家🐈저는")


def test_an_all_english_report_has_no_arabic_font():
    from export_checks import fonts

    used = fonts(reader(report_pdf(make_workshop())))
    assert not any("NotoSansArabic" in name for name in used)


def test_an_urdu_paragraph_split_across_pages_keeps_its_direction():
    """reportlab builds the parts of a split paragraph from pieces with no text of their own:
    they read as left to right, and a card broken across two report pages came out backwards."""
    from reportlab.lib.styles import ParagraphStyle

    from wtfc.export import fonts as f
    from wtfc.export.paragraph import BidiParagraph

    f.fonts()
    style = ParagraphStyle("b", fontName=f.REGULAR, fontSize=10, leading=12)
    # "I want to stay at home, and my daughter comes on Sunday: the best part of my week."
    text = f.markup("میں اپنے گھر میں رہنا چاہتا ہوں اور Sunday کو میری بیٹی آتی ہے، یہ میرے "
                    "ہفتے کا سب سے اچھا حصہ ہے")
    paragraph = BidiParagraph(text, style)
    paragraph.wrap(120, 1000)
    parts = paragraph.split(120, 26)
    assert len(parts) == 2
    assert all(part.bidi and part.rtl for part in parts)
    assert all(part.style.alignment == paragraph.style.alignment for part in parts)


def test_bidi_marks_and_the_byte_order_mark_are_dropped_not_drawn():
    """Pasted from Word, Urdu often carries RLM/RLE marks; DejaVu maps them, so they passed
    through and the bidi step left an empty word (an extra space) where they were."""
    from wtfc.export.writing import drawable

    for mark in ("\u200f", "\u202b", "\u202c", "\ufeff", "\u200e"):
        assert drawable(f"a{mark}b") == "ab"
        assert drawable(f"اب{mark}ت").count(mark) == 0
    assert drawable("one\ntwo\tthree") == "one\ntwo\tthree"  # line breaks and tabs stay


def test_brackets_round_english_inside_urdu_stay_round_it():
    """Rule N0 (bracket pairs): the legacy algorithm scattered them, 'carer) visit)'."""
    from wtfc.export.writing import drawable, visual_order

    def drawn(text, rtl):
        return "".join(ch for _, ch in visual_order(drawable(text), rtl))

    assert "visit (carer)" in drawn("میری (carer) visit کرتی ہے", True)
    assert drawn("مرحبا [ok] {x}", True).startswith("{x} [ok] ")
    assert drawn("I said (hello) to them", False) == "I said (hello) to them"
    assert drawn("ok (مرحبا) done", False).startswith("ok (") and drawn(
        "ok (مرحبا) done", False).endswith(") done")


def test_an_english_line_of_a_right_to_left_paragraph_agrees_with_its_other_lines():
    from wtfc.export.writing import visual, visual_order

    line = "package)”"
    assert visual(line, True) == "".join(ch for _, ch in visual_order(line, True))
    assert visual(line, False) == line
    assert visual("package visit", True) == "package visit"
