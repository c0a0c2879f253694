"""Since last time, with a group last time's room never named: the letter printed "About
“Group 1 (not named yet)”" to older people. It is left out with its actions, as the rest of
the letter (and last time's letter) leaves a group not named yet out; with nothing else done
last time, the letter says we were still naming what we chose, not that nothing was agreed."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.feedback_sheet import feedback_sheet_pdf
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


def test_a_group_never_named_and_its_actions_stay_out():
    since = since_words(_spring(), TODAY)
    assert [name for name, _ in since.themes] == ["I feel lonely and cut off"]
    assert [w.what for _, was in since.themes for w in was] == [LUNCH]
    assert since.tally == "We said we would do 1 thing. 1 is done."
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY,
                                              previous=_spring())))
    assert "notnamedyet" not in text and "Group1" not in text
    assert squash(ROTA) not in text and squash("About “I feel lonely and cut off”") in text


def test_only_groups_never_named_says_we_were_still_naming_them():
    since = since_words(_spring(named=False), TODAY, [LUNCH])  # this time lists an action
    assert since.themes == [] and since.tally == ""
    assert since.intro.startswith("At our last workshop, on 21")
    assert since.intro.endswith("we were still naming what we chose to work on, so we did not "
                                "tell you then what we would do about it. What we will do this "
                                "time is below.")
    nothing = Workshop(title="Spring", date=dt.date(2026, 4, 21))
    assert "did not agree anything" in since_words(nothing, TODAY).intro


def test_with_no_action_listed_this_time_it_promises_none_below():
    """"What we will do this time is below." above a letter whose groups are all still not
    named, or that has no actions yet: a promise broken on the same page."""
    still_naming = since_words(_spring(named=False), TODAY, [])
    assert still_naming.intro.endswith("so we did not tell you then what we would do about "
                                       "it. We will tell you what we will do when we have "
                                       "agreed it.")
    nothing = Workshop(title="Spring", date=dt.date(2026, 4, 21))
    assert since_words(nothing, TODAY, []).intro.endswith(
        "we did not agree anything to do yet. We will tell you what we will do when we have "
        "agreed it.")
    assert since_words(nothing, TODAY, [LUNCH]).intro.endswith("This time we did: it is below.")
    now = demo_workshop()
    for n, theme in enumerate(now.themes, 1):
        theme.name = PLACEHOLDER.format(n=n)
    text = all_text(reader(feedback_sheet_pdf(now, today=TODAY, previous=_spring(named=False))))
    assert squash("We will tell you what we will do when we have agreed it.") in text
    assert "isbelow" not in text
