"""An action's format 6 dates (the date agreed, the day it was done, the day it was added) hold
no one's words: reopening a done action or moving its date back to the one agreed is no word
taken off, as re-dating by_when or checked_on is not."""

from __future__ import annotations

import datetime as dt

from wtfc.model.storage import workshop_to_bytes
from wtfc.model.words_taken_off import took_words_off
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop


def _saved(**action) -> bytes:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="Nobody rings back")
    return workshop_to_bytes(Workshop(title="Spring", date=dt.date(2026, 11, 12), themes=[theme],
                                      actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS,
                                                      what="Ring back in a week", **action)]))


def test_reopening_or_a_date_back_to_the_one_agreed_takes_no_words_off():
    before = _saved(status=ActionStatus.DONE, by_when=dt.date(2027, 6, 1),
                    agreed_by_when=dt.date(2027, 3, 1), done_on=dt.date(2027, 4, 20),
                    added_on=dt.date(2026, 11, 13))
    after = _saved(status=ActionStatus.IN_PROGRESS, by_when=dt.date(2027, 3, 1),
                   added_on=dt.date(2026, 11, 13))
    assert not took_words_off(before, after)
    assert not took_words_off(_saved(added_on=dt.date(2026, 11, 13)), _saved())
    # the words agreed at the workshop are someone's words, as the action's own are
    assert took_words_off(_saved(agreed_what="Ring Mrs Quarmby back"), _saved())
