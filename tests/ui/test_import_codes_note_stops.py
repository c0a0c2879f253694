"""The confirm page's note (another care manager's P01?) is worked out in the background: it is
the plan Import would build, so Import takes it, finished or not; once Cancel, closing the
dialog or a workshop changed since makes it moot, its build is told to stop. On a
100,000-statement sheet it went on beside Import's own build (11.6-16.5 s for Import, was
8.8 s; +320 MB), and Cancel froze the window 7 s as the freed dialog waited for it (review
code-a1 #4, #5). Here the note's build is held until it is told to stop, as a big sheet's is
still running: the real build then stops at its next look (tests/importing/test_build_stop.py).
That Cancel does not wait is shown by the build, not the clock: held after its stop until the
test lets it go, it is still running when Cancel and the dialog's freeing have come back."""

from __future__ import annotations

import threading
from io import BytesIO

import pytest
from import_fixtures import import_through, shown_dialog, wait_for
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import isValid as shiboken_valid

from tests.ui.settled import settle, until
from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui import import_codes_note
from wtfc.ui.import_dialog import ImportDialog
from wtfc.ui.undo import UndoAdapter

NORTH = [[f"P0{n}", "Older person", "", "", "", f"The garden {n}", None, f"Cold house {n}",
          None, f"Warm home {n}", None] for n in range(1, 4)]
SOUTH = [[f"P0{n}", "Older person", "South", "", "", f"Lunch club {n}", None, f"No bus {n}",
          None, f"See family {n}", None] for n in range(1, 4)]


def _sheet(tmp_path, name, rows):
    workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
    for row in rows:
        workbook.active.append(row)
    workbook.save(tmp_path / name)
    return tmp_path / name


# A wait in a held build that only a regression reaches: Cancel waiting for the build comes
# back after it (twice it, never told to stop), and the build has ended by then
GUARD = 10


class HeldBuild:
    """A build as a big sheet's is still running: it waits for its stop (``told`` once it
    hears it), then, winding down, until the test sets ``release``; then ``then`` (the real
    build, which stops at its first look) and ``ended``. ``stops``: the stop of each build,
    ``started`` once one is running."""

    def __init__(self, then) -> None:
        self.then, self.stops = then, []
        self.started, self.told = threading.Event(), threading.Event()
        self.release, self.ended = threading.Event(), threading.Event()

    def __call__(self, *args, stop, **kwargs):
        self.stops.append(stop)
        self.started.set()
        stop.wait(GUARD)
        self.told.set()
        self.release.wait(GUARD)
        self.ended.set()
        return self.then(*args, stop=stop, **kwargs)

    def let_go(self, qtbot) -> None:
        """Let it end (a guard against hanging, not a time it must keep)."""
        self.release.set()
        until(qtbot, self.ended.is_set, timeout=GUARD * 1000)


@pytest.fixture
def slow_note(monkeypatch) -> HeldBuild:
    """The note's build, held until told to stop and let go."""
    held = HeldBuild(import_codes_note.build_import)
    monkeypatch.setattr(import_codes_note, "build_import", held)
    return held


def _confirm_after_an_earlier_import(qtbot, tmp_path, *, freed=False):
    """``freed``: a dialog the test frees itself (qtbot would close it again)."""
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    import_through(qtbot, doc, undo, _sheet(tmp_path, "north.xlsx", NORTH))
    dialog = ImportDialog(doc, undo) if freed else shown_dialog(qtbot, doc, undo)
    dialog.show()
    dialog.load_file(_sheet(tmp_path, "south.xlsx", SOUTH))
    wait_for(qtbot, dialog, "confirm")
    return doc, undo, dialog


def _cancel_and_free(dialog, held: HeldBuild) -> None:
    """Cancel, then the dialog freed as open_freed frees it: ``held``'s build is told to stop
    and is still running as both come back (waited for, it would have ended)."""
    assert held.started.wait(GUARD)  # running (on its thread) as Cancel is clicked
    dialog.reject()  # Cancel
    assert not dialog.isVisible()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken_valid(dialog)  # freed
    assert all(stop.is_set() for stop in held.stops)  # told to stop
    assert not held.ended.is_set()  # not waited for: was 7 s, or the second it took to end


def _making_cards(qtbot, tmp_path):
    """A freed dialog's Import of the north sheet, its own build begun ('Making cards…')."""
    doc = Document(Workshop())
    dialog = ImportDialog(doc, UndoAdapter(doc))
    dialog.show()
    dialog.load_file(_sheet(tmp_path, "north.xlsx", NORTH))
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    return doc, dialog


def test_cancel_while_the_note_is_worked_out_frees_the_dialog_at_once(qtbot, tmp_path,
                                                                       slow_note):
    _, _, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path, freed=True)
    assert dialog.codes_note.busy and not slow_note.told.is_set()
    _cancel_and_free(dialog, slow_note)
    slow_note.let_go(qtbot)


