"""The counts above the Plan and Act boards' lanes (``plan_text.actions_summary_text``). Act
with no actions said "0 actions · 0 overdue (⚠) … Every open action has been checked since
29 August 2026.", as if there were actions and all were checked."""

from __future__ import annotations

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from wtfc.model.document import Document
from wtfc.model.workshop import ActionStatus, Workshop
from wtfc.ui.boards.plan import ACT_HEADING, PlanBoard
from wtfc.ui.boards.plan_text import (
    NO_ACTIONS_TO_CHECK,
    actions_summary_text,
    waiting_priorities,
    waiting_priorities_text,
)
from wtfc.ui.undo import UndoAdapter


def test_no_actions_says_where_to_add_them():
    assert actions_summary_text([], TODAY, act=True) == \
        "No actions to check yet: add them on 6 Plan."
    assert actions_summary_text([], TODAY, act=False) == "No actions yet."


def test_actions_are_counted_by_status_with_the_checks_due_on_act():
    actions = sample_workshop().actions  # x1, x4 open; x2 open and overdue; x3 done
    assert actions_summary_text(actions, TODAY, act=False) == \
        "4 actions: 2 not started · 1 in progress · 1 done; ⚠ 1 of them late as of 1 March 2025."
    assert actions_summary_text(actions, TODAY, act=True).endswith(
        " Due a check: 3 open actions, never checked.")
    one = [actions[0].model_copy(update={"checked_on": TODAY})]
    assert actions_summary_text(one, TODAY, act=True) == (
        "1 action: 1 not started; not late as of 1 March 2025. Every open action has been "
        "checked since 30 November 2024.")


def test_the_statuses_add_up_to_the_actions_and_late_is_a_part_of_them():
    """"13 actions: … · 1 dropped · 1 overdue (⚠)" counted 14 for 13: late is not a status,
    so it comes after the ";", as some of them, and the numbers before it add up."""
    actions = sample_workshop().actions  # x2 alone late: not started, 2 in progress, done
    past, future = TODAY.replace(year=2024), TODAY.replace(year=2026)
    for late in range(4):  # none to three of them late
        shown = [a.model_copy(update={"by_when": past if i < late else future})
                 for i, a in enumerate(x for x in actions if x.status != ActionStatus.DONE)]
        shown.append(actions[2].model_copy(update={"status": ActionStatus.DROPPED}))
        text = actions_summary_text(shown, TODAY, act=False)
        total, statuses = text.split(";")[0].split(": ")
        assert total == f"{len(shown)} actions"
        assert sum(int(part.split()[0]) for part in statuses.split(" · ")) == len(shown)
        assert "overdue" not in text
        assert (f"; ⚠ {late} of them late" if late else "; none of them late") in text


def test_with_every_action_done_or_dropped_none_is_left_to_check():
    actions = [a.model_copy(update={"status": ActionStatus.DONE})
               for a in sample_workshop().actions]
    assert actions_summary_text(actions, TODAY, act=True).endswith(
        "Every action is done or dropped: none is left to check.")


def _board(show, workshop: Workshop, *, act: bool) -> PlanBoard:
    doc = Document(workshop)
    options = {"heading": ACT_HEADING} if act else {}
    return show(PlanBoard(doc, UndoAdapter(doc), today=lambda: TODAY, **options), 1400, 700)


def test_the_boards_say_the_same_counts(show):
    for act in (False, True):
        board = _board(show, sample_workshop(), act=act)
        assert board.summary.text().startswith(
            actions_summary_text(sample_workshop().actions, TODAY, act=act) + " ")


def test_act_with_no_actions_says_to_add_them_on_plan(show):
    board = _board(show, Workshop(title="New"), act=True)
    assert board.summary.text().startswith(NO_ACTIONS_TO_CHECK)
    assert "Every open action" not in board.summary.text()


def _without_actions_for(*theme_ids: str) -> Workshop:
    ws = sample_workshop()
    return ws.model_copy(update={"actions": [a for a in ws.actions
                                             if a.theme_id not in theme_ids]})


def test_a_priority_with_no_actions_is_named_on_plan_and_act(show):
    """With every theme shown the summary said only "2 actions: …": that priority 2 had no
    action at all was nowhere on either board."""
    for act in (False, True):
        board = _board(show, _without_actions_for("who"), act=act)
        assert "Priority 2 (I never know who is coming or when) has no actions yet." \
            in board.summary.text()
        board.theme_filter.setCurrentIndex(board.theme_filter.findData("package"))
        assert "no actions yet" not in board.summary.text()  # one theme shown: its own counts


def test_several_priorities_with_no_actions_are_named_in_rank_order():
    ws = sample_workshop()
    third = ws.themes[2].model_copy(update={"priority": ws.themes[2].priority.model_copy(
        update={"chosen": True, "rank": 3})})
    ws = ws.model_copy(update={"themes": [*ws.themes[:2], third, *ws.themes[3:]],
                               "actions": [a for a in ws.actions if a.theme_id == "package"]})
    assert actions_summary_text(ws.actions, TODAY, act=False,
                                waiting=waiting_priorities(ws)).endswith(
        " Priorities 2 (I never know who is coming or when) and 3 (I am lonely since the day"
        " centre closed) have no actions yet.")
    long = third.model_copy(update={"name": "I am lonely since the day centre closed and the"
                                            " bus stopped running"})
    assert waiting_priorities_text([long]) == \
        "Priority 3 (I am lonely since the day centre closed…) has no actions yet."


def _with_actions_dropped_for(*theme_ids: str) -> Workshop:
    ws = sample_workshop()
    return ws.model_copy(update={"actions": [
        a.model_copy(update={"status": ActionStatus.DROPPED}) if a.theme_id in theme_ids else a
        for a in ws.actions]})


def test_a_priority_whose_actions_were_all_dropped_is_named_on_plan_and_act(show):
    """Its dropped actions counted as answering it: the boards named it nowhere, while the
    report said 'None (3 dropped)' and its poster that every action had been dropped."""
    for act in (False, True):
        board = _board(show, _with_actions_dropped_for("who"), act=act)
        assert "Priority 2 (I never know who is coming or when) has only dropped actions." \
            in board.summary.text()
        assert "no actions yet" not in board.summary.text()


def test_priorities_with_none_and_with_only_dropped_actions_are_each_named():
    ws = _with_actions_dropped_for("who")
    third = ws.themes[2].model_copy(update={"priority": ws.themes[2].priority.model_copy(
        update={"chosen": True, "rank": 3})})
    ws = ws.model_copy(update={"themes": [*ws.themes[:2], third, *ws.themes[3:]]})
    assert waiting_priorities_text(waiting_priorities(ws), ws.actions) == (
        "Priority 3 (I am lonely since the day centre closed) has no actions yet. Priority 2"
        " (I never know who is coming or when) has only dropped actions.")
    assert waiting_priorities_text(waiting_priorities(ws), ws.actions, length=0) == (
        "Priority 3 has no actions yet. Priority 2 has only dropped actions.")
