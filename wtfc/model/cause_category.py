"""What kind of cause a why-tree's box is: the fishbone's bones.

The method's research suggests a fishbone for causes with many strands, grouped as
people/staff, process, policy/contract, money, information and environment; the labels say
them in plain words for the room.
"""

from __future__ import annotations

from enum import StrEnum


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
