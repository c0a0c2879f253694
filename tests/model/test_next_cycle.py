"""A new workshop from last time's: Prepare's details, the day's plan and people's codes come
across; nothing the room made last time does, and nothing a person could be named by."""

from __future__ import annotations

from wtfc.model.demo import demo_path
from wtfc.model.next_cycle import next_cycle
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage, Workshop


def _spring() -> Workshop:
    return load_workshop(demo_path()).workshop


def test_prepare_s_details_come_across_and_the_date_is_cleared():
    spring = _spring()
    autumn = next_cycle(spring)
    for field in ("title", "venue", "facilitator", "purpose", "scope", "agreements"):
        assert getattr(autumn, field) == getattr(spring, field), field
    assert spring.date is not None and autumn.date is None
    assert spring.next_review is not None and autumn.next_review is None
    assert autumn.stage == Stage.PREPARE


def test_the_day_s_plan_keeps_its_minutes_not_last_time_s_notes():
    spring = _spring()
    autumn = next_cycle(spring)
    assert [(p.stage, p.minutes) for p in autumn.agenda] == \
        [(p.stage, p.minutes) for p in spring.agenda]
    assert any(p.notes for p in spring.agenda)
    assert not any(p.notes for p in autumn.agenda)


def test_people_keep_code_role_and_tags_only():
    spring = _spring()
    autumn = next_cycle(spring)
    assert autumn.people == spring.people  # codes, roles and coarse tags
    p01 = next(p for p in autumn.people if p.id == "P01")
    assert (p01.voice.label, p01.age_band, p01.locality) == ("Older person", "75-84", "Riverside")


def test_nothing_the_room_made_last_time_comes_across():
    spring = _spring()
    assert spring.cards and spring.themes and spring.actions and spring.reflection.went_well
    autumn = next_cycle(spring)
    assert autumn.cards == autumn.themes == autumn.causes == autumn.success == []
    assert autumn.actions == autumn.teams == []
    assert autumn.reflection == Workshop().reflection


def test_last_time_s_workshop_is_left_as_it_was():
    spring = _spring()
    before = spring.model_dump()
    autumn = next_cycle(spring)
    autumn.people[0].age_band = "changed"  # the new one's parts are its own
    assert spring.model_dump() == before


def test_who_was_in_the_room_is_last_time_s_day_and_stays_behind():
    """Counted on spring's day: carried, the autumn Welcome and report gave them as its own."""
    spring = _spring()
    assert sum(c.count for c in spring.in_the_room) > 0
    assert next_cycle(spring).in_the_room == []
