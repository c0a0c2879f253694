"""The report's "Looking back" section: the group's reflection on the workshop and the date it
will look again, when either was recorded on the Review stage; nothing when neither was."""

from __future__ import annotations

import datetime as dt

from export_checks import (
    all_text,
    all_text_of,
    demo_report_pdf,
    demo_workshop,
    outline_titles,
    reader,
    squash,
)

from wtfc.export.report import report_pdf
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Reflection, Workshop

TODAY = dt.date(2026, 11, 28)


def _text(ws: Workshop, previous: Workshop | None = None) -> str:
    return all_text(reader(report_pdf(ws, today=TODAY, previous=previous)))


def _with(ws: Workshop, **update) -> Workshop:
    return ws.model_copy(update=update)


def test_the_demo_reports_its_three_answers_and_the_next_review():
    ws = demo_workshop()
    pdf = demo_report_pdf(TODAY)  # read for its words and its outline alike
    text = all_text_of(pdf)
    for words in (
        "Looking back",
        "What went well",
        ws.reflection.went_well,
        "What didn't go so well",
        ws.reflection.not_so_well,
        "What we would do differently next time",
        ws.reflection.do_differently,
        "Next review: 12 May 2027",
    ):
        assert squash(words) in text, words
    assert "Looking back" in outline_titles(reader(pdf))


def test_it_follows_since_last_time_when_last_times_workshop_is_given():
    text = all_text_of(demo_report_pdf(TODAY, previous=True))
    since, back = text.find(squash("Since last time")), text.find(squash("Looking back"))
    themes = text.find(squash("Every theme, in people's own words"))
    assert 0 <= since < back < themes


def test_nothing_recorded_leaves_the_section_out():
    ws = _with(demo_workshop(), reflection=Reflection(), next_review=None)
    text = _text(ws)
    assert squash("Looking back") not in text and squash("Next review") not in text


def test_only_a_date_prints_the_next_review_alone():
    ws = _with(demo_workshop(), reflection=Reflection(), next_review=dt.date(2027, 3, 4))
    text = _text(ws)
    assert squash("Next review: 4 March 2027") in text
    assert squash("What went well") not in text


def test_only_one_answer_prints_that_answer_and_its_lines_as_typed():
    ws = _with(
        demo_workshop(),
        next_review=None,
        reflection=Reflection(not_so_well="The hall was noisy.\nTea ran out at 11."),
    )
    text = _text(ws)
    assert squash("What didn't go so wellThe hall was noisy.Tea ran out at 11.") in text
    assert squash("What went well") not in text and squash("Next review") not in text


def test_a_next_review_passed_by_the_day_of_the_report_says_so():
    """Set for 20 November, the report made on the 28th: it says the date passed, never that
    the group will look again then."""
    ws = _with(demo_workshop(), next_review=dt.date(2026, 11, 20))
    text = _text(ws)
    assert squash("Next review: 20 November 2026 (passed before this report was made)") in text
    assert squash("when the group will look again") not in text
    on_the_day = _text(_with(ws, next_review=TODAY))  # not passed yet
    assert squash("Next review: 28 November 2026, when the group will look again") in on_the_day


def test_the_next_review_has_one_colon():
    """ "Next review: 12 May 2027: when the group will look again…" read as two labels."""
    ws = Workshop(title="Spring", next_review=dt.date(2027, 5, 12))  # a small report, quick
    for today in (TODAY, dt.date(2027, 6, 1)):  # before the review and after it
        text = all_text(reader(report_pdf(ws, today=today)))
        start = text.index(squash("Next review: 12 May 2027"))
        line = text[start:text.index(squash("lives."), start)]
        assert line.count(":") == 1, line


def test_a_page_looking_back_carries_on_to_says_so():
    """With "Since last time" before it, the demo's Looking back starts at a page's foot and
    carries on: the next page starts "Looking back (continued)" (it started "What we would do
    differently next time", as if that were a chapter of its own). Last time's yardsticks are
    left out: they would move the page break this test needs, and so would a "Not checked since
    the workshop" (its one action never checked is given a check)."""
    previous = load_workshop(demo_previous_path()).workshop
    checked = [a.model_copy(update={"checked_on": a.checked_on or dt.date(2026, 9, 1)})
               for a in previous.actions]
    previous = previous.model_copy(update={"reflection": Reflection(), "next_review": None,
                                           "success": [], "actions": checked})
    pages = [squash(x.extract_text()) for x in
             reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)).pages]
    start = next(n for n, text in enumerate(pages) if squash("Looking back") in text)
    assert squash("Next review") not in pages[start]  # it does carry on
    carried = pages[start + 1]
    assert squash("Looking back (continued)") in carried[:200]  # the running footer is first
    # and no page after it says so
    assert not any(squash("Looking back (continued)") in text for text in pages[start + 2:])
