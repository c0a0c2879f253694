"""The report's "Themes that changed" when no person was recorded on one side: each theme is
judged by its cards, as the summary over the table says, so the table says so too.

It read "How many different people's cards were in each theme" under "No person recorded
last time … judged by how many cards said it", and a theme of last time's not sorted yet
read "○ Not in this time's themes yet | — → not sorted yet": no count of last time's at all,
where the room says "3 cards → —".
"""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 28)


def _without_people(ws: Workshop) -> Workshop:
    """As if its sheet had no person column."""
    return ws.model_copy(update={"cards": [c.model_copy(update={"person": ""})
                                           for c in ws.cards]})


def _since(previous: Workshop, now: Workshop) -> str:
    return _table(all_text(reader(report_pdf(now, today=TODAY, previous=previous))))


def _table(text: str) -> str:
    """The report's "Themes that changed", from its words."""
    return text[text.index(squash("Themes that changed")):
                text.index(squash("Last time's actions"), text.index(squash("Themes that")))]


def test_no_person_last_time_the_table_says_the_cards_and_keeps_last_times_count():
    previous = _without_people(load_workshop(demo_previous_path()).workshop)
    since = _since(previous, demo_workshop())
    assert squash("How many cards were in each theme, last time → this time, is beside its "
                  "change: no person was recorded last time, so the people counted this time "
                  "say nothing of the change.") in since
    assert squash("different people's cards") not in since
    # not sorted yet: last time's 3 cards stay, as in the room ("3 cards → —")
    assert squash("○ Not in this time's themes yet · 3 cards → —") in since
    assert squash("▲ Said more often · 9 → 10 cards") in since  # (said once, not twice)
    assert since.count(squash("9 → 10 cards")) == 1
    assert squash("✚ New this time · 0 → 4 cards") in since


def test_no_person_this_time_says_which_side_has_none():
    now = _without_people(demo_workshop())
    since = _since(load_workshop(demo_previous_path()).workshop, now)
    assert squash("no person was recorded this time, so the people counted last time say "
                  "nothing of the change.") in since


def test_people_on_both_sides_keep_the_peoples_words():
    # the demo beside last time's, as it is: the report other modules read
    since = _table(all_text_of(demo_report_pdf(TODAY, previous=True)))
    assert squash("How many different people's cards were in each theme, of the people "
                  "reviewed") in since
    assert squash("○ Not in this time's themes yet") in since
    assert squash("cards → —") not in since  # its count is the people's: "3 of 12 → …"
