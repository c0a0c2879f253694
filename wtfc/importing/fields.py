"""What a column of an imported sheet can hold (``Field``), and the words each is shown with.

A person's role and coarse tags (``Field.PERSON_ROLE``…) go to the person on People, once per
person, not onto every card: the report's cover counts older people's, carers' and staff's
voices from there, and the small-group rule for tags (``model.small_groups``) reads them there.
"""

from __future__ import annotations

from enum import StrEnum

from wtfc.model.workshop import Kind


class Field(StrEnum):
    """What a column holds. The values are the command line's names (``--map C=person_role``)."""

    TEXT = "text"
    KIND = "kind"
    PERSON = "person"
    TAG = "tag"
    PERSON_ROLE = "person_role"  # older person / family carer / staff: the person's voice
    PERSON_AGE_BAND = "person_age_band"
    PERSON_LOCALITY = "person_locality"
    PERSON_SERVICE_TYPE = "person_service_type"
    WORKING = "working"  # wide layout: statements that are all of one kind
    NOT_WORKING = "not_working"
    FUTURE = "future"
    IGNORE = "ignore"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]

    @property
    def fixed_kind(self) -> Kind | None:
        return _FIXED_KINDS.get(self.value)

    @property
    def person_attr(self) -> str | None:
        """The ``Person`` field a column of this kind fills (None: not one of the person's)."""
        return PERSON_ATTRS.get(self)


_FIXED_KINDS = {"working": Kind.WORKING, "not_working": Kind.NOT_WORKING, "future": Kind.FUTURE}

PERSON_ATTRS = {
    Field.PERSON_ROLE: "voice",
    Field.PERSON_AGE_BAND: "age_band",
    Field.PERSON_LOCALITY: "locality",
    Field.PERSON_SERVICE_TYPE: "service_type",
}

_FIELD_LABELS = {
    Field.TEXT: "Statement",
    Field.KIND: "Kind (working / not working / future)",
    Field.PERSON: "Person",
    Field.TAG: "Tag",
    Field.PERSON_ROLE: "Person's role (older person / family carer / staff)",
    Field.PERSON_AGE_BAND: "Person's age band",
    Field.PERSON_LOCALITY: "Person's locality",
    Field.PERSON_SERVICE_TYPE: "Person's service type",
    Field.WORKING: "Working statements",
    Field.NOT_WORKING: "Not working statements",
    Field.FUTURE: "Future statements",
    Field.IGNORE: "Leave out",
}
