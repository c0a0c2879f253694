"""``wtfc render … -o w.png`` is written as an export is: whole or not at all, in plain words.
A full USB stick printed Qt's 'libpng error: Write Error', blamed the folder and left a
cut-short w.png behind.

Render here gets the tests' shared application without the app's set-up, and leaves it so
(tests/shared_app.py)."""

from __future__ import annotations

import errno
import os

import pytest

import wtfc.export.output as output
from tests.shared_app import app_as_found, left_as_found  # noqa: F401  (a fixture)
from wtfc.ui.render_cli import main_render

pytestmark = pytest.mark.usefixtures("app_as_found")


def _render(path) -> list[str]:
    return ["demo", "--view", "room", "--size", "320x200", "-o", str(path)]


def test_a_full_disk_leaves_no_picture_and_says_so_plainly(tmp_path, capsys, monkeypatch):
    def disk_full(_fd):  # the bytes did not fit: the disk says so as they are flushed
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(output.os, "fsync", disk_full)
    with left_as_found():
        assert main_render(_render(tmp_path / "w.png")) == 1
    captured = capsys.readouterr()
    assert "Problem: The disk is full, so 'w.png' could not be saved." in captured.err
    assert "libpng" not in captured.err and "No space left" not in captured.err
    assert "Wrote" not in captured.out
    assert list(tmp_path.iterdir()) == []  # neither the picture nor its temporary


def test_a_missing_folder_is_named(tmp_path, capsys):
    with left_as_found():
        assert main_render(_render(tmp_path / "gone" / "w.png")) == 1
    assert (f"Problem: The folder '{tmp_path / 'gone'}' does not exist, so 'w.png' could not "
            f"be saved there.") in capsys.readouterr().err


def test_the_picture_is_still_a_whole_png(tmp_path, capsys):
    with left_as_found():
        assert main_render(_render(tmp_path / "w.png")) == 0
    data = (tmp_path / "w.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    assert "Wrote" in capsys.readouterr().out
