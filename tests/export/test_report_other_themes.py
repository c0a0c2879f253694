"""In the report, the themes the room did not choose followed priority 3's action table with no
heading, and nothing said what they are for (review R3 R4): a commissioner read the green themes
as more of "I feel lonely and cut off". They now come under "Themes not chosen as priorities",
in the outline too, each kind's first with what the method uses it for."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.export.report_other_themes import FOR, HEADING
from wtfc.model.workshop import Kind, Priority

TODAY = dt.date(2026, 11, 28)


def test_the_themes_not_chosen_have_a_heading_and_say_what_they_are_for():
    data = demo_report_pdf(TODAY)
    text = all_text_of(data)
    at = text.index(squash(HEADING), text.index(squash("Every theme, in people's own words")))
    assert text.rindex(squash("Actions for “I feel lonely and cut off”"), 0, at) < at
    assert at < text.index(squash("“I don't know who to contact when things change"), at)
    # each kind's line once, over its first theme here, in the kinds' order
    places = [text.index(squash(FOR[kind]), at)
              for kind in (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE)]
    assert places == sorted(places) and all(text.count(squash(x)) == 1 for x in FOR.values())
    assert text.index(squash(FOR[Kind.WORKING])) < text.index(squash("“I have family, friends"))
    outline = reader(data).outline
    themes = outline[outline.index(next(x for x in outline if not isinstance(x, list)
                                        and x.title.startswith("Every theme"))) + 1]
    titles = [x.title for x in themes if not isinstance(x, list)]
    assert titles[-1] == HEADING  # after the priorities, with the other themes under it
    under = themes[themes.index(next(x for x in themes if getattr(x, "title", "") == HEADING))
                   + 1]
    assert [x.title for x in under][:2] == [
        "I don't know who to contact when things change or go wrong",
        "I have family, friends and neighbours who look out for me"]


def test_with_no_priority_there_is_no_such_heading():
    ws = demo_workshop()
    ws = ws.model_copy(update={"themes": [t.model_copy(update={"priority": Priority()})
                                          for t in ws.themes], "actions": []})
    text = all_text_of(report_pdf(ws, today=TODAY))
    assert squash(HEADING) not in text and not any(squash(x) in text for x in FOR.values())
