"""Odd paths given as a workshop: a pipe or /dev/zero is refused before it is read (a pipe
waited for ever, /dev/zero "is 0 bytes" and read until the memory ran out), and a workshop
saved through a symlink updates the file the link points to, keeping the link and the .bak
beside that file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from workshop_builders import sample_workshop

from tests.pipe_watchdog import never_waits_on
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop

posix_only = pytest.mark.skipif(os.name == "nt", reason="no pipes by name or /dev on Windows")


@posix_only
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "fifo.wtfc"
    os.mkfifo(pipe)
    with never_waits_on(pipe), pytest.raises(WorkshopFileError) as refused:
        load_workshop(pipe)
    assert refused.value.problem == "'fifo.wtfc' is not a file wtfc can open."
    assert refused.value.advice == "Choose the workshop's .wtfc file itself."


@posix_only
def test_a_device_that_says_it_is_empty_is_not_read_for_ever():
    with pytest.raises(WorkshopFileError, match="'zero' is not a file wtfc can open"):
        load_workshop(Path("/dev/zero"))


def test_a_folder_is_still_said_as_a_folder(tmp_path):
    with pytest.raises(WorkshopFileError, match="is a folder, not a workshop file"):
        load_workshop(tmp_path)


@posix_only
def test_saving_through_a_link_updates_its_file_and_keeps_the_link(tmp_path):
    (tmp_path / "synced").mkdir()
    real = tmp_path / "synced" / "spring.wtfc"
    save_workshop(sample_workshop(), real)
    link = tmp_path / "spring.wtfc"
    link.symlink_to(real)
    changed = sample_workshop().model_copy(update={"title": "Changed"})
    save_workshop(changed, link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_workshop(real).workshop.title == "Changed"
    assert load_workshop(real.with_name("spring.wtfc.bak")).workshop.title == (
        sample_workshop().title)  # the version before, beside the real file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc", "synced"]


@posix_only
def test_a_link_to_a_file_not_there_yet_makes_that_file(tmp_path):
    link = tmp_path / "spring.wtfc"
    link.symlink_to(tmp_path / "elsewhere.wtfc")
    save_workshop(sample_workshop(), link)
    assert link.is_symlink() and (tmp_path / "elsewhere.wtfc").is_file()
