# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""On Windows, File → Open recent listed one workshop twice when its path was spelled in other
case ('Spring 2026.wtfc' from Open…, 'spring 2026.wtfc' typed on a command line): NTFS ignores
case, the list compared strings. Run with ntpath as the module's os.path, as on Windows."""

from __future__ import annotations

import ntpath
import os

import pytest
from window_fixtures import isolated_settings  # noqa: F401

from wtfc.ui import recent_files

FROM_OPEN = r"C:\Users\jane.smith\OneDrive - Northshire Council\Documents\WTFC\Spring 2026.wtfc"
TYPED = r"c:/users/jane.smith/onedrive - northshire council/documents/wtfc/spring 2026.wtfc"
OTHER = r"C:\Users\jane.smith\Documents\Autumn 2026.wtfc"


class WindowsOs:
    """The os module as recent_files sees it on Windows."""

    path = ntpath

    def __getattr__(self, name):
        return getattr(os, name)


@pytest.fixture
def on_windows(isolated_settings, monkeypatch):
    monkeypatch.setattr(recent_files, "os", WindowsOs())
    recent_files.settings().remove(recent_files.KEY)


def test_one_workshop_in_two_spellings_is_listed_once_newest_spelling_first(on_windows):
    recent_files.remember(FROM_OPEN)
    recent_files.remember(OTHER)
    recent_files.remember(TYPED)
    assert recent_files.recent_files() == [ntpath.abspath(TYPED), OTHER]


def test_forgetting_it_in_either_spelling_takes_it_off(on_windows):
    recent_files.remember(FROM_OPEN)
    recent_files.remember(OTHER)
    recent_files.forget(TYPED)
    assert recent_files.recent_files() == [OTHER]


def test_a_list_kept_before_with_both_spellings_shows_it_once(on_windows):
    recent_files.settings().setValue(recent_files.KEY, [FROM_OPEN, TYPED, OTHER])
    assert recent_files.recent_files() == [FROM_OPEN, OTHER]
