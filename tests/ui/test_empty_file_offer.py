# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop that is 0 bytes for a moment (OneDrive, Dropbox or Google Drive still downloading
it) is not called damaged: the facilitator is told it may still be downloading and to open it
again in a minute, and an earlier version, if offered, replaces "the empty file"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from renders import save_render
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.versions import earlier_versions
from wtfc.model.workshop import Workshop
from wtfc.ui import earlier_version_offer

WAIT = ("'spring.wtfc' is empty. If it is in OneDrive or another synced folder it may still be "
        "downloading: wait a minute and open it again.")


@pytest.fixture
def window(make_window):
    return make_window(autosave=False)


@pytest.fixture
def placeholder(tmp_path) -> Path:
    """spring.wtfc saved twice ("Morning" kept in spring.wtfc.bak), then 0 bytes, as a sync
    client leaves it while the newest version downloads."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Morning"), path, versions=3)
    save_workshop(Workshop(title="Afternoon"), path, versions=3)
    path.write_bytes(b"")
    return path


def test_an_empty_file_with_no_earlier_version_says_it_may_still_be_downloading(
        window, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.open_path(path)
    assert shown == [WAIT]  # not "If you have a copy — an e-mail attachment…"


def test_the_offer_for_an_empty_file_calls_it_empty_not_damaged(window, placeholder,
                                                                 monkeypatch):
    offers: list[QMessageBox] = []
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda box: offers.append(box))
    assert not window.files.open_path(placeholder)  # Cancel: nothing opened, nothing moved
    box = offers[0]
    assert box.text() == WAIT
    # kept as '.empty', not '.damaged': the box calls it empty (review R6 #5)
    assert "Save then puts it in place of the empty file, which is kept beside it as " \
           "'spring.wtfc.empty'." in box.informativeText()
    assert "damaged" not in box.text() + box.informativeText()
    assert box.informativeText().startswith("You can open an earlier version of 'spring.wtfc' "
                                            "instead: the one saved")  # offered, not opened
    assert placeholder.read_bytes() == b""


def test_saving_the_version_keeps_the_empty_file_as_empty(window, placeholder, monkeypatch):
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda _box: True)
    assert window.files.open_path(placeholder)
    assert window.doc.workshop.title == "Morning"
    assert window.files.save()
    assert placeholder.with_name("spring.wtfc.empty").read_bytes() == b""
    assert not placeholder.with_name("spring.wtfc.damaged").exists()
    assert load_workshop(placeholder).workshop.title == "Morning"


def test_picture_of_the_offer_for_an_empty_file(window, placeholder, qtbot):
    with pytest.raises(WorkshopFileError) as raised:
        load_workshop(placeholder)
    box = earlier_version_offer.offer_box(window, placeholder, raised.value,
                                          earlier_versions(placeholder)[0])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert "wait a minute and open it again" in box.text()
    save_render(box, "earlier_version_offer_empty_file", always=True)
