"""Recovery copies: the snapshot is the workshop exactly, cheap to refresh, and says how it
differs from the saved file in words a facilitator reads at a glance."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from workshop_builders import sample_document, sample_workshop
from workshop_strategies import workshops

from wtfc.model import recovery
from wtfc.model.errors import WorkshopFileError
from wtfc.model.operations.cards import add_card, edit_card
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.themes import create_theme
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Kind, Workshop


def _header(path: str = "") -> SnapshotHeader:
    return SnapshotHeader(original_path=path, title="Spring", pid=os.getpid(),
                          hostname=recovery.this_host(), instance_id="abc")


def _write(tmp_path, workshop: Workshop, path: str = "") -> recovery.Snapshot:
    session = tmp_path / "recovery" / "abc"
    session.mkdir(parents=True, exist_ok=True)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(workshop, _header(path)), session)
    return recovery.read_snapshot(session)


@settings(max_examples=40, deadline=None)
@given(workshop=workshops())
def test_a_snapshot_holds_the_workshop_exactly(workshop):
    data = SnapshotSerializer().snapshot_bytes(workshop, _header())
    head, _, body = data.partition(b"\n")
    assert Workshop.model_validate_json(body) == workshop
    assert b"\n" not in head


def test_a_refreshed_snapshot_after_edits_is_the_edited_workshop(tmp_path):
    doc = sample_document()
    serializer = SnapshotSerializer()
    serializer.snapshot_bytes(doc.workshop, _header())
    for edit in (add_card(doc, kind=Kind.FUTURE, text="A garden"),
                 edit_card(doc, card_id="n1", text="Changed words"),
                 edit_details(doc, title="Renamed")):
        edit.do(doc)
        body = serializer.snapshot_bytes(doc.workshop, _header()).partition(b"\n")[2]
        assert Workshop.model_validate_json(body) == doc.workshop


def test_the_header_says_which_file_who_and_when(tmp_path):
    snap = _write(tmp_path, sample_workshop(), "/work/spring.wtfc")
    assert snap.header.original_path == "/work/spring.wtfc"
    assert snap.header.pid == os.getpid()
    assert snap.header.taken_at() is not None
    assert snap.workshop == sample_workshop()


def test_the_header_keeps_the_file_a_new_cycle_was_started_from(tmp_path):
    """Restored after a crash, the new cycle is still compared with last time's file and never
    saved over it (File → New workshop from this one…)."""
    session = tmp_path / "recovery" / "abc"
    session.mkdir(parents=True)
    header = _header()
    header.made_from = "/work/spring.wtfc"
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(sample_workshop(), header),
                            session)
    assert recovery.read_snapshot(session).header.made_from == "/work/spring.wtfc"


@pytest.mark.parametrize("made_from", ["absent", None, "", 7, ["/a"]])
def test_a_snapshot_without_a_last_time_file_restores_as_before(tmp_path, made_from):
    """Written before the header said it (or saying it wrongly): no last time's file, and the
    work itself is not called damaged."""
    head = {"format": recovery.FORMAT, "original_path": "", "title": "Spring"}
    if made_from != "absent":
        head["made_from"] = made_from
    snap = recovery.read_snapshot(_raw_snapshot(tmp_path, head,
                                                sample_workshop().model_dump_json().encode()))
    assert snap.header.made_from is None and snap.workshop == sample_workshop()


@pytest.mark.parametrize("data", [b"", b"not json\n{}", b'{"format": "other"}\n{}',
                                  b'{"format": "wtfc-recovery 1", "original_path": ""}\n{"x":'])
def test_a_damaged_snapshot_gives_our_error(tmp_path, data):
    session = tmp_path / "s"
    session.mkdir()
    (session / recovery.SNAPSHOT_NAME).write_bytes(data)
    with pytest.raises(WorkshopFileError, match="recovery copy"):
        recovery.read_snapshot(session)


def test_the_comparison_counts_what_is_newer_than_the_saved_file(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    doc = sample_document()
    for n in range(12):
        add_card(doc, kind=Kind.WORKING, text=f"New {n}").do(doc)
    create_theme(doc, kind=Kind.FUTURE, name="I want a garden").do(doc)
    edit_card(doc, card_id="n1", text="Changed").do(doc)
    comparison = recovery.compare_with_saved(_write(tmp_path, doc.workshop, str(path)))
    assert comparison.saved_file_time is not None
    assert comparison.describe() == "12 more cards, 1 card changed, 1 more theme"


def test_the_comparison_says_when_there_is_nothing_to_compare(tmp_path):
    assert recovery.compare_with_saved(_write(tmp_path, sample_workshop())).saved_problem \
        == "never saved"
    gone = recovery.compare_with_saved(_write(tmp_path, sample_workshop(), str(tmp_path / "x")))
    assert gone.saved_file_time is None and "missing" in gone.saved_problem
    assert gone.saved_missing
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    same = recovery.compare_with_saved(_write(tmp_path, sample_workshop(), str(path)))
    assert same.describe() == "the same as the saved file"


def test_sessions_are_listed_oldest_first_and_the_lock_folder_is_not_one(tmp_path):
    folder = tmp_path / "recovery"
    assert recovery.session_folders(folder) == []
    for name, when in (("b", 200), ("a", 100)):
        (folder / name).mkdir(parents=True)
        (folder / name / recovery.SNAPSHOT_NAME).write_bytes(b"x")
        os.utime(folder / name / recovery.SNAPSHOT_NAME, (when, when))
    (folder / "locks").mkdir()
    assert [p.name for p in recovery.session_folders(folder)] == ["a", "b"]
    recovery.remove_session(folder / "a")
    assert [p.name for p in recovery.session_folders(folder)] == ["b"]


def _raw_snapshot(tmp_path, head: dict, body: bytes):
    import json

    session = tmp_path / "s"
    session.mkdir(exist_ok=True)
    (session / recovery.SNAPSHOT_NAME).write_bytes(json.dumps(head).encode() + b"\n" + body)
    return session


def test_a_snapshot_from_a_newer_wtfc_keeps_what_it_holds_and_says_so(tmp_path):
    import json

    body = json.loads(sample_workshop().model_dump_json())
    body["schema_version"] = 99
    body["cards"][0]["colour"] = "teal"  # something this version does not know
    raw = json.dumps(body).encode()
    session = _raw_snapshot(tmp_path, {"format": recovery.FORMAT, "original_path": "",
                                       "title": "Spring"}, raw)
    snap = recovery.read_snapshot(session)
    assert "newer version of wtfc" in snap.newer_version
    assert snap.body == raw  # the copy exactly as written, for saving elsewhere whole
    assert _write(tmp_path, sample_workshop()).newer_version == ""


def test_a_snapshot_in_a_newer_recovery_format_is_not_called_damaged(tmp_path):
    session = _raw_snapshot(tmp_path, {"format": "wtfc-recovery 2", "original_path": ""}, b"{}")
    with pytest.raises(WorkshopFileError, match="newer version of wtfc") as caught:
        recovery.read_snapshot(session)
    assert "damaged" not in str(caught.value)


def test_the_comparison_says_when_the_file_was_saved_after_the_copy(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    snap = _write(tmp_path, sample_workshop(), str(path))
    assert not recovery.compare_with_saved(snap).saved_after_copy
    later = snap.header.taken_at().timestamp() + 3600  # saved again an hour after the copy
    os.utime(path, (later, later))
    assert recovery.compare_with_saved(snap).saved_after_copy


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_snapshot_is_readable_only_by_its_own_user(tmp_path):
    """A shared council laptop: another account must not read names not yet redacted."""
    session = tmp_path / "recovery" / "abc"
    old = os.umask(0o022)
    try:
        recovery.make_session_folder(session)
        (session / recovery.SNAPSHOT_NAME).write_bytes(b"old")
        (session / recovery.SNAPSHOT_NAME).chmod(0o644)  # as an earlier version left it
        recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(Workshop(), _header()),
                                session)
    finally:
        os.umask(old)
    assert (session / recovery.SNAPSHOT_NAME).stat().st_mode & 0o777 == 0o600
    assert session.stat().st_mode & 0o777 == 0o700
    assert session.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_recovery_folder_an_earlier_version_made_open_is_made_private(tmp_path):
    folder = tmp_path / "recovery"
    (folder / "old-session").mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    recovery.make_session_folder(folder / "new")
    assert folder.stat().st_mode & 0o777 == 0o700  # the old session inside is shut in too


def test_a_damaged_snapshot_still_says_which_workshop_it_was(tmp_path):
    data = SnapshotSerializer().snapshot_bytes(sample_workshop(), _header("/work/spring.wtfc"))
    head, body = data.split(b"\n", 1)
    session = tmp_path / "s"
    session.mkdir()
    (session / recovery.SNAPSHOT_NAME).write_bytes(head + b"\n" + body[:117])
    with pytest.raises(recovery.DamagedSnapshot) as caught:
        recovery.read_snapshot(session)
    assert caught.value.header.title == "Spring"
    assert caught.value.header.original_path == "/work/spring.wtfc"
    assert caught.value.rescue == body[:117]
    assert "line" not in str(caught.value) and "column" not in str(caught.value)
    assert recovery.read_damaged(session).header.title == "Spring"
