"""``wtfc suggest`` never writes ids that cannot be matched back (review 25 code F5): a
facilitator's "ID" column (the person's code) was read as the card id, so P1 came out against
two statements with no warning; an empty "id" beat "Card ID", so every id came out blank; and a
column named as ``--id-column person`` was missed on a sheet saying "Person"."""

from __future__ import annotations

import csv

from wtfc.clustering.cli import main_suggest

TEXTS = ["The carers are always late", "I want a regular carer", "Carers rush me",
         "There is no bus to the lunch club"]


def _write(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _run(path, *options):
    out = path.with_name("out.csv")
    return main_suggest([str(path), "-o", str(out), *options]), out


def _ids(out):
    return [r["id"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))]


def test_a_persons_id_column_is_not_read_as_the_statements_ids(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("ID", "Text"),
                   [("P1", TEXTS[0]), ("P1", TEXTS[1]), ("P2", TEXTS[2])])
    code, out = _run(sheet)
    assert code == 1
    assert capsys.readouterr().err == (
        "Problem: in.csv has no column called 'id' (its columns: ID, Text). Column 'ID' gives "
        "the same id to more than one statement ('P1' is in rows 2 and 3), so it was not read "
        "as the ids. Say which to read with --id-column COLUMN (each statement's id).\n")
    assert not out.exists()


def test_an_id_column_in_capitals_with_an_id_for_each_row_is_read(tmp_path, embedder):
    sheet = _write(tmp_path / "in.csv", ("CARD ID", "TEXT"),
                   [(f"c{i}", t) for i, t in enumerate(TEXTS)])
    code, out = _run(sheet)
    assert code == 0
    assert _ids(out) == ["c0", "c1", "c2", "c3"]


def test_the_exports_card_id_is_read_before_a_persons_id(tmp_path, embedder):
    sheet = _write(tmp_path / "in.csv", ("ID", "Card id", "Text"),
                   [("P1", f"c{i}", t) for i, t in enumerate(TEXTS)])
    code, out = _run(sheet)
    assert code == 0
    assert _ids(out) == ["c0", "c1", "c2", "c3"]


def test_a_blank_id_column_is_refused_naming_it_not_passed_over(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("Text", "Card ID", "id"),
                   [(TEXTS[0], "c1", ""), (TEXTS[1], "c2", "")])
    code, out = _run(sheet)
    assert code == 1
    assert capsys.readouterr().err == (
        "Problem: In in.csv, column 'id' is blank in rows 2 and 3. Each statement needs an id "
        "of its own, or its theme cannot be matched back to it: give each row its own, or say "
        "which column holds them with --id-column COLUMN (its columns: Text, Card ID, id).\n")
    assert not out.exists()
    code, out = _run(sheet, "--id-column", "Card ID")
    assert code == 0
    assert _ids(out) == ["c1", "c2"]


def test_repeated_and_blank_ids_in_the_id_column_are_said_together(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("id", "text"),
                   [("a", TEXTS[0]), ("a", TEXTS[1]), ("", TEXTS[2]), ("a", TEXTS[3])])
    code, out = _run(sheet)
    assert code == 1
    assert ("In in.csv, column 'id' gives the same id to more than one statement ('a' is in "
            "rows 2, 3 and 5), and it is blank in row 4.") in capsys.readouterr().err
    assert not out.exists()


def test_many_repeated_ids_are_counted_not_all_listed(tmp_path, capsys):
    rows = [(f"P{i // 2}", f"{TEXTS[i % 4]} {i}") for i in range(20)]
    code, _ = _run(_write(tmp_path / "in.csv", ("id", "text"), rows))
    assert code == 1
    err = capsys.readouterr().err
    assert "('P0' is in rows 2 and 3; 'P1' is in rows 4 and 5; 'P2' is in rows 6 and 7; " \
           "and 7 more ids repeat)" in err


def test_a_named_id_column_with_repeats_is_refused_too(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("Person", "text"),
                   [("P1", TEXTS[0]), ("P1", TEXTS[1])])
    code, out = _run(sheet, "--id-column", "Person")
    assert code == 1
    assert "column 'Person' gives the same id to more than one statement ('P1' is in rows 2 " \
           "and 3)" in capsys.readouterr().err
    assert not out.exists()


def test_a_named_column_is_found_in_another_case_as_an_unnamed_one_is(tmp_path, embedder):
    sheet = _write(tmp_path / "in.csv", ("Person", "Comment"),
                   [(f"P{i}", t) for i, t in enumerate(TEXTS)])
    code, out = _run(sheet, "--id-column", "person", "--text-column", "COMMENT")
    assert code == 0
    assert _ids(out) == ["P0", "P1", "P2", "P3"]


def test_a_named_column_in_two_other_cases_is_a_wrong_argument(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("id", "Comment", "COMMENT"), [("c1", "a", "b")])
    code, out = _run(sheet, "--text-column", "comment")
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("Problem: --text-column comment: in.csv has 2 columns called that in "
                          "other cases ('Comment', 'COMMENT'). Give --text-column one of them "
                          "exactly as written.")
    assert "usage: wtfc suggest" in err and not out.exists()


def test_two_unnamed_id_columns_in_other_cases_are_asked_about(tmp_path, capsys):
    sheet = _write(tmp_path / "in.csv", ("ID", "Id", "text"), [("1", "2", TEXTS[0])])
    code, _ = _run(sheet)
    assert code == 1
    assert capsys.readouterr().err == (
        "Problem: in.csv has 2 columns that could hold each statement's id ('ID', 'Id'). Say "
        "which to read with --id-column COLUMN.\n")


def test_the_exact_default_is_read_before_one_in_another_case(tmp_path, embedder):
    sheet = _write(tmp_path / "in.csv", ("ID", "id", "TEXT", "text"),
                   [("P1", f"s{i}", "x", t) for i, t in enumerate(TEXTS)])
    code, out = _run(sheet)
    assert code == 0
    assert _ids(out) == ["s0", "s1", "s2", "s3"]


def test_help_says_how_columns_are_found(capsys):
    assert main_suggest(["--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "A column you name is found as written, else as the one heading that differs " \
           "from it only in case ('person' reads 'Person')" in said
    assert "Repeated or blank ids are refused, naming the column" in said


def test_empty_rows_after_the_last_statement_are_not_blank_ids(tmp_path, embedder):
    """Excel's CSV can end in rows of commas; they are no statements and no blank ids."""
    sheet = tmp_path / "in.csv"
    sheet.write_text("id,text\n" + "".join(f"c{i},{t}\n" for i, t in enumerate(TEXTS))
                     + ",\n , \n", encoding="utf-8")
    code, out = _run(sheet)
    assert code == 0
    assert _ids(out) == ["c0", "c1", "c2", "c3"]
