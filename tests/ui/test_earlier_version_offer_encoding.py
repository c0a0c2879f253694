# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop saved again by Notepad as "ANSI", with its .bak beside it: the earlier version is
offered, and the offer calls the file what it is, saved in another encoding by a text editor, not
"damaged". It is still kept beside the workshop (as .damaged) when the version is saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from renders import save_render
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.versions import earlier_versions
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui import earlier_version_offer

AFTERNOON = Workshop(title="Afternoon", venue="Café Rhiw",
                     cards=[Card(kind=Kind.WORKING, text="The café lunch club")])


@pytest.fixture
def window(make_window):
    return make_window(autosave=False)


@pytest.fixture
def spring(tmp_path) -> Path:
    """spring.wtfc as "Afternoon", "Morning" kept in spring.wtfc.bak."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Morning"), path, versions=3)
    save_workshop(AFTERNOON, path, versions=3)
    return path


@pytest.fixture
def offers(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda box: shown.append(box) or True)
    return shown


def as_notepad_ansi(workshop: Workshop) -> bytes:
    """Opened in Notepad and saved as "ANSI", as tests/model/test_notepad_encodings.py makes
    it: pretty-printed, Windows line ends, Windows-1252 ('é' one byte, not UTF-8)."""
    text = json.dumps(json.loads(workshop_to_bytes(workshop)), indent=2, ensure_ascii=False)
    return text.replace("\n", "\r\n").encode("cp1252", "replace")


def test_a_notepad_ansi_save_is_not_called_damaged(window, spring, offers):
    ansi = as_notepad_ansi(AFTERNOON)
    spring.write_bytes(ansi)
    assert window.files.open_path(spring)
    box = offers[0]
    assert box.text().startswith("'spring.wtfc' was saved in another encoding by a text editor")
    saved = earlier_versions(spring)[0].describe().replace("Saved", "saved")
    assert box.informativeText() == (
        f"You can open an earlier version of 'spring.wtfc' instead: the one {saved} "
        f"('spring.wtfc.bak', kept by wtfc when it saved). It opens as 'spring.wtfc', not yet "
        f"saved. Save then puts it "
        f"in place of the file saved in another encoding by a text editor, which is kept beside "
        f"it as 'spring.wtfc.damaged'."
    )
    assert "damaged file" not in box.text() + box.informativeText()
    # Notepad's file may hold the newest work: the box still says how to open it (9e074d6 lost it)
    assert box.text().endswith(
        "or open 'spring.wtfc' in the text editor again, choose File → Save As, set Encoding to "
        "UTF-8 and save, then open it here."
    )
    assert window.doc.workshop.title == "Morning"
    assert window.files.save()  # nothing is deleted: Notepad's file is kept, byte for byte
    assert spring.with_name("spring.wtfc.damaged").read_bytes() == ansi
    assert load_workshop(spring).workshop.title == "Morning"


def test_a_utf8_file_damaged_otherwise_is_still_called_damaged(window, spring, offers):
    """Read as Windows-1252 it is a workshop too: the reason given, not that, decides."""
    raw = json.loads(workshop_to_bytes(AFTERNOON))
    raw["cards"] = "lost"
    spring.write_bytes(json.dumps(raw, ensure_ascii=False).encode())
    assert window.files.open_path(spring)
    assert "in place of the damaged file, which is kept beside it as 'spring.wtfc.damaged'." \
        in offers[0].informativeText()


def test_a_spreadsheet_saved_over_the_workshop_keeps_its_import_advice(window, spring, offers):
    """Each error's own advice stays in the offer; only the generic copy line is left out."""
    spring.write_bytes(b"Person,Kind,Statement\r\nP01,Working,The cafe lunch club\r\n")
    assert window.files.open_path(spring)
    said = offers[0].text()
    assert said.startswith("'spring.wtfc' is a spreadsheet (a CSV file, a table as text)")
    assert "use File → Import statements… (Ctrl+I)." in said
    assert "If you have a copy" not in said


def test_picture_of_the_offer_for_a_notepad_ansi_save(window, spring, qtbot):
    spring.write_bytes(as_notepad_ansi(AFTERNOON))
    with pytest.raises(WorkshopFileError) as raised:
        load_workshop(spring)
    box = earlier_version_offer.offer_box(window, spring, raised.value, earlier_versions(spring)[0])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert "another encoding by a text editor, which is kept" in box.informativeText()
    assert "set Encoding to UTF-8" in box.text()
    save_render(box, "earlier_version_offer_notepad_ansi")
