# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Go back to an earlier version → Remove earlier versions… said "Earlier versions still
hold what was taken off the workshop since they were saved, such as a name you redacted" after
two saves that only changed the venue: a careful facilitator hunts for a redaction never made
(review 32 R3 R1). It says what they hold only when they hold words the workshop now lacks (as
the save's note counts them), and a person taken off with Remove this person… is "removed",
never "took off", which is People's other item, Take off people with no cards (R3 R4)."""

from __future__ import annotations

import pytest
from test_remove_earlier_versions import Asked, _remove_action
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.cardless_people import take_off_people_without_cards
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.themes import (
    add_theme_comment,
    create_theme,
    delete_theme_comment,
    edit_theme_comment,
)
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Stage, Workshop

NAME = "Mrs Quarmby"
HOLD = "Earlier versions still hold what was taken off the workshop since they were saved"
GONE = "Deleting them cannot be undone: you will not be able to go back to them."


@pytest.fixture
def window(make_window, tmp_path):
    """spring.wtfc open: P01's card names someone, P03 has two cards, P09 (from last cycle)
    none."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", venue="Town Hall", people=[
        Person(id="P01"), Person(id="P03"), Person(id="P09", locality="Riverside")], cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text=f"{NAME} never rings me back", person="P01",
             personal_details=[PersonalDetail(start=0, end=len(NAME), category="name",
                                              text=NAME)]),
        Card(id="c2", kind=Kind.WORKING, text="I like my garden", person="P01"),
        Card(id="c3", kind=Kind.WORKING, text="The bus is on time", person="P03"),
        Card(id="c4", kind=Kind.NOT_WORKING, text="Nobody asks what I think", person="P03")]),
        path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    return window


def _asked_after_saving(window, monkeypatch, tmp_path, *edits) -> str:
    """Each edit pushed and saved (a version kept at each), then Remove earlier versions…:
    what it asked (answered Cancel)."""
    for edit in edits:
        window.undo.push(edit(window.doc))
        assert window.files.save()
    asked = Asked(monkeypatch, tmp_path)
    asked.answers = ["cancel"]
    _remove_action(window).trigger()
    assert len(asked.said) == 1 and GONE in asked.said[0]
    return asked.said[0]


def test_saves_that_only_changed_the_venue_blame_no_redaction(window, monkeypatch, tmp_path):
    said = _asked_after_saving(window, monkeypatch, tmp_path,
                               lambda doc: edit_details(doc, venue="Library"),
                               lambda doc: edit_details(doc, venue="Church hall"))
    assert "redacted" not in said and HOLD not in said


def test_a_name_redacted_and_saved_is_said(window, monkeypatch, tmp_path):
    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    assert NAME not in window.doc.card("c1").text
    assert window.files.save()
    said = _asked_after_saving(window, monkeypatch, tmp_path,
                               lambda doc: edit_details(doc, venue="Library"))
    assert f"{HOLD}, such as a name you redacted. {GONE}" in said


def test_a_person_removed_is_said_as_removed_not_taken_off(window, monkeypatch, tmp_path):
    said = _asked_after_saving(window, monkeypatch, tmp_path,
                               lambda doc: remove_person(doc, code="P03"))
    assert (f"{HOLD}, such as the cards and details of a person you removed (Remove this "
            f"person…). {GONE}") in said
    assert "took off" not in said and "P03" not in said


def test_people_taken_off_with_no_cards_are_said_as_that(window, monkeypatch, tmp_path):
    said = _asked_after_saving(window, monkeypatch, tmp_path, take_off_people_without_cards)
    assert (f"{HOLD}, such as the tags of people you took off (Take off people with no "
            f"cards). {GONE}") in said
    assert "redacted" not in said and "removed" not in said


def _comment(doc):
    return {"theme_id": doc.workshop.themes[0].id, "index": 0}


@pytest.mark.parametrize(("comment", "now", "watched", "example"), [
    ("Her daughter's mobile is 07700 900123", "Her daughter asked to be rung", (),
     "a phone number you took out"),
    ("Write to hope.green@mail.com about it", None, (), "an e-mail address you took out"),
    ("She lives at 12 Elm Road, near the shop", "She lives near the shop", (),
     "an address you took out"),
    ("the carer, quarrie, never rang", "the carer never rang", ("Zebulon Quarrie",),
     "a name you redacted"),  # a watched name typed in lower case
    ("Ring 07700 900123 on Tuesdya", "Ring 07700 900123 on Tuesday", (), None),  # a typo fixed
], ids=["phone", "e-mail", "address", "watched name", "typo fixed"])
def test_a_detail_the_guard_flags_taken_out_is_said(window, monkeypatch, tmp_path, comment,
                                                    now, watched, example):
    """A theme's comment is typed after the cards and never held back as it is typed: a phone
    number, an e-mail, an address or a watched name in lower case taken out of one (edited, or
    the comment deleted) and saved was not said, counted by capitalised name-like words alone
    (review 32 A1 6). What the card guard flags counts too; a typo fixed beside one does not."""
    window.doc.names_to_watch = watched
    said = _asked_after_saving(
        window, monkeypatch, tmp_path,
        lambda doc: create_theme(doc, kind=Kind.WORKING, name="I want to be rung back"),
        lambda doc: add_theme_comment(doc, theme_id=doc.workshop.themes[0].id, comment=comment),
        lambda doc: delete_theme_comment(doc, **_comment(doc)) if now is None else
        edit_theme_comment(doc, **_comment(doc), comment=now))
    if example is None:
        assert HOLD not in said
    else:
        assert f"{HOLD}, such as {example}. {GONE}" in said


def test_the_save_that_took_a_phone_number_out_says_so_too(window):
    """The save's note at the window's foot counts as the question does: it was silent too."""
    for edit in (lambda doc: create_theme(doc, kind=Kind.WORKING, name="I want to be rung back"),
                 lambda doc: add_theme_comment(doc, theme_id=doc.workshop.themes[0].id,
                                               comment="Her mobile is 07700 900123"),
                 lambda doc: edit_theme_comment(doc, **_comment(doc), comment="She asked")):
        window.undo.push(edit(window.doc))
        assert window.files.save()
    assert "'spring.wtfc.bak' still holds words taken off that may name someone" in \
        window.statusBar().currentMessage()
