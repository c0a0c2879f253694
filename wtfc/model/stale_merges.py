"""Merge memory that no longer holds, forgotten as a file opens rather than refusing it.

A person's ``former_codes`` (P001 merged into P002) say that a file still saying P001 means
P002. When P001 is also a person of its own (an import before this was mended gave the freed
code to someone new), the two cannot both hold. The person and their cards are what the
facilitator sees and counts; the memory is only a shortcut for later imports. So the memory
gives way: the workshop opens without it, and is told so, rather than the whole workshop being
refused for a line it can do without.
"""

from __future__ import annotations

from typing import Any


def forget_stale_merges(raw: Any) -> str:
    """Drop from ``raw`` (a workshop's JSON, in the current format) each merged code that is
    also a person's own code; what was dropped, in plain English ("" when nothing).

    Anything else odd about ``raw`` is left for validation to describe."""
    people = raw.get("people") if isinstance(raw, dict) else None
    if not isinstance(people, list):
        return ""
    live = {p.get("id") for p in people if isinstance(p, dict)}
    dropped: list[tuple[str, str]] = []
    for person in people:
        former = person.get("former_codes") if isinstance(person, dict) else None
        if not isinstance(former, list):
            continue
        stale = [code for code in former if isinstance(code, str) and code in live]
        if stale:
            person["former_codes"] = [code for code in former if code not in stale]
            dropped += [(code, str(person.get("id"))) for code in stale]
    return _note(dropped)


def _note(dropped: list[tuple[str, str]]) -> str:
    if not dropped:
        return ""
    if len(dropped) == 1:
        ((old, into),) = dropped
        return (
            f"{old} was merged into {into} earlier, but {old} is also a person of their own "
            f"in this workshop (an import may have given the code to someone new). The "
            f"workshop no longer remembers that merge: {old}'s cards stay {old}'s, and a "
            f"spreadsheet that says {old} now gives its rows to {old}. If {old}'s cards "
            f"are {into}'s, merge them again with Rename person code… on Collect."
        )
    shown = ", ".join(f"{old} into {into}" for old, into in dropped[:5])
    more = f" and {len(dropped) - 5:,} more" if len(dropped) > 5 else ""
    return (
        f"{len(dropped):,} codes merged into others earlier ({shown}{more}) are also people "
        f"of their own in this workshop (an import may have given the codes to someone "
        f"new). The workshop no longer remembers those merges: each code's cards stay its "
        f"own, and a spreadsheet that says one of those codes gives its rows to that code. "
        f"If their cards belong to the person they were merged into, merge them again with "
        f"Rename person code… on Collect."
    )
