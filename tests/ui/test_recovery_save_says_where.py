# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Recovery's Save elsewhere…: the file dialog closed and nothing said the work was saved, nor
where, while the recovery copy was let go (that file now the only place the lost work is).
The foot now says where, a screen reader hears it, and a workshop is first in Open recent."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.test_recovery_dialog import _answer, _crashed_copy
from wtfc.model import recovery
from wtfc.ui.recent_files import recent_files
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _saved_elsewhere(window, monkeypatch, target) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce", lambda _w, text, **_: heard.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    offer_recovery(window, ask=_answer(Choice.SAVE_ELSEWHERE))
    return heard


def test_the_foot_says_where_and_open_recent_has_it(make_window, recovery_folder,
                                                    workshop_file, monkeypatch, tmp_path):
    _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    heard = _saved_elsewhere(window, monkeypatch, tmp_path / "rescued")
    saved = tmp_path / "rescued.wtfc"
    assert saved.exists()
    foot = window.statusBar().currentMessage()
    assert "rescued.wtfc" in foot and f"'{tmp_path.name}'" in foot and "Open recent" in foot
    assert heard == [foot]
    assert recent_files()[0] == str(saved)


def test_a_damaged_copy_is_said_but_not_offered_to_open(make_window, recovery_folder,
                                                        workshop_file, monkeypatch, tmp_path):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)
    snapshot.write_bytes(head + b"\n" + body[: len(body) // 2])  # cut short
    window = make_window()
    heard = _saved_elsewhere(window, monkeypatch, tmp_path / "rescued")
    foot = window.statusBar().currentMessage()
    assert "rescued.wtfc-damaged" in foot and "someone technical" in foot
    assert heard == [foot]
    assert not any("rescued" in path for path in recent_files())  # wtfc cannot open it
