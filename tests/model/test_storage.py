"""Saving and opening ``.wtfc`` files: exact round trips, plain-English errors, the old file safe.

Every way a file can be wrong must end in ``WorkshopFileError`` with a message a facilitator can
read, and neither loading nor a failed save may change what is on disk.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workshop_builders import sample_workshop
from workshop_strategies import JSON_VALUES, workshops

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import (
    load_workshop,
    save_workshop,
    workshop_from_bytes,
    workshop_to_bytes,
)
from wtfc.model.workshop import SCHEMA_VERSION, Card, Kind, Theme, Workshop


def _sample_json() -> dict:
    return json.loads(workshop_to_bytes(sample_workshop()))


def _bytes(raw) -> bytes:
    return json.dumps(raw).encode()


def _problem(raw_or_bytes, name: str = "spring.wtfc") -> str:
    data = raw_or_bytes if isinstance(raw_or_bytes, bytes) else _bytes(raw_or_bytes)
    with pytest.raises(WorkshopFileError) as caught:
        workshop_from_bytes(data, name=name)
    return str(caught.value)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# -- round trips --------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(workshop=workshops())
def test_any_workshop_comes_back_exactly_from_its_bytes(workshop):
    loaded = workshop_from_bytes(workshop_to_bytes(workshop))
    assert loaded.workshop == workshop
    assert loaded.read_only_reason == ""


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workshop=workshops())
def test_any_workshop_saved_to_disk_opens_the_same(workshop, tmp_path):
    path = tmp_path / "round trip.wtfc"
    save_workshop(workshop, path)
    assert load_workshop(path).workshop == workshop


def test_the_file_is_utf8_json_with_its_format_version(tmp_path):
    path = tmp_path / "spring.wtfc"
    workshop = sample_workshop().model_copy(update={"title": "Réunion — café ☕"})
    save_workshop(workshop, path)
    raw = json.loads(path.read_bytes().decode("utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    assert raw["title"] == "Réunion — café ☕"


# -- hostile bytes ------------------------------------------------------------------------------


def _only_our_error(data: bytes) -> None:
    try:
        workshop_from_bytes(data, name="x.wtfc")
    except WorkshopFileError as exc:
        message = str(exc)
        assert message.startswith("'x.wtfc'"), message
        assert "Traceback" not in message and "pydantic" not in message.lower()


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_give_only_our_error(data):
    _only_our_error(data)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_damaged_workshop_file_gives_only_our_error(data):
    good = workshop_to_bytes(sample_workshop())
    at = data.draw(st.integers(0, len(good) - 1), label="at")
    damage = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]), label="damage")
    if damage == "cut":
        bad = good[:at]
    elif damage == "flip":
        bad = good[:at] + bytes([good[at] ^ data.draw(st.integers(1, 255))]) + good[at + 1:]
    elif damage == "insert":
        bad = good[:at] + data.draw(st.binary(min_size=1, max_size=8)) + good[at:]
    else:
        bad = good[:at] + good[at + data.draw(st.integers(1, 40)):]
    _only_our_error(bad)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_wrong_value_anywhere_gives_only_our_error(data):
    raw = _sample_json()
    node = raw
    path = []
    while isinstance(node, dict | list) and node:  # walk to a random place in the file
        key = data.draw(st.sampled_from(list(node) if isinstance(node, dict)
                                        else range(len(node))))
        path.append(key)
        if not data.draw(st.booleans()):
            break
        node = node[key]
    parent = raw
    for key in path[:-1]:
        parent = parent[key]
    if path:
        parent[path[-1]] = data.draw(JSON_VALUES, label="value")
    if isinstance(parent, dict) and data.draw(st.booleans()):
        parent[data.draw(st.text(max_size=8), label="extra key")] = 1
    _only_our_error(_bytes(raw))


def test_a_number_too_long_to_read_gives_our_error():
    assert "not a workshop file" in _problem(b'{"schema_version": 1, "title": ' +
                                             b"9" * 5000 + b"}")


def test_nesting_too_deep_gives_our_error():
    message = _problem(b'{"schema_version": 1, "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert "'spring.wtfc'" in message


# -- plain-English messages ---------------------------------------------------------------------


def test_a_truncated_file_says_it_was_cut_short():
    good = workshop_to_bytes(sample_workshop())
    message = _problem(good[: len(good) // 2])
    assert message.startswith("'spring.wtfc' is cut short")
    assert "may not have been saved completely" in message


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(1, 10_000))
def test_a_file_cut_anywhere_says_it_was_cut_short(cut):
    # Accents and a dash before the cut: the error position counts characters, not bytes.
    workshop = sample_workshop().model_copy(update={"title": "Réunion — café ☕", "venue": "x"})
    good = workshop_to_bytes(workshop)
    assert _problem(good[: cut % (len(good) - 1) + 1], name="100% done.wtfc").startswith(
        "'100% done.wtfc' is cut short")


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "'spring.wtfc' is empty."),
    (b"  \n ", "'spring.wtfc' is empty."),
    (b"Hello, this is a letter", "'spring.wtfc' is not a workshop file, or it is damaged"),
    (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "'spring.wtfc' is not a workshop file (it is not UTF-8"),
    (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    (b"[1, 2, 3]", "'spring.wtfc' is not a workshop file (no workshop in it)."),
    (b'{"title": "A spreadsheet?"}', "no workshop in it"),
    (b'{"schema_version": "1"}', "unknown format version ('1')"),
    (b'{"schema_version": 0}', "unknown format version (0)"),
    (b'{"schema_version": true}', "unknown format version (True)"),
    (b'{"schema_version": 1.5}', "unknown format version (1.5)"),
])
def test_not_a_workshop_file(data, expected):
    assert expected in _problem(data)


def test_a_wrong_type_names_the_part_and_field():
    raw = _sample_json()
    raw["cards"][1]["source"] = 5
    message = _problem(raw)
    assert message.startswith("'spring.wtfc' has a problem: Card 2 "
                              "('Nobody asks me what I want'), field 'source'")


def test_a_wrong_type_in_the_workshop_details():
    raw = _sample_json()
    raw["date"] = "the second Tuesday"
    assert "The workshop's 'date'" in _problem(raw)


@pytest.mark.parametrize("value", [12345, "26/11/2026", "2026-13-01"])
def test_a_date_that_is_not_a_date_is_said_in_plain_words(value):
    """Pydantic said "datetimes provided to dates should have zero time" or "invalid character
    in year": the facilitator is told how a date is written instead."""
    raw = _sample_json()
    raw["date"] = value
    assert _problem(raw) == (f"'spring.wtfc' has a problem: The workshop's 'date': should be a "
                             f"date written as year-month-day (for example 2026-11-26), not "
                             f"{value!r}.")


