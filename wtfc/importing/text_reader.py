"""Reads CSV files and text pasted from Excel (tab-separated) into a SourceTable.

Excel's "CSV UTF-8" starts with a byte-order mark; its plain "CSV" uses the Windows code page
(shared/research/ecosystem-reliability.md §A1). Files joined from two exports can mix both, so
a file that is not UTF-8 as a whole is decoded line by line.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator

from wtfc.importing.errors import CHOOSE_INSTEAD, ImportFailed
from wtfc.importing.limits import MAX_FILE_BYTES
from wtfc.importing.table import PASTED_TEXT, SourceTable, collect_rows

_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
_NAMED_STRAY_QUOTES = 5
# csv's own limit on one cell (131,072 characters) would refuse the whole file for one long
# cell; no cell can be longer than the biggest file read, and one that long is skipped as too
# long for a card, like any other (the limit is the whole process's: it is only ever raised).
_CELL_LIMIT = 4 * MAX_FILE_BYTES  # characters of pasted text, where a file has bytes
# Bytes that no text holds: control characters other than tab, line ends, form feed and the
# vertical tab and end-of-file marks some old exports leave.
_NOT_TEXT = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1a")
_SAMPLE = 8192
_MARKS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16's byte-order marks


def read_delimited_bytes(data: bytes, *, source_name: str) -> SourceTable:
    """A CSV (or tab-separated) file's bytes as a SourceTable; says which encoding was used.

    UTF-16 without its byte-order mark is told by its every other byte being NUL. A few stray
    NULs (or other control bytes) in text are read past (``cell_text`` drops them); bytes
    that are not text are refused. NULs at the very end are dropped first: a file cut short
    on a USB stick (or a card) is padded with them, keeping an even length: UTF-16's last
    character may end in a NUL of its own ("\n\0"), and without its mark UTF-16 is told by
    its NULs, so the padding must be gone before they are counted."""
    n = len(data.rstrip(b"\0"))
    data = data[: n + n % 2]
    marked = data.startswith(_MARKS)
    if not marked:
        data = _with_mark(data)
    if not data.startswith(_MARKS) and not _looks_like_text(data):
        raise ImportFailed(
            f"{source_name} is not a spreadsheet or a CSV file. Choose {CHOOSE_INSTEAD}."
        )
    try:
        text, encoding = decode_text(data)
    except ImportFailed:
        if marked:
            raise
        # Told to be UTF-16 by its NULs alone: the file never said so.
        raise ImportFailed(
            f"{source_name} looks like UTF-16 text (as Excel's \u201cUnicode text\u201d saves) "
            "but is damaged: it may have been cut short. Save it from the spreadsheet again, "
            "as CSV."
        ) from None
    return _table_from_text(text, source_name=source_name, encoding=encoding)


def _with_mark(data: bytes) -> bytes:
    """UTF-16 text with no byte-order mark (some exports leave it off) given the mark."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    half = len(sample) // 2
    if half < 2:
        return data
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even <= 0.02 * half:
        return b"\xff\xfe" + data  # little-endian: "P\0e\0"
    if even >= 0.4 * half and odd <= 0.02 * half:
        return b"\xfe\xff" + data
    return data


