"""Reading what users bring: workbooks, CSV in its encodings, pasted cells, and bad files."""

import zipfile

import pytest
from import_files import write_excel_like_xlsx, write_xlsx

from wtfc.importing.errors import ImportFailed
from wtfc.importing.sources import read_source
from wtfc.importing.text_reader import read_pasted_text


def test_xlsx_values_are_read_never_formulas(tmp_path):
    path = write_xlsx(
        tmp_path / "s.xlsx", [["Statement", "Kind", "Sum"], ["I like it", "green", "=1+2"]]
    )
    table = read_source(path)
    assert table.rows[1][:2] == ("I like it", "green")
    assert "=1+2" not in table.rows[1]


def test_xlsx_merged_cells_give_their_value_to_every_cell_they_cover(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Person", "Kind", "Statement"])
    sheet.append(["P01", "red", "Nobody rings back"])
    sheet.append([None, "green", "My carer is kind"])
    sheet.merge_cells("A2:A3")
    workbook.save(tmp_path / "merged.xlsx")
    table = read_source(tmp_path / "merged.xlsx")
    assert table.rows[2][0] == "P01"


def test_a_named_sheet_is_read_and_a_missing_one_is_named_in_the_error(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Notes"
    workbook.create_sheet("Statements").append(["Statement"])
    workbook.save(tmp_path / "two.xlsx")
    assert read_source(tmp_path / "two.xlsx", sheet="statements").sheet == "Statements"
    with pytest.raises(ImportFailed, match=r"no sheet called 'Reviews'.*'Notes', 'Statements'"):
        read_source(tmp_path / "two.xlsx", sheet="Reviews")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Statement,Kind\nCafé is lovely,green\n".encode(), "UTF-8"),
        (b"\xef\xbb\xbf" + "Statement,Kind\nCafé is lovely,green\n".encode(), "UTF-8 with BOM"),
        ("Statement,Kind\nCafé is lovely,green\n".encode("cp1252"), "Windows-1252"),
    ],
)
def test_csv_encodings_are_read_and_named(tmp_path, data, encoding):
    (tmp_path / "s.csv").write_bytes(data)
    table = read_source(tmp_path / "s.csv")
    assert table.rows[1] == ("Café is lovely", "green")
    assert table.encoding == encoding


def test_a_csv_mixing_encodings_is_read_line_by_line_and_says_so(tmp_path):
    data = "Statement,Kind\nCafé is lovely,green\n".encode() + "Crème caramel,green\n".encode(
        "cp1252"
    )
    (tmp_path / "mixed.csv").write_bytes(data)
    table = read_source(tmp_path / "mixed.csv")
    assert [r[0] for r in table.rows[1:]] == ["Café is lovely", "Crème caramel"]
    assert table.encoding.startswith("mixed")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter):
    text = delimiter.join(["Statement", "Kind"]) + "\n" + delimiter.join(["Too late, again", "red"])
    if delimiter == ",":
        text = 'Statement,Kind\n"Too late, again",red'
    (tmp_path / "s.csv").write_text(text, encoding="utf-8")
    assert read_source(tmp_path / "s.csv").rows[1] == ("Too late, again", "red")


