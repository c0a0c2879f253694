# ruff: noqa: F811  (fixtures imported from clock_fixtures and test_export_close are parameters)
"""Short messages at the window's foot give back the lasting news they covered ("Theme: time is
up", "The projector was disconnected…"), as "Saved." and "Undone: …" do: Ctrl+C's "Copied 1
card", an export stopped, "Removed … earlier versions", the room view's news and a refused
date each left the foot empty for good (code reviews A5 #1, A6 #3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.clock_fixtures import MIN, later, now, plan  # noqa: F401
from tests.ui.renders import save_render
from tests.ui.test_copy_chosen import press_copy, wall
from tests.ui.test_export_close import gate, let_go_while_busy, no_export_dialog, shown_dialog  # noqa: F401
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui import undo as undo_module
from wtfc.ui.undo import show_lasting

TIME_UP = "◷ Theme: time is up (20 min planned)"
PASSING_MS = 150  # the test's "five seconds": each message still shows, then steps aside


class _Quick:
    """``QTimer`` as undo.py's ``passing`` uses it, its wait cut short: a message's end comes
    in the test's time, not its 5-15 s (the words shown are the product's own)."""

    @staticmethod
    def singleShot(ms, receiver, end) -> None:  # (Qt's name)
        QTimer.singleShot(min(ms, PASSING_MS), receiver, end)


def _quick(monkeypatch) -> None:
    monkeypatch.setattr(undo_module, "QTimer", _Quick)


def _shown_then_back(qtbot, bar, words: str, lasting: str = TIME_UP) -> None:
    assert bar.currentMessage() == words
    qtbot.waitUntil(lambda: bar.currentMessage() == lasting, timeout=3000)


def test_time_is_up_comes_back_after_ctrl_c_s_copied(qtbot, now, demo_window, monkeypatch):
    """The clock (``now``) before the window: its stage timer reads the test's."""
    _quick(monkeypatch)
    panel = wall(demo_window)  # Theme: the stage whose time runs out
    plan(demo_window, Stage.THEME, 20)
    demo_window.stage_side.timer.start.click()
    later(demo_window, now, 21 * MIN)
    bar = demo_window.statusBar()
    assert bar.currentMessage() == TIME_UP
    item = next(item for (card_id, _), item in panel.scene.cards.items() if card_id == "c01")
    item.setSelected(True)
    assert press_copy(demo_window, panel.view, qtbot)
    _shown_then_back(qtbot, bar, "Copied 1 card")
    save_render(demo_window, "time_up_after_copy")
    later(demo_window, now, MIN)  # still over time: it stays
    assert bar.currentMessage() == TIME_UP


def test_copy_with_nothing_chosen_gives_the_projector_s_news_back(qtbot, demo_window,
                                                                  monkeypatch):
    from wtfc.ui.copy_words import NOTHING_CHOSEN
    from wtfc.ui.wall.room_screens import PROJECTOR_GONE

    _quick(monkeypatch)
    panel = wall(demo_window)
    panel.scene.clearSelection()
    demo_window.room.said.emit(PROJECTOR_GONE, 0)
    bar = demo_window.statusBar()
    press_copy(demo_window, panel.view, qtbot)
    _shown_then_back(qtbot, bar, NOTHING_CHOSEN, PROJECTOR_GONE)


def test_time_is_up_comes_back_after_an_export_stopped(qtbot, demo_window, tmp_path, gate,
                                                       monkeypatch):
    from wtfc.ui.export_run import STOPPED

    _quick(monkeypatch)
    show_lasting(demo_window, TIME_UP)
    folder = tmp_path / "out"
    folder.mkdir()
    bar = demo_window.statusBar()
    seen: list[str] = []
    bar.messageChanged.connect(seen.append)
    task = demo_window.exports.export("report", folder / "report.pdf")
    dialog = shown_dialog(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    let_go_while_busy(gate)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20_000)
    qtbot.waitUntil(no_export_dialog, timeout=5000)
    qtbot.waitUntil(lambda: bar.currentMessage() == TIME_UP, timeout=3000)
    assert list(folder.iterdir()) == []
    assert seen[-2:] == [STOPPED, TIME_UP]  # said, then the news again


def test_time_is_up_comes_back_after_removed_earlier_versions(qtbot, demo_window, tmp_path,
                                                              monkeypatch):
    from PySide6.QtWidgets import QMenu

    _quick(monkeypatch)
    path = tmp_path / "spring.wtfc"
    for title in ("First", "Second"):
        save_workshop(Workshop(title=title, cards=[Card(id="c1", kind=Kind.WORKING,
                                                        text="I like my garden")]),
                      path, versions=3)
    assert demo_window.files.open_path(path)
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: box.findChild(QPushButton, "remove").click() or 0)
    show_lasting(demo_window, TIME_UP)
    menu = demo_window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()  # what opening the submenu does
    menu.actions()[-1].trigger()  # Remove earlier versions…
    assert not (tmp_path / "spring.wtfc.bak").exists()
    _shown_then_back(qtbot, demo_window.statusBar(),
                     "Removed 1 earlier version of 'spring.wtfc'.")


def test_time_is_up_comes_back_after_the_projector_s_return_and_where_the_room_view_is(
        qtbot, demo_window, monkeypatch):
    from wtfc.ui.pages import _say_where_shown
    from wtfc.ui.wall.room_screens import PROJECTOR_BACK

    _quick(monkeypatch)
    show_lasting(demo_window, TIME_UP)
    bar = demo_window.statusBar()
    demo_window.room.said.emit(PROJECTOR_BACK, 10000)  # a projector's news in passing
    _shown_then_back(qtbot, bar, PROJECTOR_BACK)
    _say_where_shown(demo_window)
    assert bar.currentMessage().startswith("Room view on this screen")
    qtbot.waitUntil(lambda: bar.currentMessage() == TIME_UP, timeout=3000)


def test_a_refused_date_put_right_gives_time_is_up_back_at_once(qtbot, demo_window):
    from wtfc.ui.date_problem import say_problem, unsay_problem

    show_lasting(demo_window, TIME_UP)
    box = demo_window.page(Stage.PREPARE)  # where a date box sits
    said = say_problem(box, "There is no 31 February.", waiting=True, said="")
    bar = demo_window.statusBar()
    assert bar.currentMessage() == said and "There is no 31 February." in said
    unsay_problem(box, said)  # put right: the reason goes, the news is back without a wait
    assert bar.currentMessage() == TIME_UP
