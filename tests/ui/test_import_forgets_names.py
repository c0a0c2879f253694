"""An import's person cells (real names: "Mrs Ann Quokka") are not kept in memory once the
import is over: finished, cancelled at the mapping step, or cancelled while the cards are
still being made in the background. Cards come from care reviews, and a council laptop may be
shared; the cards imported carry codes, never the names."""

from __future__ import annotations

import gc
from threading import Event

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for

from tests.ui.settled import settle
from wtfc.importing import person_names
from wtfc.ui import import_dialog

MARK = "quokka"
ROWS = "Person,Kind,Statement\n" + "".join(
    f"Mrs Ann Quokka{n},Working,My carer has time for a chat number {n}\n" for n in range(40))


@pytest.fixture
def doc():
    return collect_document()


def kept_names() -> str:
    """Every person cell the import's name reading keeps, and the names it read, from memory."""
    found: list[str] = []
    for part in gc.get_referents(person_names.person_name):
        if isinstance(part, dict):  # the cache's own: cell → name
            found.extend(f"{cell} {name}" for cell, name in part.items())
    return " ".join(found).casefold()


def _mapping(qtbot, doc, undo, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(ROWS, encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("confirm", "mapping"), timeout=10_000)
    assert MARK in kept_names()  # the preview read the names
    return dialog


def test_a_finished_import_keeps_no_names(qtbot, doc, undo, tmp_path):
    dialog = _mapping(qtbot, doc, undo, tmp_path)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert len(doc.workshop.cards) > 40 and not any(
        MARK in c.person.casefold() or MARK in c.text.casefold() for c in doc.workshop.cards)
    assert MARK not in kept_names()  # the report is read with them gone
    dialog.accept()
    assert MARK not in kept_names()


def test_cancelled_at_the_mapping_step_keeps_no_names(qtbot, doc, undo, tmp_path):
    dialog = _mapping(qtbot, doc, undo, tmp_path)
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert MARK not in kept_names()


def test_cancelled_while_making_the_cards_keeps_no_names(qtbot, doc, undo, tmp_path,
                                                         monkeypatch):
    """Cancel clicked while the cards are still being made in the background: the making ends
    unseen (nothing is imported), and forgets the cells it read as it ends."""
    dialog = _mapping(qtbot, doc, undo, tmp_path)
    cards = len(doc.workshop.cards)
    cancelled, build = Event(), import_dialog.build_import

    def slow_build(*args, **kwargs):
        cancelled.wait(10)
        return build(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "build_import", slow_build)
    dialog.import_now()
    dialog.close_button.click()
    cancelled.set()
    assert dialog.job.wait(10_000)
    settle()  # its answer, dropped
    assert len(doc.workshop.cards) == cards
    assert MARK not in kept_names()
