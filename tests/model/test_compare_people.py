"""The Review comparison, six months on: twice as many people reviewed, a wall half sorted.

Spring had 16 people's reviews, autumn 31. "▲ More people said this 6 → 9" was a fall from 38%
to 29% of the people reviewed; a split priority read "7 → 0" on page 1 with its 14 people pages
later; and last time's themes read "Gone this time" while 40 of this time's cards were unsorted.
"""

from __future__ import annotations

import datetime as dt

from tests.model.reviewed_workshops import (
    CARERS,
    FAMILY,
    NEXT_DOOR,
    NW,
    WORRIES,
    W,
    reviewed,
)
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_people import judge, share
from wtfc.model.compare_words import (
    action_status_text,
    actions_summary,
    actions_tally,
    change_cell,
    changes_summary,
    late_words,
    people_text,
    reviewed_text,
    share_text,
    theme_change_text,
)
from wtfc.model.workshop import Action, ActionStatus, Card, Role


def test_a_change_is_judged_on_the_share_of_the_people_reviewed():
    # 6 of 16 → 9 of 31: more people, a smaller share (38% → 29%)
    assert judge((6, 9), (6, 9), (16, 31)) == -1
    assert judge((6, 14), (6, 14), (16, 31)) == 1  # 38% → 45%: a person past the same share
    assert judge((6, 12), (6, 12), (16, 31)) == 0  # 38% → 39%: about the same share
    # as many reviewed both times: the counts are the shares
    assert judge((6, 7), (6, 7), (16, 16)) == 1
    assert judge((7, 8), (6, 4), (16, 16)) == -1  # more cards from fewer people: fewer
    assert judge((4, 6), (3, 3), (16, 16)) == 1  # the same people, more often
    assert judge((4, 6), (0, 0), (0, 0)) == 1  # no one recorded: the cards are all there is
    assert (share(6, 16), share(9, 31), share(10, 16), share(1, 0)) == ("38%", "29%", "63%", "")


def test_the_comparison_carries_the_people_reviewed_and_says_the_shares():
    spring = reviewed({"Family look in": (W, FAMILY, 6)}, 16)
    autumn = reviewed({"Family look in": (W, FAMILY, 9)}, 31)
    result = compare_workshops(spring, autumn)
    assert (result.people_reviewed_before, result.people_reviewed_now) == (16, 31)
    family = next(t for t in result.themes if t.name == "Family look in")
    assert family.change is Change.SHRANK and family.by_share
    assert theme_change_text(family) == "▼ A smaller share of people said this"
    assert people_text(family) == "6 of 16 → 9 of 31"
    assert share_text(family) == "38% → 29%"
    assert reviewed_text(result) == ("16 people's reviews last time, 31 this time, so each "
                                     "theme is judged by the share of them who said it.")
    # as many people both times: plain counts, no shares
    same = compare_workshops(spring, reviewed({"Family look in": (W, FAMILY, 8)}, 16))
    family = next(t for t in same.themes if t.name == "Family look in")
    assert (family.change, family.by_share, theme_change_text(family)) == \
        (Change.GREW, False, "▲ More people said this")
    assert (people_text(family), share_text(family)) == ("6 → 8", "")
    assert reviewed_text(same) == "16 people's reviews last time, 16 this time."


def test_the_report_s_cell_never_puts_an_arrow_up_beside_fewer_people():
    """7 cards from 6 people → 8 cards from 4: the report said "▲ Said more often 6 → 4"."""
    before = reviewed({"Not sure who": (NW, CARERS, 6)}, 16)
    after = before.model_copy(deep=True)
    theme = next(t for t in after.themes if t.name == "Not sure who")
    extra = [Card(kind=NW, text=f"{CARERS} again ({i})", person="P01") for i in range(2)]
    kept = theme.card_ids[2:]  # P03..P06: 4 people, with P01's two more cards
    after = after.model_copy(update={
        "cards": [*after.cards, *extra],
        "themes": [t.model_copy(update={"card_ids": [*kept, *(c.id for c in extra)]})
                   if t.id == theme.id else t for t in after.themes]})
    moved = next(t for t in compare_workshops(before, after).themes if t.name == "Not sure who")
    assert (moved.cards_before, moved.cards_now, moved.people_before, moved.people_now) == \
        (6, 6, 6, 5)
    assert change_cell(moved) == "▼ Fewer people said this"
    # the same people saying it more often says so, with the cards that moved
    often = after.model_copy(update={"themes": [
        t.model_copy(update={"card_ids": [*t.card_ids, *(c.id for c in extra)]})
        if t.id == theme.id else t for t in before.themes], "cards": after.cards})
    again = next(t for t in compare_workshops(before, often).themes if t.name == "Not sure who")
    assert change_cell(again) == "▲ Said more often · 6 → 8 cards"


NEW_FACES = "Somebody new arrives unsure about my tablets"


