"""The statements ``wtfc suggest`` puts in no cluster, and the lines that say which and why, in
the words of the app's suggestions panel: a statement that says nothing on its own ("ok", "see
above", "N/A"), one whose words wtfc can't match (another language?) and one that fits no
suggested theme are each left for a person to sort. Written as a theme of their own, "ok",
"see above", "N/A" and a Welsh card came out as cluster 1 with no word of warning (review 36
R5-R4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from wtfc.clustering.filler import says_nothing
from wtfc.clustering.suggest import known_words
from wtfc.model.control_characters import name_shown

_SHOWN_IDS = 5  # ids named in a line; more are counted


# why a statement has nothing to group it by
SAYS_NOTHING = "says nothing"
NOT_MATCHED = "not matched"


def nothing_to_group(texts: Sequence[str]) -> list[str | None]:
    """Why each statement has nothing to group it by (``SAYS_NOTHING``: "ok", "see above";
    ``NOT_MATCHED``: wtfc knows none of its words), or None: it has. The app's panel reads the
    cards it could not group the same way (wtfc/ui/wall/suggest_job.py)."""
    why: list[str | None] = [SAYS_NOTHING if says_nothing(text) else None for text in texts]
    said = [i for i, reason in enumerate(why) if reason is None]
    for i, known in zip(said, known_words([texts[i] for i in said]), strict=True):
        if not known:
            why[i] = NOT_MATCHED
    return why


@dataclass
class LeftOut:
    """The ids of the statements in no cluster, by why."""

    says_nothing: list[str] = field(default_factory=list)
    not_matched: list[str] = field(default_factory=list)  # no word wtfc knows
    fit_none: list[str] = field(default_factory=list)  # readable, but close to no theme

    def add(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        """Sort the statements ``ids`` (with their ``texts``), all in no cluster, by why."""
        for ident, why in zip(ids, nothing_to_group(texts), strict=True):
            {SAYS_NOTHING: self.says_nothing, NOT_MATCHED: self.not_matched,
             None: self.fit_none}[why].append(ident)

    def lines(self) -> list[str]:
        """One line for each reason statements have no cluster: how many, which, what to do."""
        found = []
        if self.fit_none:
            found.append(f"{_statements(self.fit_none)} {_verb(self.fit_none, 'fit')} no "
                         f"theme: {_which(self.fit_none)}; sort {_them(self.fit_none)} by "
                         f"hand.")
        if self.says_nothing:
            own = "its" if len(self.says_nothing) == 1 else "their"
            found.append(f"{_statements(self.says_nothing)} {_verb(self.says_nothing, 'say')} "
                         f"nothing on {own} own ('ok', 'see above'): "
                         f"{_which(self.says_nothing)}; read {_them(self.says_nothing)} with "
                         f"the person's other statements.")
        if self.not_matched:
            found.append(f"wtfc can't match the words of {_statements(self.not_matched)} "
                         f"(another language?): {_which(self.not_matched)}; sort "
                         f"{_them(self.not_matched)} by hand.")
        return found


def _statements(ids: list[str]) -> str:
    return "1 statement" if len(ids) == 1 else f"{len(ids):,} statements"


def _verb(ids: list[str], verb: str) -> str:
    return f"{verb}s" if len(ids) == 1 else verb


def _them(ids: list[str]) -> str:
    return "it" if len(ids) == 1 else "them"


def _which(ids: list[str]) -> str:
    """'id 7 has no cluster', 'ids 1, 2 and 3 have no cluster', '… and 4 more have …'."""
    shown = [name_shown(ident) for ident in ids[:_SHOWN_IDS]]
    if len(ids) > _SHOWN_IDS:
        listed = f"{', '.join(shown)} and {len(ids) - _SHOWN_IDS:,} more"
    else:
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
    return f"id {listed} has no cluster" if len(ids) == 1 else f"ids {listed} have no cluster"
