"""Values past the file format's limits are refused in plain English, before anything changes.

Otherwise the edit would go through and the next save would write a file that refuses to open.
"""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import NW, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations import actions, cards, causes, details, success, themes
from wtfc.model.storage import workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Perspective, Role

LONG = "x" * 5000

REFUSED = {
    "rename theme": (lambda d: themes.rename_theme(d, theme_id="staff", name="I " + LONG),
                     "too long: the name can have at most 300 characters"),
    "create theme": (lambda d: themes.create_theme(d, kind=NW, name=LONG),
                     "at most 300 characters"),
    "rank 0": (lambda d: themes.set_priority(d, theme_id="staff", rank=0),
               "The priority rank must be at least 1."),
    "huge votes": (lambda d: themes.set_priority(d, theme_id="staff", votes=10**9),
                   "The priority votes can be at most 1,000,000."),
    "long comment": (lambda d: themes.add_theme_comment(d, theme_id="staff", comment=LONG),
                     "at most 4,000 characters"),
    "long card": (lambda d: cards.add_card(d, kind=NW, text=LONG), "at most 2,000 characters"),
    "edit card": (lambda d: cards.edit_card(d, card_id="n1", text=LONG),
                  "at most 2,000 characters"),
    "long cause": (lambda d: causes.add_cause(d, theme_id="staff", text=LONG),
                   "at most 4,000 characters"),
    "edit cause": (lambda d: causes.edit_cause(d, cause_id="a", team=LONG),
                   "the team can have at most 300 characters"),
    "long success": (lambda d: success.add_success(d, theme_id="staff", text=LONG,
                                                   perspective=Perspective.COMMISSIONERS),
                     "at most 4,000 characters"),
    "long action": (lambda d: actions.add_action(d, theme_id="staff", role=Role.HEALTH,
                                                 what=LONG), "at most 4,000 characters"),
    "edit action": (lambda d: actions.edit_action(d, action_id="as", owner=LONG),
                    "the owner can have at most 300 characters"),
    "bad date": (lambda d: actions.edit_action(d, action_id="as", by_when="someday"),
                 "The by when cannot be that"),
    "long title": (lambda d: details.edit_details(d, title=LONG),
                   "the title can have at most 300 characters"),
    "bad workshop date": (lambda d: details.edit_details(d, date="soon"),
                          "The date cannot be that"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_out_of_bounds_values_are_refused_plainly_and_change_nothing(name):
    build, message = REFUSED[name]
    doc = sample_document()
    before = doc.workshop.model_copy(deep=True)
    with pytest.raises(EditRefused, match=message.replace(".", r"\.")):
        build(doc)
    assert doc.workshop == before


def test_values_at_the_limits_are_accepted_and_the_file_reopens():
    doc = sample_document()
    for edit in (themes.rename_theme(doc, theme_id="staff", name="x" * 300),
                 themes.set_priority(doc, theme_id="staff", rank=1, votes=1_000_000),
                 cards.edit_card(doc, card_id="n1", text="y" * 2000),
                 actions.edit_action(doc, action_id="as", by_when=dt.date(2027, 5, 1)),
                 details.edit_details(doc, title="z" * 300)):
        edit.do(doc)
    reopened = workshop_from_bytes(workshop_to_bytes(doc.workshop)).workshop
    assert reopened == doc.workshop
