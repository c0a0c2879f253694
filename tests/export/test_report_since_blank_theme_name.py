"""The report's "Since last time" chapter, last time's theme named only a zero-width space (an
older file kept from before one was refused): its row in "Themes that changed", its success
statements' heading and its actions' theme cell printed an empty “​” (092f858e: `t.name or
"Unnamed theme"` caught only ""). They print “Unnamed theme”, as the rest of the report does."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text_of, demo_workshop, squash

from wtfc.export.report import report_pdf
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop

TODAY = dt.date(2026, 11, 28)


def test_last_times_theme_with_no_words_is_printed_unnamed_theme():
    previous = load_workshop(demo_previous_path()).workshop
    acted = {a.theme_id for a in previous.actions}
    target = next(t for t in previous.themes if t.id in acted)  # it had an action last time
    themes = [t.model_copy(update={"name": "\u200b"}) if t.id == target.id else t
              for t in previous.themes]
    previous = previous.model_copy(update={"themes": themes})
    text = all_text_of(report_pdf(demo_workshop(), today=TODAY, previous=previous))
    since = text[text.find(squash("Since last time")):]
    assert squash("“”") not in since and "“\u200b”" not in since
    assert squash("“Unnamed theme”") in since
