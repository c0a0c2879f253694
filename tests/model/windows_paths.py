"""Windows' long-path limit, simulated for the save and export tests: the ``windows`` fixture
(import it into a test module to use it) and a file whose whole path is a given length."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from wtfc.model import disk_problems

LIMIT = 259


@pytest.fixture
def windows(monkeypatch):
    """Windows with LongPathsEnabled off, its default: creating, opening, linking or renaming
    onto a path past 259 characters fails as it does there."""
    real_open, real_replace, real_link = os.open, os.replace, os.link

    def refuse_if_long(*paths):
        for path in paths:
            if len(os.fspath(path)) > LIMIT:
                raise FileNotFoundError(errno.ENOENT, "The system cannot find the path "
                                        "specified", os.fspath(path))

    def win_open(path, *args, **kwargs):
        refuse_if_long(path)
        return real_open(path, *args, **kwargs)

    def win_replace(source, target, *args, **kwargs):
        refuse_if_long(source, target)
        return real_replace(source, target, *args, **kwargs)

    def win_link(source, target, *args, **kwargs):
        refuse_if_long(source, target)
        return real_link(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "open", win_open)
    monkeypatch.setattr(os, "link", win_link)
    monkeypatch.setattr(os, "replace", win_replace)
    monkeypatch.setattr(disk_problems, "ON_WINDOWS", True)


def deep_path(tmp_path: Path, length: int, name: str) -> Path:
    """A file named ``name`` in a folder deep enough that the whole path is ``length`` long."""
    folder = tmp_path / ("d" * (length - len(str(tmp_path)) - len(name) - 2))
    folder.mkdir()
    return folder / name
