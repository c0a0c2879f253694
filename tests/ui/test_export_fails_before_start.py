"""An export that fails before its background work starts (a module that will not load) is
said in plain words, its details go to stderr, and nothing is written. It raised out of the
menu action's slot: the facilitator saw nothing at all, no message and no file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.ui.settled import settle
from wtfc.export.errors import ExportError
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop
from wtfc.ui import export_actions
from wtfc.ui.export_actions import EXPORTS, ExportController

NOT_SAVED = "The export was not saved: Something went wrong while exporting, and nothing was saved."


def controller(qtbot) -> ExportController:
    ws = Workshop(title="Spring workshop",
                  cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are always late")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                card_ids=["c1"], priority=Priority(chosen=True, rank=1))])
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportController(Document(ws), parent)


def broken_modules(_key: str) -> None:
    raise ImportError("cannot import name 'tag_key' from 'wtfc.export.data_people'")


@pytest.mark.parametrize("kind", EXPORTS, ids=lambda kind: kind.key)
def test_a_module_that_will_not_load_is_said_from_the_menu(qtbot, tmp_path, monkeypatch,
                                                           message_boxes, capsys, kind):
    path = tmp_path / kind.default_name
    monkeypatch.setattr(export_actions, "load_export_modules", broken_modules)
    monkeypatch.setattr(export_actions, "BackgroundTask", pytest.fail)  # never started
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))
    exports = controller(qtbot)
    exports.ask_and_export(kind)  # as the menu calls it: nothing may raise out of the slot
    said = [text for shown, text in message_boxes if shown == "warning"]
    assert len(said) == 1 and said[0].startswith(NOT_SAVED)
    assert "Your workshop is safe" in said[0]
    assert "tag_key" not in said[0] and "Traceback" not in said[0]  # plain words only
    err = capsys.readouterr().err
    assert "Traceback" in err and "tag_key" in err  # the details are kept for the log
    assert list(tmp_path.iterdir()) == []  # nothing written
    assert exports.task is None


def test_a_failure_before_the_start_leaves_no_progress_window(qtbot, tmp_path, monkeypatch,
                                                              message_boxes):
    from PySide6.QtWidgets import QProgressDialog

    from wtfc.ui import export_run

    # a progress window, had one been made, shows at the next turn of the event loop, not
    # after 400 ms (or the floor's 150, which the 100 ms this waited never reached)
    monkeypatch.setattr(export_run, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(export_run, "SHOW_FLOOR_MS", 0)
    monkeypatch.setattr(export_actions, "load_export_modules", broken_modules)
    exports = controller(qtbot)
    assert exports.export("data", tmp_path / "d.xlsx") is None
    settle()  # its zero timer would have run
    assert not [w for w in exports.parent_widget.findChildren(QProgressDialog) if w.isVisible()]
    assert [kind for kind, _ in message_boxes] == ["warning"]


def test_an_export_error_before_the_start_says_its_own_words(qtbot, tmp_path, monkeypatch,
                                                             message_boxes, capsys):
    def refused(_key: str) -> None:
        raise ExportError("The folder is full.")

    monkeypatch.setattr(export_actions, "load_export_modules", refused)
    assert controller(qtbot).export("report", tmp_path / "r.pdf") is None
    assert message_boxes == [("warning", "The export was not saved: The folder is full.")]
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "r.pdf").exists()
