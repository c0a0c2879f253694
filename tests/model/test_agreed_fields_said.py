"""A damaged format 6 field of an action (what the room agreed, when it was done or added, what
people told us at the check) is named in the app's words, as the 'By when' date is, never by
the file's own name ('agreed_by_when')."""

from __future__ import annotations

import pytest
from storage_checks import problem, sample_json

WHERE = "of action 1 ('Develop Individual Service Funds')"


@pytest.mark.parametrize(("field", "value", "said"), [
    ("agreed_by_when", "soon", f"The date agreed {WHERE}: should be a date"),
    ("done_on", "2027-13-01", f"The 'Done on' date {WHERE}: should be a date"),
    ("added_on", "next week", f"The 'Added on' date {WHERE}: should be a date"),
    ("agreed_what", 7, f"The words agreed at the workshop {WHERE}: should be text"),
    ("heard_at_check", ["a"], f"The 'What people told us at the check' {WHERE}: should be text"),
])
def test_a_damaged_agreed_done_or_added_field_is_said_in_words(field, value, said):
    raw = sample_json()
    raw["actions"][0]["what"] = "Develop Individual Service Funds"
    raw["actions"][0][field] = value
    words = problem(raw)
    assert said in words and field not in words
