"""R1b (session 32): 2f589a49's administrator rule in wtfc/model/owner_only.py, which no test
of session 31 reaches (its tests make this user 4242, never root): an administrator may replace
anyone's file in a sticky folder unless that power (CAP_FOWNER) was taken from the process.
Undo either half and these fail: root with the power would open a colleague's workshop
read-only for nothing; root without it (a locked-down container) would be let past the open
check and Save would then fail. Goes in tests/model/."""

from __future__ import annotations

import io
import os
import sys

import pytest

from wtfc.model import owner_only
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the sticky bit is POSIX")


@pytest.fixture
def team_file(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "spring.wtfc"
    save_workshop(Workshop(title="Spring"), path)
    folder.chmod(0o1777)
    return path


def _root_with(monkeypatch, cap_eff: int) -> None:
    """This process as root, neither the file's nor the folder's owner in the folder's eyes
    (st_uid faked), with ``cap_eff`` as /proc/self/status says."""
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    real_stat, real_lstat = os.stat, os.lstat

    class _Other:
        def __init__(self, result):
            self._result = result

        def __getattr__(self, name):
            return 4242 if name == "st_uid" else getattr(self._result, name)

    monkeypatch.setattr(os, "stat", lambda p, *a, **k: _Other(real_stat(p, *a, **k)))
    monkeypatch.setattr(os, "lstat", lambda p, *a, **k: _Other(real_lstat(p, *a, **k)))
    status = f"Name:\tpython\nCapEff:\t{cap_eff:016x}\n"
    monkeypatch.setattr(owner_only, "open",
                        lambda *_a, **_k: io.StringIO(status), raising=False)


def test_an_administrator_may_replace_a_colleagues_file(team_file, monkeypatch):
    _root_with(monkeypatch, 0x000001ffffffffff)  # every capability, CAP_FOWNER among them
    assert not owner_only.only_owner_replaces(team_file)


def test_an_administrator_without_the_power_may_not(team_file, monkeypatch):
    _root_with(monkeypatch, 0x000001ffffffffff & ~(1 << 3))  # CAP_FOWNER taken away
    assert owner_only.only_owner_replaces(team_file)
