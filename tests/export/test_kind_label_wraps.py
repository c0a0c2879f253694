"""A theme's label over its heading ("★ Important for the future · Priority 3 · 2 cards from 1
person, 1 with no person recorded · 1 vote") goes on onto a second line, after the icon, when
it is wider than the column: it ran off the report's page, cut at "· 1" (review agree F2), and
off the action poster's. A short one stays one line."""

from __future__ import annotations

import datetime as dt

from export_checks import reader, squash
from reportlab.pdfbase.pdfmetrics import stringWidth

from wtfc.export import fonts as f
from wtfc.export.look import KindLabel
from wtfc.export.report import report_pdf
from wtfc.export.report_sections import TEXT_WIDTH
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop

LONG = ("Important for the future  ·  Priority 3  ·  2,345 cards from 1,234 people, 1,111 with no "
        "person recorded  ·  1,234 votes")


def test_a_long_label_breaks_between_its_facts_and_keeps_every_word():
    f.fonts()
    label = KindLabel(Kind.FUTURE, 12, text=LONG)
    _, height = label.wrap(TEXT_WIDTH, 1000)
    assert len(label.lines) == 2 and height == 2 * 12 * 1.35
    assert label.lines[0] == "Important for the future  ·  Priority 3"
    assert label.lines[-1].endswith("·  1,234 votes")
    assert "  ·  ".join(label.lines).split() == LONG.split()
    after_icon = TEXT_WIDTH - 12 * 0.95 * 1.35
    assert all(stringWidth(line, f.BOLD, 12) <= after_icon for line in label.lines)


def test_a_short_label_is_one_line():
    label = KindLabel(Kind.WORKING, 12, text="Working  ·  Priority 1  ·  3 cards from 3 people")
    assert label.wrap(TEXT_WIDTH, 1000)[1] == 12 * 1.35 and len(label.lines) == 1


def test_the_report_prints_the_whole_label_inside_the_page():
    people = [Person(id="P1")]
    cards = [Card(id="a", kind=Kind.FUTURE, text="Staying in my own home", person="P1"),
             Card(id="b", kind=Kind.FUTURE, text="Going back to the allotment")]  # no person
    ws = Workshop(title="Long label", people=people, cards=cards, themes=[
        Theme(id="t", kind=Kind.FUTURE, name="I want to stay at home", card_ids=["a", "b"],
              priority=Priority(chosen=True, rank=1, votes=1234))])
    pdf = reader(report_pdf(ws, today=dt.date(2026, 11, 28)))
    width = float(pdf.pages[0].mediabox.width)
    found = []

    def visit(text, cm, tm, font, size):
        if "votes" in text or "recorded" in text:
            found.append((text, tm[4] * cm[0] + cm[4], size * tm[0] * cm[0]))

    for page in pdf.pages:
        page.extract_text(visitor_text=visit)
    said = squash("".join(text for text, _, _ in found))
    assert "1withnopersonrecorded" in said and "1,234votes" in said
    for text, x, size in found:  # each piece ends inside the page's right margin
        assert x + stringWidth(text.strip(), f.BOLD, size) < width - 30, text
