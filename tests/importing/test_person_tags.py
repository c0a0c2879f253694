"""A person's role (older person / family carer / staff) and coarse tags from the sheet go to
the person on People, once, not onto each card: guessed from clear headings, chosen with
--map COLUMN=person_role…, read tolerantly, conflicts said with the first kept."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.person_tags import read_voice
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop


def _plan(rows, workshop=None):
    table = SourceTable(rows=[tuple(r) for r in rows], source_name="reviews.xlsx")
    return build_import(table, guess_mapping(table), workshop=workshop or Workshop())


@pytest.mark.parametrize(("written", "voice"), [
    ("Older person", Voice.OLDER_PERSON), ("older people", Voice.OLDER_PERSON),
    ("older_person", Voice.OLDER_PERSON), ("Service user", Voice.OLDER_PERSON),
    ("carer", Voice.FAMILY_CARER), ("Family Carer", Voice.FAMILY_CARER),
    ("Older person's carer", Voice.FAMILY_CARER),
    ("Staff member", Voice.STAFF), ("staff", Voice.STAFF), ("Paid carer", Voice.STAFF),
    ("Care worker", Voice.STAFF), ("Volunteer", None), ("", None)])
def test_a_role_is_read_tolerantly_and_never_guessed(written, voice):
    assert read_voice(written) == voice


@pytest.mark.parametrize(("heading", "field"), [
    ("Role", Field.PERSON_ROLE), ("Voice", Field.PERSON_ROLE),
    ("Age band", Field.PERSON_AGE_BAND), ("Age group", Field.PERSON_AGE_BAND),
    ("Locality", Field.PERSON_LOCALITY), ("Service type", Field.PERSON_SERVICE_TYPE),
    ("Team", Field.TAG)])
def test_clear_headings_are_guessed_as_the_person_s(heading, field):
    table = SourceTable(rows=[("Person", "Kind", "Statement", heading),
                              ("P01", "Working", "My carer is kind", "x")], source_name="a.csv")
    assert guess_mapping(table).fields[3] == field


def test_with_no_person_column_a_locality_stays_the_card_s_tag():
    """Nobody to give it to: as before, the cards keep it rather than lose it."""
    plan = _plan([["Kind", "Statement", "Locality"], ["Working", "My carer is kind", "North"]])
    assert plan.cards[0].tags == ["North"]


def test_each_person_gets_their_role_and_tags_once_and_the_cards_none():
    plan = _plan([
        ["Person", "Role", "Age band", "Kind", "Statement"],
        ["P01", "Older person", "85+", "Working", "My carer is kind"],
        ["P01", "Older person", "85+", "Not working", "Nobody says who is coming"],
        ["P02", "carer", "", "Future", "A break now and then"],
    ])
    assert [(p.id, p.voice, p.age_band) for p in plan.people] == [
        ("P01", Voice.OLDER_PERSON, "85+"), ("P02", Voice.FAMILY_CARER, "")]
    assert not any(c.tags for c in plan.cards)
    assert "2 people given their role or tags" in "\n".join(plan.report.lines())


def test_one_person_with_two_roles_keeps_the_first_and_says_so():
    plan = _plan([
        ["Person", "Voice", "Kind", "Statement"],
        ["P03", "Staff member", "Working", "The team meets every week"],
        ["P03", "Family carer", "Not working", "Rotas change at short notice"],
        ["P03", "Family carer", "Future", "Fewer new faces"],
    ])
    assert plan.people[0].voice == Voice.STAFF
    lines = "\n".join(plan.report.lines())
    # each other value once, at its first row
    assert "P03's “Voice”: “Staff member” (row 2), “Family carer” (row 3)." in lines


def test_a_role_not_known_is_left_blank_and_said():
    plan = _plan([["Person", "Role", "Kind", "Statement"],
                  ["P01", "Volunteer", "Working", "I like the lunch club"]])
    assert plan.people[0].voice is None
    assert "“Volunteer” in “Role” (row 2) is not read as an older person" in \
        "\n".join(plan.report.lines())


def test_an_address_in_a_locality_is_not_kept_and_its_words_not_said():
    plan = _plan([["Person", "Locality", "Kind", "Statement"],
                  ["P01", "14 Mill Lane, LS6 2AB", "Working", "I like the lunch club"]])
    assert plan.people[0].locality == ""
    lines = "\n".join(plan.report.lines())
    assert "“Locality” held what may be personal details" in lines
    assert "Mill Lane" not in lines


def test_people_already_there_get_only_what_they_lack_in_the_same_undo_step():
    """P01 is on People with a card, a role and a locality (perhaps put right there): the sheet
    fills the age band, and its other locality is said, People's kept."""
    card = Card(id="c0ffee000001", kind=Kind.WORKING, text="Tea", person="P01",
                source="import 1, row 2")
    doc = Document(Workshop(people=[Person(id="P01", voice=Voice.OLDER_PERSON,
                                           locality="Riverside")], cards=[card]))
    plan = _plan([["Person", "Voice", "Locality", "Age band", "Kind", "Statement"],
                  ["P01", "Older person", "North", "85+", "Working", "My carer is kind"],
                  ["P02", "Staff", "North", "", "Not working", "Rotas change"]],
                 workshop=doc.workshop)
    edit = import_edit(doc, plan)
    edit.do(doc)
    p01 = doc.get("people", "P01")
    assert (p01.voice, p01.locality, p01.age_band) == (Voice.OLDER_PERSON, "Riverside", "85+")
    assert doc.get("people", "P02").voice == Voice.STAFF
    assert "P01's “Locality”: “Riverside”, the sheet “North” (row 2)" in \
        "\n".join(plan.report.lines())
    edit.undo(doc)
    assert doc.get("people", "P01").age_band == "" and doc.get("people", "P02") is None
    assert len(doc.workshop.cards) == 1
    edit.do(doc)
    assert doc.get("people", "P01").age_band == "85+"


