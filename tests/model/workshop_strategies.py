"""Hypothesis strategies that build whole, valid workshops (every reference between parts holds)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Cause,
    Kind,
    Person,
    PersonalDetail,
    Perspective,
    Priority,
    Reflection,
    Role,
    RoleCount,
    RoomRole,
    Stage,
    StagePlan,
    SuccessStatement,
    Team,
    Theme,
    Voice,
    Workshop,
)

# Any Unicode a facilitator could type (accents, emoji, quotes, new lines), never surrogates.
# wtfc takes control characters other than tab and newline out as a file opens (a hand edit's
# ESC showed as boxes on the projector: test_control_characters.py); its own files have none,
# nor the line breaks typing makes newlines (U+2028, U+2029, NEL: test_line_separators.py)
_TYPED = st.characters(exclude_categories=("Cs", "Zl", "Zp"), exclude_characters="".join(
    map(chr, [*range(9), *range(11, 32), 127, 0x85])))
TEXT = st.text(_TYPED, max_size=40)
# a one-line box (a title, an action's owner): wtfc turns a line break there into a space as it
# is typed and as an older file opens (test_one_line_as_saved.py), so its files have none
ONE_LINE = st.text(st.characters(exclude_categories=("Cs", "Zl", "Zp"), exclude_characters="".join(
    map(chr, [*range(32), 127, 0x85]))), max_size=40)
WORDS = st.text(_TYPED, min_size=1, max_size=60)
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))


def _ids(prefix: str, count: int) -> list[str]:
    return [f"{prefix}{n}" for n in range(count)]


@st.composite
def workshops(draw) -> Workshop:
    # codes merged into each person: its own, so no two people share one
    people = [Person(id=pid, voice=draw(st.none() | st.sampled_from(Voice)),
                     age_band=draw(ONE_LINE), locality=draw(ONE_LINE),
                     former_codes=draw(st.lists(st.sampled_from([f"M{pid}", f"{pid}x"]),
                                                unique=True)))
              for pid in _ids("P", draw(st.integers(0, 4)))]
    cards = [Card(id=cid, kind=draw(st.sampled_from(Kind)), text=draw(WORDS),
                  person=draw(st.sampled_from(["", *(p.id for p in people)])),
                  # a card's tags are one-line text, each once (Import, typing and opening
                  # flatten them and drop a repeat)
                  tags=draw(st.lists(ONE_LINE, max_size=2, unique=True)), source=draw(TEXT),
                  personal_details=draw(st.lists(st.builds(
                      PersonalDetail, start=st.integers(0, 50), end=st.integers(0, 50),
                      category=st.sampled_from(["name", "phone", "street_address"]),
                      text=TEXT), max_size=2)),
                  details_cleared=draw(st.booleans()))
             for cid in _ids("c", draw(st.integers(0, 8)))]
    themes = []
    for tid in _ids("t", draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(Kind))
        own_kind = [c.id for c in cards if c.kind == kind]
        themes.append(Theme(
            id=tid, kind=kind, name=draw(ONE_LINE),
            card_ids=draw(st.lists(st.sampled_from(own_kind), unique=True)) if own_kind else [],
            comments=draw(st.lists(TEXT, max_size=2)),
            priority=Priority(chosen=draw(st.booleans()),
                              rank=draw(st.none() | st.integers(1, 10_000)),
                              votes=draw(st.integers(0, 1_000_000)), reason=draw(TEXT))))
    causes: list[Cause] = []
    success: list[SuccessStatement] = []
    actions: list[Action] = []
    if themes:
        for cid in _ids("k", draw(st.integers(0, 6))):
            theme = draw(st.sampled_from(themes))
            parents = [c.id for c in causes if c.theme_id == theme.id]
            causes.append(Cause(id=cid, theme_id=theme.id, text=draw(TEXT),
                                parent_id=draw(st.none() | st.sampled_from(parents))
                                if parents else None,
                                root_cause=draw(st.booleans()), agreed=draw(st.booleans()),
                                team=draw(TEXT),
                                category=draw(st.none() | st.sampled_from(CauseCategory))))
        for sid in _ids("s", draw(st.integers(0, 3))):
            success.append(SuccessStatement(id=sid, theme_id=draw(st.sampled_from(themes)).id,
                                            perspective=draw(st.sampled_from(Perspective)),
                                            text=draw(TEXT)))
        for aid in _ids("a", draw(st.integers(0, 3))):
            actions.append(Action(
                id=aid, theme_id=draw(st.sampled_from(themes)).id,
                cause_id=draw(st.none() | st.sampled_from([c.id for c in causes] or [None])),
                success_id=draw(st.none() | st.sampled_from([s.id for s in success] or [None])),
                role=draw(st.sampled_from(Role)), owner=draw(ONE_LINE), what=draw(ONE_LINE),
                by_when=draw(st.none() | DATES), first_step=draw(ONE_LINE),
                how_we_know=draw(ONE_LINE), resources=draw(ONE_LINE),
                status=draw(st.sampled_from(ActionStatus)),
                progress_note=draw(TEXT), checked_on=draw(st.none() | DATES),
                agreed_what=draw(st.none() | ONE_LINE), agreed_by_when=draw(st.none() | DATES),
                done_on=draw(st.none() | DATES), heard_at_check=draw(ONE_LINE),
                added_on=draw(st.none() | DATES)))
    # a team's record is kept under its tidied name, one per name whatever its capitals
    tidied: dict[str, str] = {}
    for raw in sorted({c.team for c in causes} | set(draw(st.lists(WORDS, max_size=2)))):
        name = " ".join(raw.split())
        if name:
            tidied.setdefault(name.casefold(), name)
    team_names = sorted(tidied.values())
    return Workshop(title=draw(ONE_LINE), date=draw(st.none() | DATES), venue=draw(ONE_LINE),
                    facilitator=draw(ONE_LINE), purpose=draw(TEXT), scope=draw(TEXT),
                    agreements=draw(TEXT),
                    stage=draw(st.sampled_from(Stage)), people=people, cards=cards,
                    themes=themes, causes=causes, success=success, actions=actions,
                    in_the_room=draw(_role_counts()),
                    reflection=Reflection(went_well=draw(TEXT), not_so_well=draw(TEXT),
                                          do_differently=draw(TEXT)),
                    next_review=draw(st.none() | DATES),
                    teams=[Team(id=f"team{n}", name=name, members=draw(_role_counts()),
                                summary=draw(TEXT)) for n, name in enumerate(team_names)],
                    agenda=draw(_agendas()),
                    # people who withdrew: codes no one in the workshop has
                    withdrawn_codes=draw(st.lists(st.sampled_from(["W01", "W02", "W3"]),
                                                  unique=True)))


def _role_counts() -> st.SearchStrategy[list[RoleCount]]:
    """Each role at most once, with any count a file may hold."""
    return st.lists(st.sampled_from(RoomRole), unique=True, max_size=4).flatmap(
        lambda roles: st.tuples(*(st.integers(0, 10_000) for _ in roles)).map(
            lambda counts: [RoleCount(role=r, count=c) for r, c in zip(roles, counts,
                                                                        strict=True)]))


def _agendas() -> st.SearchStrategy[list[StagePlan]]:
    """Each stage at most once, in the stages' order, with any minutes and notes a file may hold."""
    plans = st.builds(StagePlan, stage=st.just(Stage.PREPARE),
                      minutes=st.none() | st.integers(1, 480), notes=TEXT)
    return st.lists(st.sampled_from(Stage), unique=True, max_size=4).flatmap(
        lambda stages: st.tuples(*(plans.map(lambda p, s=s: p.model_copy(update={"stage": s}))
                                   for s in sorted(stages, key=list(Stage).index))).map(list))


# Any JSON value, for replacing parts of a valid file with the wrong thing.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
