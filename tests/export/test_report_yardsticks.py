"""The report's "Since last time" opens with what last time said it would do differently and
when it would look again, and each of last time's themes carries what the room said success
would look like: the test of change, beside the change."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from tests.model.test_last_time_yardsticks import DIFFERENTLY, STAFF, SUCCESS, spring
from wtfc.export.report import report_pdf

TODAY = dt.date(2026, 11, 28)


def test_the_chapter_opens_with_last_time_s_yardsticks_and_puts_success_by_its_theme():
    previous = spring()
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)))
    chapter = text[text.rfind(squash("Since last time")):]  # the chapter, not the contents
    opening = chapter.find(squash(f"Last time we said we would do differently: {DIFFERENTLY}"))
    looked = chapter.find(squash("We said we would look again on 12 May 2027."))
    themes = chapter.find(squash("Themes that changed"))
    assert 0 <= opening < looked < themes
    theme = chapter.find(squash(f"“{previous.themes[0].name}”"))
    said = chapter.find(squash(f"Older people: “{SUCCESS}”"))
    assert 0 <= theme < said < chapter.find(squash("Last time's actionWhoBy when"))
    assert squash(f"Staff and managers: “{STAFF}”") in chapter


def test_without_yardsticks_last_time_the_chapter_says_nothing_of_them():
    from wtfc.model.workshop import Reflection

    previous = spring(reflection=Reflection(), next_review=None, success=[])
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)))
    for words in ("Last time we said we would do differently", "We said we would look again",
                  "What we said success would look like:"):
        assert squash(words) not in text


def test_writing_the_pdf_cannot_draw_in_them_is_said_before_the_report_is_made():
    """The report prints last time's yardsticks, so the check for writing a PDF cannot draw
    reads them as it reads last time's other words (the feedback sheet prints neither)."""
    from wtfc.export.unshowable import unshowable_parts
    from wtfc.importing.typed_details import quote_as_kinds
    from wtfc.model.workshop import Perspective, Reflection, SuccessStatement

    previous = spring(reflection=Reflection(do_differently="预订一个安静的房间"))
    theme = previous.themes[0]
    previous = previous.model_copy(update={"success": [SuccessStatement(
        theme_id=theme.id, perspective=Perspective.OLDER_PEOPLE, text="我知道谁会来")]})
    where = [p.where for p in unshowable_parts(demo_workshop(), "report", previous,
                                               quote=quote_as_kinds) if p.last_time]
    assert "What we said last time we would do differently: “预订一个安静的房间”" in where
    assert any(w.startswith("What we said last time success would look like in the theme “I "
                            "have family") and w.endswith("”: “我知道谁会来”") for w in where)
    assert not [p for p in unshowable_parts(demo_workshop(), "feedback", previous,
                                            quote=quote_as_kinds) if p.last_time]
