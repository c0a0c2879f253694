# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A recovery copy taken before People → Remove this person…: Restore leaves the person's cards
out and keeps the withdrawal, and the offer says so without blaming another computer for the
change wtfc made here (review 36 R6 S1: Restore brought their 5 cards back, name and phone
number included, and emptied withdrawn_codes)."""

from __future__ import annotations

import re

from test_remove_person_recovery_copies import _day
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.withdraw import remove_person
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _withdraw_and_restore(window, path):
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P90"))
    assert window.files.save()
    window.files.new()
    said = []

    def restore(dialog):
        said.append(re.sub(r"<[^>]+>", " ", dialog.text.text()))
        return Choice.RESTORE

    assert offer_recovery(window, ask=restore)
    return " ".join(said[0].split())


def test_restore_never_brings_a_withdrawn_person_back(make_window, recovery_folder, tmp_path):
    path, _ = _day(tmp_path, recovery_folder, based_on=False)
    window = make_window(autosave=False)
    offer = _withdraw_and_restore(window, path)
    ws = window.doc.workshop
    assert [c.text for c in ws.cards if c.person == "P90"] == []
    assert [p.id for p in ws.people] == ["P01"]
    assert "P90" in ws.withdrawn_codes
    assert [c.text for c in ws.cards] == ["I like my garden", "The lunch club"]  # the work kept
    assert ("P90 withdrew after this copy was taken (People → Remove this person…): Restore "
            "leaves their cards out") in offer
    assert "The recovery copy has 1 more card." in offer
    # counted as Restore opens it: P01's two cards, not P90's two as well
    assert re.search(r"Recovery copy: \d\d:\d\d — 2 cards, 0 themes, 0 actions\.", offer)


def test_the_offer_blames_no_other_computer_for_a_withdrawal(make_window, recovery_folder,
                                                            tmp_path):
    path, _ = _day(tmp_path, recovery_folder)
    window = make_window(autosave=False)
    offer = _withdraw_and_restore(window, path)
    assert "another computer" not in offer and "another wtfc window" not in offer
    assert "It was saved again after this copy was taken, with a person removed from it." \
        in offer
    assert "this copy has 1 card that the saved file does not" in offer.lower()
    assert [c.person for c in window.doc.workshop.cards] == ["P01", "P01"]
