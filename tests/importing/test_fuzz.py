"""Hostile and damaged files for every importer: whatever the bytes, the facilitator gets our
plain-English ``ImportFailed`` (or a table), never a traceback or a hang; a file over the size
limit is refused before a byte of it is read. (The workshop loader's own hypothesis tests are
in tests/model/test_storage.py.)"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_files import write_xlsx

from wtfc.importing.building import build_import
from wtfc.importing.errors import ImportFailed
from wtfc.importing.limits import MAX_FILE_BYTES
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.workshop import Workshop

FUZZ = settings(max_examples=60, deadline=dt.timedelta(seconds=5),
                suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = st.sampled_from([".csv", ".xlsx", ".txt", ".xls", ".ods", ""])


def _plain(message: str) -> None:
    assert message and "Traceback" not in message
    assert not message.startswith(("[Errno", "<")), message


def _import_or_refuse(read) -> None:
    """Read, guess the columns and build the import: a table, or our error, nothing else."""
    try:
        table = read()
        build_import(table, guess_mapping(table), workshop=Workshop())
    except ImportFailed as exc:
        _plain(str(exc))


@functools.cache
def _sample_xlsx() -> bytes:
    """One workbook for the whole run (openpyxl stamps the time in it: bytes must not vary)."""
    rows = [["Person", "Working 1", "Not working 1", "Future 1"],
            ["P1", "My carer is kind", "Buses are late", "A garden"],
            ["P2", "=SUM(A1)", "Café ☕ closes early", "@mention"]]
    with tempfile.TemporaryDirectory() as folder:
        return write_xlsx(Path(folder) / "sample.xlsx", rows).read_bytes()


@FUZZ
@given(data=st.binary(max_size=2000), suffix=SUFFIXES)
def test_any_bytes_in_any_file_give_a_table_or_our_error(tmp_path, data, suffix):
    path = tmp_path / f"statements{suffix}"
    path.write_bytes(data)
    _import_or_refuse(lambda: read_source(path))


@FUZZ
@given(prefix=st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                               b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF"]),
       rest=st.binary(max_size=600))
def test_bytes_that_look_like_a_known_kind_give_a_table_or_our_error(tmp_path, prefix, rest):
    path = tmp_path / "statements.xlsx"
    path.write_bytes(prefix + rest)
    _import_or_refuse(lambda: read_source(path))


@FUZZ
@given(data=st.data())
def test_a_damaged_workbook_gives_a_table_or_our_error(tmp_path, data):
    good = _sample_xlsx()
    at = data.draw(st.integers(0, len(good) - 1), label="at")
    damage = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]), label="damage")
    if damage == "cut":
        bad = good[:at]
    elif damage == "flip":
        bad = good[:at] + bytes([good[at] ^ data.draw(st.integers(1, 255))]) + good[at + 1:]
    elif damage == "insert":
        bad = good[:at] + data.draw(st.binary(min_size=1, max_size=16)) + good[at:]
    else:
        bad = good[:at] + good[at + data.draw(st.integers(1, 64)):]
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bad)
    _import_or_refuse(lambda: read_source(path))


@FUZZ
@given(parts=st.dictionaries(st.sampled_from(["[Content_Types].xml", "xl/workbook.xml",
                                              "xl/worksheets/sheet1.xml",
                                              "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels",
                                              "_rels/.rels", "xl/styles.xml"]),
                             st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
                             min_size=1))
def test_a_zip_with_any_workbook_parts_gives_a_table_or_our_error(tmp_path, parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    path = tmp_path / "parts.xlsx"
    path.write_bytes(buffer.getvalue())
    _import_or_refuse(lambda: read_source(path))


CELL = st.text(st.characters(exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["=1+1", "@SUM(A1)", "\x00", "\ufeff", "\r", '"', '""', "\t", "ÿ", "\u2028", "-", "+1"])


@FUZZ
@given(rows=st.lists(st.lists(CELL, max_size=6), max_size=12),
       delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_any_csv_text_in_any_encoding_gives_a_table_or_our_error(tmp_path, rows, delimiter,
                                                                 encoding):
    text = "\n".join(delimiter.join(row) for row in rows)
    path = tmp_path / "statements.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _import_or_refuse(lambda: read_source(path))


@FUZZ
@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=500)
       | st.lists(st.lists(CELL, max_size=5), max_size=8).map(
           lambda rows: "\n".join("\t".join(r) for r in rows)))
def test_any_pasted_text_gives_a_table_or_our_error(text):
    _import_or_refuse(lambda: read_pasted_text(text))


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_FILE_BYTES + 1)

    def no_reading(*_args, **_kwargs):
        raise AssertionError("the file was read")
    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(ImportFailed, match="too big to import"):
        read_source(path)
    assert os.path.getsize(path) == MAX_FILE_BYTES + 1