def test_an_unknown_field_is_named():
    raw = _sample_json()
    raw["themes"][0]["colour"] = "red"
    assert _problem(raw) == ("'spring.wtfc' has a problem: Theme 1 ('I feel like a package') "
                             "has a field this version does not know ('colour').")
    raw = _sample_json()
    raw["mood_board"] = []
    assert _problem(raw) == ("'spring.wtfc' has a problem: The workshop has a field this "
                             "version does not know ('mood_board').")


def test_a_missing_field_is_named():
    raw = _sample_json()
    del raw["cards"][0]["text"]
    assert _problem(raw) == "'spring.wtfc' has a problem: Card 1 ('n1') is missing its 'text'."


def test_a_text_past_its_limit_is_refused():
    raw = _sample_json()
    raw["themes"][1]["name"] = "x" * 301
    assert "Theme 2" in _problem(raw)
    assert "300 characters" in _problem(raw)


def test_a_theme_listing_a_card_that_does_not_exist_names_the_theme_and_the_card():
    ws = Workshop(cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Rushed visits")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="Staff", card_ids=["c1"])])
    raw = json.loads(workshop_to_bytes(ws))
    raw["themes"][0]["card_ids"].append("4f2c9a1b")
    assert _problem(raw) == ("'spring.wtfc' has a problem: Theme 'Staff' lists a card that "
                             "does not exist (card 4f2c9a1b).")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda r: r["causes"][1].update(parent_id="zz"),
     "Cause 'Contracts pay by the minute' hangs off a cause that does not exist (cause zz)."),
    (lambda r: r["causes"][0].update(parent_id="c"),
     "The why-tree around 'Visits are booked by time slot' loops back on itself."),
    (lambda r: r["causes"][4].update(parent_id="a"),
     "Cause 'High staff turnover' hangs off a cause of another theme."),
    (lambda r: r["actions"][0].update(cause_id="gone"),
     "Action 'Pay for outcomes, not minutes' links a cause that does not exist (cause gone)."),
    (lambda r: r["success"][0].update(theme_id="nope"),
     "Success statement 'I know the people who help me' belongs to a theme that does not "
     "exist (theme nope)."),
    (lambda r: r["cards"][0].update(person="P99"),
     "Card 'Different carers every week' names a person who is not listed (P99)."),
    (lambda r: r["cards"][1].update(id="n1"), "Two cards share the id n1."),
    (lambda r: r["themes"][0]["card_ids"].append("n1"),
     "Theme 'I feel like a package' lists the same card twice."),
])
def test_broken_references_are_explained(change, expected):
    raw = _sample_json()
    change(raw)
    assert _problem(raw) == f"'spring.wtfc' has a problem: {expected}"


