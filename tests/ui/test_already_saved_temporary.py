# ruff: noqa: F811  (pytest fixtures imported from other test files are parameters here)
"""After Later on the temporary-folder notice, Ctrl+S pressed "to be safe" with nothing changed
said only "Already saved: nothing has changed…", not a word of the temporary folder the file may
be cleared from: the one moment the facilitator thinks of saving (W1 R2). It says it now."""

from __future__ import annotations

from test_opened_from_temporary import attachment, documents, notices  # noqa: F401
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.already_saved import ALREADY_SAVED


def test_ctrl_s_with_nothing_changed_still_names_the_temporary_folder(
        shown_window, attachment, notices, message_boxes):
    window = shown_window
    assert window.files.open_path(attachment)
    assert len(notices) == 1  # answered Later
    before = attachment.read_bytes()
    assert window.files.save()
    said = window.statusBar().currentMessage()
    assert said.startswith("Already saved")  # nothing written, as ever
    assert "temporary folder" in said and "File → Save As" in said
    assert attachment.read_bytes() == before and message_boxes == []


def test_a_file_in_no_temporary_folder_says_already_saved_as_before(
        shown_window, documents, message_boxes):
    window = shown_window
    path = documents / "spring.wtfc"
    save_workshop(Workshop(title="Spring"), path)
    assert window.files.open_path(path)
    assert window.files.save()  # written once by this wtfc: then nothing new
    assert window.files.save()
    assert window.statusBar().currentMessage() == ALREADY_SAVED
