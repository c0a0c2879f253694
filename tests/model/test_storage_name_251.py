"""A name of 251 bytes (82 Chinese letters + '.wtfc') on Linux/macOS: '.bak' fits in 255 bytes,
'.bak2' does not. Each save still keeps the newest earlier version as '.bak' (it stayed the
first save's from the third save on, the save said none was kept, and a hidden .prev was left)."""

from __future__ import annotations

import os

import pytest

from wtfc.model.atomic_save import backup_path, no_version_kept, write_atomically

pytestmark = pytest.mark.skipif(os.name == "nt", reason="255-byte names: Linux and macOS")


def test_a_251_byte_name_keeps_the_newest_version(tmp_path):
    path = tmp_path / ("会" * 82 + ".wtfc")
    assert len(os.fsencode(path.name)) == 251
    kept = [write_atomically(f"save {i}".encode(), path, versions=3) for i in range(1, 5)]
    assert backup_path(path, 1).read_bytes() == b"save 3"
    assert kept == [True, True, True, True]
    assert not list(tmp_path.glob(".wtfc-*"))  # no hidden set-aside copy left behind


def test_a_255_byte_name_leaves_no_hidden_copy_of_the_version_it_could_not_keep(tmp_path):
    """'.bak' does not fit: the save said no earlier version was kept, yet a hidden
    '.wtfc-….prev', the whole version replaced (a name taken off in it, say), stayed beside the
    file until the next save or open, in a synced folder copied to everyone."""
    path = tmp_path / ("ŵ" * 125 + ".wtfc")
    assert len(os.fsencode(path.name)) == 255
    kept = [write_atomically(f"save {i}".encode(), path, versions=3) for i in range(1, 3)]
    assert kept == [True, False]
    assert no_version_kept(path).startswith("No earlier version was kept: the name is too long")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.read_bytes() == b"save 2"
