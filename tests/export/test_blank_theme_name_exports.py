"""A theme named only a zero-width space (or joiner, word joiner, byte-order mark) can no longer
be typed, but an older file saved before that was refused still has one. Its theme poster and
report printed an empty “” heading (and bookmark); they now print it as the theme with no name
("Unnamed theme"), and the export warning and the feedback letter count it as not named yet."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, outline_titles, page_texts, reader, squash
from export_workshop import make_workshop

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import STILL_NAMING_CHOSEN
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.unnamed_themes import UNNAMED_THEME, is_unnamed, shown_theme_name, unnamed_warning
from wtfc.model.workshop import Workshop

DAY = dt.date(2026, 11, 28)
BLANKS = ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c "]


def _with_blank_priority(name: str = "\u200b") -> Workshop:
    """The workshop with its first priority (t1, rank 1, with actions) named ``name``, as an
    older file loads it (the model keeps what the file holds)."""
    ws = make_workshop()
    themes = [t.model_copy(update={"name": name}) if t.id == "t1" else t for t in ws.themes]
    return ws.model_copy(update={"themes": themes})


def _lines(data: bytes) -> list[str]:
    return [line.strip() for page in page_texts(data) for line in page.splitlines()]


@pytest.mark.parametrize("name", BLANKS)
def test_a_blank_name_is_shown_as_a_theme_with_no_name(name):
    assert shown_theme_name(name) == UNNAMED_THEME and is_unnamed(name)
    assert shown_theme_name("I feel lonely") == "I feel lonely"
    assert not is_unnamed("I feel lonely") and not is_unnamed("\u200bI feel lonely")


def test_the_theme_poster_heads_it_unnamed_theme():
    data = theme_posters_pdf(_with_blank_priority(), today=DAY)
    first = page_texts(data)[0]
    assert "“Unnamed theme”" in first
    assert "“”" not in first and "“\u200b”" not in first
    assert outline_titles(reader(data))[0] == UNNAMED_THEME


def test_the_report_names_it_unnamed_theme_in_the_table_and_its_chapter():
    data = report_pdf(_with_blank_priority(), today=DAY)
    lines = _lines(data)
    assert not [line for line in lines if "“”" in line or "“\u200b”" in line]
    text = all_text(reader(data))
    assert squash("1“Unnamed theme”") in text  # the priorities table: rank, then the name
    assert lines.count("“Unnamed theme”") >= 2  # the priorities table and the chapter's head
    assert UNNAMED_THEME in outline_titles(reader(data))


def test_the_action_poster_heads_it_unnamed_theme():
    data = action_poster_pdf(_with_blank_priority(), today=DAY)
    assert "“Unnamed theme”" in _lines(data)
    assert not [line for line in _lines(data) if "“”" in line]


def test_the_export_warning_and_the_feedback_letter_count_it_as_not_named_yet():
    ws = _with_blank_priority("\ufeff")
    warning = unnamed_warning(ws)
    assert warning.startswith("1 theme is not named yet: “Unnamed theme” (not working).")
    text = all_text(reader(feedback_sheet_pdf(ws, today=DAY)))
    assert squash("1.About something we are still naming") in text
    assert squash(STILL_NAMING_CHOSEN) in text
