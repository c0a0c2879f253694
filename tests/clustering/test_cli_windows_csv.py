"""`wtfc suggest` and Excel on Windows: its CSV starts with a BOM, so Excel reads 'Café-1' and
not 'CafÃ©-1' (it reads a CSV without one in the Windows code page), and a CSV Excel saved as
"CSV (Comma delimited)" (cp1252: £ ’ “), or a UTF-8 one with a row pasted in from one, is read
as the app's Import reads it, line by line, not refused."""

from __future__ import annotations

import csv

from wtfc.clustering.cli import main_suggest


def test_the_clusters_csv_opens_in_excel_with_its_accents(tmp_path, embedder):
    (tmp_path / "in.csv").write_text("id,text\nCafé-1,The bus is late.\nCafé-2,No bus on "
                                     "Sundays.\n", encoding="utf-8")
    out = tmp_path / "clusters.csv"
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel looks for
    assert [r["id"] for r in csv.DictReader(data.decode("utf-8-sig").splitlines())] == [
        "Café-1", "Café-2"]


def test_a_csv_excel_saved_in_the_windows_code_page_is_read(tmp_path, embedder, capsys):
    (tmp_path / "in.csv").write_bytes(
        "id,text\r\nP£1,I can’t get out – the “taxi” costs £5\r\nP2,The bus is late\r\n"
        .encode("cp1252"))
    out = tmp_path / "clusters.csv"
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["id"] for r in rows] == ["P£1", "P2"]


def test_a_utf8_csv_with_a_row_pasted_from_windows_reads_as_import_does(tmp_path, embedder):
    """Import reads it line by line ("mixed: UTF-8, with 1 line(s) in Windows-1252"): the ids in
    the clusters CSV are its cards' ids, 'Café-1' and not 'CafÃ©-1'."""
    (tmp_path / "in.csv").write_bytes(
        b"\xef\xbb\xbf" + "id,text\r\nCafé-1,The carer is late\r\n".encode()
        + "Zoë-2,It costs £5 a trip – too much\r\n".encode("cp1252"))
    out = tmp_path / "clusters.csv"
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r["id"] for r in rows) == ["Café-1", "Zoë-2"]
