"""Spreadsheets made to end the app are refused in plain words (review R3, session 31).

A 1.2 KB .ods of 50 sheets, each just under the limit, aborted the app: the guard weighed its
sheets one at a time while calamine reads every sheet of an .ods at once (and an .ods cell
costs four times an .xlsx one). A 2 KB .xlsx whose far cell was written a little unusually
(single quotes, two spaces, lower case, eight digits, no r= under a huge row, a sheet part not
named .xml) slipped past the far-cell scan and calamine asked for 159-550 GB; so did .ods cells
with a value but no value type, formulas alone, a "<" in quotes and a table in a cell. Each is
read here in a child process under a memory cap, so a regression fails the test instead of
ending it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_far_cells import (
    _MAIN,
    _ods,
    _ods_row,
    _scanned_and_read,
    _statement_rows,
    _xlsx,
    _xlsx_of,
)

from tests.child_env import child_env

_FAR = "far to the right of the statements. In Excel (or LibreOffice), press Ctrl+End"
_DAMAGED = "could not be read: the file is damaged ("
_X = '<is><t>x</t></is></c>'
# Each a good sheet of statements and one cell more, as R3 wrote it (what it should be told)
XLSX = {
    "single_quotes": ("<row r='9'><c r='XFD1048576' t=\"inlineStr\">" + _X + "</row>", _FAR),
    "two_spaces": ('<row r="9"><c  r="XFD1048576" t="inlineStr">' + _X + "</row>", _FAR),
    "lower_case": ('<row r="9"><c r="xfd1048576" t="inlineStr">' + _X + "</row>", _FAR),
    "spaced_equals": ('<row r="9"><c r = "XFD1048576" t="inlineStr">' + _X + "</row>", _FAR),
    "gt_in_a_value": ('<row r="9"><c t="inlineStr" ph=">" r="XFD1048576">' + _X + "</row>", _FAR),
    "lt_in_a_value": ('<row r="9"><c r="XFD1048576" t="inlineStr" ph="<">' + _X + "</row>", _FAR),
    "two_refs": ('<row r="9"><c r="A9" r="XFD1048576" t="inlineStr">' + _X + "</row>", _DAMAGED),
    "other_prefix": ('<row r="9"><q:c xmlns:q="urn:q" r="XFD1048576" t="inlineStr"><is><t>x'
                     "</t></is></q:c></row>", _FAR),
    "eight_digits": ('<row r="9"><c r="A12345678" t="inlineStr">' + _X + "</row>", _DAMAGED),
    "no_r_under_a_huge_row": ('<row r="99999999999"><c t="inlineStr">' + _X + "</row>",
                              _DAMAGED),
    "twenty_digits": ('<row r="9"><c r="A99999999999999999999" t="inlineStr">' + _X + "</row>",
                      _DAMAGED),
    "twenty_letters": ('<row r="9"><c r="AAAAAAAAAAAAAAAAAAAA9" t="inlineStr">' + _X + "</row>",
                       _DAMAGED),
    "written_higher_up_later": ('<row r="9"><c r="A1048576" t="inlineStr">' + _X + "</row>"
                                '<row r="10"><c r="XFD10" t="inlineStr">' + _X + "</row>", _FAR),
    "no_cell_named": ('<row r="9"><c r="9A" t="inlineStr">' + _X + "</row>", _DAMAGED),
}


_WIDE_ROWS = ('<table:table-row table:number-rows-repeated="1000"><table:table-cell table:'
              'number-columns-repeated="16000" office:value-type="float" office:value="1"/>'
              "</table:table-row>")
# .ods cells calamine reads that the scan did not count
ODS = {
    "value_with_no_type": (_WIDE_ROWS.replace('office:value-type="float" ', ""), _FAR),
    "formula_only": (_WIDE_ROWS.replace('office:value-type="float" office:value="1"',
                                        'table:formula="of:=1"'), _FAR),
    "lt_in_a_value": ('<table:table-row><table:table-cell table:style-name="<" office:value-'
                      'type="float" office:value="1"/></table:table-row>' + _WIDE_ROWS, _DAMAGED),
    # a table in a cell is no sheet to calamine: the rows after it are the outer sheet's
    "table_in_a_cell": ('<table:table-row table:number-rows-repeated="1000"><table:table-cell '
                        'office:value-type="float" office:value="1"/></table:table-row>'
                        '<table:table-row><table:table-cell office:value-type="float" office:'
                        'value="2"><table:table table:name="In"><table:table-row><table:table-'
                        'cell/></table:table-row></table:table></table:table-cell>'
                        "</table:table-row>" + _WIDE_ROWS, _FAR),
}


def _workbook(path: Path, rows: str, *, part: str = "sheet1.xml", before: str = "",
              root: str = "worksheet") -> Path:
    """One sheet of statements and ``rows``, in the part ``part`` the workbook points to."""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{before}<{root} xmlns="{_MAIN}"><sheetData>'
             f"{_statement_rows(8)}{rows}</sheetData></{root}>")
    return _xlsx_of(path, sheet, part=part)


def _repeated_sheets(path: Path, sheets: int, rows: int, columns: int) -> Path:
    """An .ods of ``sheets`` sheets, each a heading row and one filled cell repeated
    ``columns`` wide and ``rows`` down (a few hundred bytes a sheet)."""
    tables = []
    for number in range(sheets):
        repeated = (f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell '
                    f'table:number-columns-repeated="{columns}" office:value-type="string">'
                    "<text:p>y</text:p></table:table-cell></table:table-row>")
        opening = f'</table:table><table:table table:name="S{number}">' if number else ""
        tables.append(opening + _ods_row("Person", "What is working") + repeated)
    return _ods(path, "".join(tables))


_CHILD = """
import json, resource, sys, time
from wtfc.importing.errors import ImportFailed
from wtfc.importing.sources import read_source
for path in sys.argv[1:]:
    start = time.perf_counter()
    try:
        said = "imported %d rows" % len(read_source(path).rows)
    except ImportFailed as refused:
        said = str(refused)
    print(json.dumps([path, said, time.perf_counter() - start]), flush=True)
