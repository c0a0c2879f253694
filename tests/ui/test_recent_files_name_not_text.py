# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Open recent keeps a workshop whose name is not text (a USB stick written in Latin-1:
"caf\\xe9.wtfc") byte for byte: Qt's settings dropped the byte, so the list said "caf.wtfc" and
choosing it opened another workshop really named so, or said it was gone. Names that are text
are kept as they always were, so a list saved before reads the same."""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from PySide6.QtWidgets import QMenu
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import recent_files
from wtfc.ui.app_settings import settings

END = [("", True), ("&Remove one from this list", True), ("&Clear this list…", True)]


def _menu(window) -> list[tuple[str, bool]]:
    menu = window.findChild(QMenu, "recent")
    menu.aboutToShow.emit()  # what opening the submenu does
    return [(action.text(), action.isEnabled()) for action in menu.actions()]


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps any bytes as a name")
def test_a_latin1_name_is_remembered_and_opens_not_its_lookalike(shown_window, tmp_path):
    window = shown_window
    stick = tmp_path / "stick"
    stick.mkdir()
    latin = stick / os.fsdecode(b"caf\xe9.wtfc")
    shutil.copyfile(demo_path(), latin)
    save_workshop(Workshop(title="Not this one"), stick / "caf.wtfc")  # the lookalike beside it
    autumn = tmp_path / "autumn.wtfc"
    save_workshop(Workshop(title="Autumn"), autumn)
    assert window.files.open_path(latin)
    assert window.files.open_path(autumn)
    assert window.files.recent_files() == [str(autumn), str(latin)]  # read back, byte for byte
    assert settings().value(recent_files.KEY)[0] == str(autumn)  # an ordinary name as before
    assert _menu(window) == [(f"autumn.wtfc in the folder '{tmp_path.name}'", True),
                             ("caf\ufffd.wtfc in the folder 'stick'", True), *END]

    [chosen] = [a for a in window.findChild(QMenu, "recent").actions()
                if a.text().startswith("caf")]
    chosen.trigger()
    assert window.files.path == latin
    assert window.doc.workshop.title != "Not this one" and len(window.doc.workshop.cards) == 96


@pytest.mark.parametrize("name", [b"caf\xe9.wtfc", b"50%E9 %25 caf\xe9%.wtfc", b"plain.wtfc",
                                  "Pl\u00e4ne %E9.wtfc".encode()])
def test_a_path_is_kept_as_its_bytes(name):
    path = os.fsdecode(b"/media/stick/" + name)
    kept = recent_files._stored(path)
    assert kept.encode("utf-8")  # text that Qt keeps whole
    assert recent_files._read(kept) == path
    if name.decode("utf-8", "ignore").encode() == name:  # a name that is text: kept as it is
        assert kept == path
