"""What kind of cause a why-tree's box is: the fishbone's bones.

The method's research suggests a fishbone for causes with many strands, grouped as
people/staff, process, policy/contract, money, information and environment; the labels say
them in plain words for the room.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # workshop.py imports this module for Cause.category
    from wtfc.model.workshop import Cause


class CauseCategory(StrEnum):
    """One bone of the fishbone, in the order the view and the report list them."""

    PEOPLE_STAFF = "people_staff"
    PROCESS = "process"
    POLICY_CONTRACT = "policy_contract"
    MONEY = "money"
    INFORMATION = "information"
    ENVIRONMENT = "environment"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    CauseCategory.PEOPLE_STAFF: "People and staff",
    CauseCategory.PROCESS: "Process",
    CauseCategory.POLICY_CONTRACT: "Policy and contracts",
    CauseCategory.MONEY: "Money",
    CauseCategory.INFORMATION: "Information",
    CauseCategory.ENVIRONMENT: "Places and environment",
}

NO_CATEGORY = "No category yet"  # what a cause with none is grouped under


def causes_by_category(causes: Sequence[Cause], theme_id: str) -> list[tuple[str, list[Cause]]]:
    """A theme's causes grouped by category, as the fishbone's bones and the report's "By
    category" list show them: the categories in use in their own order, then "No category
    yet"; within each, the why-tree's reading order (a cause before the reasons under it,
    branches in the order they were added)."""
    own = [c for c in causes if c.theme_id == theme_id]
    children: dict[str | None, list[Cause]] = {}
    for cause in own:
        children.setdefault(cause.parent_id, []).append(cause)
    ordered: list[Cause] = []
    stack = list(reversed(children.get(None, [])))
    seen: set[str] = set()
    while stack:
        cause = stack.pop()
        if cause.id in seen:  # a damaged tree is never walked twice
            continue
        seen.add(cause.id)
        ordered.append(cause)
        stack.extend(reversed(children.get(cause.id, [])))
    ordered += [c for c in own if c.id not in seen]  # under a cause of another theme: last
    groups = [
        (category.label, [c for c in ordered if c.category is category])
        for category in CauseCategory
    ]
    groups.append((NO_CATEGORY, [c for c in ordered if c.category is None]))
    return [(label, group) for label, group in groups if group]
