"""The personal-detail guard as every place that takes the names pasted to watch for reads a
text: the guard's findings, with those names among them, and each capitalised word of one
wherever it stands (``pasted_names``).

The guard alone reads a name that is an everyday word starting a sentence as the word unless
it is said of a person: with "Grace Lee" and "Bill Jones" pasted, "Grace and Bill met the
provider" went to the projector and the letter as "Grace and [name] met…", while the check's
list and History said "[name] and [name]". One rule here, for the feedback letter, the room
views, the exports' questions and the quotes that name a detail by its kind.
"""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.pasted_names import pasted_at
from wtfc.importing.personal_details import Finding, find_personal_details, redact


def with_pasted(text: str, findings: list[Finding], pasted: Iterable[str]) -> list[Finding]:
    """``findings`` and each capitalised word of a name pasted to watch for that none covers,
    wherever it stands ("May is always kind": the guard reads that "May" as the word), as the
    check lists a theme and History hides it (``pasted_names``)."""
    more = [Finding(a, b, "name", text[a:b]) for a, b in pasted_at(text, pasted)
            if not any(f.start < b and a < f.end for f in findings)]
    return sorted([*findings, *more], key=lambda f: f.start) if more else findings


def watched_findings(text: str, names: tuple[str, ...] = ()) -> list[Finding]:
    """What the guard finds in ``text`` with ``names`` (the names pasted to watch for) among
    them, and those names wherever they stand capitalised: "[name] and [name] met…"."""
    if not text.strip():
        return []
    return with_pasted(text, find_personal_details(text, known_names=names), names)


def watched_redacted(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` with each of ``watched_findings`` shown as its kind, its lines as typed."""
    return redact(text, watched_findings(text, names)) if text.strip() else text
