"""``wtfc suggest -o clusters.csv`` on a full USB stick (or a folder by the output's name): one
plain sentence, and no empty or cut-short clusters.csv left to be mistaken for the answer."""

from __future__ import annotations

import errno
import os

import wtfc.model.storage as storage
from wtfc.clustering.cli import main_suggest


def _statements(folder):
    (folder / "in.csv").write_text("id,text\n1,The bus is late.\n2,The carer is kind.\n",
                                   encoding="utf-8")


def _disk_full(_fd):  # the bytes did not fit: the disk says so as they are flushed
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_leaves_no_clusters_file_and_says_so_plainly(tmp_path, capsys,
                                                                  monkeypatch, embedder):
    _statements(tmp_path)
    monkeypatch.setattr(storage.os, "fsync", _disk_full)
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "c.csv")]) == 1
    err = capsys.readouterr().err
    assert err == "Problem: The disk is full, so 'c.csv' could not be saved.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]  # nor a temporary


def test_a_full_disk_keeps_the_earlier_clusters_whole(tmp_path, capsys, monkeypatch,
                                                       embedder):
    _statements(tmp_path)
    (tmp_path / "c.csv").write_text("id,cluster\n1,1\n2,2\n", encoding="utf-8")
    monkeypatch.setattr(storage.os, "fsync", _disk_full)
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "c.csv")]) == 1
    assert "The disk is full" in capsys.readouterr().err
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig") == "id,cluster\n1,1\n2,2\n"


def test_a_folder_by_the_output_name_is_said_plainly(tmp_path, capsys, embedder):
    _statements(tmp_path)
    (tmp_path / "c.csv").mkdir()
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "c.csv")]) == 1
    assert capsys.readouterr().err == (f"Problem: '{tmp_path / 'c.csv'}' is a folder. Give "
                                       f"the output a file name.\n")
