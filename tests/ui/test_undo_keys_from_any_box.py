"""Ctrl+Z wherever the keyboard is (review 31 R2 #3 and #6).

A theme deleted by mistake, then Ctrl+1 (the keyboard goes into Prepare's Title) or a click into
Collect's Filter, a count or minutes box: Ctrl+Z did nothing there, again and again, with no word
at the foot; the box took the key with nothing of its own to undo. Now every box in the window
passes the Undo keys on when nothing is typed in it, and still undoes its own typing first.

And undoing too far, then one edit, dropped the steps undone with no word said unless History
was showing: now the foot says how many went whether History is shown or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.settled import settle, until
from wtfc.model.workshop import Stage

CTRL = Qt.KeyboardModifier.ControlModifier


def _ready(qtbot, w):
    w.activateWindow()
    until(qtbot, lambda: QApplication.activeWindow() is w)
    return w.doc.parts("themes")[0]


def _ctrl_z() -> None:
    """Ctrl+Z as the keyboard sends it: to the widget with the keyboard."""
    from PySide6.QtTest import QTest

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    settle()


def _boxes(page: QWidget) -> list[QWidget]:
    """The boxes one can type in under ``page`` as shown: a spin box once (the box has the
    keyboard, its line edit the words)."""
    found: list[QWidget] = []
    for box in page.findChildren(QWidget):
        if not (box.isVisible() and box.isEnabled()):
            continue
        if isinstance(box, QLineEdit):
            if isinstance(box.parent(), (QAbstractSpinBox, QComboBox)) or box.isReadOnly():
                continue
        elif isinstance(box, (QAbstractSpinBox, QPlainTextEdit)):
            if box.isReadOnly():
                continue
        else:
            continue
        found.append(box)
    return found


def _name(box: QWidget) -> str:
    placeholder = box.placeholderText() if isinstance(box, QLineEdit) else ""
    return f"{type(box).__name__} {box.accessibleName() or placeholder!r}"


def _swallowed(qtbot, w, theme, box: QWidget) -> bool:
    """One step on the stack, the keyboard in ``box`` with nothing typed, Ctrl+Z: True if the
    step stayed (then it is taken back here, for the next box)."""
    w.page(Stage.THEME).gestures.rename(theme.id, "Slip name")
    index = w.undo.stack.index()
    box.setFocus()
    until(qtbot, box.hasFocus)
    _ctrl_z()
    if w.undo.stack.index() == index - 1 and \
            w.statusBar().currentMessage() == "Undone: Rename theme to 'Slip name'":
        return False
    w.undo.stack.setIndex(index - 1)
    return True


def test_ctrl_z_in_any_box_with_nothing_typed_undoes_the_workshop_step(qtbot, demo_window):
    w = demo_window
    theme = _ready(qtbot, w)
    swallowed, seen = [], 0
    for stage in Stage:
        w.go_to_stage(stage, focus=True)
        settle()
        # the page's boxes, and the stage side's (its planned minutes, its notes)
        for box in _boxes(w.page(stage)) + (_boxes(w.stage_side) if stage == Stage.PLAN else []):
            if not box.isVisible():  # a step undone folded it away
                continue
            seen += 1
            if _swallowed(qtbot, w, theme, box):
                swallowed.append(f"{stage.value}: {_name(box)}")

    # and the boxes shown only when asked for: the wall's Find (Ctrl+F), Collect's Person's tags
    def find_box() -> QLineEdit:
        bar = w.page(Stage.THEME).find_bar
        bar.open_bar()
        return bar.findChild(QLineEdit)

    def person_tags_box() -> QLineEdit:
        w.page(Stage.COLLECT).person_tags.show_tag("North")  # People…'s Show cards with this tag
        return w.page(Stage.COLLECT).person_tags.box

    for stage, shown in ((Stage.THEME, find_box), (Stage.COLLECT, person_tags_box)):
        w.go_to_stage(stage, focus=True)
        box = shown()
        settle()
        seen += 1
        if _swallowed(qtbot, w, theme, box):
            swallowed.append(f"{stage.value}: {_name(box)}")
    # Prepare's details, counts and minutes, Collect's filter, Understand's reason line, …
    assert seen >= 33
    assert swallowed == []


def _on_prepare(qtbot, w) -> tuple:
    """Prepare shown with the keyboard: (a theme, the page, its older people's count box, its
    notes)."""
    theme = _ready(qtbot, w)
    w.go_to_stage(Stage.PREPARE, focus=True)
    settle()
    page = w.page(Stage.PREPARE)
    count = next(b for b in _boxes(page) if isinstance(b, QAbstractSpinBox)
                 and b.accessibleName() == "Older people in the room")
    notes = next(b for b in _boxes(page) if isinstance(b, QPlainTextEdit))
    return theme, page, count, notes


def _words(box: QWidget) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


def test_words_typed_in_a_box_are_undone_there_first(qtbot, demo_window):
    w = demo_window
    theme, page, count, notes = _on_prepare(qtbot, w)
    for box, typed in ((page.title, "Autumn"), (count, "7"), (notes, "Bring name badges")):
        w.page(Stage.THEME).gestures.rename(theme.id, "Slip name")
        index = w.undo.stack.index()
        box.setFocus()
        until(qtbot, box.hasFocus)
        before = _words(box)
        qtbot.keyClicks(QApplication.focusWidget(), typed)
        _ctrl_z()
        after = _words(box)
        assert (after, w.undo.stack.index()) == (before, index), _name(box)
        _ctrl_z()  # nothing typed now: the workshop's step
        assert w.undo.stack.index() == index - 1, _name(box)
        assert w.statusBar().currentMessage() == "Undone: Rename theme to 'Slip name'"


def test_an_edit_after_undoing_says_the_steps_undone_went_with_history_hidden(qtbot,
                                                                            demo_window):
    w = demo_window
    _ready(qtbot, w)
    w.go_to_stage(Stage.THEME, focus=True)
    settle()
    gestures, themes = w.page(Stage.THEME).gestures, w.doc.parts("themes")
    for n, theme in enumerate(themes[:3]):
        gestures.rename(theme.id, f"Hour of work {n}")
    for _ in range(3):
        _ctrl_z()
    assert w.statusBar().currentMessage() == "Undone: Rename theme to 'Hour of work 0'"
    assert not w.history_dock.isVisible()
    gestures.rename(themes[5].id, "A new edit")
    settle()
    assert w.statusBar().currentMessage() == (
        "Recorded: Rename theme to 'A new edit' — the 3 later steps in History went, as a "
        "change after going back replaces them")
    assert not w.redo_action.isEnabled()


def test_back_in_a_box_whose_words_were_recorded_ctrl_z_undoes_the_mistake(qtbot, demo_window):
    """A count typed and recorded (Tab on), then a theme renamed by mistake; back into the count
    box (or Prepare's notes), Ctrl+Z: the rename is undone, not the box's old typing, and leaving
    the box records nothing (review 31 A2 R1)."""
    w = demo_window
    theme, _page, count, notes = _on_prepare(qtbot, w)

    for box, typed in ((count, "7"), (notes, "Bring name badges ")):
        steps = w.undo.stack.index()
        box.setFocus()
        until(qtbot, box.hasFocus)
        if box is count:
            count.lineEdit().selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), typed)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # left: recorded
        settle()
        recorded, index = _words(box), w.undo.stack.index()
        assert typed in recorded and index == steps + 1  # one step: the box's words
        w.page(Stage.THEME).gestures.rename(theme.id, "Slip name")  # the mistake
        box.setFocus()
        until(qtbot, box.hasFocus)
        _ctrl_z()
        assert _words(box) == recorded, _name(box)
        assert w.statusBar().currentMessage() == "Undone: Rename theme to 'Slip name'"
        assert next(t for t in w.doc.parts("themes") if t.id == theme.id).name == theme.name
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # nothing new to record
        settle()
        assert w.undo.stack.index() == index and w.undo.stack.canRedo(), _name(box)


def test_the_keyboard_arriving_keeps_what_tab_selected(qtbot, demo_window):
    """The box's history goes as the keyboard comes; its words stay selected as Tab selects
    them, so typing still replaces them."""
    w = demo_window
    _ready(qtbot, w)
    w.go_to_stage(Stage.PREPARE, focus=True)
    settle()
    page = w.page(Stage.PREPARE)
    count = next(b for b in _boxes(page) if isinstance(b, QAbstractSpinBox)
                 and b.accessibleName() == "Older people in the room")
    count.setFocus()
    until(qtbot, count.hasFocus)
    count.lineEdit().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "7")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    settle()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # back by the keyboard
    until(qtbot, count.hasFocus)
    assert count.lineEdit().selectedText() == "7" and not count.lineEdit().isUndoAvailable()
    qtbot.keyClicks(QApplication.focusWidget(), "9")
    assert count.text() == "9"


def test_the_day_start_box_undoes_its_typing_then_passes_ctrl_z_on(qtbot, demo_window):
    """Prepare's 'Day starts at': back in it after its time was recorded, Ctrl+Z undoes the
    workshop's step (the time box swallowed it); a time being typed is undone in the box first,
    then Ctrl+Z is the step's, as in every other box."""
    w = demo_window
    theme, page, _count, _notes = _on_prepare(qtbot, w)
    start = next(b for b in _boxes(page) if b.accessibleName() == "The time the day starts")
    start.setFocus()
    until(qtbot, start.hasFocus)
    start.selectAll()
    qtbot.keyClicks(start, "10:00")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # left: recorded
    settle()
    recorded, index = start.text(), w.undo.stack.index()
    assert w.doc.workshop.starts_at is not None and recorded == "10:00"

    for typed in ("", "9"):
        w.page(Stage.THEME).gestures.rename(theme.id, "Slip name")  # the mistake
        start.setFocus()
        until(qtbot, start.hasFocus)
        if typed:
            qtbot.keyClicks(start, typed)
            assert start.text() != recorded
            _ctrl_z()
            assert (start.text(), w.undo.stack.index()) == (recorded, index + 1)  # the typing
        _ctrl_z()
        assert start.text() == recorded and w.undo.stack.index() == index, typed
        assert w.statusBar().currentMessage() == "Undone: Rename theme to 'Slip name'"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # nothing new to record
        settle()
        assert w.undo.stack.index() == index and w.undo.stack.canRedo()
