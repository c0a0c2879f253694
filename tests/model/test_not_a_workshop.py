"""A spreadsheet, CSV, PDF or Word file given as a workshop is said to be what it is, with where
its statements go in: File → Import statements… in the app, wtfc import on the command line
(not "it is not UTF-8 text" or "unreadable at line 1, column 1")."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from storage_checks import problem

from wtfc.app import main
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop

IN_THE_APP = "To bring its statements into a workshop, use File → Import statements… (Ctrl+I)."


def _xlsx() -> bytes:
    book = Workbook()
    book.active.append(["Person", "Kind", "Statement"])
    book.active.append(["P1", "Working", "My carer is kind"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


ODS = _zip(
    {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": b"<office:document-content/>",
    }
)
DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
NUMBERS = _zip({"Index/Document.iwa": b"\x00\x01"})
OLE_HEAD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
XLS = OLE_HEAD + "Workbook".encode("utf-16-le")
DOC = OLE_HEAD + "WordDocument".encode("utf-16-le")
CSV = b"Person,Kind,Statement\nP1,Working,My carer is kind\n"
SEMICOLONS = "Person;Kind\r\nP1;Working – café\r\n".encode("cp1252")
TABS = "Person\tKind\nP1\tWorking\n".encode("utf-16")


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (
            _xlsx(),
            "plain.xlsx",
            "'plain.xlsx' is a spreadsheet (an Excel workbook), not a workshop file.",
        ),
        (_xlsx(), "statements", "'statements' is a spreadsheet (an Excel workbook)"),  # no ending
        (ODS, "plain.ods", "'plain.ods' is a spreadsheet (an OpenDocument spreadsheet, .ods)"),
        (XLS, "old.xls", "'old.xls' is a spreadsheet (an older Excel workbook, .xls)"),
        (CSV, "plain.csv", "'plain.csv' is a spreadsheet (a CSV file, a table as text)"),
        (CSV, "spring.wtfc", "'spring.wtfc' is a spreadsheet (a CSV file"),  # renamed: the rows say
        (SEMICOLONS, "a.txt", "'a.txt' is a spreadsheet (a CSV file"),
        (TABS, "tabs.txt", "'tabs.txt' is a spreadsheet (a CSV file"),
    ],
)
def test_a_spreadsheet_is_said_to_be_one_with_the_apps_import(data, name, says):
    message = problem(data, name=name)
    assert message.startswith(says)
    assert message.endswith(IN_THE_APP)


@pytest.mark.parametrize(
    ("data", "name", "says", "then"),
    [
        (
            b"%PDF-1.7\n\xe2\xe3\xcf\xd3",
            "spring.wtfc",
            "'spring.wtfc' is a PDF document",
            "wtfc cannot read statements from it: copy them into a spreadsheet, then use File → "
            "Import statements… (Ctrl+I).",
        ),
        (DOCX, "notes.docx", "'notes.docx' is a Word document", "copy them into a spreadsheet"),
        (DOC, "notes.doc", "'notes.doc' is a Word document", "copy them into a spreadsheet"),
        (
            NUMBERS,
            "review.numbers",
            "'review.numbers' is a Numbers spreadsheet (from a Mac)",
            "in Numbers, choose File → Export To → Excel, then use File → Import statements…",
        ),
    ],
)
def test_a_document_the_import_cannot_read_says_how_to_bring_it_in(data, name, says, then):
    message = problem(data, name=name)
    assert message.startswith(f"{says}, not a workshop file.")
    assert then in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Hello, this is a letter", "'spring.wtfc' is not a wtfc workshop, or it has been"),
        (bytes(range(256)) * 4, "'spring.wtfc' is not a workshop file (it is not UTF-8 text)."),
        (_zip({"a.txt": b"x"}), "'spring.wtfc' is not a workshop file (it is not UTF-8 text)."),
        (b'{"schema_version": 5, "title": "cut', "'spring.wtfc' is cut short"),
    ],
)
def test_other_files_are_said_as_before(data, expected):
    assert problem(data).startswith(expected)


def test_check_and_export_say_wtfc_import_for_a_spreadsheet(tmp_path, capsys):
    sheet = tmp_path / "statements.xlsx"
    sheet.write_bytes(_xlsx())
    assert main(["check", str(sheet)]) == 1
    said = capsys.readouterr().err
    assert said == (
        "Problem: 'statements.xlsx' is a spreadsheet (an Excel workbook), not a "
        "workshop file. To bring its statements into a workshop, use wtfc import, "
        'as in: wtfc import "statements.xlsx" --into "WORKSHOP.wtfc".\n'
    )
    assert main(["export", "report", str(sheet), "-o", str(tmp_path / "r.pdf")]) == 1
    said = capsys.readouterr().err
    assert "use wtfc import, as in" in said and "File → Import" not in said


def test_the_error_keeps_the_apps_words_and_the_command_lines_apart(tmp_path):
    sheet = tmp_path / "statements.csv"
    sheet.write_bytes(CSV)
    with pytest.raises(WorkshopFileError) as caught:
        load_workshop(sheet)
    assert caught.value.advice == IN_THE_APP
    assert "wtfc import" in caught.value.for_command_line()
    assert "File → Import" not in caught.value.for_command_line()
