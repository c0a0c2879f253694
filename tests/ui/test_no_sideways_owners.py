"""No wrapper is left recorded by PySide under an object that can be freed before it.

Two bugs of review 23 had one cause: a Qt getter called from Python (``nextInFocusChain()`` in
the focus walk, ``dialog.screen()`` in screen_fit) made PySide record what it returned as the
child of the object it was called on; freeing that object marked the main window's widgets, then
the room view's screen, "already deleted" while Qt still had them. This walks a short day on the
demo (every stage shown with its focus walk, F1 on each, People, an action dialog saved and one
cancelled, the room view on every view, undo and redo) and fails on any object PySide records
under something living in another window, and on any wrapper marked deleted that Qt still has."""

from __future__ import annotations

from owners import Watch, risky
from PySide6.QtCore import QCoreApplication, QEvent

from wtfc.model.workshop import Stage

# (object, recorded parent) pairs known to live and die together
KNOWN = {
    # main_window: QUndoView(self.undo.stack); the stack is the window's, freed with it
    ("QUndoStack", "QUndoView"),
    # drop_door: the main window's windowHandle(), where drops are watched; a widget's QWindow
    # is made and freed with that widget (the main window is never given another parent)
    ("QWindow", "MainWindow"),
}


def _freed() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _new_risks() -> list[str]:
    return [str(r) for r in risky()
            if (type(r.obj).__name__, type(r.recorded).__name__) not in KNOWN]


def test_a_short_day_leaves_no_wrapper_under_a_passing_owner(demo_window, qtbot):
    w = demo_window
    watch = Watch()
    for stage in Stage:
        w.go_to_stage(stage, focus=True)  # the focus walk (pages.focus_target)
        w.show_shortcuts()  # F1: shortcut_help reads every label's buddy()
        qtbot.waitExposed(w.shortcuts_dialog)
        w.shortcuts_dialog.close()
        _freed()
    assert _new_risks() == []
    collect = w.page(Stage.COLLECT)
    w.go_to_stage(Stage.COLLECT, focus=True)
    collect.open_people()
    qtbot.waitExposed(collect.people_dialog)
    collect.people_dialog.close()
    _freed()
    for stage in (Stage.PLAN, Stage.ACT):
        w.go_to_stage(stage, focus=True)
        board = w.page(stage)
        if hasattr(board, "open_add_dialog"):
            board.open_add_dialog()
            qtbot.waitExposed(board.dialog)  # fits itself to the screen (screen_fit)
            board.dialog.reject()
            _freed()
    room = w.room
    room.act_show.trigger()
    qtbot.waitUntil(room.window.isVisible, timeout=3000)
    for action in room.view_actions.values():
        if action.isEnabled():
            action.trigger()
            QCoreApplication.processEvents()
            _freed()  # the view put away goes, as in wtfc's event loop (kept, each laid itself
            # out again at every undo and redo below: most of this test's time)
    room.act_show.trigger()
    for _ in range(3):
        if w.undo_action.isEnabled():
            w.undo_action.trigger()
    for _ in range(3):
        if w.redo_action.isEnabled():
            w.redo_action.trigger()
    _freed()
    assert _new_risks() == []
    assert watch.killed() == []
    # and the room view still shows after all those dialogs (the kept screen alive)
    room.act_show.trigger()
    qtbot.waitUntil(room.window.isVisible, timeout=3000)
