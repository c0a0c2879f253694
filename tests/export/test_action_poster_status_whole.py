"""The action poster's "By when" column never breaks a status or a month inside a word.

A small plan is set in the largest type (40 pt on A1), where the column's share of the sheet
was narrower than "In progress" kept together: it read "In progres" over "s" (review 23
agree_export, code B). The column now widens to the widest status, as "Who" does for a role.
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader

from wtfc.export.action_poster import action_poster_pdf
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Priority, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)


def _plan(actions: list[Action]) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                  card_ids=["c1"], priority=Priority(chosen=True, rank=1))
    return Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.NOT_WORKING,
                                                text="Different carers every week")],
                    themes=[theme], actions=actions)


def _lines(workshop: Workshop) -> list[str]:
    pdf = reader(action_poster_pdf(workshop, today=TODAY))
    return [line.strip() for page in pdf.pages for line in page.extract_text().split("\n")]


def _action(status: ActionStatus, by_when: dt.date) -> Action:
    return Action(theme_id="t1", role=Role.PROVIDERS, what="Phone when a visit runs late",
                  owner="Forum chair", by_when=by_when, status=status)


def test_one_action_in_progress_reads_in_progress_on_one_line():
    lines = _lines(_plan([_action(ActionStatus.IN_PROGRESS, dt.date(2027, 1, 28))]))
    assert "In progress" in lines
    assert not any(line.endswith("In progres") for line in lines)


@pytest.mark.parametrize("late", [False, True], ids=["on-time", "late"])
@pytest.mark.parametrize("status", list(ActionStatus), ids=lambda s: s.value)
def test_each_status_alone_in_the_largest_type_is_whole(status, late):
    day = dt.date(2026 if late else 2027, 9, 30)  # the longest month's name too
    lines = _lines(_plan([_action(status, day)]))
    words = status.label if not late or status in (ActionStatus.DONE, ActionStatus.DROPPED) \
        else ("in progress" if status == ActionStatus.IN_PROGRESS else "not started")
    assert any(line.endswith(words) for line in lines), (words, lines)
    assert any("September" in line for line in lines)
    assert not any(line.endswith(("In progres", "Not starte", "not starte", "Septembe", "Dropp"))
                   for line in lines)
