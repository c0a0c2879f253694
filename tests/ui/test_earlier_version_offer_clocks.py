"""A damaged workshop saved twice on the night the clocks go back (01:50 BST, then 20 minutes
later at 01:10 GMT): the box offers the later save, ``.bak``, and its time says which 01:10 it
was; ``wtfc check`` names the same one. Before, the earlier save (01:50) was offered as newest."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from PySide6.QtWidgets import QMessageBox
from renders import save_render

from wtfc.app import check_command
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui import earlier_version_offer

UTC = dt.UTC


@pytest.fixture
def london(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def damaged(tmp_path, london):
    """spring.wtfc damaged; .bak2 saved at 01:50 BST and .bak at 01:10 GMT on 25 Oct 2026."""
    path = tmp_path / "spring.wtfc"
    for number, title, (hour, minute) in ((2, "As at 01:50 BST", (0, 50)),
                                          (1, "As at 01:10 GMT", (1, 10))):
        save_workshop(Workshop(title=title), backup_path(path, number))
        stamp = dt.datetime(2026, 10, 25, hour, minute, tzinfo=UTC).timestamp()
        os.utime(backup_path(path, number), (stamp, stamp))
    path.write_bytes(b'{"format": 6, "title": "dam')
    return path


def test_the_offer_is_the_later_save_that_night(damaged, monkeypatch, qtbot):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(earlier_version_offer, "_chosen", lambda box: shown.append(box) or True)
    with pytest.raises(WorkshopFileError) as raised:
        load_workshop(damaged)
    taken = earlier_version_offer.offer_earlier_version(None, damaged, raised.value)
    assert taken is not None and taken[0].workshop.title == "As at 01:10 GMT"
    box = shown[0]
    qtbot.addWidget(box)
    said = box.informativeText()
    assert "the one saved Sun 25 Oct 2026 at 01:10 GMT ('spring.wtfc.bak'," in said
    assert "01:50" not in said
    box.show()
    qtbot.waitExposed(box)
    save_render(box, "earlier_version_offer_clocks_go_back")


def test_wtfc_check_names_the_later_save_that_night(damaged, capsys):
    assert check_command([str(damaged)]) == 1
    said = capsys.readouterr().err
    assert "'spring.wtfc.bak', saved Sun 25 Oct 2026 at 01:10 GMT." in said