# -- size limit ---------------------------------------------------------------------------------


def test_a_2_gb_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.wtfc"
    with open(path, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse: takes no disk space

    def never_read(*_args, **_kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never_read)
    monkeypatch.setattr(Path, "open", never_read)
    with pytest.raises(WorkshopFileError, match=r"'huge.wtfc' is 2,147 MB, too big to be a "
                                                r"workshop file \(the limit is 209 MB\)"):
        load_workshop(path)


def test_the_size_limit_applies_to_bytes_too(monkeypatch):
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 100)
    with pytest.raises(WorkshopFileError, match="too big"):
        workshop_from_bytes(workshop_to_bytes(sample_workshop()), name="x.wtfc")


# -- newer files --------------------------------------------------------------------------------


def test_a_file_from_a_newer_version_opens_read_only_with_a_reason(tmp_path):
    raw = _sample_json()
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["mood_board"] = {"colours": ["red"]}  # parts this version does not know
    raw["cards"][0]["photo"] = "p.jpg"
    raw["themes"][0]["priority"]["stars"] = 3
    path = tmp_path / "from the future.wtfc"
    path.write_bytes(_bytes(raw))
    loaded = load_workshop(path)
    assert "newer version of wtfc" in loaded.read_only_reason
    assert f"format {SCHEMA_VERSION + 1}" in loaded.read_only_reason
    assert "read-only" in loaded.read_only_reason
    assert loaded.workshop == sample_workshop()  # everything it knows is there


def test_a_newer_file_with_broken_parts_still_gives_only_our_error():
    raw = _sample_json()
    raw["schema_version"] = 99
    raw["cards"] = "not a list"
    assert "'spring.wtfc' has a problem" in _problem(raw)


def test_a_newer_file_with_a_value_this_version_does_not_know_says_where_it_is_from():
    """A newer wtfc may add a role (format 2 added one): the message points at that wtfc
    rather than leaving the file looking damaged."""
    raw = _sample_json()
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["actions"][0]["role"] = "volunteers"
    message = _problem(raw)
    assert ("Action 1 ('Pay for outcomes, not minutes') has a role this version of wtfc does "
            "not know ('volunteers'); it knows Commissioners, Providers,") in message
    assert f"saved by a newer version of wtfc (format {SCHEMA_VERSION + 1})" in message
    raw["schema_version"] = SCHEMA_VERSION  # a file of this format: simply a problem
    assert "newer" not in _problem(raw)


@pytest.mark.parametrize(("part", "field", "says"), [
    ("cards", "kind", "has a kind of card this version of wtfc does not know ('question'); it "
                      "knows What's working, What's not working and Important for the future."),
    ("actions", "status", "has a status this version of wtfc does not know ('question'); it "
                          "knows Not started, In progress, Done and Dropped."),
    (None, "stage", "The workshop has a stage this version of wtfc does not know ('question')")])
def test_a_choice_this_version_does_not_know_is_said_in_the_apps_words(part, field, says):
    """The facilitator never sees the file's codes ('not_working'), only the app's words."""
    raw = _sample_json()
    (raw[part][0] if part else raw)[field] = "question"
    message = _problem(raw)
    assert says in message
    assert "not_working" not in message and "in_progress" not in message


# -- saving -------------------------------------------------------------------------------------


