"""Fixtures for the wall tests: a wall panel on a small known workshop; for the suggestion
tests, the word table and a wall whose suggestions panel is stopped after each test."""

from __future__ import annotations

import pytest
from wall_fixtures import small_document

from wtfc.ui.wall import WallPanel


@pytest.fixture
def drawn_words(monkeypatch) -> list[str]:
    """The words of every ``QStaticText`` drawn from here on (a card's words are one)."""
    from PySide6.QtGui import QPainter, QStaticText

    words: list[str] = []
    real = QPainter.drawStaticText

    def draw(self, *args):
        words.extend(a.text() for a in args if isinstance(a, QStaticText))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawStaticText", draw)
    return words


@pytest.fixture
def doc():
    return small_document()



@pytest.fixture
def panel(show, doc, undo):
    return show(WallPanel(doc, undo), 1400, 900)


@pytest.fixture(scope="session")
def word_table():
    """The shipped word table, loaded once (about 0.4 s) before the first suggestion test, not
    inside its wait for an answer: suggestion test modules use it with ``usefixtures``."""
    from wtfc.clustering.static_embedding import default_embedder

    return default_embedder()


@pytest.fixture
def double_click_clock(monkeypatch):
    """The suggestions panel's clock, moved on by ``double_click_clock.after_a_double_click``
    rather than a real wait of the double-click time."""
    from double_click_clock import patched

    monkeypatch.setattr("wtfc.ui.wall.suggested_themes.time", patched())


@pytest.fixture
def wall(show, doc, undo):
    """The wall panel with room beside it for the suggestions panel."""
    widget = show(WallPanel(doc, undo), 1500, 900)
    yield widget
    if widget._suggestions is not None:
        widget._suggestions.detach()  # no worker thread may outlive the test


def card_keys(panel):
    """(card id, theme id) of every card on the wall."""
    return set(panel.scene.cards)


@pytest.fixture
def theme_room(qtbot, panel, doc):
    """The room view on Theme, following the stage, as the main window makes it (the read-out
    tests; other files here have a ``room`` of their own)."""
    from wtfc.model.workshop import Stage
    from wtfc.ui.wall import RoomController

    controller = RoomController(doc, panel, stage_view=lambda s: "room"
                                if s == Stage.THEME else "welcome",
                                shown_stage=lambda: Stage.THEME)
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    controller.window.resize(1024, 768)
    yield controller
    controller.close()


@pytest.fixture(scope="session")
def grouped_file(tmp_path_factory):
    """The demo with nine more unsorted not-working cards in three clear groups, saved once."""
    from suggestion_helpers import GROUPED_TEXTS

    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.model.workshop import Card, Kind

    workshop = load_workshop(demo_path()).workshop
    cards = [Card(id=f"u{n}", kind=Kind.NOT_WORKING, text=text)
             for n, text in enumerate(GROUPED_TEXTS)]
    path = tmp_path_factory.mktemp("grouped") / "grouped.wtfc"
    save_workshop(workshop.model_copy(update={"cards": [*workshop.cards, *cards]}), path)
    return path.read_bytes()


@pytest.fixture
def grouped_window(qtbot, tmp_path, monkeypatch, grouped_file):
    """A shown main window, made as ``demo_window`` makes it, on a copy of ``grouped_file``:
    the suggestions are the demo's and those three (the suggestions-on-a-laptop tests). Opened
    straight away: opening the demo first, then this, loaded two workshops a test."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.workshop import Stage
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "grouped.wtfc"
    path.write_bytes(grouped_file)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(path, confirmed=True)
    window.resize(1400, 900)
    window.show()
    yield window
    page = window.page(Stage.THEME)
    if page._suggestions is not None:
        page._suggestions.detach()  # no worker thread may outlive the test


@pytest.fixture
def room_on(demo_window, qtbot):
    """The demo on Theme, the room view shown (the wall in pages), the keyboard on the
    facilitator's wall (the presenter-remote tests)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.settled import settle
    from wtfc.model.workshop import Stage

    window = demo_window
    window.room.act_show.setChecked(True)
    settle()  # the room window shown before the keyboard is taken back
    window.activateWindow()
    window.go_to_stage(Stage.THEME, focus=True)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.room.window.content.page_count() > 1
    return window
