"""Checks an .xlsx (a zip of XML parts) before any spreadsheet library opens it.

A zip bomb is a small file that unpacks to gigabytes. The declared sizes and ratios are checked
first, then every part is unpacked once here, counting bytes, so a part whose declared size lies
fails its CRC check instead of filling the memory (shared/research/ecosystem-reliability.md §B4).
The same pass finds a value in a far-off cell, which calamine could not survive (``far_cells``):
an .ods is refused here (calamine reads all its sheets at once: ``ods_scan``), an .xlsx sheet
when it is read. Every part is looked at, whatever its name: the workbook may point anywhere.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from wtfc.importing.errors import CHOOSE_INSTEAD, ImportFailed
from wtfc.importing.far_cells import FarCells, SheetScan
from wtfc.importing.file_names import shown_file_name, shown_name
from wtfc.importing.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_MEMBERS,
    RATIO_CHECK_FROM_BYTES,
)
from wtfc.importing.ods_scan import OdsScan

_CHUNK = 1024 * 1024
HIDDEN_MARK = b"hidden="  # how a sheet's XML marks a row (or column) hidden


@dataclass(frozen=True)
class CheckedZip:
    """What unpacking a workbook found. ``marked``: the parts that mark something hidden
    (``hidden_rows`` need not unpack a sheet again to look). ``too_big``: the worksheet parts
    with a value so far off that calamine could not hold them, with where it is."""

    marked: frozenset[str]
    too_big: Mapping[str, FarCells]


def check_workbook_zip(path: Path, shown: str = "") -> CheckedZip:
    """Raise ImportFailed unless `path` is a zip that is safe to unpack and holds a workbook.
    ``shown``: the file's name as messages say it."""
    name = shown or shown_file_name(path)
    refused = (
        f"{name} was not opened: it unpacks to far more data than a spreadsheet of statements "
        "would (it may be damaged, or made to harm the computer). Save the sheet again from "
        "Excel, or export it as CSV."
    )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise ImportFailed(refused)
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise ImportFailed(refused)
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
                    raise ImportFailed(refused)
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names and "content.xml" not in names:
                raise ImportFailed(
                    f"{name} is not a spreadsheet (it is a zip file of another kind, such as a "
                    f"Word document). Choose {CHOOSE_INSTEAD}."
                )
            return _unpack_counting(archive, members, refused, name,
                                    ods="xl/workbook.xml" not in names)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a damaged part, or cut short
        raise ImportFailed(
            f"{name} could not be read: the file is damaged ({exc}). Save it again from Excel."
        ) from exc
    except (RuntimeError, NotImplementedError) as exc:
        # zipfile raises these for encrypted parts and unknown compression methods.
        raise ImportFailed(
            f"{name} could not be read: it uses a kind of zip packing this app cannot open. "
            "Save it again from Excel as an ordinary .xlsx workbook."
        ) from exc


def _unpack_counting(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], refused: str, name: str, *,
    ods: bool,
) -> CheckedZip:
    total = 0
    marked: set[str] = set()
    too_big: dict[str, FarCells] = {}
    for member in members:
        scan = _scan_for(member.filename, ods=ods)
        with archive.open(member) as part:
            tail = b""
            while chunk := part.read(_CHUNK):
                total += len(chunk)
                if total > MAX_UNPACKED_BYTES:
                    raise ImportFailed(refused)
                scan.feed(chunk)
                if HIDDEN_MARK in tail + chunk[: len(HIDDEN_MARK)] or HIDDEN_MARK in chunk:
                    marked.add(member.filename)
                tail = chunk[-len(HIDDEN_MARK) :]
        if isinstance(scan, OdsScan):
            scan.check(name, shown_name(scan.sheet) if len(scan.tables) > 1 else "")
        elif scan.found.too_big:
            too_big[member.filename] = scan.found
    return CheckedZip(frozenset(marked), too_big)


def _scan_for(part: str, *, ods: bool) -> SheetScan | OdsScan:
    """What looks for far-off value cells in this part: an .ods's cells are in content.xml,
    an .xlsx's in whichever parts its workbook names (``SheetScan`` finds their sheetData)."""
    if ods and part == "content.xml":
        return OdsScan()
    return SheetScan()
