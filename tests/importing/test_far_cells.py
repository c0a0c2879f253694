"""One value in a far-off cell (an "x" typed in XFD4001 after Ctrl+→) made calamine ask for
gigabytes and end the whole app, no message, unsaved edits lost. The zip check now finds the
cell first and says where it is; empty formatted cells, however far, still import."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import python_calamine

from wtfc.importing.building import build_import
from wtfc.importing.errors import ImportFailed
from wtfc.importing.far_cells import SheetScan, column_letters
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.workshop import Workshop

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _statement_rows(last: int) -> str:
    rows = [f'<row r="1">{_inline("A1", "Person")}{_inline("B1", "What is working")}</row>']
    rows += [f'<row r="{r}">{_inline(f"A{r}", f"P{r}")}{_inline(f"B{r}", f"I like my carer {r}")}'
             "</row>" for r in range(2, last + 1)]
    return "".join(rows)


def _xlsx(path: Path, sheet_data: str, *, prefix: str = "") -> Path:
    """A workbook of one sheet whose <sheetData> is ``sheet_data`` (written as Excel does)."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{_MAIN}"' if prefix else f'xmlns="{_MAIN}"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>\n<{p}worksheet {xmlns}><{p}sheetData>'
             f"{sheet_data}</{p}sheetData></{p}worksheet>")
    return _xlsx_of(path, sheet)


