"""Files as they come, not as they should: a workbook with another form's ending, rows Excel
hides, a cell longer than csv's own limit, a stray NUL byte, UTF-16 with no byte-order mark."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from import_files import write_xlsx
from openpyxl import Workbook

from wtfc.importing.building import build_import
from wtfc.importing.errors import ImportFailed
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.workshop import Workshop

DATA = Path(__file__).parent / "data"
ROWS = [
    ["Person", "Kind", "Statement"],
    ["P1", "Working", "My carer is kind"],
    ["P2", "Not working", "I am lonely at weekends"],
    ["P3", "Future", "Out more"],
]


def _imported(path: Path) -> tuple[list[str], list[str]]:
    """(the cards' words, the report's lines) of importing ``path``."""
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    return [c.text for c in plan.cards], plan.report.lines()


def _without_calamine(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def importing(name, *args, **kwargs):
        if name == "python_calamine":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", importing)


# -- a workbook whose ending says another form -------------------------------------------------


@pytest.mark.parametrize(
    "real, ending",
    [
        ("statements.xls", ".xlsx"),
        ("statements.ods", ".xlsx"),
        ("statements.ods", ".xls"),
        ("statements.xls", ".ods"),
    ],
)
def test_a_workbook_renamed_to_another_forms_ending_is_read_as_its_bytes_say(
    tmp_path, real, ending
):
    expected, _ = _imported(DATA / real)
    renamed = shutil.copy(DATA / real, tmp_path / f"reviews{ending}")
    cards, lines = _imported(Path(renamed))
    assert cards == expected
    assert "The day centre is brilliant" in cards
    assert f"Imported from reviews{ending}, sheet 'Reviews'." in lines


def test_an_xlsx_renamed_xls_is_read(tmp_path):
    path = write_xlsx(tmp_path / "reviews.xls", ROWS)
    assert _imported(path)[0] == ["My carer is kind", "I am lonely at weekends", "Out more"]


def test_without_calamine_an_xlsx_renamed_xls_is_read_too(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "reviews.xls", ROWS)
    _without_calamine(monkeypatch)
    assert _imported(path)[0] == ["My carer is kind", "I am lonely at weekends", "Out more"]


def test_a_damaged_workbook_with_a_workbook_ending_is_still_refused_plainly(tmp_path):
    (tmp_path / "cut.xls").write_bytes((DATA / "statements.xls").read_bytes()[:600])
    with pytest.raises(ImportFailed, match="could not be read as a spreadsheet"):
        read_source(tmp_path / "cut.xls")


# -- rows Excel hides ---------------------------------------------------------------------------


def _with_hidden_rows(path: Path, rows: list[list[str]], hidden: list[int]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for number in hidden:  # counted from 1, as Excel shows them
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return path


def test_a_row_hidden_in_excel_is_left_out_and_the_report_says_so(tmp_path):
    rows = [*ROWS, ["P4", "Working", "Consent withdrawn: do not use"]]
    path = _with_hidden_rows(tmp_path / "reviews.xlsx", rows, hidden=[5])
    cards, lines = _imported(path)
    assert cards == ["My carer is kind", "I am lonely at weekends", "Out more"]
    assert lines[1] == "3 cards added from 3 rows."
    assert (
        "1 row was hidden in Excel (row 5), so it was left out: rows are often hidden on "
        "purpose. To import it, unhide it in Excel (or clear its filter), save, and "
        "import the file again."
    ) in lines
    assert not any("blank row" in line for line in lines)  # it is not blank, and said already
    assert "Consent withdrawn" not in str(read_source(path).rows)  # not even in the preview


def test_many_hidden_rows_are_counted_and_the_first_five_named(tmp_path):
    rows = [ROWS[0]] + [["P1", "Working", f"Statement {i}"] for i in range(2, 12)]
    path = _with_hidden_rows(tmp_path / "reviews.xlsx", rows, hidden=[3, 4, 5, 6, 8, 9, 10])
    cards, lines = _imported(path)
    assert cards == ["Statement 2", "Statement 7", "Statement 11"]
    assert any(
        line.startswith(
            "7 rows were hidden in Excel (rows 3, 4, 5, 6, 8 and 2 more), so they were left out"
        )
        for line in lines
    )
    # rows keep their numbers: the card after the hidden ones is row 11, as in Excel
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.source for c in plan.cards][1:] == ["import 1, row 7", "import 1, row 11"]


def test_a_hidden_heading_row_is_still_the_headings(tmp_path):
    path = _with_hidden_rows(tmp_path / "reviews.xlsx", ROWS, hidden=[1])
    cards, lines = _imported(path)
    assert cards == ["My carer is kind", "I am lonely at weekends", "Out more"]
    assert not any("hidden in Excel" in line for line in lines)


def test_a_hidden_heading_row_below_a_title_is_still_the_headings(tmp_path, capsys):
    """Row 1 a title, row 2 blank, row 3 the headings, hidden: the headings were emptied as a
    hidden row, the columns guessed from their values (Locality lost), and the report said to
    unhide row 3."""
    from wtfc.importing.cli import main_import

    rows = [["Reviews 2026 - North and South"], [], ["Locality", "Statement", "Kind", "Person"],
            ["North", "My carer is kind", "Working", "P01"],
            ["South", "The bus is late", "Not working", "P02"],
            ["North", "Consent withdrawn", "Future", "P03"]]
    path = _with_hidden_rows(tmp_path / "reviews.xlsx", rows, hidden=[3, 6])
    into = tmp_path / "w.wtfc"
    assert main_import([str(path), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "1 row was hidden in Excel (row 6)" in out and "row 3" not in out
    from wtfc.model.storage import load_workshop

    workshop = load_workshop(into).workshop
    assert [c.text for c in workshop.cards] == ["My carer is kind", "The bus is late"]
    # the Locality column, the person's now
    assert [(p.id, p.locality) for p in workshop.people] == [("P01", "North"), ("P02", "South")]


def test_a_hidden_first_row_of_a_sheet_without_headings_is_left_out(tmp_path, capsys):
    """No heading row, so row 1 is a person's statement; hidden (consent withdrawn), it was
    spared as if the headings and became a card without a word."""
    from wtfc.importing.cli import main_import
    from wtfc.model.storage import load_workshop

    rows = [["P01", "Working", "Consent withdrawn: do not use"],
            ["P02", "Not working", "The bus is late"], ["P03", "Future", "More trips out"]]
    path = _with_hidden_rows(tmp_path / "noheadings.xlsx", rows, hidden=[1])
    into = tmp_path / "w.wtfc"
    assert main_import([str(path), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "2 cards added from 2 rows." in out
    assert "1 row was hidden in Excel (row 1), so it was left out" in out
    assert [c.text for c in load_workshop(into).workshop.cards] == [
        "The bus is late", "More trips out"]
    assert "Consent withdrawn" not in str(read_source(path).rows)  # not even in the preview


def test_hidden_rows_are_left_out_without_calamine_too(tmp_path, monkeypatch):
    path = _with_hidden_rows(tmp_path / "reviews.xlsx", ROWS, hidden=[3])
    _without_calamine(monkeypatch)
    cards, lines = _imported(path)
    assert cards == ["My carer is kind", "Out more"]
    assert any(line.startswith("1 row was hidden in Excel (row 3)") for line in lines)


# -- text files csv would refuse ----------------------------------------------------------------


def test_one_cell_longer_than_csvs_own_limit_is_skipped_as_too_long(tmp_path):
    long = " ".join(["word"] * 30_000)  # 149,999 characters in one quoted cell
    text = f'Person,Kind,Statement\nP1,Working,"{long}"\nP2,Working,fine\n'
    (tmp_path / "long.csv").write_text(text, encoding="utf-8")
    cards, lines = _imported(tmp_path / "long.csv")
    assert cards == ["fine"]
    assert "Skipped as too long: 1." in lines
    assert "  Row 2: too long (149,999 characters; a card holds at most 2,000)" in lines


def test_a_pasted_cell_longer_than_csvs_own_limit_costs_only_its_row():
    table = read_pasted_text(
        "Person\tKind\tStatement\nP1\tWorking\t" + "x" * 200_000 + "\nP2\tWorking\tfine\n"
    )
    assert table.rows[2] == ("P2", "Working", "fine")
    assert len(table.rows[1][2]) == 200_000


def test_a_stray_nul_byte_is_read_past(tmp_path):
    (tmp_path / "nul.csv").write_bytes(
        b"Person,Kind,Statement\nP1,Working,bad\x00byte\nP2,Working,vt\x1achar\n"
    )
    assert _imported(tmp_path / "nul.csv")[0] == ["badbyte", "vtchar"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_no_byte_order_mark_is_read(tmp_path, codec):
    text = "Person\tKind\tStatement\nP1\tWorking\tCafé visits — lovely\nP2\tFuture\tOut more\n"
    (tmp_path / "u.csv").write_bytes(text.encode(codec))
    table = read_source(tmp_path / "u.csv")
    assert table.encoding == "UTF-16"
    assert _imported(tmp_path / "u.csv")[0] == ["Café visits — lovely", "Out more"]


def test_random_bytes_are_still_not_a_csv(tmp_path):
    import random

    (tmp_path / "noise.csv").write_bytes(random.Random(4).randbytes(5000))
    with pytest.raises(ImportFailed, match="is not a spreadsheet or a CSV file"):
        read_source(tmp_path / "noise.csv")


@pytest.mark.parametrize("padding", [4, 4096])
def test_a_csv_cut_short_with_nul_padding_is_imported(tmp_path, capsys, padding):
    """A file cut short on a USB stick ends in NULs: it was refused as 'not a spreadsheet or
    a CSV file'."""
    from wtfc.importing.cli import main_import

    text = "Person,Kind,Statement\r\nP1,Working,My carer is kind\r\nP2,Future,Out more\r\n"
    (tmp_path / "cut.csv").write_bytes(text.encode() + b"\0" * padding)
    into = str(tmp_path / "w.wtfc")
    assert main_import([str(tmp_path / "cut.csv"), "--into", into]) == 0
    assert "2 cards added from 2 rows" in capsys.readouterr().out