def test_saving_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "spring.wtfc"
    first = sample_workshop()
    second = first.model_copy(update={"title": "Second"})
    third = first.model_copy(update={"title": "Third"})
    save_workshop(first, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc"]
    save_workshop(second, path)
    save_workshop(third, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc", "spring.wtfc.bak"]
    assert load_workshop(path).workshop.title == "Third"
    assert load_workshop(tmp_path / "spring.wtfc.bak").workshop.title == "Second"


def test_the_backup_is_kept_where_files_cannot_be_hard_linked(tmp_path, monkeypatch):
    # USB sticks (FAT) and many network drives refuse hard links.
    monkeypatch.setattr(os, "link", _failing(errno.EPERM))
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    save_workshop(sample_workshop().model_copy(update={"title": "Second"}), path)
    assert load_workshop(path).workshop.title == "Second"
    assert load_workshop(tmp_path / "spring.wtfc.bak").workshop == sample_workshop()


def test_saving_without_backup(tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path, backup=False)
    save_workshop(sample_workshop(), path, backup=False)
    assert [p.name for p in tmp_path.iterdir()] == ["spring.wtfc"]


def _failing(code: int):
    def fail(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.parametrize(("patched", "code", "expected"), [
    ("replace", errno.ENOSPC, "The disk is full, so 'spring.wtfc' could not be saved. "
                              "The previous copy is untouched"),
    ("fsync", errno.ENOSPC, "The disk is full"),
    ("replace", errno.EACCES, "wtfc may not write to"),
    ("replace", errno.EROFS, "use Save As to save it somewhere else"),
    ("fsync", errno.EIO, "'spring.wtfc' could not be saved: Input/output error."),
])
def test_a_failed_save_leaves_the_previous_file_intact(tmp_path, monkeypatch, patched, code,
                                                        expected):
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop(), path)
    save_workshop(sample_workshop(), path)  # so there is a backup too
    before = _snapshot(tmp_path)
    monkeypatch.setattr(os, patched, _failing(code))
    with pytest.raises(WorkshopFileError) as caught:
        save_workshop(sample_workshop().model_copy(update={"title": "Lost"}), path)
    monkeypatch.undo()
    assert expected in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spring.wtfc", "spring.wtfc.bak"]
    assert _snapshot(tmp_path)["spring.wtfc"] == before["spring.wtfc"]
    assert load_workshop(path).workshop == sample_workshop()


def test_a_failed_first_save_leaves_no_file_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", _failing(errno.ENOSPC))
    with pytest.raises(WorkshopFileError, match="disk is full"):
        save_workshop(sample_workshop(), tmp_path / "new.wtfc")
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_names_it_and_says_what_to_do(tmp_path):
    with pytest.raises(WorkshopFileError) as caught:  # a USB stick pulled out, say
        save_workshop(sample_workshop(), tmp_path / "gone" / "spring day.wtfc")
    assert caught.value.problem.startswith(f"The folder '{tmp_path / 'gone'}' cannot be found")
    assert "'spring day.wtfc' could not be saved" in caught.value.problem
    assert caught.value.advice == "Your workshop is safe in wtfc: use Save As to save it " \
                                  "somewhere else."


# -- opening never writes -----------------------------------------------------------------------


def test_opening_files_good_bad_and_newer_never_writes(tmp_path):
    raw_newer = _sample_json()
    raw_newer["schema_version"] = 7
    broken = _sample_json()
    broken["themes"][0]["card_ids"].append("nope")
    files = {"good.wtfc": workshop_to_bytes(sample_workshop()), "newer.wtfc": _bytes(raw_newer),
             "broken.wtfc": _bytes(broken), "cut.wtfc": workshop_to_bytes(sample_workshop())[:99],
             "empty.wtfc": b""}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    os.utime(tmp_path, ns=(1, 1))
    for name in files:
        os.utime(tmp_path / name, ns=(1, 1))
    before = _snapshot(tmp_path)
    for name in files:
        with contextlib.suppress(WorkshopFileError):
            load_workshop(tmp_path / name)
    assert _snapshot(tmp_path) == before
    assert tmp_path.stat().st_mtime_ns == 1


@pytest.mark.parametrize(("name", "expected"), [
    ("missing.wtfc", "does not exist (it may have been moved or renamed)"),
    ("a folder", "is a folder, not a workshop file"),
])
def test_opening_what_is_not_a_file(tmp_path, name, expected):
    (tmp_path / "a folder").mkdir()
    with pytest.raises(WorkshopFileError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        load_workshop(tmp_path / name)


def test_a_file_saved_again_with_a_byte_order_mark_opens(tmp_path: Path):
    """Notepad adds a byte-order mark when it saves: the workshop still opens, whole."""
    path = tmp_path / "notepad.wtfc"
    storage.save_workshop(sample_workshop(), path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert storage.load_workshop(path).workshop == sample_workshop()
