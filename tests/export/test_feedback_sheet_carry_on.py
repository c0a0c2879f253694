"""One action, one status on the letter.

A facilitator re-types last time's unfinished actions into this time's plan, as the method
expects. The letter then listed the same action twice, "Not started yet" under "Since last time"
and "Started" under this time's plan. Now last time's says "We are carrying this on: see below"
when this time's plan has it again in (nearly) the same words; the demo's own pair, whose
actions only share a few words, is left as it was. And the tally reads right for one thing:
"1 has started but is late", not "1 has started, and 1 of them is late".
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import CARRYING_ON, listed, since_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.carried_on import carried_on
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
CHECKED = dt.date(2026, 9, 1)
ROTA = "Send each person a weekly rota with the names of who is coming."  # demo's, shortened
BUS = "Start a shopping bus with the community transport scheme."  # shares 3 words with demo's


def _last_time(*actions: tuple[str, ActionStatus, dt.date | None]) -> Workshop:
    """Each action checked on Act since (one never checked says so: test_not_checked_since)."""
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when")
    return Workshop(title="Spring", date=dt.date(2026, 4, 21), themes=[theme], actions=[
        Action(theme_id="t1", role=Role.PROVIDERS, what=what, status=status, by_when=by_when,
               checked_on=CHECKED) for what, status, by_when in actions])


def _now(workshop: Workshop) -> list[str]:
    return listed(feedback_words(ExportContent(workshop, today=TODAY)))


def test_a_retyped_action_is_paired_and_a_different_one_is_not():
    before = ["Pay for blocks of time with a regular team instead of per-minute visits, "
              "in two pilot areas.", "Send each person a weekly letter saying who is coming."]
    now = ["Send each person a weekly rota with the names of who is coming, and ring when a "
           "visit will be more than twenty minutes late.", "Pay for blocks of time with a "
           "regular team"]
    assert carried_on(before, now) == {0: 1}  # shortened; letter → rota is another action


@pytest.mark.parametrize(("then", "now"), [
    ("Write to every person about the new charging policy",
     "Write to every person about the new complaints policy"),
    ("Stop using agency carers for weekend visits", "Stop using agency carers for weekday visits"),
    ("Ring each person every week to check they are OK",
     "Ring each person every month to check they are OK"),
])
def test_a_word_swapped_each_side_is_another_action_not_carried_on(then, now):
    """Last time's late charging letter is not "carried on" by this time's complaints letter:
    the reader is told it is late and not started (code review K-1 F7)."""
    assert carried_on([then], [now]) == {}
    assert carried_on([then], [f"{then} and by phone"]) == {0: 0}  # re-typed longer still is
    before = _last_time((then, ActionStatus.NOT_STARTED, dt.date(2026, 7, 1)))
    plan = Workshop(themes=before.themes, actions=[
        Action(theme_id="t1", role=Role.PROVIDERS, what=now)])
    since = since_words(before, TODAY, _now(plan))
    assert [was.happened for was in since.themes[0][1]] == ["Late, not started."]
    assert "carrying" not in since.tally


@pytest.mark.parametrize(("then", "now"), [
    ("Recieve a named key worker for every person by March",
     "Receive a named key worker for every person by March"),
    ("Ask link workers to visit evrey person living alone after a bereavement",
     "Ask link workers to visit every person living alone after a bereavement"),
])
def test_an_action_retyped_with_a_spelling_fixed_is_carried_on(then, now):
    """A typo corrected as last time's late action is typed into this plan: the letter says it
    is carried on, not "Late, not started." with the same action listed again below (code
    review L F2)."""
    assert carried_on([then], [now]) == {0: 0}
    before = _last_time((then, ActionStatus.NOT_STARTED, dt.date(2026, 7, 1)))
    plan = Workshop(themes=before.themes, actions=[
        Action(theme_id="t1", role=Role.PROVIDERS, what=now)])
    since = since_words(before, TODAY, _now(plan))
    assert [was.happened for was in since.themes[0][1]] == [CARRYING_ON]


def test_pairs_are_one_to_one_and_closest_first():
    before = ["Pay for blocks of time with a regular team."]
    now = ["Pay for blocks of time with a regular team in two areas.",
           "Pay for blocks of time with a regular team."]
    assert carried_on(before, now) == {0: 1}
    assert carried_on(before * 2, now[1:]) == {0: 0}  # one of this time's answers one


def test_few_words_or_words_it_cannot_read_pair_only_word_for_word():
    assert carried_on(["Ring everyone."], ["Ring everyone over eighty."]) == {}
    urdu = "ہر شخص کو ہفتہ وار روٹا بھیجیں"
    assert carried_on([urdu], [f"  {urdu} "]) == {0: 0}
    assert carried_on([urdu], ["ہر شخص کو خط بھیجیں"]) == {}


def test_the_demos_own_pair_has_nothing_carried_on():
    previous = load_workshop(demo_previous_path()).workshop
    since = since_words(previous, TODAY, _now(demo_workshop()))
    assert all(was.happened != CARRYING_ON for _, actions in since.themes for was in actions)
    assert "carrying" not in since.tally


@pytest.fixture(scope="module")
def letter():
    previous = _last_time((ROTA, ActionStatus.IN_PROGRESS, dt.date(2026, 10, 1)),
                          (BUS, ActionStatus.NOT_STARTED, None))
    return all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=previous)))


def test_last_times_action_in_this_times_plan_says_so_instead_of_its_old_status(letter):
    since = letter[: letter.index(squash("What you told us this time"))]
    assert squash(f"{ROTA} {CARRYING_ON}") in since
    assert squash("Late, in progress") not in since  # its old status, now below as this time's
    assert squash(f"{BUS} Not started yet.") in since  # not this time's transport action
    assert squash("We said we would do 2 things. 1 has not started yet. We are carrying 1 of "
                  "them on this time: see below.") in since
    below = letter[letter.index(squash("What you told us this time")):]
    assert squash("Send each person a weekly rota with the names of who is coming, and ring") \
        in below


def test_a_stopped_or_done_action_keeps_its_words_though_the_plan_has_it_again():
    previous = _last_time((ROTA, ActionStatus.DONE, None), (ROTA, ActionStatus.DROPPED, None))
    since = since_words(previous, TODAY, _now(demo_workshop()))
    assert [was.happened for was in since.themes[0][1]] == ["Done.", "We have stopped this."]


@pytest.mark.parametrize(("statuses", "said"), [
    ([ActionStatus.IN_PROGRESS], "1 is in progress."),
    ([ActionStatus.IN_PROGRESS, "late"], "1 is in progress but late."),
    ([ActionStatus.NOT_STARTED, "late"], "1 has not started yet and is late."),
    ([ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, "late"],
     "2 are in progress, and 1 of them is late."),
    ([ActionStatus.IN_PROGRESS, "late", ActionStatus.IN_PROGRESS, "late"],
     "2 are in progress, and both are late."),
    ([ActionStatus.NOT_STARTED, "late", ActionStatus.NOT_STARTED, "late",
      ActionStatus.NOT_STARTED, "late"], "3 have not started yet, and all 3 are late."),
    ([ActionStatus.NOT_STARTED, "late", ActionStatus.NOT_STARTED, "late",
      ActionStatus.NOT_STARTED], "3 have not started yet, and 2 of them are late."),
])
def test_late_is_said_right_for_none_one_and_many(statuses, said):
    actions, late = [], dt.date(2026, 10, 1)
    for item in statuses:
        if item == "late":
            actions[-1] = (actions[-1][0], actions[-1][1], late)
        else:
            actions.append((f"Thing {len(actions)}", item, dt.date(2027, 6, 30)))
    tally = since_words(_last_time(*actions), TODAY).tally
    assert tally.endswith(said), tally
