"""Choices a newer wtfc may add (a role, a status, a kind of card), read in a file from it as
the nearest this version knows, or left out where there is no nearest.

Format 2 added a role: the format-1 wtfc could not open such a file at all, not even
read-only. Here a new role is shown as Other, a new status as Not started, a new cause
category as none chosen, a new voice as not said, a new stage of the workshop as Prepare and a
new role in the room counted as Other. A card or theme of a new kind has no nearest (a kind
is what the wall sorts by), nor has a success statement from a new perspective (whose words
they are): each is left out with what hangs off it. Only for a newer wtfc's file: in a file
of this version or older, such a value is a problem, said as one.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from wtfc.model.cause_category import CauseCategory
from wtfc.model.counting import count_phrase
from wtfc.model.workshop import ActionStatus, Kind, Perspective, Role, RoomRole, Stage, Voice

# (list in the file, field): the choices known, what is put in place of another, its words,
# and the part's name for the note
_NEAREST: dict[tuple[str, str], tuple[set[str], Any, str, tuple[str, str]]] = {
    ("actions", "role"): ({r.value for r in Role}, Role.OTHER.value, Role.OTHER.label,
                          ("action", "actions")),
    ("actions", "status"): ({s.value for s in ActionStatus}, ActionStatus.NOT_STARTED.value,
                            ActionStatus.NOT_STARTED.label, ("action", "actions")),
    ("causes", "category"): ({c.value for c in CauseCategory}, None, "none chosen",
                             ("cause", "causes")),
    ("people", "voice"): ({v.value for v in Voice}, None, "not said", ("person", "people")),
}
_ROOM_ROLES = {r.value for r in RoomRole}
_OTHER = RoomRole.OTHER.value
_MAX_COUNT = 10_000  # RoleCount's limit: counts put together stay within it


def nearest_known(raw: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Change ``raw`` (a newer file's, with only the fields this version knows) so that every
    choice in it is one this version knows. Returns what was left out and what is shown as
    its nearest, each in words for the read-only note."""
    gone: set[Any] = set()  # ids of the parts left out, for the links to them
    left_out = (_unknown_kinds(raw, gone) + _unknown_perspectives(raw, gone)
                + _unknown_stage_plans(raw))
    _unlink(raw, gone)
    shown: Counter[tuple[str, str, str, str, str]] = Counter()
    for (part, field), (known, nearest, words, (one, many)) in _NEAREST.items():
        for item in _dicts(raw.get(part)):
            value = item.get(field)
            if _new(value, known):
                item[field] = nearest
                shown[(_FIELD_WORDS[field], str(value), words, one, many)] += 1
    said = [f"the {field} '{value}' on {count_phrase(n, one, many)} as {words}"
            for (field, value, words, one, many), n in shown.items()]
    stage = raw.get("stage")
    if _new(stage, {s.value for s in Stage}):
        raw["stage"] = Stage.PREPARE.value
        said.append(f"the workshop's stage '{stage}' as {Stage.PREPARE.label}")
    said += _room_roles(raw.get("in_the_room"), "who was in the room")
    for team in _dicts(raw.get("teams")):
        said += _room_roles(team.get("members"), f"team '{team.get('name')}'")
    return left_out, said


_FIELD_WORDS = {"role": "role", "status": "status", "category": "cause category",
                "voice": "voice"}


def _dicts(items: Any) -> list[dict[str, Any]]:
    """The parts of a list that are parts at all (a damaged one is left for validation)."""
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _leave_out(raw: dict[str, Any], part: str, unknown: Any, gone: set[Any]) -> list[dict]:
    """Leave out the parts of ``part`` for which ``unknown(item)`` is true; the ones left out,
    their ids added to ``gone``."""
    out = [item for item in _dicts(raw.get(part)) if unknown(item)]
    if out:
        raw[part] = [item for item in raw[part] if not any(item is o for o in out)]
        gone.update(i for item in out if isinstance(i := item.get("id"), str))
    return out


