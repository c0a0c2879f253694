"""What is wrong with a workshop file, said in plain English with where it is.

pydantic's own words are about its parser ("datetimes provided to dates should have zero
time"); these name the part of the workshop by the app's words for it ("The 'By when' date of
action 1 ('Write a one-page profile…')", never 'by_when' or "[ ]") and say it in the app's words;
``validation_where`` gives the file's own names for ``wtfc check``. A card held back by the
personal-detail guard is named by its id, never its words.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import ActionStatus, Kind, Perspective, Role, RoomRole, Stage, Voice

# A choice this version does not know is said with what it does know, in the app's words
# (not the file's codes such as 'not_working'): by field, what it is and its choices.
_CHOICES = {"kind": ("kind of card", [k.long_label for k in Kind]),
            "role": ("role", [r.label for r in Role]),
            "status": ("status", [s.label for s in ActionStatus]),
            "perspective": ("perspective", [p.label for p in Perspective]),
            "voice": ("role", [v.label for v in Voice]),  # People's 'Role' column
            "stage": ("stage", [s.label for s in Stage]),
            # quoted: 'People and staff' has an 'and' of its own
            "category": ("cause category", [f"'{c.label}'" for c in CauseCategory])}
# who was in the room (and in a team) is counted by RoomRole, not the action plan's Role
_ROOM_ROLES = ("role", [r.label for r in RoomRole])
_PART_NAMES = {"people": "Person", "cards": "Card", "themes": "Theme", "causes": "Cause",
               "success": "Success statement", "actions": "Action", "teams": "Team"}
# the workshop record's parts, in the words the Review board asks them
_RECORD_NAMES = {"in_the_room": "Who was in the room", "reflection": "The reflection",
                 "next_review": "The next review date", "teams": "The root-cause teams",
                 "agenda": "The day's plan",
                 "starts_at": "The day's plan's start time"}  # format 6: day_times.py
# a part's fields as the app's boxes name them ("its 'By when' date", not 'by_when'); a field
# not here is named by the file's own name
_FIELD_WORDS: dict[str, dict[str, str]] = {
    "cards": {"text": "words", "kind": "kind", "person": "person", "tags": "tags",
              "source": "'where it came from'",
              "personal_details": "possible personal details",
              "details_cleared": "'fine to show' mark"},
    "themes": {"name": "name", "kind": "kind", "card_ids": "list of cards",
               "comments": "comments", "priority": "priority",
               "priority.chosen": "'chosen as a priority' mark", "priority.votes": "votes",
               "priority.rank": "place among the priorities",
               "priority.reason": "'why it was chosen'",
               "team": "team of its why-tree"},
    "causes": {"text": "words", "theme_id": "theme", "parent_id": "link to the cause above",
               "root_cause": "'root cause' mark", "agreed": "'agreed' mark",
               "team": "team", "category": "place on the fishbone"},
    "success": {"text": "words", "theme_id": "theme", "perspective": "'whose words'"},
    "actions": {"what": "'What'", "theme_id": "'Theme'", "cause_id": "'Root cause'",
                "success_id": "'Success it aims at'", "role": "'Who'",
                "owner": "'Owner'", "by_when": "'By when' date",
                "first_step": "'First step'", "how_we_know": "'How we'll know'",
                "resources": "'Resources and who else is needed'",
                "status": "'Status'", "progress_note": "'What has happened so far'",
                "checked_on": "'Checked on' date",
                # format 6: what the room agreed, kept once changed since; the day it was done,
                # and added (when after the workshop's); what people told us at the check
                "agreed_what": "words agreed at the workshop", "agreed_by_when": "date agreed",
                "done_on": "'Done on' date", "added_on": "'Added on' date",
                "heard_at_check": "'What people told us at the check'"},
    "people": {"id": "code", "former_codes": "earlier codes", "voice": "role",
               "age_band": "age band", "service_type": "service type",
               "locality": "locality"},
    "teams": {"name": "name", "summary": "summary"},
}
# one entry of a part's list, counted from 1 as the app counts ("tag 1 of card 4"), not by
# the file's 'tags.0'
_ITEM_WORDS = {("cards", "tags"): "tag", ("cards", "personal_details"): "possible personal detail",
               ("themes", "card_ids"): "card", ("themes", "comments"): "comment",
               ("people", "former_codes"): "earlier code"}
_QUOTED_AT_MOST = 40  # characters of a part's words in a message; cut at a word
_REFLECTION_QUESTIONS = {"went_well": "What went well",
                         "not_so_well": "What didn't go so well",
                         "do_differently": "What we would do differently next time"}


def describe_validation_error(exc: ValidationError, raw: Any) -> str:
    """The first problem pydantic found, said in plain English with where it is."""
    err = exc.errors(include_url=False)[0]
    loc = list(err["loc"])
    msg = err["msg"]
    if err["type"] == "value_error":  # our own reference checks are plain English already
        return msg.removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":  # name the part that has (or lacks) the field, once
        return f"{_describe_location(loc[:-1], raw)} has a field this version does not know " \
               f"('{loc[-1]}')."
    if err["type"] == "missing":
        words = _FIELD_WORDS.get(str(loc[0]), {}).get(str(loc[-1])) if len(loc) == 3 else None
        return (f"{_describe_location(loc[:-1], raw)} is missing its "
                f"{words or repr(loc[-1])}.")
    if err["type"] == "enum" and loc and loc[-1] in _CHOICES:
        what, known = _ROOM_ROLES if _is_room_count(loc[:-1]) else _CHOICES[str(loc[-1])]
        return (f"{_describe_location(loc[:-1], raw)} has a {what} this version of wtfc does "
                f"not know ({_shown_value(err.get('input'))}); it knows "
                f"{', '.join(known[:-1])} and {known[-1]}.")
    if err["type"].startswith("date_"):  # pydantic's words are about its parser ("datetimes
        # provided to dates should have zero time", "invalid character in year")
        return f"{_describe_location(loc, raw)}: should be a date written as year-month-day " \
               f"(for example 2026-11-26), not {_shown_value(err.get('input'))}."
    plain = _plain_limit(err)
    if plain:
        if _is_room_count(loc[:-1]) and loc[-1] == "count":
            loc, plain = loc[:-1], "the count " + plain  # "Who was in the room, 'Older people'"
        if _is_stage_plan(loc[:-1]) and loc[-1] == "minutes":
            if err["type"] in ("greater_than_equal", "less_than_equal"):  # one range, both ends
                plain = f"should be between 1 and 480, not {_shown_value(err.get('input'))}"
            loc, plain = loc[:-1], "the minutes " + plain  # "The day's plan, 'Theme'"
        return f"{_describe_location(loc, raw)}: {plain}."
    return f"{_describe_location(loc, raw)}: {msg[0].lower() + msg[1:]}."


def _plain_limit(err: Any) -> str:
    """A number, text or list past the file format's limits, in words ("" for another
    problem): pydantic says "input should be greater than or equal to 0" and "list should
    have at most 8 items after validation, not 9"."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if kind == "greater_than_equal":
        return f"should be {_number(ctx.get('ge'))} or more, not {_shown_value(value)}"
    if kind == "less_than_equal":
        return f"should be {_number(ctx.get('le'))} or less, not {_shown_value(value)}"
    if kind in ("int_from_float", "int_parsing", "int_type"):
        return f"should be a whole number, not {_shown_value(value)}"
    if kind == "int_parsing_size":  # 1e308: a float no whole number of this size can be
        return f"should be a whole number of a usual size, not {_shown_value(value)}"
    if kind == "finite_number":  # NaN, Infinity, or 1e400 (read as Infinity)
        if isinstance(value, float) and value != value:
            return "should be a number, not NaN"
        return (f"should be a number of a usual size, not {'-' if value < 0 else ''}Infinity "
                f"(or a number too big to read)")
    if kind in ("bool_parsing", "bool_type"):
        return f"should be true or false, not {_shown_value(value)}"
    if kind == "string_too_short":
        return "should not be empty" if ctx.get("min_length") == 1 else (
            f"should be at least {_number(ctx.get('min_length'))} characters long")
    if kind == "string_too_long" and isinstance(value, str):
        return (f"it is {len(value):,} characters long, but may be at most "
                f"{_number(ctx.get('max_length'))} characters")
    if kind == "too_long":
        return (f"it has {_number(ctx.get('actual_length'))} entries, but may have at most "
                f"{_number(ctx.get('max_length'))}")
    if kind in ("model_type", "dict_type"):
        return f"should be a set of named details, not {_shown_value(value)}"
    if kind == "list_type":
        return f"should be a list, not {_shown_value(value)}"
    if kind in ("string_type", "string_unicode"):
        return f"should be text, not {_shown_value(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"should be a number, not {_shown_value(value)}"
    return ""


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _is_room_count(loc: list[Any]) -> bool:
    """``loc`` is one entry of who was in the room, or of a team's members."""
    return (len(loc) == 2 and loc[0] == "in_the_room" and isinstance(loc[1], int)) or (
        len(loc) == 4 and loc[0] == "teams" and loc[2] == "members" and isinstance(loc[3], int))


