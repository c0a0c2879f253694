"""``wtfc suggest`` on small CSV files: output shape, forced count, plain-English errors."""

from __future__ import annotations

import csv
import re

import pytest

from wtfc.clustering.cli import main_suggest


def _write_statements(path, topic_cards, header=("id", "text")):
    texts = [t for cards in topic_cards.values() for t in cards]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows((f"s{i}", t) for i, t in enumerate(texts))
    return len(texts)


def test_writes_one_cluster_per_statement(tmp_path, embedder, topic_cards):
    n = _write_statements(tmp_path / "in.csv", topic_cards)
    out = tmp_path / "clusters.csv"
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["id"] for r in rows] == [f"s{i}" for i in range(n)]
    assert all(r["cluster"] == "" or int(r["cluster"]) >= 1 for r in rows)
    assert sum(r["cluster"] != "" for r in rows) > n / 2


def test_forced_count_and_custom_columns(tmp_path, embedder, topic_cards):
    _write_statements(tmp_path / "in.csv", topic_cards, header=("ref", "comment"))
    out = tmp_path / "clusters.csv"
    args = [
        str(tmp_path / "in.csv"),
        "--text-column",
        "comment",
        "--id-column",
        "ref",
        "-o",
        str(out),
        "--k",
        "4",
    ]
    assert main_suggest(args) == 0
    assert {r["cluster"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))} == {
        "1",
        "2",
        "3",
        "4",
    }


def test_missing_file_is_a_plain_error(tmp_path, capsys, topic_cards):
    assert main_suggest([str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Problem: There is no file at") and "Traceback" not in err


def test_missing_column_names_the_columns_there_are(tmp_path, capsys, topic_cards):
    _write_statements(tmp_path / "in.csv", topic_cards, header=("ref", "comment"))
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    assert "no column called 'text'" in err and "ref, comment" in err
    assert not (tmp_path / "o.csv").exists()


def test_not_a_text_file_is_a_plain_error(tmp_path, capsys, topic_cards):
    (tmp_path / "in.csv").write_bytes(b"id,text\n1,\xff\xfe\x00bad\n")
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_bad_count_is_a_wrong_argument_exit_2(tmp_path, capsys, topic_cards):
    _write_statements(tmp_path / "in.csv", topic_cards)
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv"), "--k", "0"]) == 2
    assert "give a whole number of at least 1, not '0'" in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()


def test_a_named_column_that_is_not_there_is_a_wrong_argument_exit_2(tmp_path, capsys,
                                                                      topic_cards):
    """`--text-column nope` exited 1, as a broken file does, where import's --map gives 2."""
    _write_statements(tmp_path / "in.csv", topic_cards)
    argv = [str(tmp_path / "in.csv"), "--text-column", "nope", "-o", str(tmp_path / "o.csv")]
    assert main_suggest(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Problem: --text-column nope: in.csv has no column called 'nope' "
                          "(its columns: id, text). Give --text-column one of them.")
    assert "usage: wtfc suggest" in err
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("name", ["c.txt", "c.xlsx"])
def test_an_output_not_ending_in_csv_is_refused_exit_2(name, tmp_path, capsys, topic_cards):
    """`-o c.txt` got CSV in a .txt without a word."""
    _write_statements(tmp_path / "in.csv", topic_cards)
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Problem: '{name}' does not end in .csv, but wtfc suggest writes a "
                          "CSV file. Name it c.csv")
    assert "usage: wtfc suggest" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_an_output_with_no_ending_gets_csv(tmp_path, capsys, embedder, topic_cards):
    _write_statements(tmp_path / "in.csv", topic_cards)
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "clusters")]) == 0
    assert (tmp_path / "clusters.csv").exists()
    assert capsys.readouterr().out.splitlines()[0].endswith(f"to {tmp_path / 'clusters.csv'}.")


def test_one_statement_is_counted_in_the_singular(tmp_path, capsys, embedder):
    """'Wrote 1 statements in 1 themes'."""
    (tmp_path / "in.csv").write_text("id,text\n1,The bus is late.\n", encoding="utf-8")
    assert main_suggest([str(tmp_path / "in.csv"), "--k", "1", "-o", str(tmp_path / "o.csv")]) == 0
    assert capsys.readouterr().out.startswith("Wrote 1 statement in 1 theme to ")
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "1 statement fits no theme: id 1 has no cluster; sort it by hand.")