def test_people_carried_from_last_time_with_no_card_yet_take_the_sheets_in_one_undo_step():
    """New workshop from this one brings spring's P01 (Family carer, Riverside, home care) and
    no cards: autumn's sheet is newer, so its role and tags replace them, each said. It kept
    spring's, so the data export counted a family carer this year's sheet calls an older
    person."""
    from wtfc.model.next_cycle import next_cycle

    spring = Workshop(
        people=[Person(id="P01", voice=Voice.FAMILY_CARER, locality="Riverside",
                       service_type="Home care", age_band="75-84")],
        cards=[Card(id="c0ffee000001", kind=Kind.WORKING, text="Tea", person="P01")])
    doc = Document(next_cycle(spring))
    plan = _plan([["Person", "Role", "Locality", "Service", "Age band", "Kind", "Statement"],
                  ["P01", "Older person", "riverside", "Residential care", "", "Working",
                   "The staff are kind"]], workshop=doc.workshop)
    edit = import_edit(doc, plan)
    edit.do(doc)
    p01 = doc.get("people", "P01")
    assert (p01.voice, p01.locality, p01.service_type, p01.age_band) == (
        Voice.OLDER_PERSON, "Riverside", "Residential care", "75-84")  # a blank keeps its own
    lines = "\n".join(plan.report.lines())
    assert ("On People with no card here yet, so the sheet's role and tags replaced theirs, as "
            "for last time's people carried by New workshop from this one (a role or tag typed "
            "on People is replaced too: change it on Collect → People if the sheet is wrong): "
            "P01's “Role”: “Family "
            "carer” → “Older person” (row 2); P01's “Service”: “Home care” → “Residential "
            "care” (row 2).") in lines
    assert "Already on People with another role or tag" not in lines
    edit.undo(doc)
    p01 = doc.get("people", "P01")
    assert (p01.voice, p01.service_type, doc.workshop.cards) == (
        Voice.FAMILY_CARER, "Home care", [])
    edit.do(doc)
    assert doc.get("people", "P01").voice == Voice.OLDER_PERSON



def test_a_role_typed_on_people_in_a_fresh_workshop_is_replaced_and_said_truly():
    """No saved field tells last time's people from people typed on People (code review B2
    F4): the sheet's role replaces a typed one too, and the note says so, where it said the
    person came from New workshop from this one in a workshop that did not."""
    doc = Document(Workshop(people=[Person(id="P01", voice=Voice.FAMILY_CARER)]))
    plan = _plan([["Person", "Role", "Kind", "Statement"],
                  ["P01", "Older person", "Working", "My carer has time"]], workshop=doc.workshop)
    lines = "\n".join(plan.report.lines())
    assert "a role or tag typed on People is replaced too: change it on Collect → People if " \
        "the sheet is wrong): P01's “Role”: “Family carer” → “Older person” (row 2)." in lines
    assert "as New workshop from this one brings" not in lines
    edit = import_edit(doc, plan)
    edit.do(doc)
    assert doc.get("people", "P01").voice == Voice.OLDER_PERSON
    edit.undo(doc)
    assert (doc.get("people", "P01").voice, doc.workshop.cards) == (Voice.FAMILY_CARER, [])
    edit.do(doc)
    assert doc.get("people", "P01").voice == Voice.OLDER_PERSON

def test_the_command_line_maps_a_column_to_the_person_s_role(tmp_path, capsys):
    sheet = tmp_path / "voice.csv"
    sheet.write_text("Person,Who,Kind,Statement\nP01,older person,Not working,Late again\n"
                     "P02,family carer,Working,My sister helps\n", encoding="utf-8")
    into = tmp_path / "w.wtfc"
    save_workshop(Workshop(), into)
    assert main_import([str(sheet), "--into", str(into), "--map", "Who=person_role"]) == 0
    workshop = load_workshop(into).workshop
    assert [(p.id, p.voice) for p in workshop.people] == [
        ("P01", Voice.OLDER_PERSON), ("P02", Voice.FAMILY_CARER)]
    assert not any(c.tags for c in workshop.cards)
    assert "“Who” went to the people" in capsys.readouterr().out
