"""Merge memory that no longer holds, forgotten as a file opens rather than refusing it.

A person's ``former_codes`` (P001 merged into P002) say that a file still saying P001 means
P002. An import before this was mended could give the freed code P001 to someone new; merging
that P001 away again then listed P001 twice for P002, or for both P002 and P003. Such memory
cannot hold: P001 cannot be a person and a shortcut to P002, nor a shortcut to two people. The
people and their cards are what the facilitator sees and counts; the memory is only a shortcut
for later imports. So the memory gives way: the workshop opens without it, and is told so,
rather than the whole workshop being refused for a line it can do without.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any


def forget_stale_merges(raw: Any) -> str:
    """Put right the merge memory in ``raw`` (a workshop's JSON, in the current format): a code
    listed twice for one person is kept once; a merged code that is also a person's own code,
    or is listed for two people, is dropped. What was dropped, in plain English ("" when
    nothing: a repeat changes nothing the facilitator would notice).

    Anything else odd about ``raw`` is left for validation to describe."""
    people = raw.get("people") if isinstance(raw, dict) else None
    if not isinstance(people, list):
        return ""
    ids = [p.get("id") for p in people if isinstance(p, dict)]
    live = {i for i in ids if isinstance(i, str)}  # a damaged id is validation's to describe
    formers: list[tuple[dict[str, Any], list[Any]]] = []
    for person in people:
        former = person.get("former_codes") if isinstance(person, dict) else None
        if isinstance(former, list):
            person["former_codes"] = former = _once(former)
            formers.append((person, former))
    stale: list[tuple[str, str]] = []
    whose: dict[str, list[str]] = {}
    for person, former in formers:
        # a person listing their own code is a plain repeat: dropped with nothing to say
        stale += [(code, into) for code in former
                  if _is(code, live) and code != (into := str(person.get("id")))]
        for code in former:
            if isinstance(code, str) and code not in live:
                whose.setdefault(code, []).append(str(person.get("id")))
    shared = {code: ids for code, ids in whose.items() if len(ids) > 1}
    for person, former in formers:
        person["former_codes"] = [c for c in former if not _is(c, live) and not _is(c, shared)]
    return "\n\n".join(note for note in (_note(stale), _shared_note(shared)) if note)


def _once(codes: list[Any]) -> list[Any]:
    """Each code once, where it first comes (anything not a code is left for validation)."""
    seen: set[str] = set()
    kept = []
    for code in codes:
        if isinstance(code, str):
            if code in seen:
                continue
            seen.add(code)
        kept.append(code)
    return kept


def _is(code: Any, codes: Container[Any]) -> bool:
    return isinstance(code, str) and code in codes


def _note(dropped: list[tuple[str, str]]) -> str:
    if not dropped:
        return ""
    intos: dict[str, list[str]] = {}  # each code once, with everyone it was merged into
    for old, into in dropped:
        intos.setdefault(old, []).append(into)
    if len(intos) == 1:
        ((old, ids),) = intos.items()
        theirs = _or([f"{i}'s" for i in ids])
        return (
            f"{old} was merged into {_and(ids)} earlier, but {old} is also a person of their "
            f"own in this workshop (an import may have given the code to someone new). The "
            f"workshop no longer remembers that merge: {old}'s cards stay {old}'s, and a "
            f"spreadsheet that says {old} now gives its rows to {old}. If {old}'s cards "
            f"are {theirs}, merge them again with Rename person code… on Collect."
        )
    listed = list(intos.items())
    return (
        f"{len(listed):,} codes merged into others earlier ({_merges(listed)}) are also people "
        f"of their own in this workshop (an import may have given the codes to someone "
        f"new). The workshop no longer remembers those merges: each code's cards stay its "
        f"own, and a spreadsheet that says one of those codes gives its rows to that code. "
        f"If their cards belong to the person they were merged into, merge them again with "
        f"Rename person code… on Collect."
    )


def _shared_note(shared: dict[str, list[str]]) -> str:
    """A code merged into two people: which one a spreadsheet's row means is not known."""
    if not shared:
        return ""
    if len(shared) == 1:
        ((old, ids),) = shared.items()
        return (
            f"{old} was merged into {'both ' if len(ids) == 2 else ''}{_and(ids)} earlier (an "
            f"import may have given the "
            f"code to someone new in between), so which of them {old} stands for is not "
            f"known. The workshop no longer remembers that merge: everyone keeps their "
            f"cards, and a spreadsheet that says {old} now gives its rows to a person {old} "
            f"of their own, not to {_either(ids)}."
        )
    listed = sorted(shared.items())
    return (
        f"{len(listed):,} codes were each merged into more than one person earlier ("
        f"{_merges(listed)}; an import may have given the codes to someone new in between), "
        f"so which person each stands for is not known. The workshop no longer remembers those "
        f"merges: everyone keeps their cards, and a spreadsheet that says one of those "
        f"codes now gives its rows to a person of that code, not to any of them."
    )


def _merges(listed: list[tuple[str, list[str]]]) -> str:
    """ "P1 into P2, P3 into P4 and P5 and 2 more": the first five merges, then how many more."""
    shown = ", ".join(f"{old} into {_and(ids)}" for old, ids in listed[:5])
    return shown + (f" and {len(listed) - 5:,} more" if len(listed) > 5 else "")


def _and(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _either(ids: list[str]) -> str:
    return "either of them" if len(ids) == 2 else "any of them"
