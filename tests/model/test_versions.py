"""Going back to an earlier version: the kept copies are listed newest first with their times,
a damaged copy is refused in plain English, and going back is one undoable step."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from workshop_builders import sample_workshop

from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.versions import (
    EarlierVersion,
    describe_all,
    earlier_versions,
    go_back_to,
    read_version,
)


def _titled(title: str):
    return sample_workshop().model_copy(update={"title": title})


def _saved_three_times(tmp_path):
    path = tmp_path / "spring.wtfc"
    base = dt.datetime(2026, 11, 20, 9, 0).timestamp()
    for n in range(1, 4):
        save_workshop(_titled(f"Version {n}"), path, versions=3)
        os.utime(path, (base + n * 600, base + n * 600))  # saved ten minutes apart
    return path


def test_no_copies_means_no_versions(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_titled("Only"), path, versions=3)
    assert earlier_versions(path) == []


def test_kept_copies_are_listed_newest_first_and_read_back(tmp_path):
    path = _saved_three_times(tmp_path)
    versions = earlier_versions(path)
    assert [v.path for v in versions] == [backup_path(path, 1), backup_path(path, 2)]
    assert versions[0].saved_at > versions[1].saved_at
    assert [read_version(v).workshop.title for v in versions] == ["Version 2", "Version 1"]


def test_a_version_is_named_by_when_it_was_saved():
    now = dt.datetime(2026, 11, 28, 16, 0)
    def named(when):
        return EarlierVersion(None, 1, None, when).describe(now)  # type: ignore[arg-type]
    assert named(dt.datetime(2026, 11, 28, 14, 2)) == "Saved today at 14:02"
    assert named(dt.datetime(2026, 11, 27, 9, 40)) == "Saved yesterday at 09:40"
    assert named(dt.datetime(2026, 11, 3, 9, 5)) == "Saved Tue 3 Nov 2026 at 09:05"


def test_versions_saved_within_a_minute_are_told_apart_by_the_second():
    now = dt.datetime(2026, 11, 28, 16, 0)
    versions = [EarlierVersion(None, n, None, dt.datetime(2026, 11, 28, 14, 13, s))  # type: ignore[arg-type]
                for n, s in ((1, 40), (2, 5))]
    assert describe_all(versions, now) == ["Saved today at 14:13:40", "Saved today at 14:13:05"]
    assert describe_all(versions[:1], now) == ["Saved today at 14:13"]
    same = [versions[0], versions[0]]
    assert describe_all(same, now) == ["Saved today at 14:13:40 (copy 1)",
                                       "Saved today at 14:13:40 (copy 2)"]


def test_a_damaged_copy_is_refused_plainly(tmp_path):
    path = _saved_three_times(tmp_path)
    backup_path(path, 1).write_bytes(b'{"schema_version": 1, "title": "Cut sh')
    with pytest.raises(WorkshopFileError, match="cut short"):
        read_version(earlier_versions(path)[0])


def test_a_copy_from_a_newer_wtfc_is_refused(tmp_path):
    path = _saved_three_times(tmp_path)
    data = json.loads(backup_path(path, 1).read_text())
    data["schema_version"] = 99
    backup_path(path, 1).write_text(json.dumps(data))
    with pytest.raises(WorkshopFileError, match="newer"):
        read_version(earlier_versions(path)[0])


def test_going_back_is_one_step_that_undoes_and_redoes(tmp_path):
    path = _saved_three_times(tmp_path)
    doc = Document(_titled("Version 3"))
    current = doc.workshop
    version = earlier_versions(path)[0]
    heard = []
    doc.events.reset.connect(lambda: heard.append("reset"))
    doc.events.edited.connect(lambda: heard.append("edited"))
    step = go_back_to(doc, version, read_version(version).workshop)
    assert step.label.startswith("Go back to the version saved ")

    step.do(doc)
    assert doc.workshop.title == "Version 2"
    assert heard == ["reset", "edited"]  # the views rebuild; autosave counts it as an edit
    step.undo(doc)
    assert doc.workshop is current and doc.workshop.title == "Version 3"
    step.do(doc)
    assert doc.workshop.title == "Version 2"
    assert [c.id for c in doc.workshop.cards] == [c.id for c in current.cards]
