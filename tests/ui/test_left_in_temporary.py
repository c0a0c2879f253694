# ruff: noqa: F811  (pytest fixtures imported from other test files are parameters here)
"""A workshop opened from an e-mail attachment, its notice answered Later, saved with Ctrl+S all
day into the attachment's folder: closing it said nothing, as a saved workshop is never asked
"Save them…?", and the day stayed only where the mail program clears it, not in Open recent
(code review A2 #7). Leaving it (closing, New, Open) now asks once: Save As… (the default,
Documents), the doing's own "… anyway", or Cancel."""

from __future__ import annotations

from renders import save_render
from test_opened_from_temporary import _save_dialog, attachment, documents, notices  # noqa: F401
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.atomic_save import backup_path
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.ui import unsaved_changes


def _answer(monkeypatch, qtbot, choice: str):
    """Each question asked, seen drawn and answered with the button whose words are ``choice``."""
    asked = []

    def click(box):
        asked.append(box)
        box.show()
        qtbot.waitExposed(box)
        save_render(box, "left_in_temporary")
        box.close()
        return next(b for b in box.buttons() if b.text().replace("&", "") == choice)
    monkeypatch.setattr(unsaved_changes, "_clicked", click)
    return asked


def _a_day_saved_there(window, attachment):
    assert window.files.open_path(attachment)
    window.undo.push(edit_details(window.doc, title="Spring, the day's work"))
    assert window.files.save()  # Ctrl+S: into the attachment's folder
    assert window.undo.stack.isClean()


def test_closing_after_ctrl_s_there_asks_and_save_as_keeps_the_day_in_documents(
        shown_window, attachment, documents, monkeypatch, notices, message_boxes, qtbot):
    window = shown_window
    _a_day_saved_there(window, attachment)
    asked = _answer(monkeypatch, qtbot, "Save As…")
    offered = _save_dialog(monkeypatch, documents / "spring.wtfc")
    assert window.close()
    [box] = asked
    assert message_boxes == []  # that one question, nothing else
    assert box.windowTitle() == "Still in a temporary folder"
    assert box.text().startswith("'spring.wtfc' is saved only in a temporary folder")
    assert "Open recent does not list it" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Cl&ose anyway", "Save &As…"]
    assert box.defaultButton().text() == "Save &As…"
    assert offered == [str(documents / "spring.wtfc")]
    assert load_workshop(documents / "spring.wtfc").workshop.title == "Spring, the day's work"


def test_cancel_keeps_the_window_and_close_anyway_leaves_it_there(
        shown_window, attachment, documents, monkeypatch, notices, qtbot):
    window = shown_window
    _a_day_saved_there(window, attachment)
    _answer(monkeypatch, qtbot, "Cancel")
    assert not window.close() and window.isVisible()
    asked = _answer(monkeypatch, qtbot, "Close anyway")
    offered = _save_dialog(monkeypatch)
    assert window.close()
    assert len(asked) == 1 and offered == []
    assert load_workshop(attachment).workshop.title == "Spring, the day's work"


def test_new_and_open_ask_in_their_own_words_and_the_same_file_again_does_not(
        shown_window, attachment, documents, monkeypatch, notices, qtbot):
    window = shown_window
    _a_day_saved_there(window, attachment)
    asked = _answer(monkeypatch, qtbot, "Cancel")
    assert window.files.open_path(attachment)  # opened again: it stays open here, not asked
    assert asked == []
    window.files.new()
    assert window.files.path == attachment  # Cancel: still open
    assert not window.files.confirm_discard("opening another workshop")
    assert [b.text() for b in asked[0].buttons() if "anyway" in b.text()] == ["&Start anyway"]
    assert [b.text() for b in asked[1].buttons() if "anyway" in b.text()] == ["&Open anyway"]


def test_not_saved_there_is_not_asked_and_saved_there_before_is(
        shown_window, attachment, documents, monkeypatch, notices, message_boxes, qtbot):
    """Opened and read only: the e-mail still has it, so closing asks nothing. A version kept
    beside it: wtfc saved there before (another session, a recovered day), and it asks."""
    window = shown_window
    asked = _answer(monkeypatch, qtbot, "Cancel")
    assert window.files.open_path(attachment)
    assert window.files.confirm_discard("closing") and asked == []
    backup_path(attachment, 1).write_bytes(attachment.read_bytes())
    assert not window.files.confirm_discard("closing") and len(asked) == 1
    assert message_boxes == []


def test_the_test_conftest_answers_it_close_anyway(shown_window, attachment, documents, notices,
                                                   message_boxes):
    """No test closing such a window waits for a click: conftest's Discard is Close anyway."""
    _a_day_saved_there(shown_window, attachment)
    assert shown_window.close()
    [(kind, said)] = message_boxes
    assert kind == "question" and said.startswith("Still in a temporary folder: 'spring.wtfc'")
