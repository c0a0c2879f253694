"""The bound on the lists and records a workshop file may hold (``json_bounds``): a file of
nothing but empty lists is refused in the house's words for a file too big, and the bound sits
well above the largest workshop ``workshop.py``'s limits allow."""

from __future__ import annotations

from annotated_types import MaxLen

from wtfc.model.json_bounds import MAX_CONTAINERS, containers, too_big_to_read
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Person,
    PersonalDetail,
    Perspective,
    Role,
    RoleCount,
    RoomRole,
    SuccessStatement,
    Team,
    Theme,
    Workshop,
)


def test_lists_and_records_are_counted_and_brackets_in_words_only_over_count() -> None:
    assert containers(b'{"cards":[{"tags":[]},{}],"title":"x"}') == 5
    assert containers(b'{"text":"[name] rang {on Monday}"}') == 3  # never fewer than there are
    assert containers(b"") == 0


def test_a_file_of_empty_lists_past_the_bound_is_too_big_in_plain_words() -> None:
    data = b'{"schema_version":6,"notes":[' + b"[]," * MAX_CONTAINERS + b"[]]}"  # 12 MB
    refused = too_big_to_read(data, "spring.wtfc")
    assert refused is not None
    assert str(refused) == "'spring.wtfc' is too big to be a workshop file."
    # wtfc check says how many, for whoever looks into it
    assert refused.for_command_line() == (
        "'spring.wtfc' is too big to be a workshop file: it holds 4,000,003 lists and records "
        "(wtfc reads at most 4,000,000).")


def test_a_file_at_the_bound_is_read() -> None:
    data = b"[" + b"[]," * (MAX_CONTAINERS - 2) + b"[]]"
    assert containers(data) == MAX_CONTAINERS
    assert too_big_to_read(data, "spring.wtfc") is None
    assert too_big_to_read(b"[" + data + b"]", "spring.wtfc") is not None


def _most(field: str) -> int:
    return next(rule.max_length for rule in Workshop.model_fields[field].metadata
                if isinstance(rule, MaxLen))


def test_the_largest_workshop_the_limits_allow_holds_under_half_the_bound() -> None:
    """Every list at its longest, each part as a busy workshop fills it (a card with tags, a
    possible personal detail and two redacted names, whose "[name]" counts too): a limit raised
    in workshop.py past what the bound allows fails here, not on a facilitator's big file."""
    detail = PersonalDetail(start=0, end=6, category="name", text="Joanne")
    parts = {
        "people": Person(id="P01", former_codes=["P1"]),
        "cards": Card(kind=Kind.WORKING, text="[name] rang [name] every week", tags=["a", "b"],
                      personal_details=[detail], details_cleared=True),
        "themes": Theme(kind=Kind.WORKING, name="I am listened to", card_ids=["c1"],
                        comments=["A comment"]),
        "causes": Cause(theme_id="t1", text="Because"),
        "success": SuccessStatement(theme_id="t1", perspective=Perspective.STAFF_AND_MANAGERS,
                                    text="I know"),
        "actions": Action(theme_id="t1", role=Role.PROVIDERS, what="Send the rota"),
        "teams": Team(name="Team A", members=[RoleCount(role=r, count=1) for r in RoomRole]),
    }
    most = sum(_most(field) * containers(part.model_dump_json().encode())
               for field, part in parts.items())
    assert 1_500_000 < most < MAX_CONTAINERS / 2