def test_an_unclosed_quote_costs_no_rows_and_the_report_names_its_line(tmp_path):
    lines = ["Person,Kind,Statement"] + [
        f"P{i:02d},working,Statement number {i} about the day centre" for i in range(1, 101)
    ]
    lines[6] = 'P06,working,"My carers are angels'
    (tmp_path / "s.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_source(tmp_path / "s.csv")
    assert len(table.rows) == 101
    assert table.rows[6] == ("P06", "working", "My carers are angels")
    assert table.rows[7] == ("P07", "working", "Statement number 7 about the day centre")
    assert any(
        note.startswith('Line 7 opens a quote (") that never closes') for note in table.notes
    )


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_an_unclosed_quote_before_the_kind_keeps_the_statement_and_its_kind(tmp_path, delimiter):
    # Read again with the quote still in, "Unclosed quote starts here,Working" was one cell and
    # the row was skipped as "the kind cell is blank" while the note said "check its card".
    from wtfc.importing.building import build_import
    from wtfc.importing.mapping import guess_mapping
    from wtfc.model.workshop import Kind, Workshop

    lines = ["Person,Statement,Kind", 'P01,"Unclosed quote starts here,Working',
             "P02,Second,Not working"]
    (tmp_path / "s.csv").write_text("\n".join(lines).replace(",", delimiter) + "\n",
                                    encoding="utf-8")
    table = read_source(tmp_path / "s.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [(c.person, c.text, c.kind) for c in plan.cards] == [
        ("P01", "Unclosed quote starts here", Kind.WORKING),
        ("P02", "Second", Kind.NOT_WORKING),
    ]
    assert table.notes[0].startswith('Line 2 opens a quote (") that never closes')
    assert table.notes[0].endswith("check its card.")


def test_an_unclosed_quote_in_pasted_text_does_not_glue_rows_together():
    table = read_pasted_text('Person\tKind\tStatement\nP01\tgreen\t"I like it\nP02\tgreen\tok\n')
    assert table.rows[1:] == [("P01", "green", "I like it"), ("P02", "green", "ok")]


def test_a_quoted_cell_over_two_lines_is_still_one_cell(tmp_path):
    text = (
        'Person,Kind,Statement\r\nP01,green,"My carer ""Sam"" sings,\r\nand I join in"\r\n'
        "P02,red,ok"
    )
    (tmp_path / "s.csv").write_text(text, encoding="utf-8", newline="")
    table = read_source(tmp_path / "s.csv")
    assert table.rows[1:] == [
        ("P01", "green", 'My carer "Sam" sings,\r\nand I join in'),
        ("P02", "red", "ok"),
    ]
    assert not any("quote" in note for note in table.notes)


def test_control_characters_are_dropped_from_cells():
    table = read_pasted_text("Statement\tKind\nI like\x00 my \x07tea\x1b\tgreen\n")
    assert table.rows[1] == ("I like my tea", "green")


def test_cells_pasted_from_excel_are_tab_separated():
    table = read_pasted_text("Statement\tKind\nI like the lunch club\tgreen\n")
    assert table.rows == [("Statement", "Kind"), ("I like the lunch club", "green")]


def test_blank_rows_are_kept_so_row_numbers_match_the_sheet(tmp_path):
    path = write_xlsx(tmp_path / "b.xlsx", [["Statement", "Kind"], [], ["Kind staff", "green"]])
    assert read_source(path).rows[2] == ("Kind staff", "green")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"%PDF-1.7 binary", "is a PDF, not a spreadsheet"),
        (b"\x00\x01\x02binary\x00", "not a spreadsheet"),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused_plainly(tmp_path, content, message):
    (tmp_path / "bad.csv").write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        read_source(tmp_path / "bad.csv")


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "letter.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(ImportFailed, match="not a spreadsheet"):
        read_source(tmp_path / "letter.docx")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.7 binary"),
        ("photo.png", b"\x89PNG\r\n\x1a\n"),
        ("bad.csv", b"\x00\x01\x02binary\x00"),
        ("letter.docx", None),
        ("spring.wtfc", b'{"format": 5}'),
    ],
)
def test_a_refusal_names_every_kind_of_file_the_picker_offers(tmp_path, name, content):
    """It said "Choose an .xlsx or .csv file" while the picker offers and reads .xls, .ods,
    .tsv and .txt too: a facilitator with an .ods would think it could not be imported."""
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w/>")
    else:
        path.write_bytes(content)
    with pytest.raises(ImportFailed) as refused:
        read_source(path)
    said = str(refused.value)
    assert said.endswith("hoose a spreadsheet (.xlsx, .ods or .xls) or a .csv file."), said
    assert "an .xlsx or .csv" not in said


def test_a_damaged_xlsx_is_refused_plainly(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [["Statement"], ["Fine"]])
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[:400])
    with pytest.raises(ImportFailed, match=r"damaged|could not be read"):
        read_source(tmp_path / "cut.xlsx")


def test_a_password_protected_xlsx_gets_a_plain_english_error(tmp_path):
    # An encrypted .xlsx is a Compound File holding an "EncryptedPackage" stream.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptedPackage".encode("utf-16-le") + b"\x00" * 200
    (tmp_path / "locked.xlsx").write_bytes(header + directory)
    with pytest.raises(ImportFailed, match=r"protected with a password.*remove the password"):
        read_source(tmp_path / "locked.xlsx")


