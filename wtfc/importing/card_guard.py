"""The personal-detail guard's flags for each statement of one import (``building``)."""

from __future__ import annotations

from wtfc.importing.known_names import NameMatcher
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.workshop import PersonalDetail


class CardGuard:
    """The guard's flags for each statement of one import, worked out once for each words: the
    same words come back on many rows ("Carers are late"), and the names looked for are the
    same for every row. Cards with the same words share the flags (parts are never changed in
    place)."""

    def __init__(self, matcher: NameMatcher) -> None:
        self._matcher = matcher
        self._found: dict[str, list[PersonalDetail]] = {}

    def details(self, text: str) -> list[PersonalDetail]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = [
                PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text[:300])
                for f in find_personal_details(text, known_names=self._matcher)[:100]
            ]
        return found