@pytest.mark.parametrize("mark", [b"", b"\xff\xfe"])
@pytest.mark.parametrize("padding", [4, 4095, 4096])
def test_utf16_cut_short_with_nul_padding_is_imported(tmp_path, capsys, mark, padding):
    """UTF-16 with no byte-order mark, padded with NULs, was refused as 'not a spreadsheet or
    a CSV file' (the padding hid that every other byte is NUL); with its mark and an odd
    number of NULs, as 'says it is UTF-16 text but is damaged'."""
    from wtfc.importing.cli import main_import

    text = "Person\tKind\tStatement\r\nP1\tWorking\tMy carer is kind\r\nP2\tFuture\tOut more\r\n"
    (tmp_path / "cut.csv").write_bytes(mark + text.encode("utf-16-le") + b"\0" * padding)
    into = str(tmp_path / "w.wtfc")
    assert main_import([str(tmp_path / "cut.csv"), "--into", into]) == 0
    assert "2 cards added from 2 rows" in capsys.readouterr().out


def test_damaged_utf16_with_no_byte_order_mark_is_not_said_to_say_so(tmp_path, capsys):
    """An odd number of bytes of UTF-16 with no mark: the file never said it was UTF-16, as
    the message had it."""
    from wtfc.importing.cli import main_import

    text = "Person\tKind\tStatement\nP1\tWorking\tMy carer is kind\nP2\tFuture\tOut more\n"
    (tmp_path / "u.csv").write_bytes(text.encode("utf-16-le")[:-1])
    assert main_import([str(tmp_path / "u.csv"), "--into", str(tmp_path / "w.wtfc")]) == 1
    err = capsys.readouterr().err
    assert "says it is" not in err
    assert "u.csv looks like UTF-16 text" in err and "cut short" in err
