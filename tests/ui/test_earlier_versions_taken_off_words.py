# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Closing wtfc answering Save after a person's only card was deleted by hand asked about the
kept versions "such as a name you redacted", which fitted poorly: the question now says what
was taken off (a person's cards, their details), naming no one; a redaction keeps its words.
Many people's cards gone at once (an import undone) is no person taken off (review A1 M2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_remove_earlier_versions import Asked
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.operations.cards import delete_cards, redact_card
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Workshop
from wtfc.ui.remove_earlier_versions import _taken_off

ONLY = "Zebedee's lunch club is the best part of my week"


def _spring(folder: Path, *, cards: bool = True) -> Path:
    """spring.wtfc saved twice (so .bak beside it): P05's only card, and P01's."""
    path = folder / "spring.wtfc"
    p05 = [Card(id="c1", kind=Kind.WORKING, text=ONLY, person="P05",
                personal_details=[PersonalDetail(start=0, end=7, category="name",
                                                 text="Zebedee")])] if cards else []
    workshop = Workshop(title="Spring", people=[Person(id="P01"), Person(id="P05")], cards=[
        *p05, Card(id="d1", kind=Kind.WORKING, text="the bus is on time", person="P01")])
    save_workshop(workshop, path, backup=False)
    save_workshop(workshop, path)
    return path


def _closed_saving(make_window, tmp_path, monkeypatch, edit, path=None) -> str:
    """spring.wtfc opened, ``edit(doc)`` pushed, then wtfc closed answering Save: what the
    question about the earlier versions said (answered Cancel)."""
    window = make_window(autosave=False)
    assert window.files.open_path(path or _spring(tmp_path))
    window.undo.push(edit(window.doc))
    asked = Asked(monkeypatch, tmp_path / "pictures")
    asked.folder.mkdir()
    asked.answers = ["cancel"]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    assert len(asked.said) == 1
    return asked.said[0]


def test_a_persons_only_card_deleted_by_hand_is_said_as_such(make_window, tmp_path,
                                                              monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: delete_cards(doc, card_ids=["c1"]))
    assert "Earlier versions still hold what was taken off the workshop since they were " \
           "saved, such as the cards of a person whose last card you deleted." in said
    assert "name you redacted" not in said
    assert "P05" not in said and "Zebedee" not in said and "lunch club" not in said


def test_a_person_removed_is_said_with_their_details(make_window, tmp_path, monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: remove_person(doc, code="P05"))
    assert "such as the cards and details of a person you removed (Remove this person…)." in said
    assert "P05" not in said


def test_a_person_with_no_cards_removed_is_said_by_their_details(make_window, tmp_path,
                                                                  monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: remove_person(doc, code="P05"),
                          path=_spring(tmp_path, cards=False))
    assert "such as the details of a person you removed (Remove this person…)." in said


def test_a_name_redacted_keeps_its_words(make_window, tmp_path, monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: redact_card(doc, card_id="c1"))
    assert "such as a name you redacted." in said


def _kept(folder: Path, workshop: Workshop) -> Path:
    path = folder / "kept.wtfc"
    save_workshop(workshop, path, backup=False)
    return path


def test_many_peoples_cards_gone_is_no_person_taken_off(tmp_path):
    """An import undone (or a wrong sheet's cards deleted) took every card of the demo's 16
    people: no one was taken off, so the general words."""
    demo = load_workshop(demo_path()).workshop
    kept = _kept(tmp_path, demo)
    undone = demo.model_copy(update={"cards": [], "themes": [], "people": []})
    assert _taken_off(kept, undone) == "cards deleted or an import undone"
    many = {c.person for c in demo.cards[:40]}
    assert len(many) > 3
    fewer = demo.model_copy(update={"cards": [c for c in demo.cards if c.person not in many]})
    assert _taken_off(kept, fewer) == "cards deleted or an import undone"


def test_one_or_a_few_peoples_cards_gone_are_said_as_theirs(tmp_path):
    demo = load_workshop(demo_path()).workshop
    kept = _kept(tmp_path, demo)

    def without(*codes: str) -> Workshop:
        return demo.model_copy(update={"cards": [c for c in demo.cards
                                                 if c.person not in codes]})

    assert _taken_off(kept, without("P05")) == "the cards of a person whose last card you deleted"
    assert _taken_off(kept, without("P05", "P12")) == \
        "the cards of people whose last cards you deleted"
    assert _taken_off(kept, without("P05", "P12", "P01")) == \
        "the cards of people whose last cards you deleted"
