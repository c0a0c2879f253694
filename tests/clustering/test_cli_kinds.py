"""``wtfc suggest`` on a CSV with a kind column: each kind is grouped on its own, as the app
suggests themes, so "My carers are lovely" is never in a theme with the not-working carer cards."""

from __future__ import annotations

import csv

from wtfc.clustering.cli import main_suggest

WORKING = ["My carers are lovely, they treat me like a person",
           "The carers are very kind and patient with me",
           "My regular carers know me well", "I love the lunch club on Wednesdays",
           "The lunch club is the highlight of my week"]
NOT_WORKING = ["The carers are always late and rushing", "Too many different carers",
               "The carers never stay the full half hour", "There is no bus to the lunch club",
               "The bus stopped so I can't get to the lunch club"]


def _write(path, rows, header=("id", "kind", "text")):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _rows():
    return ([(f"w{i}", "working", t) for i, t in enumerate(WORKING)]
            + [(f"n{i}", "not working", t) for i, t in enumerate(NOT_WORKING)])


def _clusters(path):
    return {r["id"]: r["cluster"] for r in csv.DictReader(path.open(encoding="utf-8-sig"))}


def test_a_kind_column_is_used_and_no_cluster_mixes_kinds(tmp_path, capsys, embedder):
    _write(tmp_path / "in.csv", _rows())
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv")]) == 0
    clusters = _clusters(tmp_path / "out.csv")
    assert all(clusters[f"w{i}"].startswith("working-") for i in range(len(WORKING)))
    assert all(clusters[f"n{i}"].startswith("not working-") for i in range(len(NOT_WORKING)))
    assert capsys.readouterr().out.startswith("Wrote 10 statements of 2 kinds in ")


def test_the_kind_column_can_be_named_and_kinds_are_kept_apart_even_when_forced(tmp_path,
                                                                                 embedder):
    _write(tmp_path / "in.csv", _rows(), header=("ref", "Card type", "comment"))
    argv = [str(tmp_path / "in.csv"), "--text-column", "comment", "--id-column", "ref",
            "--kind-column", "Card type", "--k", "1", "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    assert set(_clusters(tmp_path / "out.csv").values()) == {"working-1", "not working-1"}


def test_the_data_exports_kind_column_is_found_in_capitals(tmp_path, embedder):
    _write(tmp_path / "in.csv", _rows(), header=("Card id", "Kind", "Text"))
    argv = [str(tmp_path / "in.csv"), "--text-column", "Text", "--id-column", "Card id",
            "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    assert _clusters(tmp_path / "out.csv")["w0"].startswith("working-")


def test_without_a_kind_column_all_statements_are_grouped_together_as_before(tmp_path, capsys,
                                                                          embedder):
    _write(tmp_path / "in.csv", [(i, t) for i, _, t in _rows()], header=("id", "text"))
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv")]) == 0
    assert all(c.isdigit() for c in _clusters(tmp_path / "out.csv").values())
    assert " of " not in capsys.readouterr().out.split(" in ")[0]


def test_a_named_kind_column_that_is_not_there_is_a_wrong_argument(tmp_path, capsys):
    _write(tmp_path / "in.csv", [(i, t) for i, _, t in _rows()], header=("id", "text"))
    argv = [str(tmp_path / "in.csv"), "--kind-column", "type", "-o", str(tmp_path / "o.csv")]
    assert main_suggest(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Problem: --kind-column type: in.csv has no column called 'type' "
                          "(its columns: id, text). Give --kind-column one of them.")
    assert not (tmp_path / "o.csv").exists()


def test_help_says_how_kinds_are_grouped(capsys):
    assert main_suggest(["--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "--kind-column COLUMN" in said and "grouped kind by kind" in said


# The kind cells of a hand-made CSV: one kind, typed as people type it (review 22 A F6)
SPELLED = {"not working": NOT_WORKING[0], "Not Working": NOT_WORKING[1],
           "What's not working": NOT_WORKING[2], "NWW": NOT_WORKING[3], "red": NOT_WORKING[4],
           "Working": WORKING[0], "working well": WORKING[1], "green": WORKING[2]}


def test_a_kind_spelled_several_ways_is_one_kind(tmp_path, capsys, embedder):
    _write(tmp_path / "in.csv", [(f"r{i}", kind, text) for i, (kind, text)
                                 in enumerate(SPELLED.items())])
    argv = [str(tmp_path / "in.csv"), "--k", "1", "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    assert set(_clusters(tmp_path / "out.csv").values()) == {"not working-1", "working-1"}
    out = capsys.readouterr().out
    assert out.startswith("Wrote 8 statements of 2 kinds in 2 themes") and "could not" not in out


def test_kinds_are_read_with_the_words_import_reads(tmp_path, embedder):
    from wtfc.importing.kind_values import KindValues

    values = ["Ddim yn gweithio", "What's really not working for me", "Important to me in future",
              "Strengths", "✓", "amber", "✗ Not working"]
    _write(tmp_path / "in.csv", [(f"r{i}", v, WORKING[i % 5]) for i, v in enumerate(values)])
    # a count asked for: a kind's one statement is in a cluster (automatic: it fits no theme)
    argv = [str(tmp_path / "in.csv"), "--k", "1", "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    clusters = _clusters(tmp_path / "out.csv")
    for i, value in enumerate(values):
        kind = KindValues.default().kind_of(value)
        said = kind.label.lower() if kind else "unknown kind"
        assert clusters[f"r{i}"].rsplit("-", 1)[0] == said, value


def test_kinds_wtfc_cannot_read_are_grouped_as_one_and_said(tmp_path, capsys, embedder):
    rows = [*((f"w{i}", "working", t) for i, t in enumerate(WORKING)),
            ("a1", "amber", NOT_WORKING[0]), ("b1", "", NOT_WORKING[1]),
            ("a2", "Amber", NOT_WORKING[2])]
    _write(tmp_path / "in.csv", rows)
    argv = [str(tmp_path / "in.csv"), "--k", "1", "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    clusters = _clusters(tmp_path / "out.csv")
    assert {clusters[r] for r in ("a1", "b1", "a2")} == {"unknown kind-1"}
    assert clusters["w0"] == "working-1"
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Wrote 8 statements of 1 kind in 2 themes")
    assert out[1] == ("3 rows had a kind wtfc could not read ('amber', blank): grouped "
                      "as one, 'unknown kind'. Write working, not working or future in them to "
                      "group them with that kind.")


def test_kinds_copied_from_the_wall_with_their_marks_are_read(tmp_path, capsys, embedder):
    """"✓ Working", "✗ Not working", as the app's wall and exports show them (they were all
    'unknown kind', said as a kind wtfc could not read)."""
    rows = ([(f"w{i}", "✓ Working", t) for i, t in enumerate(WORKING)]
            + [(f"n{i}", "✗ Not working", t) for i, t in enumerate(NOT_WORKING)])
    _write(tmp_path / "in.csv", rows)
    argv = [str(tmp_path / "in.csv"), "--k", "1", "-o", str(tmp_path / "out.csv")]
    assert main_suggest(argv) == 0
    clusters = _clusters(tmp_path / "out.csv")
    assert {clusters[f"w{i}"] for i in range(len(WORKING))} == {"working-1"}
    assert {clusters[f"n{i}"] for i in range(len(NOT_WORKING))} == {"not working-1"}
    out = capsys.readouterr().out
    assert out.startswith("Wrote 10 statements of 2 kinds in 2 themes") and "could not" not in out
