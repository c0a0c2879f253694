"""Since last time, with a group last time's room never named: the letter printed "About
“Group 1 (not named yet)”" to older people. Its name is left out, as the rest of the letter
leaves it out; its actions are told, as last time's letter told them, under "About something we
were still naming" (last time's cards are not printed: the checks before the export read none)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_groups import WERE_STILL_NAMING_ABOUT
from wtfc.export.feedback_sheet_since import since_words
from wtfc.model.unnamed_themes import PLACEHOLDER
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
GROUP = PLACEHOLDER.format(n=1)
ROTA = "Send a weekly rota."
LUNCH = "Start a lunch club in East Moor."


def _spring(*, named: bool = True) -> Workshop:
    """Last time's: a group never named with one action; with ``named``, a named theme too."""
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming"),
             Card(id="c2", kind=Kind.NOT_WORKING, text="I am lonely since my wife died")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name=GROUP, card_ids=["c1"])]
    actions = [Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what=ROTA,
                      by_when=dt.date(2026, 10, 1), status=ActionStatus.IN_PROGRESS)]
    if named:
        themes.append(Theme(id="t2", kind=Kind.NOT_WORKING, name="I feel lonely and cut off",
                            card_ids=["c2"]))
        actions.append(Action(id="a2", theme_id="t2", role=Role.HEALTH, what=LUNCH,
                              by_when=dt.date(2027, 3, 1), status=ActionStatus.DONE))
    return Workshop(title="Spring", date=dt.date(2026, 4, 21), cards=cards, themes=themes,
                    actions=actions)


def test_a_group_never_named_is_left_out_and_its_actions_told():
    since = since_words(_spring(), TODAY)
    assert [name for name, _ in since.themes] == ["I feel lonely and cut off", ""]  # named first
    assert [w.what for _, was in since.themes for w in was] == [LUNCH, ROTA]
    assert since.tally == ("We said we would do 2 things. 1 is done. 1 is in progress but "
                           "late. 1 has not been checked since the workshop.")
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY,
                                              previous=_spring())))
    assert "notnamedyet" not in text and "Group1" not in text
    assert squash(f"{WERE_STILL_NAMING_ABOUT}•{ROTA}Late,inprogress(notcheckedsincetheworkshop).") \
        in text
    assert squash("About “I feel lonely and cut off”") in text
    assert squash("I never know who is coming") not in text  # last time's card


def test_only_groups_never_named_still_tells_what_became_of_their_actions():
    since = since_words(_spring(named=False), TODAY, [LUNCH])  # this time lists an action
    assert since.themes == [("", since.themes[0][1])] and since.tally.startswith(
        "We said we would do 1 thing.")
    assert since.intro.startswith("At our last workshop, on 21")
    nothing = Workshop(title="Spring", date=dt.date(2026, 4, 21))
    assert "did not agree anything" in since_words(nothing, TODAY).intro


def test_with_no_action_listed_this_time_it_promises_none_below():
    """"What we will do this time is below." above a letter that has no actions yet: a promise
    broken on the same page."""
    nothing = Workshop(title="Spring", date=dt.date(2026, 4, 21))
    assert since_words(nothing, TODAY, []).intro.endswith(
        "we did not agree anything to do yet. We will tell you what we will do when we have "
        "agreed it.")
    assert since_words(nothing, TODAY, [LUNCH]).intro.endswith("This time we did: it is below.")
    now = Workshop(title="Autumn", date=dt.date(2026, 11, 20))  # nothing agreed this time
    text = all_text(reader(feedback_sheet_pdf(now, today=TODAY, previous=nothing)))
    assert squash("We will tell you what we will do when we have agreed it.") in text
    assert "isbelow" not in text
