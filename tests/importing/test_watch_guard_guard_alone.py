"""A pasted surname the pasted-name rule reads as the word, but which the guard alone (no names
given) finds as a person there, stays hidden: watch_guard.watched_findings keeps such a finding
(f1b8fbd5, the `alone` check).

Nothing tested that check: with it reduced to dropping every finding read as the word, all of
tests/importing/test_pasted_everyday_surnames.py, test_watch_guard.py and the feedback-sheet
pasted-name tests still pass, while the letter to homes and Act's room view print
"Lunch at the Hall Arms with Jo Hall." in full (Pat Hall pasted): "Jo Hall" reads like
"Village Hall" (a capitalised word before it), so only the guard's own reading saves it."""

from __future__ import annotations

import pytest

from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted

NAMES = ("Pat Hall", "Bill Day", "June Long", "Sam Green", "Rose Power")


@pytest.mark.parametrize(("text", "shown"), [
    ("Lunch at the Hall Arms with Jo Hall.", "Lunch at the Hall Arms with [name]."),
    ("Lunch at the Green Arms with Jo Green.", "Lunch at the Green Arms with [name]."),
    ("Lunch at the Power Arms with Jo Power.", "Lunch at the Power Arms with [name]."),
    ("Visit from Mrs Day at the Village Hall.", "Visit from [name] at the Village Hall."),
])
def test_a_person_the_guard_finds_by_itself_stays_hidden(text, shown):
    assert watched_redacted(text, NAMES) == shown
    assert shown_as_kinds(text, NAMES) == shown  # as the feedback letter prints it
