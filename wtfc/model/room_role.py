"""Who was in the room at the workshop, by role: a team's and the room's head counts."""

from __future__ import annotations

from enum import StrEnum


class RoomRole(StrEnum):
    """Who was in the room at the workshop, by role. The method asks that about a third of the
    people in the room are older people."""

    OLDER_PEOPLE = "older_people"
    FAMILY_CARERS = "family_carers"
    COMMISSIONERS = "commissioners"
    PROVIDERS = "providers"
    CARE_MANAGERS = "care_managers"
    OLDER_PEOPLES_ORGANISATIONS = "older_peoples_organisations"
    HEALTH = "health"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ROOM_ROLE_LABELS[self]


_ROOM_ROLE_LABELS = {
    RoomRole.OLDER_PEOPLE: "Older people",
    RoomRole.FAMILY_CARERS: "Family carers",
    RoomRole.COMMISSIONERS: "Commissioners",
    RoomRole.PROVIDERS: "Providers",
    RoomRole.CARE_MANAGERS: "Care managers",
    RoomRole.OLDER_PEOPLES_ORGANISATIONS: "Older people's organisations",
    RoomRole.HEALTH: "Health",
    RoomRole.OTHER: "Other",
}
