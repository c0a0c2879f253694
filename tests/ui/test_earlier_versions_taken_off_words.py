# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Closing wtfc answering Save after a person's only card was deleted by hand asked about the
kept versions "such as a name you redacted", which fitted poorly: the question now says what
was taken off (a person's cards, their details), naming no one; a redaction keeps its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_remove_earlier_versions import Asked
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.cards import delete_cards, redact_card
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Workshop

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
           "saved, such as the cards of a person you took off." in said
    assert "name you redacted" not in said
    assert "P05" not in said and "Zebedee" not in said and "lunch club" not in said


def test_a_person_removed_is_said_with_their_details(make_window, tmp_path, monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: remove_person(doc, code="P05"))
    assert "such as the cards and details of a person you took off." in said
    assert "P05" not in said


def test_a_person_with_no_cards_removed_is_said_by_their_details(make_window, tmp_path,
                                                                  monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: remove_person(doc, code="P05"),
                          path=_spring(tmp_path, cards=False))
    assert "such as the details of a person you took off." in said


def test_a_name_redacted_keeps_its_words(make_window, tmp_path, monkeypatch):
    said = _closed_saving(make_window, tmp_path, monkeypatch,
                          lambda doc: redact_card(doc, card_id="c1"))
    assert "such as a name you redacted." in said
