"""A person's words in the PDFs are laid out apart from the words the export puts around them
(Unicode's isolates), bold titles draw ŵ ŷ in bold, and an emoji's name stays on one line
(review 24 scripts F5–F7)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import fonts, footer_words, reader, squash
from export_workshop import make_workshop
from reportlab.lib.styles import ParagraphStyle
from writing_samples import needs_poppler

from wtfc.export import fonts as f
from wtfc.export import writing
from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.isolates import isolated
from wtfc.export.look import style
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report import report_pdf
from wtfc.export.text import Text, TextStyle
from wtfc.model.workshop import Workshop

URDU_TITLE = "Adolygiad y Gwanwyn — Ynys Môn / بہار کا جائزہ"
URDU_CAUSE = "ٹھیکہ منٹ کے حساب سے ادائیگی کرتا ہے"
WHEN = dt.date(2027, 3, 3)


def _workshop(title: str = URDU_TITLE) -> Workshop:
    ws = make_workshop()
    causes = [c.model_copy(update={"text": URDU_CAUSE, "agreed": True}) if c.id == "k1" else c
              for c in ws.causes]
    actions = [a.model_copy(update={"cause_id": "k1"}) if a.id == "a1" else a
               for a in ws.actions]
    return ws.model_copy(update={"title": title, "date": WHEN, "causes": causes,
                                 "actions": actions})


def test_a_bold_title_draws_welsh_w_and_y_in_the_bold_face():
    """The cover's title "Tŷ a dŵr" drew ŷ and ŵ in the fallback's regular face, thin among
    its bold letters: the bold fallback is embedded and used."""
    data = report_pdf(_workshop("Tŷ a dŵr — Gŵyl y Gwanwyn"), today=WHEN)
    names = fonts(reader(data))
    assert any(name.endswith("DejaVuSans-Bold") or name.endswith("VeraBd") for name in names)


def test_a_font_switch_inside_bold_markup_keeps_the_bold():
    para = BidiParagraph(f"<b>{f.markup('Tŷ')}</b> {f.markup('dŵr')}", style("x", 12))
    weights = {frag.text.strip(): frag.fontName for frag in para.frags}
    assert weights["ŷ"] == f.FALLBACK_BOLD and weights["ŵ"] == f.FALLBACK


@needs_poppler
def test_the_report_footer_keeps_the_date_after_an_urdu_title(tmp_path):
    """"Adolygiad … / بہار کا جائزہ · 3 March 2027": the day was pulled into the Urdu
    ("… / 3 · بہار کا جائزہ March 2027")."""
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(_workshop(), today=WHEN))
    words = [w for _, _, w in footer_words(path, 2) if not w.startswith(("Page", "of"))]
    words = [w for w in words if not w.isdigit() or w in ("3", "2027")]
    at = words.index("·")
    assert words[at + 1:at + 4] == ["3", "March", "2027"]
    assert all(writing.has_rtl(w) for w in words[at - 3:at])  # the Urdu just before the dot


def test_the_action_posters_subtitle_keeps_the_date_after_an_urdu_title():
    text = squash(reader(action_poster_pdf(_workshop(), today=WHEN)).pages[0].extract_text())
    assert "·3March2027" in text
    assert "/3·" not in text


def _drawn_lines(para: BidiParagraph, width: float) -> list[str]:
    """Each line as drawn, left to right."""
    para.wrap(width, 10**6)
    lines = para.blPara.lines
    return ["".join(getattr(frag, "text", "") for frag in para._visual(line, rtl).words)
            for line, rtl in zip(lines, para._directions(lines), strict=True)]


def test_because_stays_before_an_urdu_cause_in_a_paragraph():
    """The label is English: "Because:" at the left, not ":Because" at the right of the Urdu
    (the action poster and the report)."""
    para = BidiParagraph(f.markup(f"Because: {isolated(URDU_CAUSE)}"), style("x", 12))
    assert not para.rtl and not para.sided
    first, *_ = _drawn_lines(para, 140)
    assert first.startswith("Because: ")
    assert "\u2068" not in first and "\u2069" not in first


def test_because_stays_before_an_urdu_cause_on_a_poster():
    text = Text(f"Because: {isolated(URDU_CAUSE)}", TextStyle(14))
    assert not text.reads_rtl
    lines = text.lines(150)
    assert len(lines) > 1
    first = text._visual(lines[0], text.directions(150)[0])
    assert first[0][0] == "Because:"
    assert not any(mark in word[0] for word in first for mark in "\u2068\u2069")


def test_about_and_its_quotes_stay_outside_an_urdu_theme_name():
    para = BidiParagraph(f.markup(f"About “{isolated('مجھے نہیں معلوم کہ کون آ رہا ہے')}”"),
                         style("x", 12, bold=True))
    [line] = _drawn_lines(para, 500)
    assert line.startswith("About “") and line.endswith("”")


def test_a_quote_alone_still_reads_as_its_words():
    """Only quote marks around it: the Urdu statement is set right to left, as before."""
    para = BidiParagraph(f.markup(f"“{isolated(URDU_CAUSE)}”"), style("x", 12))
    assert para.rtl


def test_an_emojis_name_is_never_broken_over_two_lines():
    """"[thumbs" at a line's end and "up]" on the next, its bracket mirrored in an Urdu
    paragraph ("thumbs]")."""
    assert " " not in writing.drawable("👍🏽")
    para = BidiParagraph(f.markup("مجھے معلوم ہے کون آ رہا ہے 👍🏽"), style("x", 12))
    for width in range(90, 200, 7):  # wider than "[thumbs up]": narrower cuts any word
        for line in _drawn_lines(para, width):
            assert ("[" in line) == ("]" in line), (width, line)
            assert "thumbs]" not in line


@pytest.mark.parametrize("words", ["Older people's services review", "Café – “quoted”", ""])
def test_english_is_not_marked(words):
    assert isolated(words) == words
    assert f.markup(isolated(words)) == f.markup(words)


def test_a_pasted_isolate_mark_cannot_unbalance_the_words_around():
    assert isolated("\u2069" + URDU_CAUSE + "\u2066") == f"\u2068{URDU_CAUSE}\u2069"


def test_a_marked_paragraph_without_right_to_left_letters_draws_no_marks():
    para = BidiParagraph(f.markup(f"Because: {isolated(URDU_CAUSE)}"),
                         ParagraphStyle("p", fontName=f.REGULAR, fontSize=10))
    assert not any(mark in getattr(frag, "text", "") for frag in para.frags
                   for mark in "\u2068\u2069")