def _looks_like_text(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    odd = len(sample) - len(sample.translate(None, _NOT_TEXT))
    return odd <= max(2, len(sample) // 100)  # (random bytes: one in nine)


def read_pasted_text(text: str) -> SourceTable:
    """Cells copied from Excel arrive as tab-separated lines."""
    if not text.strip():
        raise ImportFailed("There is nothing to import: the pasted text is empty.")
    return _table_from_text(text, source_name=PASTED_TEXT, encoding="")


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, the encoding used, in words)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_lines(data[3:], label_if_pure="UTF-8 with BOM")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" export.
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise ImportFailed("The file says it is UTF-16 text but is damaged.") from exc
    return _decode_lines(data, label_if_pure="UTF-8")


def _decode_lines(data: bytes, *, label_if_pure: str) -> tuple[str, str]:
    from wtfc.model.text_lines import decode_lines

    text, utf8_lines, windows_lines = decode_lines(data)
    if not windows_lines:
        return text, label_if_pure
    if not utf8_lines:
        return text, "Windows-1252"
    return text, f"mixed: UTF-8, with {windows_lines} line(s) in Windows-1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same number (two or more) of
    cells. Lines of one cell (a title, instructions) do not count against a delimiter."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0.0, 0)
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        split = [w for w in widths if w >= 2]
        if not split:
            continue
        width, count = Counter(split).most_common(1)[0]
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _table_from_text(text: str, *, source_name: str, encoding: str) -> SourceTable:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportFailed(f"{source_name} is empty: there are no statements in it.")
    delimiter = "\t" if "\t" in text.split("\n", 1)[0] else sniff_delimiter(text)
    stray_quotes: list[int] = []
    if csv.field_size_limit() < _CELL_LIMIT:
        csv.field_size_limit(_CELL_LIMIT)
    try:
        rows = collect_rows(_rows(text, delimiter, stray_quotes), source_name=source_name)
    except csv.Error as exc:
        raise ImportFailed(
            f"{source_name} could not be read as CSV ({exc}). Open it in Excel and save it "
            "again as 'CSV UTF-8'."
        ) from exc
    # Which character split the cells is kept, not said: the mapping step's preview shows the
    # columns as read, which is what a facilitator can check.
    return SourceTable(
        rows=rows,
        source_name=source_name,
        encoding=encoding,
        notes=tuple(_stray_quote_notes(stray_quotes)),
        delimiter=delimiter,
    )


def _rows(text: str, delimiter: str, stray_quotes: list[int]) -> Iterator[list[str]]:
    """The rows of `text`, with the numbers of lines holding a stray quote added to
    `stray_quotes`.

    A quoted cell may run over several lines (Excel writes a line break in a cell that way).
    But a quote typed at the start of a cell and never closed would swallow every line after
    it into that one cell, so a quoted cell over several lines that is not properly closed, or
    that runs on far longer than a statement can be, is taken for a slip: its first line is
    read on its own and reading goes on from the next. That way no row is lost, and the report
    names the line to check.
    """
    lines = _Lines(text)
    while True:
        try:
            for row in csv.reader(lines, delimiter=delimiter):
                first, record = lines.take_record()
                broken = (len(record) > 1 or lines.ended) and '"' in record[0]
                if broken and not _properly_quoted(record, delimiter):
                    yield _read_on_its_own(first, record, lines, delimiter, stray_quotes)
                else:
                    yield row
            return
        except _RecordTooLong:  # the reader is mid-cell: start a new one after the slip
            first, record = lines.take_record()
            yield _read_on_its_own(first, record, lines, delimiter, stray_quotes)


def _read_on_its_own(first: int, record: list[str], lines: _Lines, delimiter: str,
                     stray_quotes: list[int]) -> list[str]:
    stray_quotes.append(first)
    lines.give_back(record[1:])
    line = record[0]
    # Read with the stray quote still in, the rest of the line (its kind too) would be one cell.
    stray = _unclosed_quote(line, delimiter)
    if stray >= 0:
        line = line[:stray] + line[stray + 1:]
    return next(csv.reader([line], delimiter=delimiter))


def _unclosed_quote(line: str, delimiter: str) -> int:
    """Where the quote that opens a cell of ``line`` and never closes is (-1: none), going as
    csv does: a quote opens a cell only at its start, and "" inside a quoted cell is a quote.
    (Jumps from quote to quote: the line may be megabytes long.)"""
    at = 0
    while (opened := line.find('"', at)) >= 0:
        if opened and line[opened - 1] != delimiter:  # a quote inside a cell is kept as it is
            at = opened + 1
            continue
        at = opened + 1
        while True:
            closed = line.find('"', at)
            if closed < 0:
                return opened
            if line[closed + 1:closed + 2] != '"':
                at = closed + 1
                break
            at = closed + 2
    return -1


def _properly_quoted(lines: list[str], delimiter: str) -> bool:
    try:
        list(csv.reader(lines, delimiter=delimiter, strict=True))  # the lines of one record
    except csv.Error:
        return False
    return True


class _RecordTooLong(Exception):
    """A quoted cell has run on longer than any statement: a quote that never closes."""


class _Lines:
    """The text's lines for csv.reader, remembering those of the row being read so that they
    can be given back and read again."""

    # Far more than a statement can hold (4,000 characters), far less than csv's own limit
    # (131,072), which would stop the whole import with a technical message.
    MOST_IN_ONE_ROW = 20_000

    def __init__(self, text: str) -> None:
        self._stream = io.StringIO(text, newline="")
        self._given_back: list[str] = []  # last line first
        self._record: list[str] = []
        self._record_chars = 0
        self._next_number = 1  # of the line csv.reader gets next
        self.ended = False  # the reader asked past the last line (a quote open at the end)

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._record_chars > self.MOST_IN_ONE_ROW:
            raise _RecordTooLong
        try:
            line = self._given_back.pop() if self._given_back else next(self._stream)
        except StopIteration:
            self.ended = True
            raise
        self._record.append(line)
        self._record_chars += len(line)
        self._next_number += 1
        return line

    def take_record(self) -> tuple[int, list[str]]:
        """(the number of the row's first line, the row's lines), ready for the next row."""
        record, self._record, self._record_chars = self._record, [], 0
        return self._next_number - len(record), record

    def give_back(self, lines: list[str]) -> None:
        self._given_back += reversed(lines)
        self._next_number -= len(lines)
        self.ended = False


def _stray_quote_notes(line_numbers: list[int]) -> list[str]:
    if not line_numbers:
        return []
    if len(line_numbers) == 1:
        return [
            f'Line {line_numbers[0]} opens a quote (") that never closes. It was read as a row '
            "on its own, without the quote mark, so the rows after it are kept; check its card."
        ]
    named = ", ".join(str(n) for n in line_numbers[:_NAMED_STRAY_QUOTES])
    more = len(line_numbers) - _NAMED_STRAY_QUOTES
    return [
        f'Lines {named}{f" and {more} more" if more > 0 else ""} open a quote (") that never '
        "closes. Each was read as a row on its own, without the quote mark, so the rows after "
        "it are kept; check their cards."
    ]
