"""A tab in typed words (a card or action pasted from Word) prints as a space in every PDF, not
as nothing: "tab\\there" printed "tabhere" in the report, the posters and the action poster
(review 26 markup #7). Other spacing controls do the same; a Windows or old Mac line end breaks
the line as "\\n" does."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader
from writing_samples import with_cards

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.fonts import markup
from wtfc.export.report import report_pdf
from wtfc.export.text import words_of
from wtfc.export.theme_poster import theme_posters_pdf

TODAY = dt.date(2025, 3, 1)
CARD = "Pasted\tfrom Word #15"  # the review's card was "tab\there #15"
ACTION = "Ring\tthe office"


def _text(pdf: bytes) -> str:
    """The PDF's words as a reader copies them out: a space where one was drawn."""
    return " ".join(page.extract_text() for page in reader(pdf).pages)


@pytest.fixture
def tabbed():
    ws = with_cards(CARD)
    first = ws.actions[0].model_copy(update={"what": ACTION})
    return ws.model_copy(update={"actions": [first, *ws.actions[1:]]})


@pytest.mark.parametrize("make", [report_pdf, theme_posters_pdf, action_poster_pdf])
def test_a_tab_in_a_card_or_an_action_prints_as_a_space(tabbed, make):
    text = _text(make(tabbed, today=TODAY))
    assert "Ringthe" not in text and "Ring the office" in text
    if make is not action_poster_pdf:  # the action poster has no cards
        assert "Pastedfrom" not in text and "Pasted from Word #15" in text


@pytest.mark.parametrize(("typed", "printed"), [
    ("tab\there #15", "tab here #15"),
    ("caf\u00e9\tth\u00e9", "caf\u00e9 th\u00e9"),  # not plain ASCII: the slow path
    ("a\vb\fc\x1fd\x85e", "a b c d e"),
    ("Windows\r\nline end", "Windows<br/>line end"),
    ("old Mac\rline end", "old Mac<br/>line end"),
    ("bell\x07rings", "bellrings"),  # no glyph and no gap: still dropped
    ("Tom\t& <b>Jerry</b>", "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;"),
])
def test_markup_turns_spacing_controls_into_spaces_and_line_ends_into_breaks(typed, printed):
    assert markup(typed) == printed


def test_poster_text_splits_words_at_a_tab():
    assert [w[0] for w in words_of("tab\there #15")] == ["tab", "here", "#15"]
