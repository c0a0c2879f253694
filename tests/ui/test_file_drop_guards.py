# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Files dropped on wtfc's window, review 32 A1: a watched name in a dropped file's name at the
window's foot, a list of names dropped where the names go, a drop while Add card is open, a
Windows shortcut to a workshop, and a web link dragged onto a text box. Drags are sent as
test_file_drop sends them: to the window's QWindow, at a widget's middle."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QApplication
from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.model.workshop import Stage
from wtfc.ui import file_drop
from wtfc.ui.file_drop import WEB_LINK, other_kind

NAMES = ("Zebulon Quarrie", "Hope Green", "Mary Ward")


def names_box_open(window):
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_fold.open()
    settle()
    assert page.names_box.isVisible()
    return page


@pytest.mark.parametrize(("file", "shown"), [
    ("Zebulon Quarrie case notes.docx", "[name] case notes.docx"),
    ("hope green.pdf", "[name].pdf"),
    # as case systems save them: "_", ",", "-" part the words (review 32 A2 4)
    ("Quarrie_Zebulon_notes.docx", "[name]_[name]_notes.docx"),
    ("Green, Hope - review.docx", "[name], [name] - review.docx")])
def test_a_watched_name_in_a_dropped_files_name_is_hidden(shown_window, tmp_path, file, shown):
    window = shown_window
    page = names_box_open(window)
    page.names_box.setPlainText("Zebulon Quarrie\nHope Green")
    settle()
    note = tmp_path / file
    note.write_bytes(b"PK")
    assert drag_onto(window.navigator, files_of(local(note)))
    settle()
    assert foot(window) == other_kind(shown)


@pytest.mark.parametrize("suffix", [".txt", ".csv"])
def test_a_names_list_dropped_on_the_names_box_goes_in_it(shown_window, tmp_path, suffix):
    window = shown_window
    page = names_box_open(window)
    page.names_box.setPlainText("Ann Lee")
    names = tmp_path / f"names to watch{suffix}"
    names.write_text("\ufeffZebulon Quarrie\r\nHope Green\r\n\r\nMary Ward\r\n", encoding="utf-8")
    assert drag_onto(page.names_box.viewport(), files_of(local(names)))
    settle()
    assert page.names() == ["Ann Lee", *NAMES]
    assert page.import_dialog is None  # no table of the names, on the projector maybe
    assert foot(window) == "3 names from the file added to Names to watch for."
    assert QApplication.focusWidget() is page.names_box
    page.names_box.undo()  # the box's own Ctrl+Z takes the drop back, as a paste
    assert page.names_box.toPlainText() == "Ann Lee"


def test_a_drop_while_add_card_is_open_does_nothing(shown_window, workshop_file, tmp_path):
    """Add card open on spring.wtfc: another workshop dropped would have opened under it, and
    the card typed for spring been saved into the other."""
    window = shown_window
    other = tmp_path / "other.wtfc"
    shutil.copy(workshop_file, other)
    assert window.files.open_path(workshop_file)
    page = window.page(Stage.COLLECT)
    window.go_to_stage(Stage.COLLECT)
    page.add_card()
    dialog = page.card_dialog
    assert not drag_onto(window.navigator, files_of(local(other)))
    settle()
    assert window.files.path == workshop_file
    assert dialog.isVisible()
    dialog.reject()


def test_a_shortcut_to_a_workshop_opens_the_workshop(shown_window, workshop_file, tmp_path,
                                                     monkeypatch):
    """Explorer drops a desktop shortcut as the .lnk itself: what Windows says it points to
    opens (Qt reads the .lnk only on Windows: its answer stands in here)."""
    window = shown_window
    shortcut = tmp_path / "spring.wtfc.lnk"
    shortcut.write_bytes(b"L\0\0\0")
    monkeypatch.setattr(file_drop, "shortcut_target",
                        lambda path: str(workshop_file) if path == shortcut else "",
                        raising=False)
    assert drag_onto(window.navigator, files_of(local(shortcut)))
    settle()
    assert window.files.path == workshop_file


def test_a_shortcut_that_cannot_be_followed_is_said_plainly(shown_window, tmp_path):
    window = shown_window
    shortcut = tmp_path / "spring.wtfc.lnk"
    shortcut.write_bytes(b"L\0\0\0")  # not followed off Windows
    assert drag_onto(window.navigator, files_of(local(shortcut)))
    settle()
    assert foot(window) == ("'spring.wtfc' is a shortcut that wtfc cannot follow: drop the file "
                            "itself, or use File → Open.")
    assert window.files.path is None


def test_a_web_link_dragged_onto_a_text_box_goes_in_as_words(shown_window):
    window = shown_window
    window.go_to_stage(Stage.PREPARE)
    venue = window.page(Stage.PREPARE).venue  # type: ignore[attr-defined]
    settle()
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/village-hall")])
    link.setText("https://example.org/village-hall")
    assert drag_onto(venue, link)
    settle()
    assert venue.text() == "https://example.org/village-hall"
    assert foot(window) != WEB_LINK
    assert drag_onto(window.navigator, link)  # not on a box: said, as before
    settle()
    assert foot(window) == WEB_LINK