def test_a_split_priority_says_where_its_people_went_and_its_part_follows_it():
    spring = reviewed({"Not treated with respect": (NW, WORRIES, 7),
                        "Family look in": (W, FAMILY, 6)}, 16)
    spring.themes[0].priority.chosen, spring.themes[0].priority.rank = True, 1
    # split in two (one part alone would be the priority carried on under a new name)
    autumn = reviewed({"Family look in": (W, FAMILY, 9),
                        "Too many different carers": (NW, CARERS, 14),
                        "New faces every morning": (NW, NEW_FACES, 3)}, 31)
    themes = compare_workshops(spring, autumn).themes
    old, parts = themes[0], themes[1:3]
    assert (old.change, old.previous_rank, set(old.related)) == \
        (Change.SPLIT, 1, {"Too many different carers", "New faces every morning"})
    assert (old.people_before, old.people_now) == (7, 17)  # not "7 → 0"
    # right under it, not pages later
    assert {(t.name, t.change, t.people_now) for t in parts} == \
        {("Too many different carers", Change.SPLIT, 14),
         ("New faces every morning", Change.SPLIT, 3)}
    assert [t.name for t in themes[3:]][:1] == ["Family look in"]


def test_a_merged_theme_is_followed_by_the_one_it_went_into():
    spring = reviewed({"Family look in": (W, FAMILY, 6),
                        "Next door": (W, NEXT_DOOR, 3)}, 16)
    autumn = reviewed({"Family look in": (W, f"{FAMILY}. {NEXT_DOOR}", 9)}, 16)
    themes = compare_workshops(spring, autumn).themes
    merged = next(i for i, t in enumerate(themes) if t.change is Change.MERGED)
    # "Family look in" grew, listed first: the theme merged into it comes right under it
    assert themes[merged - 1].name == "Family look in"
    assert themes[merged].people_now == themes[merged - 1].people_now == 9
    assert themes[merged].related == ("Family look in",)


def test_last_times_theme_is_not_gone_while_this_times_cards_are_unsorted():
    spring = reviewed({"Day centre": (W, "I enjoy seeing people at the day centre", 4)}, 16)
    autumn = reviewed({}, 31, unsorted=20)
    result = compare_workshops(spring, autumn)
    day = next(t for t in result.themes if t.name == "Day centre")
    assert result.unsorted_now == 20
    assert day.change is Change.NOT_YET
    assert theme_change_text(day) == "○ Not in this time's themes yet"
    assert "1 not in this time's themes yet (20 cards are not yet in a theme)" in \
        changes_summary(result)
    assert "gone" not in changes_summary(result)
    sorted_now = compare_workshops(spring, reviewed({}, 31))
    assert next(t for t in sorted_now.themes if t.name == "Day centre").change \
        is Change.DISAPPEARED
    assert "1 gone" in changes_summary(sorted_now)


def test_last_times_actions_are_tallied_in_words():
    def action(status: ActionStatus, by: dt.date | None = None) -> Action:
        return Action(theme_id="other", role=Role.PROVIDERS, what="w", status=status, by_when=by)

    spring = reviewed({}, 3, actions=[
        *(action(ActionStatus.DONE) for _ in range(4)),
        *(action(ActionStatus.IN_PROGRESS) for _ in range(4)),
        action(ActionStatus.IN_PROGRESS, dt.date(2026, 10, 1)),
        action(ActionStatus.DROPPED), action(ActionStatus.DROPPED),
        action(ActionStatus.NOT_STARTED), action(ActionStatus.NOT_STARTED)])
    result = compare_workshops(spring, reviewed({}, 3), today=dt.date(2026, 11, 29))
    said = actions_tally(result)
    assert said == "Last time's 13 actions: 4 done, 5 in progress, 2 dropped, 2 not started; " \
        "⚠ 1 of them late."
    # late is not a status: the counts before the ";" add up to the actions ("· 1 overdue"
    # made 14 of 13), and the late are said as some of them, with their mark
    statuses = said.split(";")[0].split(": ")[1].split(", ")
    assert sum(int(part.split()[0]) for part in statuses) == 13
    assert "overdue" not in said
    assert actions_summary(result) == said  # the Review board says it as the room does
    assert actions_tally(compare_workshops(reviewed({}, 3), reviewed({}, 3))) == \
        "No actions last time."
    one = reviewed({}, 3, actions=[action(ActionStatus.NOT_STARTED, dt.date(2026, 10, 1))])
    assert actions_tally(compare_workshops(one, reviewed({}, 3), today=dt.date(2026, 11, 29))) \
        == "Last time's 1 action: 1 not started; ⚠ it is late."


def test_two_late_actions_are_both_late_and_a_late_one_says_whether_it_was_started():
    """Two of last time's actions, both late: "⚠ both of them late", as anyone says it of two
    and the feedback sheet does ("⚠ all of them late" read oddly of two; code review C1 F4).
    Each late one reads "⚠ Late: started" or "⚠ Late: not started" on the Review board, the
    room and the report, as Plan and Act say it (was "⚠ Overdue · In progress")."""
    due = dt.date(2026, 10, 1)
    two = reviewed({}, 3, actions=[
        Action(theme_id="other", role=Role.PROVIDERS, what="a", by_when=due,
               status=ActionStatus.IN_PROGRESS),
        Action(theme_id="other", role=Role.PROVIDERS, what="b", by_when=due,
               status=ActionStatus.NOT_STARTED)])
    result = compare_workshops(two, reviewed({}, 3), today=dt.date(2026, 11, 29))
    assert actions_tally(result) == \
        "Last time's 2 actions: 1 in progress, 1 not started; ⚠ both of them late."
    assert [action_status_text(a) for a in result.actions] == \
        ["⚠ Late: started", "⚠ Late: not started"]
    assert late_words(3, 3) == "⚠ all of them late" and late_words(1, 2) == "⚠ 1 of them late"
