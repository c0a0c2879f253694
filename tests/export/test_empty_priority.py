"""A chosen priority whose cards were all deleted (the one person behind it withdrew) stays a
priority with no cards, and nothing said so: ``wtfc check`` said OK, the report's chart read
"no person recorded (0 cards)" (words for cards without a code) and the poster "This theme has
no cards that can be shown", as if some were held back (review R6 R1)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_workshop, reader, squash

from wtfc.app import check_command
from wtfc.export.chart import count_words, theme_size_charts
from wtfc.export.content import ExportContent
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.record_checks import record_warnings
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
SAID = "Priority 4 'I feel rushed' has no cards left"


@pytest.fixture(scope="module")
def emptied() -> Workshop:
    """The demo with a fourth priority made of P99's two cards, then P99's cards deleted."""
    ws = demo_workshop()
    a = Card(kind=Kind.NOT_WORKING, text="The carers are always rushed.", person="P99")
    b = Card(kind=Kind.NOT_WORKING, text="They are in and out in ten minutes.", person="P99")
    ws.cards += [a, b]
    ws.themes.append(Theme(kind=Kind.NOT_WORKING, name="I feel rushed", card_ids=[a.id, b.id],
                           priority=Priority(chosen=True, rank=4, votes=7)))
    doc = Document(ws)
    delete_cards(doc, card_ids=[a.id, b.id]).do(doc)
    return doc.workshop


def test_the_record_checks_name_the_empty_priority(emptied):
    assert [w for w in record_warnings(emptied, today=TODAY) if SAID in w]
    assert not any("no cards left" in w for w in record_warnings(demo_workshop(), today=TODAY))


def test_wtfc_check_lists_it(emptied, tmp_path, capsys):
    path = tmp_path / "spring.wtfc"
    save_workshop(emptied, path, backup=False)
    check_command([str(path)])
    assert f"Warning: {SAID}" in capsys.readouterr().out


def test_the_report_chart_says_no_cards(emptied):
    assert count_words(0, 0) == "no cards"
    assert count_words(0, 3) == "no person recorded (3 cards)"  # cards without a code
    # every card counted, held back or not, as the room counts them: how many not shown said
    assert count_words(2, 2, 2) == "2 people (2 cards, 2 not shown)"
    content = ExportContent(emptied, today=TODAY)
    rushed = [t for t in content.themes if t.theme.name == "I feel rushed"]
    rows = [row for chart in theme_size_charts(rushed, 400) for row in chart.rows]
    assert [row.words for row in rows] == ["no cards"]


def test_the_poster_says_the_theme_holds_no_cards(emptied):
    last = reader(theme_posters_pdf(emptied, today=TODAY)).pages[-1].extract_text()
    assert squash("I feel rushed") in squash(last)
    assert squash("This theme holds no cards.") in squash(last)
    assert "can be shown" not in last
