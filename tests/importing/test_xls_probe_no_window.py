"""On Windows the app runs from wtfc-app with no console; the .xls check's child must not
open a console window of its own for a moment (CREATE_NO_WINDOW); elsewhere it starts as before."""

from __future__ import annotations

import subprocess
from pathlib import Path

from wtfc.importing import xls_probe

DATA = Path(__file__).parent / "data"


def _flags_the_child_gets(monkeypatch, os_name: str) -> int:
    seen: dict[str, int] = {}

    def fake_run(args, **kwargs):
        seen["creationflags"] = kwargs.get("creationflags", 0)
        return subprocess.CompletedProcess(args, 0, b"read\n", b"")

    monkeypatch.setattr(xls_probe.os, "name", os_name)
    monkeypatch.setattr(subprocess, "run", fake_run)
    xls_probe.check_xls_in_child(DATA / "statements.xls", "statements.xls")
    return seen["creationflags"]


def test_on_windows_the_xls_check_opens_no_console_window(monkeypatch):
    assert _flags_the_child_gets(monkeypatch, "nt") == 0x08000000  # CREATE_NO_WINDOW


def test_elsewhere_the_child_is_started_with_no_windows_flags(monkeypatch):
    assert _flags_the_child_gets(monkeypatch, "posix") == 0