def test_a_zip_bomb_is_refused_before_any_reader_opens_it(tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (30 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="unpacks to far more data"):
        read_source(tmp_path / "bomb.xlsx")


def test_a_zip_whose_declared_size_lies_fails_its_check(tmp_path):
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>" * 10)
    data = bytearray(path.read_bytes())
    # Make the central directory claim a smaller unpacked size than the part really has.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (5).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFailed):
        read_source(path)


def test_a_huge_file_is_refused_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr("wtfc.importing.sources.MAX_FILE_BYTES", 1000)
    (tmp_path / "big.csv").write_text("Statement\n" + "x\n" * 1000)
    with pytest.raises(ImportFailed, match="too big to import"):
        read_source(tmp_path / "big.csv")


def test_too_many_rows_are_refused_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr("wtfc.importing.table.MAX_ROWS", 50)
    (tmp_path / "long.csv").write_text("Statement\n" + "words\n" * 60)
    with pytest.raises(ImportFailed, match="more than 50 rows"):
        read_source(tmp_path / "long.csv")


def test_blank_looking_cells_far_below_the_statements_do_not_count_as_rows(tmp_path, monkeypatch):
    monkeypatch.setattr("wtfc.importing.table.MAX_ROWS", 50)
    monkeypatch.setattr("wtfc.importing.workbook_reader.MAX_ROWS", 50)
    # A space (or a formula giving "") copied down column D far below the two statements.
    rows = [
        ["Person", "Kind", "Statement"],
        ["P01", "working", "I like my carer"],
        ["P02", "not working", "Nobody rings"],
    ] + [["", "", "", " "]] * 80
    table = read_source(write_excel_like_xlsx(tmp_path / "spaces.xlsx", rows))
    assert table.rows[1:] == [
        ("P01", "working", "I like my carer"),
        ("P02", "not working", "Nobody rings"),
    ]
    (tmp_path / "spaces.csv").write_text("Statement\nI like my carer\n" + ", , , \n" * 80)
    assert read_source(tmp_path / "spaces.csv").rows == [("Statement",), ("I like my carer",)]


def test_statements_below_the_rows_read_at_first_are_still_counted(tmp_path, monkeypatch):
    monkeypatch.setattr("wtfc.importing.table.MAX_ROWS", 50)
    monkeypatch.setattr("wtfc.importing.workbook_reader.MAX_ROWS", 50)
    rows = [["Statement"], ["I like my carer"]] + [[" "]] * 70 + [["Nobody rings"]]
    with pytest.raises(ImportFailed, match="more than 50 rows"):
        read_source(write_excel_like_xlsx(tmp_path / "far.xlsx", rows))


def test_100000_rows_of_xlsx_are_read(tmp_path):
    rows = [["Person", "Working 1"]] + [[f"P{i}", f"Statement {i}"] for i in range(100_000)]
    table = read_source(write_excel_like_xlsx(tmp_path / "big.xlsx", rows))
    assert len(table.rows) == 100_001
    assert table.rows[-1] == ("P99999", "Statement 99999")


def test_the_openpyxl_fallback_reads_the_same_rows(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def without_calamine(name, *args, **kwargs):
        if name == "python_calamine":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    path = write_xlsx(tmp_path / "s.xlsx", [["Statement", "Kind"], [], ["Kind staff", "green"]])
    expected = read_source(path).rows
    monkeypatch.setattr(builtins, "__import__", without_calamine)
    assert read_source(path).rows == expected


def test_an_unclosed_quote_in_a_big_file_keeps_every_row():
    """csv would run the open quote on to its 128 KB cell limit and refuse the whole file."""
    from wtfc.importing.text_reader import read_delimited_bytes

    rows = ["kind,text,person", 'working,"I like my carer,P1']
    rows += [f"not working,Statement {i} about the services I get every week,P{i % 50}"
             for i in range(3000)]
    table = read_delimited_bytes(("\n".join(rows) + "\n").encode(), source_name="big.csv")
    assert len(table.rows) == 3002
    assert table.rows[1] == ("working", "I like my carer", "P1")  # as the note says
    assert any("Line 2 opens a quote" in note for note in table.notes)


def test_an_unclosed_quote_on_the_last_line_is_named_too():
    from wtfc.importing.text_reader import read_delimited_bytes

    table = read_delimited_bytes(b'kind,text\nworking,ok\nfuture,"oops\n', source_name="e.csv")
    assert table.rows[-1] == ("future", "oops")
    assert any("Line 3 opens a quote" in note for note in table.notes)