def _unknown_kinds(raw: dict[str, Any], gone: set[Any]) -> list[str]:
    """Cards and themes of a kind this version does not know, left out with what hangs off a
    theme (its causes, success statements and actions) and a card's place in its themes."""
    known = {k.value for k in Kind}
    said = []
    if cards := _leave_out(raw, "cards", lambda c: _new(c.get("kind"), known), gone):
        for theme in _dicts(raw.get("themes")):
            if isinstance(theme.get("card_ids"), list):
                theme["card_ids"] = [i for i in theme["card_ids"] if not _linked(i, gone)]
        said.append(f"{count_phrase(len(cards), 'card')} of a new kind ({_kinds(cards, 'kind')})")
    if themes := _leave_out(raw, "themes", lambda t: _new(t.get("kind"), known), gone):
        ids = {t.get("id") for t in themes}
        with_them = [count_phrase(len(out), one, many) for part, one, many in (
            ("causes", "cause", "causes"), ("success", "success statement", "success statements"),
            ("actions", "action", "actions"))
            if (out := _leave_out(raw, part, lambda p: _linked(p.get("theme_id"), ids), gone))]
        said.append(f"{count_phrase(len(themes), 'theme')} of a new kind "
                    f"({_kinds(themes, 'kind')})" + (f", with {_and(with_them)}" if with_them
                                                    else ""))
    return said


def _unknown_perspectives(raw: dict[str, Any], gone: set[Any]) -> list[str]:
    known = {p.value for p in Perspective}
    out = _leave_out(raw, "success", lambda s: _new(s.get("perspective"), known), gone)
    return [f"{count_phrase(len(out), 'success statement')} from a new perspective "
            f"({_kinds(out, 'perspective')})"] if out else []


def _unknown_stage_plans(raw: dict[str, Any]) -> list[str]:
    """A stage of the day's plan this version does not have: no nearest, as Prepare's own
    plan may be there too."""
    known = {s.value for s in Stage}
    out = _leave_out(raw, "agenda", lambda p: _new(p.get("stage"), known), set())
    return [f"the day's plan for the stage {_kinds(out, 'stage')}"] if out else []


def _room_roles(counts: Any, where: str) -> list[str]:
    """A role this version does not know is counted with Other (each role is counted once)."""
    unknown = [c for c in _dicts(counts) if _new(c.get("role"), _ROOM_ROLES)]
    if not unknown:
        return []
    roles = _kinds(unknown, "role")
    other = next((c for c in _dicts(counts) if c.get("role") == _OTHER), None)
    for count in unknown:
        if other is None:
            count["role"], other = _OTHER, count
        elif isinstance(other.get("count"), int) and isinstance(count.get("count"), int):
            other["count"] = min(_MAX_COUNT, other["count"] + count["count"])
            counts.remove(count)
        else:  # a damaged count: left for validation to say, as Other twice
            count["role"] = _OTHER
    return [f"the role {roles} in {where} as {RoomRole.OTHER.label} (counted with it)"]


def _unlink(raw: dict[str, Any], gone: set[Any]) -> None:
    """An action keeps its place when the cause or success statement it linked is left out."""
    for action in _dicts(raw.get("actions")):
        for link in ("cause_id", "success_id"):
            if _linked(action.get(link), gone):
                action[link] = None


def _new(value: Any, known: set[str]) -> bool:
    """A choice this version does not know; a value that is no choice at all (a number, a
    missing one) is damage, left for validation to say."""
    return isinstance(value, str) and value not in known


def _linked(value: Any, ids: set[Any]) -> bool:
    return isinstance(value, str) and value in ids


def _kinds(parts: list[dict[str, Any]], field: str) -> str:
    """The values this version does not know, each once, quoted: "'question' and 'idea'"."""
    return _and([f"'{v}'" for v in dict.fromkeys(str(p.get(field)) for p in parts)])


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
