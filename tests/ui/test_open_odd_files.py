"""File ▸ Open on a pipe or /dev/zero says "not a file wtfc can open" and keeps the workshop
open (a pipe hung the window, /dev/zero filled the memory); a hand-edited file's control
characters are taken out as it opens, said in the opening notice, and never drawn as boxes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.pipe_watchdog import never_waits_on
from tests.ui.renders import save_render
from tests.ui.shown_words import as_shown
from wtfc.model.demo import demo_path


@pytest.mark.skipif(os.name == "nt", reason="no pipes by name or /dev on Windows")
@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_device_is_refused_and_the_workshop_stays(demo_window, tmp_path,
                                                           message_boxes, kind):
    if kind == "pipe":
        path = tmp_path / "fifo.wtfc"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    before = demo_window.doc.workshop
    with never_waits_on(path):
        assert not demo_window.files.open_path(path, confirmed=True)
    assert demo_window.doc.workshop is before
    [(kind_shown, said)] = message_boxes
    assert kind_shown == "warning"
    assert f"'{path.name}' is not a file wtfc can open." in as_shown(said)


def test_control_characters_are_taken_out_and_said_on_opening(demo_window, tmp_path,
                                                              message_boxes):
    raw = json.loads(demo_path().read_bytes())
    raw["title"] = "Fine\x1b[2J\x1b[31mRED\x07"
    raw["cards"][0]["text"] = raw["cards"][0]["text"] + "\x00"
    path = tmp_path / "hand edited.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert demo_window.files.open_path(path, confirmed=True)
    assert demo_window.doc.workshop.title == "Fine[2J[31mRED"
    assert "\x00" not in demo_window.doc.workshop.cards[0].text
    [(kind_shown, said)] = message_boxes
    assert kind_shown == "information"
    assert ("wtfc took out 4 invisible control characters (such as Escape or NUL, put in by "
            "hand or by another program) from the title and 1 card") in as_shown(said)
    demo_window.files.save()
    assert b"\\u001b" not in path.read_bytes()
    save_render(demo_window, "control_characters_taken_out")
