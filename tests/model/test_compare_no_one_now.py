"""A theme said by no one now, or by no one last time, changed (code review W1 R3).

"I am kept waiting" was priority 3, held by one person's card; that person withdrew, so it went
from 1 of 59 people to 0 of 58. Review, its room view and the report read "= About the same
share of people · 2% → 0%" and "No theme changed", while the mirror, 0 of 58 → 1 of 59, read
"said more often": the share rule asked for a person's worth of share more than a fall to
nobody is, at a different number reviewed.
"""

from __future__ import annotations

import datetime as dt

from tests.model.reviewed_workshops import CARERS, FAMILY, NW, W, reviewed
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_people import judge
from wtfc.model.compare_words import changes_summary, people_text, theme_change_text

WAITING = "I am kept waiting on the phone for an hour"


def test_to_no_one_or_from_no_one_is_a_change_at_any_numbers_reviewed():
    assert judge((1, 0), (1, 0), (59, 58)) == -1  # the withdrawn person's priority
    assert judge((0, 1), (0, 1), (58, 59)) == 1
    assert judge((1, 0), (1, 0), (300, 299)) == -1  # a third of a point, but nobody now
    assert judge((0, 1), (0, 1), (299, 300)) == 1   # "0% → 0%", but somebody now
    assert judge((1, 0), (1, 0), (59, 59)) == -1  # as before with as many reviewed
    assert judge((6, 12), (6, 12), (16, 31)) == 0  # some both times: the share rule, as before


def _kept_waiting(before: int, now: int, n_before: int, n_now: int):
    was = reviewed({"Family look in": (W, FAMILY, 10), "Carers": (NW, CARERS, 20),
                    "I am kept waiting": (NW, WAITING, before)}, n_before)
    is_ = reviewed({"Family look in": (W, FAMILY, 10), "Carers": (NW, CARERS, 20),
                    "I am kept waiting": (NW, WAITING, now)}, n_now)
    result = compare_workshops(was, is_, today=dt.date(2027, 4, 20))
    return result, next(t for t in result.themes if t.name == "I am kept waiting")


def test_the_priority_whose_one_person_withdrew_reads_smaller_and_is_tallied():
    result, waiting = _kept_waiting(1, 0, 59, 58)
    assert waiting.change is Change.SHRANK
    assert theme_change_text(waiting) == "▼ A smaller share of people said this"
    assert people_text(waiting) == "1 of 59 → 0 of 58"
    assert changes_summary(result).startswith(
        "0 a bigger share of people (▲), 1 a smaller share (▼), 3 about the same share")


def test_the_report_says_it_changed_and_never_no_theme_changed():
    from tests.export.export_checks import all_text, reader, squash
    from wtfc.export.report import report_pdf

    was = reviewed({"Carers": (NW, CARERS, 20), "I am kept waiting": (NW, WAITING, 1)}, 59)
    now = reviewed({"Carers": (NW, CARERS, 20), "I am kept waiting": (NW, WAITING, 0)}, 58)
    text = all_text(reader(report_pdf(now, today=dt.date(2027, 4, 20), previous=was)))
    assert squash("No theme changed") not in text
    assert squash("▼ A smaller share of people said this") in text


def test_a_theme_someone_says_now_that_no_one_did_reads_bigger():
    _, waiting = _kept_waiting(0, 1, 58, 59)
    assert waiting.change is Change.GREW
    assert theme_change_text(waiting) == "▲ A bigger share of people said this"


def test_a_share_of_someone_is_never_printed_as_the_0_percent_of_no_one():
    from wtfc.model.compare_people import share
    from wtfc.model.compare_words import share_text

    assert (share(1, 300), share(0, 299), share(2, 300), share(1, 59)) == \
        ("<1%", "0%", "1%", "2%")
    was = reviewed({"I am kept waiting": (NW, WAITING, 1)}, 300)
    now = reviewed({"I am kept waiting": (NW, WAITING, 0)}, 299)
    waiting = next(t for t in compare_workshops(was, now).themes if t.name == "I am kept waiting")
    assert (waiting.change, share_text(waiting)) == (Change.SHRANK, "<1% → 0%")
