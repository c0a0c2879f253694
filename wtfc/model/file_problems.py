"""What is wrong with a workshop file, said in plain English with where it is.

pydantic's own words are about its parser ("datetimes provided to dates should have zero
time"); these name the part of the workshop (Card 4 ('My carer is kind'), field 'kind') and
say it in the app's words. A card held back by the personal-detail guard is named by its id,
never its words.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from wtfc.model.workshop import ActionStatus, Kind, Perspective, Role, Stage, Voice

# A choice this version does not know is said with what it does know, in the app's words
# (not the file's codes such as 'not_working'): by field, what it is and its choices.
_CHOICES = {"kind": ("kind of card", [k.long_label for k in Kind]),
            "role": ("role", [r.label for r in Role]),
            "status": ("status", [s.label for s in ActionStatus]),
            "perspective": ("perspective", [p.label for p in Perspective]),
            "voice": ("voice", [v.label for v in Voice]),
            "stage": ("stage", [s.label for s in Stage])}
_PART_NAMES = {"people": "Person", "cards": "Card", "themes": "Theme", "causes": "Cause",
               "success": "Success statement", "actions": "Action"}


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
        return f"{_describe_location(loc[:-1], raw)} is missing its '{loc[-1]}'."
    if err["type"] == "enum" and loc and loc[-1] in _CHOICES:
        what, known = _CHOICES[str(loc[-1])]
        return (f"{_describe_location(loc[:-1], raw)} has a {what} this version of wtfc does "
                f"not know ({_shown_value(err.get('input'))}); it knows "
                f"{', '.join(known[:-1])} and {known[-1]}.")
    if err["type"].startswith("date_"):  # pydantic's words are about its parser ("datetimes
        # provided to dates should have zero time", "invalid character in year")
        return f"{_describe_location(loc, raw)}: should be a date written as year-month-day " \
               f"(for example 2026-11-26), not {_shown_value(err.get('input'))}."
    return f"{_describe_location(loc, raw)}: {msg[0].lower() + msg[1:]}."


def _shown_value(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:39] + "…"


def _describe_location(loc: list[Any], raw: Any) -> str:
    if not loc:
        return "The workshop"
    if len(loc) >= 2 and loc[0] in _PART_NAMES and isinstance(loc[1], int):
        what = f"{_PART_NAMES[loc[0]]} {loc[1] + 1}"
        try:
            part = raw[loc[0]][loc[1]]
            label = part.get("name") or part.get("text") or part.get("what") or part.get("id")
            if loc[0] == "cards" and _held_back(part):  # its words may name someone
                label = part.get("id")
            if isinstance(label, str) and label:
                what += f" ('{label[:40]}')"
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        rest = [str(x) for x in loc[2:]]
        return what + (f", field '{'.'.join(rest)}'" if rest else "")
    return "The workshop's '" + ".".join(str(x) for x in loc) + "'"


def _held_back(raw_card: Any) -> bool:
    """A card as read from a file that the personal-detail guard holds back (or that cannot
    be told apart from one): its words are never quoted in a message."""
    details = raw_card.get("personal_details")
    return bool(details) and raw_card.get("details_cleared") is not True
