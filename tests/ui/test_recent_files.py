# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Open recent: every path shown as it is written ('&' too), and a workshop on a drive
not connected now kept in the list (greyed, with why) until it is back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop

NOT_THERE = "  (not found now: moved, or on a drive not connected)"


pytestmark = pytest.mark.usefixtures("isolated_settings")  # recent files: this test's own


@pytest.fixture
def window(shown_window):
    return shown_window


def _workshop(folder: Path, name: str, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    save_workshop(Workshop(title=title), folder / name)
    return folder / name


def _recent_menu(window) -> list[tuple[str, bool]]:
    menu = window.findChild(QMenu, "recent")
    menu.aboutToShow.emit()  # what opening the submenu does
    return [(a.text(), a.isEnabled()) for a in menu.actions()]


def test_an_ampersand_in_a_path_is_shown_not_taken_as_a_key(window, tmp_path):
    """'Care & Support' showed as 'Care _Support': Qt read '& ' as 'underline the space'."""
    path = _workshop(tmp_path / "Care & Support", "spring.wtfc", "Spring")
    window.files.open_path(path)
    shown = str(path).replace("&", "&&")  # what a menu shows as a single '&'
    assert _recent_menu(window) == [(shown, True)]


def test_a_workshop_not_there_now_stays_in_the_list_and_comes_back(window, tmp_path):
    stick = tmp_path / "stick"
    spring = _workshop(stick, "spring.wtfc", "Spring")
    autumn = _workshop(tmp_path / "laptop", "autumn.wtfc", "Autumn")
    window.files.open_path(spring)
    unplugged = tmp_path / "unplugged"
    stick.rename(unplugged)  # the USB stick is pulled out
    window.files.open_path(autumn)  # opening another used to drop spring for good
    assert window.files.recent_files() == [str(autumn), str(spring)]
    assert _recent_menu(window) == [(str(autumn), True), (str(spring) + NOT_THERE, False)]

    unplugged.rename(stick)  # plugged in again
    assert _recent_menu(window) == [(str(autumn), True), (str(spring), True)]
    actions = window.findChild(QMenu, "recent").actions()
    actions[1].trigger()
    assert window.files.path == spring and window.doc.workshop.title == "Spring"


def test_with_no_recent_workshops_the_menu_says_so(window):
    assert _recent_menu(window) == [("No recent workshops", False)]
