"""A title pasted from Word with a manual line break (Shift+Enter is U+000B) made a workbook
openpyxl, and so pandas, could not open: the break went raw into the file's Title property."""

from __future__ import annotations

from export_checks import demo_workshop

from wtfc.export.data import xlsx_bytes


def test_a_title_with_a_pasted_line_break_still_opens(tmp_path) -> None:
    from openpyxl import load_workbook

    workshop = demo_workshop()
    workshop.title = "Spring review\x0bHillside\r\nEast\x07 Moor"
    path = tmp_path / "data.xlsx"
    path.write_bytes(xlsx_bytes(workshop))
    book = load_workbook(path)
    assert book.properties.title == "Spring review Hillside East Moor"
    assert book.sheetnames  # its sheets are all there to read
