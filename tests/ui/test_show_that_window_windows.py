"""On Windows, "Show that window" only flashed the holder's taskbar button: Windows lets only
the foreground process hand the foreground on, and the holder's activateWindow came from the
background. The asking copy (the one the user just started) now calls
AllowSetForegroundWindow with the holder's pid first. Windows cannot run here: a fake ctypes
says what would be called."""

from __future__ import annotations

import os
import sys
import types

import pytest
from PySide6.QtCore import QLockFile

from wtfc.ui import window_call


@pytest.fixture
def allowed(monkeypatch) -> list[int]:
    calls: list[int] = []
    user32 = types.SimpleNamespace(AllowSetForegroundWindow=calls.append)
    fake = types.SimpleNamespace(windll=types.SimpleNamespace(user32=user32))
    monkeypatch.setitem(sys.modules, "ctypes", fake)
    return calls


def test_the_asker_hands_the_foreground_to_the_holders_pid_on_windows(
        qapp, tmp_path, monkeypatch, allowed):
    path = tmp_path / "spring.wtfc"
    path.write_text("{}", encoding="utf-8")
    lock = QLockFile(str(tmp_path / "spring.wtfc.lock"))
    assert lock.tryLock(0)
    monkeypatch.setattr(sys, "platform", "win32")
    assert not window_call.ask_to_show(path, wait_ms=50)  # nobody listens: asked all the same
    monkeypatch.undo()
    lock.unlock()
    assert allowed == [os.getpid()]


def test_a_pid_given_is_used_and_an_unknown_one_lets_any_process(monkeypatch, allowed):
    monkeypatch.setattr(sys, "platform", "win32")
    window_call.let_come_forward(4242)
    window_call.let_come_forward(None)
    window_call.let_come_forward(0)
    assert allowed == [4242, window_call.ASFW_ANY, window_call.ASFW_ANY]


def test_nothing_is_called_elsewhere(qapp, tmp_path, allowed):
    window_call.let_come_forward(4242)
    assert not window_call.ask_to_show(tmp_path / "spring.wtfc", wait_ms=50)
    assert allowed == []


def test_a_refusal_never_raises(monkeypatch):
    def refuse(_pid: int) -> None:
        raise OSError("access denied")

    user32 = types.SimpleNamespace(AllowSetForegroundWindow=refuse)
    monkeypatch.setitem(sys.modules, "ctypes",
                        types.SimpleNamespace(windll=types.SimpleNamespace(user32=user32)))
    monkeypatch.setattr(sys, "platform", "win32")
    window_call.let_come_forward(4242)  # the holder still comes out of the taskbar, as before
