"""The bundled demo workshop: it opens, it is complete enough to show every board, and the
committed file is exactly what ``tools/build_demo.py`` writes."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from tests.child_env import child_env
from wtfc.model.agenda import USUAL_MINUTES, minutes_words, planned_minutes
from wtfc.model.storage import load_workshop, workshop_to_bytes
from wtfc.model.workshop import ActionStatus, Kind, Perspective, Stage, Workshop

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "wtfc" / "assets" / "demo.wtfc"
SCRIPT = ROOT / "tools" / "build_demo.py"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_demo", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo() -> Workshop:
    return load_workshop(DEMO).workshop


def test_demo_opens_as_an_ordinary_writable_workshop():
    loaded = load_workshop(DEMO)
    assert loaded.read_only_reason == ""
    ws = loaded.workshop
    assert ws.title == "Older people's services — Working Together for Change"
    assert ws.date == dt.date(2026, 11, 12)
    assert ws.venue and ws.facilitator and ws.purpose and ws.scope
    assert ws.stage is Stage.THEME


def test_sixteen_people_with_two_cards_of_each_kind(demo):
    assert [p.id for p in demo.people] == [f"P{n:02d}" for n in range(1, 17)]
    assert len(demo.cards) == 96
    per_person = Counter((c.person, c.kind) for c in demo.cards)
    assert set(per_person.values()) == {2}
    assert len(per_person) == 16 * 3


def test_people_carry_only_a_code_and_coarse_tags(demo):
    for person in demo.people:
        assert set(person.model_dump()) == {"id", "voice", "age_band", "service_type",
                                             "locality", "former_codes"}
        assert person.former_codes == []  # no code merged into another
        assert person.service_type and person.locality
    assert {p.voice for p in demo.people} == {"older_person", "family_carer", "staff"}


def test_cards_read_like_people_talking(demo):
    # Short, plain statements: between 5 and 35 words, none repeated.
    for card in demo.cards:
        assert 5 <= len(card.text.split()) <= 35, card.text
    assert len({c.text for c in demo.cards}) == 96


def test_first_person_is_dennis_without_his_name(demo):
    p01 = [c.text for c in demo.cards if c.person == "P01"]
    assert "Staff talk over my head – I feel like a package and not a person." in p01
    assert not any("Dennis" in text for text in p01)


def test_exactly_two_cards_are_held_back_for_personal_details(demo):
    flagged = [c for c in demo.cards if c.held_back]
    assert len(flagged) == 2
    assert sorted(d.category for c in flagged for d in c.personal_details) == ["name", "phone"]
    for card in flagged:
        for detail in card.personal_details:
            assert card.text[detail.start:detail.end] == detail.text


def test_partly_themed_with_themes_of_every_kind(demo):
    assert 8 <= len(demo.themes) <= 10
    assert {t.kind for t in demo.themes} == set(Kind)
    cards = {c.id: c for c in demo.cards}
    for theme in demo.themes:
        assert theme.name.startswith("I ")
        assert all(cards[i].kind is theme.kind for i in theme.card_ids), theme.name
    themed = {i for t in demo.themes for i in t.card_ids}
    assert 0.5 <= len(themed) / len(demo.cards) <= 0.7  # the rest is left to theme live
    placements = Counter(i for t in demo.themes for i in t.card_ids)
    assert [n for n in placements.values() if n > 1] == [2]  # one card copied into two themes
    assert not themed & {c.id for c in demo.cards if c.held_back}


def test_three_not_working_priorities_ranked_with_votes_and_reasons(demo):
    chosen = sorted((t for t in demo.themes if t.priority.chosen), key=lambda t: t.priority.rank)
    assert [t.priority.rank for t in chosen] == [1, 2, 3]
    assert all(t.kind is Kind.NOT_WORKING and t.priority.votes and t.priority.reason
               for t in chosen)


def test_every_priority_has_a_why_tree_success_poster_and_actions(demo):
    for theme in (t for t in demo.themes if t.priority.chosen):
        causes = [c for c in demo.causes if c.theme_id == theme.id]
        assert 5 <= len(causes) <= 8
        parents = {c.id: c.parent_id for c in causes}

        def depth(cid, parents=parents):
            return 1 if parents[cid] is None else 1 + depth(parents[cid])

        assert max(depth(c.id) for c in causes) >= 2
        assert any(c.root_cause for c in causes)
        # the story the posters tell: the causes agreed to address are root causes, and
        # each has an action tackling it
        tackled = {a.cause_id for a in demo.actions if a.theme_id == theme.id}
        assert {c.id for c in causes if c.agreed} == tackled
        assert all(c.root_cause for c in causes if c.agreed)
        assert all(c.team for c in causes)

        by_view = Counter(s.perspective for s in demo.success if s.theme_id == theme.id)
        assert 2 <= by_view[Perspective.OLDER_PEOPLE] <= 4
        assert 2 <= by_view[Perspective.STAFF_AND_MANAGERS] <= 4

        actions = [a for a in demo.actions if a.theme_id == theme.id]
        assert 3 <= len(actions) <= 6
        assert all(a.owner and a.by_when for a in actions)


def test_actions_show_every_role_and_status_and_one_overdue(demo):
    """Overdue by the check two weeks after the day; none dated before the day itself (one
    was: every export printed it late on the day it was agreed, review 34 R5 F4)."""
    assert len({a.role for a in demo.actions}) >= 5
    assert {a.status for a in demo.actions} == set(ActionStatus)
    assert all(a.by_when >= demo.date for a in demo.actions)
    overdue = [a for a in demo.actions if a.by_when < dt.date(2026, 11, 26)
               and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)]
    assert [a.by_when for a in overdue] == [dt.date(2026, 11, 20)]


def test_build_script_is_deterministic_and_matches_the_committed_file(tmp_path):
    script = _build_script()
    first = workshop_to_bytes(script.build_demo())
    assert workshop_to_bytes(script.build_demo()) == first
    out = tmp_path / "demo.wtfc"
    assert script.main(["--out", str(out)]) == 0
    assert out.read_bytes() == first
    assert not (tmp_path / "demo.wtfc.bak").exists()
    assert DEMO.read_bytes() == first, "wtfc/assets/demo.wtfc is stale: run tools/build_demo.py"


def test_the_demo_previous_cycle_is_current_and_compares_sensibly(tmp_path):
    """wtfc/assets/demo-previous.wtfc is what tools/build_demo_previous.py makes from the demo
    (built into a temporary folder: the test never writes the checkout), and the Review board
    finds themes that grew, appeared and went, last time's priorities (first), and last time's
    actions with how the room said it would know each worked."""
    import subprocess
    import sys

    from wtfc.model.compare import compare_workshops
    from wtfc.model.demo import demo_path, demo_previous_path

    before = demo_previous_path().read_bytes()
    out = tmp_path / "demo-previous.wtfc"
    subprocess.run([sys.executable, str(SCRIPT.with_name("build_demo_previous.py")),
                    "--out", str(out)], check=True, capture_output=True, env=child_env())
    assert demo_previous_path().read_bytes() == before  # the committed file was not touched
    assert out.read_bytes() == before, \
        "wtfc/assets/demo-previous.wtfc is stale: run tools/build_demo_previous.py"
    assert not (tmp_path / "demo-previous.wtfc.bak").exists()
    previous = load_workshop(demo_previous_path()).workshop
    assert not any(card.held_back for card in previous.cards)
    comparison = compare_workshops(previous, load_workshop(demo_path()).workshop)
    kinds = {change.change for change in comparison.themes}
    assert len(kinds) >= 3
    assert len(comparison.actions) == 4
    assert [(t.previous_rank, t.name, t.change.value) for t in comparison.themes[:3]] == [
        # 12 people's reviews then, 16 now: 6 of 12 → 7 of 16 is a smaller share (50% → 44%)
        (1, "I am not treated with respect or as an individual by my paid carers", "shrank"),
        # not "gone" while 36 of this time's cards are still unsorted: it may be among them
        (2, "I can't get to the shops", "not_yet"),
        (3, "I am not sure who is coming or when", "grew")]
    assert all(action.how_we_know for action in comparison.actions)


def test_the_demo_previous_cycle_carries_last_springs_own_yardsticks(demo):
    """README: Review on the demo opens with last time's yardsticks. The bundled spring has its
    own purpose and scope, a Looking back, the date it said it would look again, and what
    success would look like under each of its three priorities (tests of the yardsticks add
    their own to a copy, and tests that need none strip them: only this one reads the file)."""
    from wtfc.model.demo import demo_previous_path

    spring = load_workshop(demo_previous_path()).workshop
    assert spring.purpose and spring.scope
    assert (spring.purpose, spring.scope) != (demo.purpose, demo.scope)  # not this autumn's
    assert spring.reflection.went_well and spring.reflection.not_so_well
    assert spring.reflection.do_differently.startswith("Send the invitations earlier")
    assert spring.next_review == dt.date(2026, 11, 5)  # before this autumn's workshop
    assert spring.next_review < demo.date
    chosen = {t.id for t in spring.themes if t.priority.chosen}
    assert len(chosen) == 3
    said = Counter(s.theme_id for s in spring.success if s.text.strip())
    assert sum(said.values()) == 6 and set(said) == chosen  # on every priority, none else
    assert "My carer asks me how I like things done." in {s.text for s in spring.success}


def test_the_record_shows_who_was_in_the_room_and_each_why_tree_team(demo):
    room = {c.role.label: c.count for c in demo.in_the_room}
    assert room == {"Older people": 6, "Family carers": 2, "Commissioners": 3, "Providers": 3,
                    "Care managers": 3, "Older people's organisations": 2}
    assert {t.name for t in demo.teams} == {c.team for c in demo.causes if c.team}
    for team in demo.teams:
        assert team.summary and sum(m.count for m in team.members) >= 5
        for member in team.members:  # nobody in a team who was not in the room
            assert member.count <= next(c.count for c in demo.in_the_room
                                        if c.role == member.role)
    assert demo.next_review == dt.date(2027, 5, 12)  # six months after the workshop
    reflection = demo.reflection
    assert reflection.went_well and reflection.not_so_well and reflection.do_differently


def test_the_days_plan_is_the_usual_timings_with_two_stages_noted(demo):
    assert {p.stage: p.minutes for p in demo.agenda} == USUAL_MINUTES
    assert minutes_words(planned_minutes(demo)) == "6 h 15 min"
    noted = [p.stage.label for p in demo.agenda if p.notes]
    assert noted == ["Theme", "Understand"]


def test_each_why_tree_has_causes_under_several_categories_and_some_left_to_place(demo):
    """The fishbone has bones to show: every why-tree uses three or more categories, all six
    are used somewhere, and Team C's tree leaves causes for the room to place."""
    from wtfc.model.cause_category import CauseCategory

    by_theme: dict[str, set] = {}
    for cause in demo.causes:
        by_theme.setdefault(cause.theme_id, set()).add(cause.category)
    assert all(len(used - {None}) >= 3 for used in by_theme.values())
    assert set().union(*by_theme.values()) == {*CauseCategory, None}
    assert None in by_theme["t06"]