def _xlsx_of(path: Path, sheet: str, *, part: str = "sheet1.xml") -> Path:
    """A workbook of one sheet, ``sheet`` its whole XML, in the part ``part`` it points to."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", (
            f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        archive.writestr("xl/workbook.xml", (
            f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{_REL}/worksheet" '
            f'Target="worksheets/{part}"/></Relationships>'))
        archive.writestr(f"xl/worksheets/{part}", sheet)
    return path


def _scanned_and_read(path: Path, chunk: int) -> tuple[SheetScan, list[list]]:
    """Sheet1 of the workbook at ``path`` scanned ``chunk`` bytes at a time, and its rows as
    calamine reads them (empty ones kept), to compare how far each reaches."""
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    scan = SheetScan()
    for start in range(0, len(xml), chunk):
        scan.feed(xml[start:start + chunk])
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return scan, book.get_sheet_by_name("Sheet1").to_python(skip_empty_area=False)


def _ods(path: Path, table: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
        'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
        'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{table}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
            'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-'
            'entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
            'opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'), zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def _ods_row(*texts: str, repeat_rows: int = 1, empty_after: int = 0) -> str:
    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{t}</text:p>'
                    "</table:table-cell>" for t in texts)
    if empty_after:  # as LibreOffice ends every row: formatted empty cells to the sheet's edge
        cells += (f'<table:table-cell table:style-name="ce1" '
                  f'table:number-columns-repeated="{empty_after}"/>')
    return f'<table:table-row table:number-rows-repeated="{repeat_rows}">{cells}</table:table-row>'


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        read_source(path)
    return str(caught.value)


def _cards(path: Path) -> int:
    table = read_source(path)
    return len(build_import(table, guess_mapping(table), workshop=Workshop()).cards)


def test_one_value_in_the_far_corner_is_named_not_a_crash(tmp_path):
    path = _xlsx(tmp_path / "far_corner.xlsx",
                 _statement_rows(2) + f'<row r="1048576">{_inline("XFD1048576", "x")}</row>')
    assert path.stat().st_size < 2000  # 1.5 KB asked calamine for 512 GiB
    assert _refusal(path) == (
        "far_corner.xlsx has something in cell XFD1048576, far to the right of the statements. "
        "In Excel (or LibreOffice), press Ctrl+End to go to it, clear it, save, and import "
        "again.")


def test_an_x_typed_in_column_xfd_below_4000_statements_is_named(tmp_path):
    path = _xlsx(tmp_path / "review.xlsx",
                 _statement_rows(4000) + f'<row r="4001">{_inline("XFD4001", "x")}</row>')
    assert "has something in cell XFD4001, far to the right" in _refusal(path)


def test_a_number_in_a_sheet_written_with_a_prefix_is_found_too(tmp_path):
    # (the OpenXML SDK writes <x:c …>)
    rows = ('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Person</x:t></x:is></x:c></x:row>'
            '<x:row r="5000"><x:c r="XFD5000"><x:v>1</x:v></x:c></x:row>')
    assert "cell XFD5000" in _refusal(_xlsx(tmp_path / "sdk.xlsx", rows, prefix="x"))


def test_a_far_cell_from_a_writer_that_puts_the_style_first_is_found_too(tmp_path):
    rows = _statement_rows(3000).replace('<c r="', '<c s="0" r="') + (
        '<row r="3001"><c s="0" r="XFD3001" t="inlineStr"><is><t>x</t></is></c></row>')
    assert "cell XFD3001, far to the right" in _refusal(_xlsx(tmp_path / "styled.xlsx", rows))


def test_a_value_far_down_with_a_wide_heading_row_is_named_by_its_row(tmp_path):
    headings = "".join(_inline(f"{column_letters(c)}1", f"Q{c}") for c in range(1, 201))
    path = _xlsx(tmp_path / "survey.xlsx",
                 f'<row r="1">{headings}</row><row r="1048576">{_inline("A1048576", "x")}</row>')
    assert "has something in cell A1048576, far below the statements" in _refusal(path)


def test_a_sheet_within_the_limits_each_way_but_too_big_as_a_whole_is_refused_plainly(
        tmp_path):
    # 100,001 rows of a statement and a number in column GR (the 200th): 20 M cells
    rows = "".join(f'<row r="{r}">{_inline(f"A{r}", "P1")}<c r="GR{r}"><v>{r}</v></c></row>'
                   for r in range(1, 100_002))
    message = _refusal(_xlsx(tmp_path / "county.xlsx", rows))
    assert message.startswith("county.xlsx is too big to read safely: its cells reach column "
                              "GR and row 100,001.")


def test_formatting_to_the_last_row_and_column_still_imports(tmp_path):
    # Empty formatted cells are left out by calamine, so they cost nothing and are not named
    rows = (_statement_rows(30)
            + '<row r="5000"><c r="XFD5000" s="1"></c></row>'
            + "".join(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/>'
                      f'<c r="GR{r}" s="1"/></row>' for r in range(1_048_000, 1_048_577))
            + '<row r="1048576"><c r="XFD1048576" s="1"/></row>')
    assert _cards(_xlsx(tmp_path / "formatted.xlsx", rows)) == 29


def test_a_wide_sheet_within_the_limits_still_imports(tmp_path):
    rows = _statement_rows(2) + "".join(
        f'<row r="{r}">{_inline(f"A{r}", f"P{r}")}{_inline(f"B{r}", f"My carer is kind {r}")}'
        f'<c r="GR{r}"><v>{r}</v></c></row>' for r in range(3, 2001))
    assert _cards(_xlsx(tmp_path / "wide.xlsx", rows)) == 1999


def test_a_far_cell_split_across_two_chunks_of_the_sheet_is_still_found():
    scan = SheetScan()
    part = (f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'.encode()
            + b" " * 3000 + b'<row r="4001"><c r="XFD4001" t="inlineStr"><is><t>x</t></is>'
            b"</c></row></sheetData></worksheet>")
    cut = part.index(b"FD4001")
    scan.feed(part[:cut])
    scan.feed(part[cut:])
    assert (scan.found.widest, scan.found.lowest) == ((16384, 4001), (4001, 16384))


def test_an_ods_cell_repeated_across_16000_columns_is_named(tmp_path):
    # 859 bytes: one filled cell repeated 16,000 columns wide on 2,000 rows
    table = (_ods_row("Person", "What is working") + _ods_row("P1", "I like my carer")
             + '<table:table-row table:number-rows-repeated="2000"><table:table-cell '
             'table:number-columns-repeated="16000" office:value-type="string"><text:p>x'
             "</text:p></table:table-cell></table:table-row>")
    assert "has something in cell WQJ3, far to the right" in _refusal(
        _ods(tmp_path / "repeat.ods", table))


def test_an_ods_as_libreoffice_saves_it_still_imports(tmp_path):
    # LibreOffice fills each row and the rest of the sheet with repeated empty cells
    table = (_ods_row("Person", "What is working", empty_after=16382)
             + "".join(_ods_row(f"P{r}", f"I like my carer {r}", empty_after=16382)
                       for r in range(2, 501))
             + '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
             'table:number-columns-repeated="16384"/></table:table-row>')
    assert _cards(_ods(tmp_path / "saved.ods", table)) == 499


def _two_sheets(path: Path, far_sheet: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    statements = book.active
    statements.title = "Statements"
    statements.append(["Person", "What is working"])
    for row in range(2, 12):
        statements.append([f"P{row}", f"I like my carer {row}"])
    book.create_sheet(far_sheet)["XFD4001"] = "x"
    book.save(path)
    return path


def test_a_far_cell_on_a_sheet_never_read_stops_nothing(tmp_path):
    assert _cards(_two_sheets(tmp_path / "reviews.xlsx", "Scratch")) == 10


def test_a_far_cell_on_the_sheet_chosen_is_named_with_its_sheet(tmp_path):
    path = _two_sheets(tmp_path / "reviews.xlsx", "Mrs Patricia Jones")
    with pytest.raises(ImportFailed) as caught:
        read_source(path, sheet="Mrs Patricia Jones")
    assert str(caught.value).startswith(  # (a sheet named after someone is named by kind)
        "reviews.xlsx has something in cell XFD4001 of the sheet '[name]', far to the right "
        "of the statements.")


def test_an_ods_far_cell_on_any_sheet_is_named_with_its_sheet(tmp_path):
    # calamine reads every sheet of an .ods as it opens it
    first = _ods_row("Person", "What is working") + _ods_row("P1", "I like my carer")
    far = ('<table:table-row table:number-rows-repeated="3000"><table:table-cell table:number-'
           'columns-repeated="16000"/><table:table-cell office:value-type="float" office:value='
           '"1"><text:p>1</text:p></table:table-cell></table:table-row>')
    path = _ods(tmp_path / "two.ods", f'{first}</table:table><table:table table:name="Old">{far}')
    assert "has something in cell WQK1 of the sheet 'Old', far to the right" in _refusal(path)


def test_a_big_sheet_of_250_real_columns_is_told_to_keep_the_statements_columns(tmp_path):
    # (its heading in IP1 is no stray cell to clear: the sheet is too wide to read whole)
    headings = "".join(_inline(f"{column_letters(c)}1", f"Q{c}") for c in range(1, 251))
    rows = "".join(f'<row r="{r}">{_inline(f"A{r}", "P1")}<c r="IP{r}"><v>{r}</v></c></row>'
                   for r in range(2, 90_001))
    assert _refusal(_xlsx(tmp_path / "export.xlsx", f'<row r="1">{headings}</row>{rows}')) == (
        "export.xlsx has more than 200 columns: the cells reach column IP. Keep the columns "
        "with the statements, people and tags, delete the others, and import again.")
