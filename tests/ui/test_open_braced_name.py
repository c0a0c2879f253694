# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File ▸ Open on a cut-short workshop whose name holds braces says so plainly and keeps the
workshop on screen (review 26 markup #6: the name went through ``str.format``, the KeyError
left ``open_path`` and nothing was said)."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path


@pytest.mark.parametrize("name", ["Spring {draft}.wtfc", "notes {}.wtfc"])
def test_file_open_says_a_cut_short_braced_name_plainly(make_window, tmp_path, monkeypatch,
                                                        name):
    window = make_window(autosave=False)
    title = window.windowTitle()
    cut = tmp_path / name
    cut.write_bytes(demo_path().read_bytes()[:3000])
    said: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **_k: said.append(a[2]) or
                            QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cut), ""))
    window.files.open_dialog()  # File ▸ Open, as the menu calls it
    assert said == [f"'{name}' is cut short: it ends in the middle. It may not have been saved "
                    f"completely. If you have a copy — an e-mail attachment, a USB stick — open "
                    f"that."]
    assert window.windowTitle() == title and window.files.path is None
