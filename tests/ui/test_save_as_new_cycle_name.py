"""Every cycle made with New workshop from this one keeps the title, so Save As suggested, for
cycle 3, cycle 1's own file beside autumn.wtfc: one Enter (and the file dialog's "Replace?")
put the empty new cycle over spring's 96 cards, and wtfc said nothing. A workshop never saved
is now offered a name no file there has; a Save As that does replace a workshop's file says
so after, and where that workshop is kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wtfc.model.demo import demo_path
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.ui.main_window import MainWindow
from wtfc.ui.save_as_place import save_as_start

TITLE = "Older peoples services Working Together for Change"  # the demo's, fit for a name


def _new_from(window) -> None:
    next(a for a in window.menuBar().actions()[0].menu().actions()
         if a.objectName() == "new_from").trigger()


@pytest.fixture
def cycles(qtbot, tmp_path, message_boxes):
    """Cycle 1 (the demo's copy) saved under its suggestion, cycle 2 from it as autumn.wtfc,
    and cycle 3 made from autumn, not saved yet: (window, cycle 1's file)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    first = tmp_path / save_as_start(window.files).name
    assert first.name == f"{TITLE}.wtfc"  # as before: the title's name, where it is free
    assert window.files.save_to(first)
    _new_from(window)
    assert window.files.save_to(tmp_path / "autumn.wtfc")
    _new_from(window)
    message_boxes.clear()  # what making the cycles said
    yield window, first
    window.files.lock.release()


def test_cycle_3_is_not_offered_cycle_1_s_file(cycles):
    window, first = cycles
    offered = save_as_start(window.files)
    assert offered.parent == first.parent  # beside last time's file, as before
    assert offered != first and not offered.exists()
    assert offered.name == f"{TITLE} (2).wtfc"  # no date yet: a new cycle leaves it behind


def test_with_its_date_set_the_name_carries_it(cycles):
    window, first = cycles
    window.undo.push(edit_details(window.doc, date=dt.date(2027, 5, 20)))
    assert save_as_start(window.files) == first.with_name(f"{TITLE} 20 May 2027.wtfc")
    save_as_start(window.files).write_bytes(b"")  # an earlier save of this cycle's, say
    assert save_as_start(window.files) == first.with_name(f"{TITLE} 20 May 2027 (2).wtfc")


def test_a_saved_workshop_is_still_offered_its_own_file(cycles):
    window, first = cycles
    window.files.save_to(mine := first.with_name("cycle 3.wtfc"))
    assert save_as_start(window.files) == mine


def _answer(monkeypatch, path: Path) -> None:
    """The Save dialog answered with ``path`` (its own "Replace?" answered yes)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def test_save_as_over_cycle_1_says_what_it_replaced_and_where_it_is_kept(
        cycles, monkeypatch, message_boxes):
    window, first = cycles
    _answer(monkeypatch, first)
    assert window.files.save_as_dialog()
    said = window.statusBar().currentMessage()
    assert said.startswith('Saved. This file held another workshop: it is kept as its .bak, '
                           'listed in File → Go back to an earlier version as "Saved ')
    assert said.endswith('" until the 3rd save from now. It was "Older people\'s services — '
                         'Working Together for Change" (96 cards).')
    assert len(load_workshop(first.with_name(f"{first.name}.bak")).workshop.cards) == 96
    assert not message_boxes  # the file dialog asked; wtfc asks nothing more


def test_from_the_close_prompt_it_is_said_in_a_box(cycles, monkeypatch, message_boxes):
    window, first = cycles
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    _answer(monkeypatch, first)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Save)
    assert window.files.confirm_discard("closing")
    [(kind, text)] = message_boxes
    assert kind == "information"
    assert text.startswith(  # the window goes next: the file is named
        f"A workshop file was replaced: '{first.name}' held another workshop, which this save "
        f"replaced: it is kept beside it as '{first.name}.bak'. With '{first.name}' open, File "
        f"→ Go back to an earlier version lists it as \"Saved ")
    assert len(load_workshop(first.with_name(f"{first.name}.bak")).workshop.cards) == 96


def test_saves_that_replace_no_other_file_say_nothing_of_it(cycles, monkeypatch, tmp_path):
    window, _first = cycles
    _answer(monkeypatch, tmp_path / "new name.wtfc")
    assert window.files.save_as_dialog()
    assert window.statusBar().currentMessage() == "Saved."
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert window.files.save()  # its own file: a .bak of this workshop, said by no one
    assert window.statusBar().currentMessage() == "Saved."
