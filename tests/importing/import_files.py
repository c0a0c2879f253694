"""Makes the spreadsheets the import tests read, in a test's tmp_path."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

WIDE_HEADINGS = ["Person", "Working 1", "Working 2", "Not working 1", "Future 1"]


def write_xlsx(path: Path, rows: list[list[object]], *, sheet: str = "Sheet1") -> Path:
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path


def write_excel_like_xlsx(path: Path, rows: list[list[str]],
                          raw_cells: dict[str, str] | None = None) -> Path:
    """An .xlsx laid out as Excel saves it (shared strings), written by hand so it is quick to
    make with 100,000 rows. ``raw_cells`` gives some cells as their own XML ("C3": '<c r="C3"
    t="str"><f>A1</f><v>Hi</v></c>'), as Excel saves a formula with its result."""
    strings: dict[str, int] = {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            reference = f"{_letter(c)}{r}"
            if raw_cells and reference in raw_cells:
                cells.append(raw_cells[reference])
                continue
            if value == "":
                continue
            index = strings.setdefault(value, len(strings))
            cells.append(f'<c r="{reference}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
        f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet '
        'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>'
        + "".join(sheet_rows)
        + "</sheetData></worksheet>",
        "xl/sharedStrings.xml": f'<sst xmlns="{main}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return path


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def import_into(doc, path: Path, **options):
    """Read ``path``, guess its columns and import it into ``doc`` (as the dialog's Import
    does, without the undo stack); ``options`` go to ``build_import`` (known_names,
    person_codes); the plan says what was added and skipped."""
    from wtfc.importing.building import build_import, import_edit
    from wtfc.importing.mapping import guess_mapping
    from wtfc.importing.sources import read_source

    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop, **options)
    if plan.cards:
        import_edit(doc, plan).do(doc)
    return plan


def held_after_import(tmp_path: Path, texts: list[str]) -> set[str]:
    """The cards held back after importing ``texts`` (one working statement a row) into a new
    workshop: the guard's view of a whole import, names spread across cards included."""
    import csv

    from wtfc.model.document import Document
    from wtfc.model.workshop import Workshop

    path = tmp_path / "cards.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["kind", "text"])
        writer.writerows(["working", t] for t in texts)
    doc = Document(Workshop())
    import_into(doc, path)
    return {c.text for c in doc.workshop.cards if c.held_back}


# Six reviews in the collection template, one row each and no locality (a locality would tell
# two care managers' P01s apart), as the import-twice tests give their first sheet.
SIX_ONE_ROW_REVIEWS = [[f"P0{n}", "Older person", "", "", "", f"The garden {n}", None,
                        f"Cold house {n}", None, f"Warm home {n}", None] for n in range(1, 7)]


def template_sheet(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    """The collection template (.xlsx) with ``rows`` filled in under its headings, saved as
    ``name`` in ``tmp_path``: a care manager's one-row-per-person sheet."""
    from io import BytesIO

    from openpyxl import load_workbook

    from wtfc.importing.template import template_bytes

    workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
    for row in rows:
        workbook.active.append(row)
    workbook.save(tmp_path / name)
    return tmp_path / name
