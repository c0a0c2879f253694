"""A theme poster that cannot fit every action leaves off those a reader looks for least:
done ones first, then those not started; the overdue and in-progress ones stay. It left them
off by role order, so the big workshop's poster showed a done action and left off the theme's
only overdue one ("Not shown here: Health (1)")."""

from __future__ import annotations

import datetime as dt

from export_checks import reader, squash

from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, ActionStatus, Role

TODAY = dt.date(2025, 3, 1)
WORDS = ("Meet the home care agencies each month to go through late and missed visits, "
         "and agree with them what changes before the next meeting {}.")
KEPT = {ActionStatus.DONE: 0, ActionStatus.NOT_STARTED: 1, ActionStatus.IN_PROGRESS: 2}


def _action(n: int, role: Role, status: ActionStatus, *, overdue: bool = False) -> Action:
    by_when = dt.date(2025, 1, 1) if overdue else dt.date(2026, 1, 1)
    return Action(id=f"x{n}", theme_id="t1", role=role, owner=f"Owner {n}",
                  what=WORDS.format(n), by_when=by_when, status=status)


def _first_poster(workshop, actions: list[Action]) -> str:
    crowded = workshop.model_copy(update={"actions": actions})
    pdf = theme_posters_pdf(crowded, theme_ids=["t1"], today=TODAY)
    return squash(reader(pdf).pages[0].extract_text())


def _shown(text: str, actions: list[Action]) -> list[Action]:
    return [a for a in actions if squash(f"Owner {a.id[1:]} ·") in text]


def test_the_only_overdue_action_stays_and_a_done_one_makes_way(workshop):
    """Actions listed before it (by role) are done, the overdue one is listed last."""
    actions = [
        *(_action(n, Role.COMMISSIONERS, ActionStatus.DONE) for n in range(1, 7)),
        *(_action(n, Role.PROVIDERS, ActionStatus.IN_PROGRESS) for n in range(7, 10)),
        _action(10, Role.HEALTH, ActionStatus.NOT_STARTED, overdue=True),
    ]
    text = _first_poster(workshop, actions)
    shown = _shown(text, actions)
    assert len(shown) < len(actions), "the test needs a poster that cannot fit them all"
    assert actions[-1] in shown
    assert squash("Owner 10 · By 1 January 2025 ⚠ Late: not started") in text
    assert all(a in shown for a in actions[6:9])  # in progress
    assert squash("Not shown here: Commissioners (") in text
    assert "Health(" not in text


def test_what_is_left_off_is_never_looked_for_more_than_what_is_shown(workshop):
    """Done before not started, not started before in progress, overdue last; the note
    names every role with an action left off."""
    statuses = [ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, ActionStatus.DONE]
    roles = list(Role)
    actions = [
        _action(n, roles[n % len(roles)], statuses[n % 3], overdue=n % 5 == 0)
        for n in range(1, 19)
    ]
    text = _first_poster(workshop, actions)
    shown = _shown(text, actions)
    left_off = [a for a in actions if a not in shown]
    assert shown and left_off
    assert text.count("Late:") == 2  # both late ones shown

    def kept(action: Action) -> int:
        done = action.status == ActionStatus.DONE
        return 3 if action.by_when < TODAY and not done else KEPT[action.status]

    assert max(map(kept, left_off)) <= min(map(kept, shown))
    note = text[text.index(squash("Not shown here:")):]
    assert all(squash(a.role.label) in note for a in left_off)
    assert squash("The action poster and the report list every one.") in note
