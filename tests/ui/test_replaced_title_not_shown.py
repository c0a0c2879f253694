"""R1b (session 32): 1dffd3ef's title guard in wtfc/ui/replaced_on_save._what_it_held. After a
Save As over another workshop's file the status bar (often on the projector) names the workshop
replaced: 'It was "<title>" (96 cards).' A title the personal-detail guard flags must be left
out ("It had 96 cards."). test_save_as_new_cycle_name only replaces the demo's own title, so
it passes with the guard taken out (title = held.title). Goes in tests/ui/."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from wtfc.model.demo import demo_path
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.main_window import MainWindow

FLAGGED = "Review with Mrs Edna Pritchard, 07700 900123"


@pytest.mark.parametrize("title", [FLAGGED])
def test_a_replaced_workshops_title_the_guard_flags_is_not_shown(qtbot, tmp_path, monkeypatch,
                                                                 message_boxes, title):
    other = tmp_path / "review.wtfc"
    save_workshop(Workshop(title=title, cards=[Card(kind=Kind.WORKING, text="Kind carer")]),
                  other)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(other), ""))
    try:
        assert window.files.save_as_dialog()
        said = window.statusBar().currentMessage()
        assert "This file held another workshop" in said  # the replacement is still said
        assert said.endswith(" It had 1 card.")
        assert "Pritchard" not in said and "07700" not in said
    finally:
        window.files.lock.release()
