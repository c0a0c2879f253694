"""Welsh roles and kinds a Welsh council's sheet uses: "Gofalwr teulu" (family carer) and the
other Welsh roles are read, as are "Pwysig i'r dyfodol" and "Beth sy'n bwysig i mi yn y
dyfodol" as the future. They were left blank and asked about."""

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.person_tags import read_voice
from wtfc.importing.table import SourceTable
from wtfc.model.kind_values import KindValues, is_kind_phrase
from wtfc.model.workshop import Kind, Voice, Workshop


@pytest.mark.parametrize(("value", "voice"), [
    ("Gofalwr teulu", Voice.FAMILY_CARER), ("Gofalwr", Voice.FAMILY_CARER),
    ("Gofalwr di-dâl", Voice.FAMILY_CARER), ("Aelod o'r teulu", Voice.FAMILY_CARER),
    ("Person hŷn", Voice.OLDER_PERSON), ("Pobl hŷn", Voice.OLDER_PERSON),
    ("Defnyddiwr gwasanaeth", Voice.OLDER_PERSON),
    ("Aelod o staff", Voice.STAFF), ("Gofalwr cyflogedig", Voice.STAFF),
    ("Gweithiwr cymdeithasol", Voice.STAFF),
    ("Older person's carer", Voice.FAMILY_CARER), ("Volunteer", None), ("Gwirfoddolwr", None),
])
def test_welsh_roles_are_read(value, voice):
    assert read_voice(value) == voice


@pytest.mark.parametrize("value", ["Pwysig i'r dyfodol", "Beth sy'n bwysig i mi yn y dyfodol",
                                   "Pwysig ar gyfer y dyfodol"])
def test_welsh_future_phrasings_are_the_future(value):
    assert KindValues.default().kind_of(value) == Kind.FUTURE


def test_a_welsh_sheet_imports_with_its_roles_and_kinds():
    table = SourceTable(rows=[
        ("Person", "Role", "Math", "Datganiad"),
        ("P01", "Gofalwr teulu", "Pwysig i'r dyfodol", "Gwyliau gyda fy ngŵr"),
        ("P02", "Person hŷn", "Beth sy'n bwysig i mi yn y dyfodol", "Aros adref")],
        source_name="cymraeg.csv")
    mapping = guess_mapping(table)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.kind for c in plan.cards] == [Kind.FUTURE, Kind.FUTURE]
    assert [p.voice for p in plan.people] == [Voice.FAMILY_CARER, Voice.OLDER_PERSON]


def test_only_wtfcs_own_kind_phrases_count_as_kind_phrases():
    """What the preview shows unmasked in a kind cell: a fixed phrase holds no one's name."""
    assert is_kind_phrase("Beth sydd ddim yn gweithio")
    assert is_kind_phrase("BETH SY'N GWEITHIO?")
    assert not is_kind_phrase("Beth")
    assert not is_kind_phrase("Beth Jones sydd ddim yn gweithio")
