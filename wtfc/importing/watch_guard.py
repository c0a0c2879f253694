"""The personal-detail guard as every place that takes the names pasted to watch for reads a
text: the guard's findings, with those names among them, and each capitalised word of one
wherever it stands, by ``pasted_names``' rule (a surname that is an everyday word not where the
words around it make it a thing or a place: "Day centre", "the Village Hall").

The guard alone reads a name that is an everyday word starting a sentence as the word unless
it is said of a person: with "Grace Lee" and "Bill Jones" pasted, "Grace and Bill met the
provider" went to the projector and the letter as "Grace and [name] met…", while the check's
list and History said "[name] and [name]". One rule here, for the feedback letter, the room
views, the exports' questions and the quotes that name a detail by its kind.

A pasted surname that is an everyday word ("Hall" of "Pat Hall") is read as the word where the
words around it make it a thing or a place ("Day centre at the Village Hall reopens"), though
the guard given the names takes any capitalised one mid-sentence: the letter printed "the
Village [name]".
"""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.pasted_names import pasted_at, read_pasted
from wtfc.importing.personal_details import Finding, find_personal_details, redact


def with_pasted(text: str, findings: list[Finding], pasted: Iterable[str]) -> list[Finding]:
    """``findings`` and each capitalised word of a name pasted to watch for that none covers,
    wherever it stands ("May is always kind": the guard reads that "May" as the word), as the
    check lists a theme and History hides it (``pasted_names``); a surname that is an everyday
    word unless made a thing or a place ("Day centre"), and then where said of a person or
    beside a name ``findings`` holds ("Sharon Long")."""
    return _adding(text, findings, pasted_at(text, pasted, _name_spans(findings)))


def watched_findings(text: str, names: tuple[str, ...] = ()) -> list[Finding]:
    """What the guard finds in ``text`` with ``names`` (the names pasted to watch for) among
    them, and those names wherever they stand capitalised: "[name] and [name] met…"; but a
    pasted surname that is an everyday word made a thing or a place by the words around it is
    the word ("Day centre at the Village Hall reopens"), as the guard without the names reads
    it."""
    if not text.strip():
        return []
    findings = find_personal_details(text, known_names=names)
    if not names:
        return findings
    found, words = read_pasted(text, names, _name_spans(findings))
    # the guard given "Pat Hall" takes any capitalised "Hall" mid-sentence for the name
    read_as_words = [f for f in findings if (f.start, f.end) in words]
    if read_as_words:
        alone = find_personal_details(text)
        findings = [f for f in findings if f not in read_as_words
                    or any(g.start < f.end and f.start < g.end for g in alone)]
    return _adding(text, findings, found)


def _name_spans(findings: list[Finding]) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in findings if f.category == "name"]


def _adding(text: str, findings: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    """``findings`` and a name at each of ``spans`` none of them covers, in reading order."""
    more = [Finding(a, b, "name", text[a:b]) for a, b in spans
            if not any(f.start < b and a < f.end for f in findings)]
    return sorted([*findings, *more], key=lambda f: f.start) if more else findings


def watched_redacted(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` with each of ``watched_findings`` shown as its kind, its lines as typed."""
    return redact(text, watched_findings(text, names)) if text.strip() else text
