"""Import speed: 5,000 statements in the wide layout from an .xlsx (goal <= 1,000 ms).

``import.xlsx_ms@5000`` is the median of 5 runs of everything the user waits for: checking the
zip, reading the sheet, guessing the mapping, building the cards (with the personal-detail
check of every statement) and doing the import command. The file is laid out as Excel saves it
(shared strings). ``import.csv_ms@100000`` is the same for 100,000 rows of CSV in the long layout.
``import.xlsx_wide_ms@100000`` is 100,000 statements in the wide layout (16,667 people, one row
each): the work done per person code shows here, as it cannot with 834 people or one sheet of
long rows (a list lookup per card made it quadratic: 37-61 s, 13-17 s with a set).
``import.xlsx_formatted_ms@5000`` is the 5,000 statements again with A1:T10000 formatted (borders
and wrap set ahead of the year's reviews: empty cells with a style under and beside the
statements), the slower of Excel's form (``<c r="I9" s="1"/>``) and openpyxl's (``<c r="I9"
s="1" t="n" />``), median of 3 runs each: the far-cell scan went cell by cell over such sheets
(0.8-1.9 s, 4-6 times the plain file, before b8f9d5c6). Its goal is the plain file's.
"""

from __future__ import annotations

import importlib.util
import statistics
import tempfile
import time
from pathlib import Path

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.guard_scoring import read_labelled_statements
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.repeats import comparable
from wtfc.importing.sources import read_source
from wtfc.model.document import Document

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests" / "importing"
STATEMENT_COLUMNS = [
    "Working 1",
    "Working 2",
    "Not working 1",
    "Not working 2",
    "Future 1",
    "Future 2",
]


def _excel_like_writer():
    # The tests' own maker of Excel-style workbooks, loaded by path (tests is not a package).
    spec = importlib.util.spec_from_file_location("import_files", TESTS / "import_files.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.write_excel_like_xlsx


def _texts() -> list[str]:
    """The labelled statements, each once as Import compares them: two that differ only in
    case ("SUE AND LINDA NEVER COME." and "sue and linda never come") would land in one
    person's pair of a kind and be skipped, rightly, as a repeat."""
    texts: dict[str, str] = {}
    for s in read_labelled_statements(TESTS / "data" / "personal_details_statements.txt"):
        texts.setdefault(comparable(s.text), s.text)
    return list(texts.values())


def _import_ms(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    doc = Document()
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop)
    import_edit(doc, plan).do(doc)
    return (time.perf_counter() - start) * 1000, len(doc.workshop.cards)


def _wide_rows(statements: int, texts: list[str]) -> list[list[str]]:
    """A one-row-per-person sheet: a code, a locality and six statements a row."""
    rows = [["Person", "Locality", *STATEMENT_COLUMNS]]
    for person in range(statements // len(STATEMENT_COLUMNS) + 1):
        cells = [texts[(person * 7 + k) % len(texts)] for k in range(len(STATEMENT_COLUMNS))]
        rows.append([f"P{person:05d}", "North", *cells])
    return rows


FORMATTED_COLUMNS = 20  # A to T
FORMATTED_ROWS = 10_000
FORMS = ('<c r="{}" s="1"/>', '<c r="{}" s="1" t="n" />')  # Excel's, openpyxl's


def _formatted(rows: list[list[str]], form: str) -> tuple[list[list[str]], dict[str, str]]:
    """``rows`` with the rest of A1:T10000 formatted and empty, as the writer's raw cells."""
    wide = [*rows, *([] for _ in range(FORMATTED_ROWS - len(rows)))]
    raw = {}
    for r, row in enumerate(wide, start=1):
        for c in range(len(row), FORMATTED_COLUMNS):
            reference = f"{chr(65 + c)}{r}"
            raw[reference] = form.format(reference)
        wide[r - 1] = [*row, *[""] * (FORMATTED_COLUMNS - len(row))]
    return wide, raw


def run() -> dict[str, float]:
    texts = _texts()
    write = _excel_like_writer()
    with tempfile.TemporaryDirectory() as folder:
        xlsx = write(Path(folder) / "statements.xlsx", _wide_rows(5000, texts))
        runs = [_import_ms(xlsx) for _ in range(5)]
        assert runs[0][1] >= 5000, runs[0][1]
        formatted_ms = []
        for k, form in enumerate(FORMS):
            rows, raw = _formatted(_wide_rows(5000, texts), form)
            formatted = write(Path(folder) / f"formatted{k}.xlsx", rows, raw)
            done = [_import_ms(formatted) for _ in range(3)]
            assert done[0][1] == runs[0][1], (done[0][1], runs[0][1])
            formatted_ms.append(statistics.median(ms for ms, _ in done))
        wide = write(Path(folder) / "wide.xlsx", _wide_rows(100_000, texts))
        wide_ms, wide_cards = _import_ms(wide)
        assert wide_cards >= 100_000, wide_cards

        csv_path = Path(folder) / "statements.csv"
        lines = ["Person,Kind,Statement"]
        kinds = ("green", "red", "blue")
        for i in range(100_000):
            text = texts[i % len(texts)].replace('"', "'")
            lines.append(f'P{i // 20},{kinds[i % 3]},"{text}"')
        csv_path.write_text("\n".join(lines), encoding="utf-8")
        csv_ms, _ = _import_ms(csv_path)
    return {
        "import.xlsx_ms@5000": round(statistics.median(ms for ms, _ in runs), 1),
        "import.xlsx_formatted_ms@5000": round(max(formatted_ms), 1),
        "import.csv_ms@100000": round(csv_ms, 1),
        "import.xlsx_wide_ms@100000": round(wide_ms, 1),
    }
