"""A plain card in the report is set without a Paragraph, for speed: its PDF must be the very
PDF a Paragraph in a bar makes, line breaks, page breaks and all."""

from __future__ import annotations

import io
import random

import pytest
from export_checks import demo_workshop
from export_workshop import make_workshop
from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from wtfc.export import fonts as f
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.quote import Barred, PlainQuote, quote
from wtfc.export.report_sections import MARGIN, PAGE, TEXT_WIDTH, Styles
from wtfc.model.workshop import Kind

WORDS = ("carer", "visit", "time", "home", "help", "tea", "lunch", "family", "friend", "bus",
         "late", "early", "know", "week", "phone", "money", "garden", "doctor", "nurse")


def _pdf(story) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, pageCompression=0)
    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, PAGE[1] - 2 * MARGIN, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("body", [frame])])
    doc.build(story)
    return buffer.getvalue()


def _texts() -> list[str]:
    rng = random.Random(11)
    texts = [c.text for c in make_workshop().cards] + [c.text for c in demo_workshop().cards]
    texts += [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
              for _ in range(150)]  # from one word to most of a page
    return [*texts, "x" * 400, "a " + "long" * 90 + " word", "tab\tand  spaces ", "Tom & Jerry"]


@pytest.fixture
def invariant(monkeypatch):
    f.fonts()
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.parametrize("gap", [0, 37, 211, 500])
def test_plain_quotes_make_the_same_pdf_as_paragraphs(invariant, gap):
    s = Styles()
    kinds = list(Kind)
    cards = [(f"“{f.markup(t)}”", kinds[i % 3]) for i, t in enumerate(_texts())]
    # A spacer first moves every page break, so cards are split at many heights.
    ours = [Spacer(1, gap), *(quote(m, s.quote_of[k], k) for m, k in cards)]
    theirs = [Spacer(1, gap), *(Barred(BidiParagraph(m, s.quote_of[k]), k) for m, k in cards)]
    assert sum(isinstance(q, PlainQuote) for q in ours) > 150  # the shortcut is taken
    assert _pdf(ours) == _pdf(theirs)


def test_only_plain_one_font_text_takes_the_shortcut():
    style = Styles().quote_of[Kind.WORKING]
    assert isinstance(quote("“I like my carer.”", style, Kind.WORKING), PlainQuote)
    for markup in (f.markup("ŵyr and اردو"), "line<br/>break", "a &amp; b"):
        assert isinstance(quote(markup, style, Kind.WORKING), Barred)
