"""A workshop with no title or date yet is said before its exports head their pages without
them; a new workshop's title is empty, and an older wtfc's "Untitled workshop" counts as none
(review 24 firsttime F4)."""

from __future__ import annotations

import datetime as dt

from wtfc.model.untitled_workshop import untitled_warning
from wtfc.model.workshop import Workshop


def test_a_new_workshop_has_an_empty_title_and_is_warned_of():
    ws = Workshop()
    assert ws.title == ""
    assert untitled_warning(ws).startswith("The workshop has no title or date yet: fill them in "
                                           "on 1 Prepare")
    old = Workshop(title="  Untitled workshop ", date=dt.date(2026, 11, 12))
    assert untitled_warning(old).startswith("The workshop has no title yet: fill it in")
    undated = Workshop(title="North locality")
    assert untitled_warning(undated) == "The workshop has no date yet: fill it in on 1 Prepare."
    assert untitled_warning(undated.model_copy(update={"date": dt.date(2026, 11, 12)})) == ""


def test_untitled_workshop_typed_in_another_case_is_no_title():
    """Typed "untitled workshop" in lower case, `wtfc export` said nothing (review code_d1)."""
    for typed in ("untitled workshop", "UNTITLED WORKSHOP", "Untitled  Workshop"):
        ws = Workshop(title=typed, date=dt.date(2026, 11, 12))
        assert untitled_warning(ws).startswith("The workshop has no title yet"), typed
    assert untitled_warning(Workshop(title="Untitled workshop 2", date=dt.date(2026, 11, 12))) == ""