def test_a_workshop_file_is_refused_without_its_words(tmp_path, capsys):
    """Read as CSV, a workshop's first line of JSON was listed as its 'columns': the demo's
    42,000 characters, card words among them (held-back ones too)."""
    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Card, Kind, Workshop

    card = Card(id="c1", kind=Kind.WORKING, text="Mrs Jones at 12 Acacia Avenue helps me")
    for name in ("last time.wtfc", "saved as.csv"):
        save_workshop(Workshop(title="Spring", cards=[card]), tmp_path / name, backup=False)
        assert main_suggest([str(tmp_path / name), "-o", str(tmp_path / "o.csv")]) == 1
        err = capsys.readouterr().err
        stem = name.rsplit(".", 1)[0]
        assert err == (
            f"Problem: {name} is a wtfc workshop, not a CSV file of statements. In the app, "
            "its cards get theme suggestions on the Theme stage (S). Here, export its cards "
            f'first (wtfc export data "{tmp_path / name}" -o "{stem}.csv"), then: wtfc suggest '
            f'"{stem}-cards.csv" -o OUT.csv\n'
        )
        assert "Acacia" not in err and not (tmp_path / "o.csv").exists()


def test_the_export_the_refusal_names_can_be_given_to_suggest(tmp_path, capsys, embedder):
    """The columns the refusal names are the data export's cards file's."""
    from wtfc.app import main
    from wtfc.model.demo import demo_path

    assert main(["export", "data", str(demo_path()), "-o", str(tmp_path / "demo.csv")]) == 0
    args = [str(tmp_path / "demo-cards.csv"), "--text-column", "Text", "--id-column", "Card id"]
    assert main_suggest([*args, "-o", str(tmp_path / "out.csv")]) == 0


def test_the_advice_works_from_another_folder(tmp_path, monkeypatch, capsys, embedder):
    """The advice named the workshop without its folder ('wtfc export data "demo.wtfc"'),
    which then failed: "'demo.wtfc' does not exist". It gives the file as typed."""
    import shlex

    from wtfc.app import main
    from wtfc.model.demo import demo_path

    monkeypatch.chdir(tmp_path)
    assert main_suggest([str(demo_path()), "-o", "out.csv"]) == 1
    err = capsys.readouterr().err
    export = re.search(r"\((wtfc export data .*?)\), then: (wtfc suggest .*)", err)
    assert export is not None and f'"{demo_path()}"' in export.group(1)
    for advised in export.groups():  # each command as the user would paste it
        args = shlex.split(advised)[1:]
        args[-1] = "out.csv" if args[-1] == "OUT.csv" else args[-1]
        assert main(args) == 0
    assert (tmp_path / "out.csv").exists()


def test_a_pretty_printed_workshop_saved_as_csv_is_refused(tmp_path, capsys):
    """'{ "schema_version": 5' on its first line, after a byte-order mark, or with the key on
    the next line: read as CSV, its JSON was listed as 'its columns', card words and all."""
    import json

    from wtfc.model.storage import workshop_to_bytes
    from wtfc.model.workshop import Card, Kind, Workshop

    card = Card(id="c1", kind=Kind.WORKING, text="Mrs Jones, at 12 Acacia Avenue, helps me")
    data = json.loads(workshop_to_bytes(Workshop(title="Spring", cards=[card])))
    for text in (
        json.dumps(data, indent=2),
        "\ufeff" + json.dumps(data, separators=(", ", ": ")),
        "\r\n " + json.dumps(data, indent="\t"),
    ):
        (tmp_path / "pretty.csv").write_text(text, encoding="utf-8")
        assert main_suggest([str(tmp_path / "pretty.csv"), "-o", str(tmp_path / "o.csv")]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Problem: pretty.csv is a wtfc workshop, not a CSV file")
        assert "Acacia" not in err and "its columns" not in err


def test_both_assumed_columns_missing_are_said_at_once(tmp_path, capsys):
    """Only 'text' was named: given --text-column, the next run said 'id' was missing too."""
    (tmp_path / "in.csv").write_text("who,said\nP1,Late buses\n", encoding="utf-8")
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert capsys.readouterr().err == (
        "Problem: in.csv has no column called 'text' or 'id' (its columns: who, said). Say "
        "which to read with --text-column COLUMN (the statements) and --id-column COLUMN "
        "(each statement's id).\n"
    )
    argv = [str(tmp_path / "in.csv"), "--text-column", "said", "-o", str(tmp_path / "o.csv")]
    assert main_suggest(argv) == 1
    assert "no column called 'id' (its columns: who, said). Say which to read with " \
           "--id-column COLUMN" in capsys.readouterr().err


def test_a_wide_sheet_lists_its_first_columns_and_counts_the_rest(tmp_path, capsys):
    headings = [f"q{i}" for i in range(1, 41)]
    (tmp_path / "in.csv").write_text(",".join(headings) + "\n", encoding="utf-8")
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert "(its columns: q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12 and 28 more)" \
           in capsys.readouterr().err
