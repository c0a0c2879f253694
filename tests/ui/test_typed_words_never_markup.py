"""Guard: no label or tip draws a user's typed words as HTML.

A QLabel left at AutoText draws "I get <b>no</b> help" with a bold "no" and the tags gone, and
a tip set without ``plain_tip`` does the same: ten such places were found one screen at a time
(review R4), most on a screen that shows only after a gesture. This walks every stage, and the
screens those gestures bring up, on a workshop whose every typed field holds markup
(``marked_words``), and fails on any shown label or tip that would draw a typed tag as markup.
A new label that shows typed words without ``Qt.TextFormat.PlainText`` fails here.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from marked_words import MARKED_FILE, TYPED_TAG, marked_workshop
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Stage

TIP = Qt.ItemDataRole.ToolTipRole
ROWS = 12  # of each item view: every row is made alike


def _markup(text: object, rich: bool = False) -> bool:
    """Whether ``text`` would be drawn as HTML (``rich``, or Qt guessing so) with a typed tag."""
    return isinstance(text, str) and bool(TYPED_TAG.search(text)) \
        and (rich or Qt.mightBeRichText(text))


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model's is private: it has one
        return 1


def drawn_as_markup(root: QWidget) -> list[str]:
    """Every shown label, widget tip and item tip under ``root`` that draws typed tags."""
    found, models = [], set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.accessibleName()!r}"
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText \
                and _markup(widget.text(), widget.textFormat() == Qt.TextFormat.RichText):
            found.append(f"label {where}: {widget.text()[:120]!r}")
        if _markup(widget.toolTip()):
            found.append(f"tip of {where}: {widget.toolTip()[:120]!r}")
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if model is None or id(model) in models:  # a header's model is its table's
            continue
        models.add(id(model))
        for column in range(_columns(model)):  # a column's first tip with tags is enough
            tips = (model.data(model.index(row, column), TIP)
                    for row in range(min(ROWS, model.rowCount(QModelIndex()))))
            if (tip := next((t for t in tips if _markup(t)), None)) is not None:
                found.append(f"item tip in {where}, column {column}: {tip[:120]!r}")
    return found


@pytest.fixture
def marked_window(qtbot, tmp_path, monkeypatch):
    """The main window on the marked demo, last time's marked workshop read on Review (one
    action there holds a phone number, so the note on last time's words quotes it)."""
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    last = marked_workshop(tmp_path / "last time.wtfc", demo_previous_path())
    data = json.loads(last.read_text(encoding="utf-8"))
    data["actions"][0]["what"] = "Ring Jo on 07700 900123 <b>every</b> week"
    last.write_text(json.dumps(data), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(marked_workshop(tmp_path / MARKED_FILE), confirmed=True)
    w.resize(1400, 900)
    w.show()
    assert w.page(Stage.REVIEW).load_previous(last)
    return w


def test_no_screen_draws_typed_words_as_markup(marked_window, qtbot):
    from wtfc.ui.boards.action_dialog import ActionDialog
    from wtfc.ui.file_new_from import new_from_this
    from wtfc.ui.people_dialog import PeopleDialog

    w, found = marked_window, []
    doc = w.doc
    for stage in Stage:
        w.go_to_stage(stage)
        found += [f"{stage.value}: {hit}" for hit in drawn_as_markup(w)]
    # what shows only after a gesture: the People dialog; an action's link warning (its theme
    # changed in the dialog); the line under Identify success after a statement is deleted
    people = PeopleDialog(doc, w.undo, parent=w)
    qtbot.addWidget(people)
    people.show()
    found += [f"People: {hit}" for hit in drawn_as_markup(people)]
    people.close()
    action = next(a for a in doc.workshop.actions if a.cause_id)
    dialog = ActionDialog(doc, action=action, parent=w)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme.setCurrentIndex(next(i for i in range(dialog.theme.count())
                                      if dialog.theme.itemData(i) not in (None, action.theme_id)))
    assert dialog.links.warning.isVisible()
    found += [f"action dialog: {hit}" for hit in drawn_as_markup(dialog)]
    dialog.hide()
    w.go_to_stage(Stage.IDENTIFY_SUCCESS)
    board = w.page(Stage.IDENTIFY_SUCCESS)
    aims = Counter(a.success_id for a in doc.workshop.actions if a.success_id)
    aimed = next(s for s, count in aims.items() if count == 1)  # the line quotes that action
    assert board.delete_statement(aimed) and board.status.isVisible()
    found += [f"after a delete: {hit}" for hit in drawn_as_markup(w)]
    # File → New workshop from this one…: Prepare names the file it started from
    assert new_from_this(w.files)
    w.go_to_stage(Stage.PREPARE)
    assert MARKED_FILE in w.page(Stage.PREPARE).started_from.text()
    found += [f"started from: {hit}" for hit in drawn_as_markup(w)]
    assert not found, "\n".join(found)