@pytest.fixture
def own_builds(monkeypatch):
    """The plans Import builds itself (not taken from the note)."""
    from wtfc.ui import import_dialog

    real, made = import_dialog.build_import, []
    monkeypatch.setattr(import_dialog, "build_import",
                        lambda *a, **k: made.append(1) or real(*a, **k))
    return made


def test_import_while_the_note_is_worked_out_takes_its_plan(qtbot, tmp_path, monkeypatch,
                                                            own_builds):
    """The note's build is this import's: Import waits for it rather than building the same
    plan again (5 s more on 100,000 statements; it was stopped, and Import built its own)."""
    real, go = import_codes_note.build_import, threading.Event()
    monkeypatch.setattr(import_codes_note, "build_import",
                        lambda *a, **k: go.wait(20) and real(*a, **k))
    doc, undo, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path)
    own_builds.clear()  # (the earlier import's)
    assert dialog.codes_note.busy
    dialog.import_now()
    assert dialog.stage == "reading" and not dialog.job.busy  # no build of its own
    go.set()
    wait_for(qtbot, dialog, "report")
    assert own_builds == [] and len(doc.workshop.cards) == 18
    assert "P01, P02 and P03 already have cards from import 1" in \
        dialog.report_page.text.toPlainText()  # the report says it, as before
    assert not dialog.confirm_page.codes_label.isVisible()
    undo.stack.undo()
    assert len(doc.workshop.cards) == 9
    undo.stack.redo()
    assert len(doc.workshop.cards) == 18


def test_import_after_the_note_takes_its_finished_plan(qtbot, tmp_path, own_builds):
    doc, _, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path)
    own_builds.clear()
    qtbot.waitUntil(lambda: dialog.confirm_page.codes_label.isVisible(), timeout=10_000)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert own_builds == [] and len(doc.workshop.cards) == 18


def test_cancel_while_import_waits_for_the_note_frees_the_dialog_at_once(qtbot, tmp_path,
                                                                         slow_note):
    _, _, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path, freed=True)
    dialog.import_now()
    assert dialog.stage == "reading" and not slow_note.told.is_set()
    _cancel_and_free(dialog, slow_note)
    slow_note.let_go(qtbot)


def test_a_workshop_changed_since_the_note_began_is_imported_as_it_is_now(
        qtbot, tmp_path, slow_note, own_builds):
    """A card deleted after the confirm page opened: the note's plan was worked out without
    knowing it, so it is stopped and Import builds its own."""
    from wtfc.model.operations.cards import delete_cards

    slow_note.release.set()  # it ends once told to stop
    doc, undo, dialog = _confirm_after_an_earlier_import(qtbot, tmp_path)
    own_builds.clear()
    assert slow_note.started.wait(GUARD)
    assert undo.push(delete_cards(doc, card_ids=[doc.workshop.cards[0].id]))
    dialog.import_now()
    assert slow_note.stops[-1].is_set()  # told to stop, not left to run
    wait_for(qtbot, dialog, "report")
    assert own_builds == [1] and len(doc.workshop.cards) == 8 + 9


def test_cancel_while_making_cards_stops_imports_own_build(qtbot, tmp_path, monkeypatch):
    """The same for Import's own build: Cancel during 'Making cards…' frees the dialog at once
    and adds nothing."""
    from wtfc.ui import import_dialog

    held = HeldBuild(import_dialog.build_import)
    monkeypatch.setattr(import_dialog, "build_import", held)
    doc, dialog = _making_cards(qtbot, tmp_path)
    job = dialog.job
    assert dialog.stage == "reading" and job.busy
    _cancel_and_free(dialog, held)
    held.let_go(qtbot)
    # its answer, were it heard: the job frees itself only once its answer has come back
    qtbot.waitUntil(lambda: not shiboken_valid(job), timeout=5_000)
    settle()
    assert doc.workshop.cards == []


def test_cancel_does_not_wait_for_a_stopped_build_to_wind_down(qtbot, tmp_path, monkeypatch):
    """A build told to stop still frees the cards it had made (0.2-0.4 s of 100,000
    statements): the job outlives the dialog for that, and Cancel frees the window at once."""
    from wtfc.importing.build_stop import BuildStopped
    from wtfc.ui import import_dialog

    def stopped(*args, **kwargs):
        raise BuildStopped

    held = HeldBuild(stopped)  # winding down until Cancel has come back
    monkeypatch.setattr(import_dialog, "build_import", held)
    doc, dialog = _making_cards(qtbot, tmp_path)
    job = dialog.job
    _cancel_and_free(dialog, held)  # it was the second the build took to end
    held.let_go(qtbot)
    qtbot.waitUntil(lambda: not shiboken_valid(job), timeout=5_000)  # then freed itself
    assert doc.workshop.cards == []