try:  # this process's own peak: ru_maxrss keeps the forking parent's (a big test worker)
    peak = next(int(line.split()[1]) for line in open("/proc/self/status")
                if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(["peak MB", peak / 1024, 0]))
"""


def _read_in_a_child(paths: list[Path]) -> dict[str, tuple[str, float]]:
    """What importing each file says, read in a child process whose memory is capped (a
    failed allocation there ends the child, not the tests, and not the machine)."""
    def cap() -> None:
        import resource

        # (macOS may not take it: the test then runs uncapped)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))

    done = subprocess.run([sys.executable, "-c", _CHILD, *map(str, paths)], capture_output=True,
                          text=True, timeout=120, check=False, env=child_env(),
                          preexec_fn=cap if os.name == "posix" else None)
    said = {Path(path).name: (words, seconds) for path, words, seconds in
            map(json.loads, done.stdout.splitlines())}
    assert done.returncode == 0, (  # rc -6: calamine's allocation failed after the last listed
        f"rc {done.returncode} after {list(said)}: {done.stderr[-300:]}")
    return said


@pytest.mark.skipif(sys.platform == "win32", reason="the memory cap is set with rlimit")
def test_hostile_sheets_are_refused_in_plain_words_and_cheaply(tmp_path):
    files = [_workbook(tmp_path / f"{name}.xlsx", rows) for name, (rows, _) in XLSX.items()]
    far = '<row r="9"><c r="XFD1048576" t="inlineStr">' + _X + "</row>"
    files += [
        _workbook(tmp_path / "part_named_XML.xlsx", far, part="sheet1.XML"),
        _workbook(tmp_path / "part_named_dat.xlsx", far, part="sheet1.dat"),
        _workbook(tmp_path / "long_comment_first.xlsx", far, before=f"<!--{'x' * 9000}-->"),
        _workbook(tmp_path / "root_named_otherwise.xlsx", far, root="chartsheet"),
        _repeated_sheets(tmp_path / "fifty_sheets.ods", 50, 150_000, 130),  # 975 M cells
        _repeated_sheets(tmp_path / "two_sheets.ods", 2, 32_000, 125),  # 4 M cells each
        *(_ods(tmp_path / f"{name}.ods", _ods_row("Person", "What is working") + rows)
          for name, (rows, _) in ODS.items()),
    ]
    assert (tmp_path / "fifty_sheets.ods").stat().st_size < 1500
    said = _read_in_a_child(files)
    peak = said.pop("peak MB")[0]
    expected = {f"{name}.xlsx": words for name, (_, words) in XLSX.items()}
    for name in ("part_named_XML", "part_named_dat", "long_comment_first",
                 "root_named_otherwise"):
        expected[f"{name}.xlsx"] = _FAR
    expected.update({f"{name}.ods": words for name, (_, words) in ODS.items()})
    for name, words in expected.items():
        assert words in said[name][0], name
    assert said["fifty_sheets.ods"][0] == (
        "fifty_sheets.ods is too big to read safely: the cells of the sheet 'Sheet1' reach column "
        "DZ and row 150,001. Keep only the columns with the statements, people and tags, or "
        "split it into smaller files, and import again.")
    assert said["two_sheets.ods"][0] == (
        "two_sheets.ods is too big to read safely: its 2 sheets hold 8,000,250 cells between "
        "them, and an .ods is read whole, every sheet at once. The biggest, the sheet 'Sheet1', "
        "reaches column DU and row 32,001. Save the sheet with the statements as a file of its "
        "own (or delete the other sheets), and import again.")
    # its peak, not its seconds: a loaded machine stretches those (speed is for benchmarks);
    # a sheet that slips past the guard is read whole by calamine, hundreds of MB or the cap
    assert peak < 200


# Small cells written the odd ways above: the scan must reach at least as far as calamine
ODD = {
    "single quotes": "<row r='9'><c r='C9' t=\"n\"><v>1</v></c></row>",
    "lower case, spaced": '<row r="9"><c  r = "c9" t="n"><v>1</v></c></row>',
    "gt in a value": '<row r="9"><c t="n" ph=">" r="C9"><v>1</v></c></row>',
    "another prefix": '<row r="9"><q:c xmlns:q="urn:q" r="C9" t="n"><q:v>1</q:v></q:c></row>',
    "a row with no r": '<row r="9"><c r="A9"><v>1</v></c></row><row><c><v>1</v></c></row>',
    "after many attributes": ('<row r="9" ' + " ".join(f'a{n}="{n}"' for n in range(40))
                              + '><c r="C9" t="n"><v>1</v></c></row>'),
}


_PREFIXED = ('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Person</x:t></x:is></x:c>'
             '</x:row>')


@pytest.mark.parametrize("chunk", [7, 1 << 20])
@pytest.mark.parametrize("name", [*ODD, "no prefix among x: cells"])
def test_the_scan_reaches_as_far_as_calamine_reads_however_a_cell_is_written(
        tmp_path, name, chunk):
    if name in ODD:
        path = _workbook(tmp_path / "odd.xlsx", ODD[name])
    else:  # (the OpenXML SDK writes <x:c …>)
        path = _xlsx(tmp_path / "odd.xlsx", _PREFIXED + '<x:row r="9"><c r="C9"><v>1</v></c>'
                     "</x:row>", prefix="x")
    scan, rows = _scanned_and_read(path, chunk)
    assert scan.found.widest[0] >= max(map(len, rows))
    assert scan.found.lowest[0] >= len(rows)