def _is_stage_plan(loc: list[Any]) -> bool:
    """``loc`` is one stage of the day's plan."""
    return len(loc) == 2 and loc[0] == "agenda" and isinstance(loc[1], int)


def _shown_value(value: Any) -> str:
    if value is None or isinstance(value, bool):  # as the file writes them: null, true
        return {None: "nothing (null)", True: "true", False: "false"}[value]
    if isinstance(value, str):
        return f"'{_cut(value)}'"
    text = repr(value)
    return text if len(text) <= _QUOTED_AT_MOST else text[:_QUOTED_AT_MOST - 1] + "…"


def _cut(words: str) -> str:
    """Words cut at a word, not in one ("Write a one-page profile with each…")."""
    if len(words) <= _QUOTED_AT_MOST:
        return words
    cut = words[:_QUOTED_AT_MOST]
    at = cut.rfind(" ")
    return (cut[:at] if at > _QUOTED_AT_MOST // 2 else cut).rstrip(" ,;:.-") + "…"


def validation_where(exc: ValidationError) -> str:
    """Where the first problem is in the file, in its own names ("cards[0].text"), for the
    command line's technical reader."""
    where = ""
    for step in exc.errors(include_url=False)[0]["loc"]:
        where += f"[{step}]" if isinstance(step, int) else f".{step}" if where else str(step)
    return where


def _describe_location(loc: list[Any], raw: Any) -> str:
    if not loc:
        return "The workshop"
    if len(loc) >= 2 and loc[0] == "teams" and isinstance(loc[1], int) and loc[2:3] == [
            "members"]:
        team = _describe_location(loc[:2], raw)
        if len(loc) >= 4 and isinstance(loc[3], int):
            return f"{team}, who was in it, {_room_count_name(loc[:4], raw)}"
        return f"{team}, who was in it"
    if loc[0] == "in_the_room" and len(loc) >= 2 and isinstance(loc[1], int):
        return f"Who was in the room, {_room_count_name(loc[:2], raw)}"
    if loc[0] == "agenda" and len(loc) >= 2 and isinstance(loc[1], int):
        where = f"The day's plan, {_stage_plan_name(loc[:2], raw)}"
        if loc[2:] == ["notes"]:  # the facilitator's words are never quoted
            return f"{where}, your notes"
        if loc[2:] == ["break_after"]:  # format 6: day_times.py
            return f"{where}, the break after it"
        rest = [str(x) for x in loc[2:]]
        return where + (f", field '{'.'.join(rest)}'" if rest else "")
    if loc[0] == "reflection" and len(loc) == 2 and loc[1] in _REFLECTION_QUESTIONS:
        return f"The reflection's '{_REFLECTION_QUESTIONS[loc[1]]}'"
    if len(loc) == 1 and loc[0] in _RECORD_NAMES:
        return _RECORD_NAMES[loc[0]]
    if len(loc) >= 2 and loc[0] in _PART_NAMES and isinstance(loc[1], int):
        what = f"{_PART_NAMES[loc[0]]} {loc[1] + 1}"
        try:
            part = raw[loc[0]][loc[1]]
            label = next((part.get(key) for key in ("name", "text", "what", "id")
                          if str(part.get(key) or "").strip()), None)  # not a name of spaces
            if loc[0] == "cards" and _held_back(part):  # its words may name someone
                label = part.get("id")
            if isinstance(label, str) and label:
                what += f" ('{_cut(label)}')"
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        item = _ITEM_WORDS.get((loc[0], loc[2])) if len(loc) >= 4 else None
        if item and isinstance(loc[3], int):  # "Tag 1 of card 4 ('…')"
            inner = ".".join(str(x) for x in loc[4:])
            said = f"{item[0].upper()}{item[1:]} {loc[3] + 1} of {what[0].lower()}{what[1:]}"
            return said + (f", field '{inner}'" if inner else "")
        field = ".".join(str(x) for x in loc[2:])
        if words := _FIELD_WORDS.get(loc[0], {}).get(field):  # "The 'By when' date of action 1"
            return f"The {words} of {what[0].lower()}{what[1:]}"
        return what + (f", field '{field}'" if field else "")
    return "The workshop's '" + ".".join(str(x) for x in loc) + "'"


def _room_count_name(loc: list[Any], raw: Any) -> str:
    """One count of who was in the room (or a team) by its role's label, "'Older people'";
    "entry 7" when its role is not one this version knows."""
    try:
        entry = raw
        for step in loc:
            entry = entry[step]
        return f"'{RoomRole(entry['role']).label}'"
    except (KeyError, IndexError, TypeError, ValueError):
        return f"entry {loc[-1] + 1}"


def _stage_plan_name(loc: list[Any], raw: Any) -> str:
    """One stage of the day's plan by its stage's label, "'Theme'"; "entry 3" when its stage
    is not one this version knows."""
    try:
        return f"'{Stage(raw[loc[0]][loc[1]]['stage']).label}'"
    except (KeyError, IndexError, TypeError, ValueError):
        return f"entry {loc[-1] + 1}"


def _held_back(raw_card: Any) -> bool:
    """A card as read from a file that the personal-detail guard holds back (or that cannot
    be told apart from one): its words are never quoted in a message."""
    details = raw_card.get("personal_details")
    return bool(details) and raw_card.get("details_cleared") is not True
