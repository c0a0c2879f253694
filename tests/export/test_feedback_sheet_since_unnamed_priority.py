"""Under "Since last time", a priority last time's room never named keeps its place among the
priorities (the part has no numbers: its place is its rank): put after every named theme, as
other groups not named yet are, last time's priority 1 fell out of a long letter into "the
other 14 things" though last time's own letter listed it first (code review C, F1)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import since_words
from wtfc.model.unnamed_themes import PLACEHOLDER
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Priority,
    Role,
    Theme,
    Workshop,
)

TODAY = dt.date(2026, 11, 29)


def _spring() -> Workshop:
    """Priority 1 never named, with 4 actions; priority 2 and four other themes named, with 6
    done actions each: more than the part lists."""
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"words {i}") for i in range(7)]
    themes = [Theme(id="t0", kind=Kind.NOT_WORKING, name=PLACEHOLDER.format(n=1),
                    card_ids=["c0"], priority=Priority(chosen=True, rank=1)),
              Theme(id="t1", kind=Kind.NOT_WORKING, name="I want to stay in my own home",
                    card_ids=["c1"], priority=Priority(chosen=True, rank=2))]
    themes += [Theme(id=f"t{i}", kind=Kind.NOT_WORKING, name=f"I want named theme {i}",
                     card_ids=[f"c{i}"]) for i in range(2, 6)]
    themes.append(Theme(id="t6", kind=Kind.NOT_WORKING, name=PLACEHOLDER.format(n=2),
                        card_ids=["c6"]))
    actions = [Action(id=f"p{j}", theme_id="t0", role=Role.PROVIDERS, what=f"First one {j}.",
                      by_when=dt.date(2026, 12, 1), status=ActionStatus.IN_PROGRESS)
               for j in range(4)]
    actions.append(Action(id="g0", theme_id="t6", role=Role.PROVIDERS, what="Group two thing.",
                          status=ActionStatus.NOT_STARTED))
    actions += [Action(id=f"a{i}{j}", theme_id=f"t{i}", role=Role.HEALTH,
                       what=f"Theme {i} action {j}.", by_when=dt.date(2026, 10, 1),
                       status=ActionStatus.DONE) for i in range(1, 6) for j in range(6)]
    return Workshop(title="Spring", date=dt.date(2026, 4, 21), cards=cards, themes=themes,
                    actions=actions)


def test_last_times_priority_never_named_keeps_its_place_and_is_listed():
    since = since_words(_spring(), TODAY)
    names = [name for name, _ in since.themes]
    assert names[:2] == ["", "I want to stay in my own home"]  # priorities first, by rank
    listed = {was.what for _, was in since.themes for was in was}
    assert {f"First one {j}." for j in range(4)} <= listed
    assert "Group two thing." not in listed  # no priority: after the named themes, past 20
    assert names.count("") == 1 and since.unnamed_headings == (
        "About something we were still naming",)
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=_spring())))
    start = text.index(squash("Since last time"))
    assert text.index(squash("First one 0."), start) < text.index(
        squash("I want to stay in my own home"), start)
    assert "notnamedyet" not in text


def test_a_long_group_not_named_that_was_no_priority_comes_after_the_priorities():
    """Told together with the priority not named, in its place, 25 sooner actions of a group
    that was no priority filled the part: neither priority 1's actions nor the named priority
    2 were listed (code review D, F2). The priorities' own come first; the rest after, under a
    heading of their own."""
    spring = _spring()
    extra = [Action(id=f"g{j}", theme_id="t6", role=Role.PROVIDERS,
                    what=f"Unranked group action {j}.", by_when=dt.date(2026, 6, 1),
                    status=ActionStatus.DONE) for j in range(1, 26)]
    spring = spring.model_copy(update={"actions": [*spring.actions, *extra]})
    since = since_words(spring, TODAY)
    names = [name for name, _ in since.themes]
    assert names[:2] == ["", "I want to stay in my own home"]
    assert [w.what for w in since.themes[0][1]] == [f"First one {j}." for j in range(4)]
    assert since.unnamed_headings[0] == "About something we were still naming"
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=spring)))
    start = text.index(squash("Since last time"))
    assert text.count(squash("About something we were still naming"), start) == 1
    if "" in names[2:]:  # the other groups, if the part still has room: a heading of their own
        assert squash("About other things we were still naming") in text
