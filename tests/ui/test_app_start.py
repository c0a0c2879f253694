"""What the app opens at start: ``wtfc FILE``, ``wtfc demo`` and ``wtfc --demo``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from wtfc.model.demo import demo_path
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.application import run_app
from wtfc.ui.main_window import MainWindow


@pytest.fixture
def started(qtbot, monkeypatch):
    """``started(file=…, demo=…)`` → the window run_app opened (its event loop not entered)."""
    monkeypatch.setattr("wtfc.ui.recovery_dialog.offer_recovery", lambda window: None)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)

    def start(**options) -> MainWindow:
        before = set(QApplication.topLevelWidgets())
        assert run_app(**options) == 0
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in before
        )
        qtbot.addWidget(window)
        return window

    return start


@pytest.mark.parametrize("options", [{"file": "demo"}, {"demo": True}, {"file": str(demo_path())}])
def test_the_word_demo_opens_a_copy_of_the_demo_as_demo_does(started, options, message_boxes):
    """`wtfc demo` said "'demo' does not exist" and opened an untitled workshop, though every
    other command reads the word as the bundled demo."""
    before = demo_path().read_bytes()
    window = started(**options)
    assert message_boxes == []
    assert window.files.is_demo and window.files.path is None  # a copy: saving asks where
    assert window.files.display_name() == "Demo workshop (copy)"
    assert len(window.doc.workshop.cards) == 96
    window.close()
    assert demo_path().read_bytes() == before


def test_a_workshop_file_opens_as_itself(started, tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring workshop"), path)
    window = started(file=str(path))
    assert window.files.path == path and not window.files.is_demo
    assert window.doc.workshop.title == "Spring workshop"
