"""``wtfc suggest`` writes each id exactly as read, to join back to the user's own file, and
its help says that Excel may take one starting with "=" for a formula (review 26 markup #10:
the data export's apostrophe guard would change the join key)."""

import csv

from wtfc.clustering.cli import _write_clusters, main_suggest


def test_help_says_ids_are_written_as_read(capsys):
    assert main_suggest(["--help"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert ("Ids are written exactly as read, so they match your file's: Excel may take one "
            "starting with =, +, - or @ for a formula") in said


def test_an_id_that_looks_like_a_formula_is_written_as_it_was(tmp_path):
    out = tmp_path / "clusters.csv"
    _write_clusters(out, ["=1+10", "-7", "c3"], ["working-1", "working-1", "future-2"])
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["id", "cluster"], ["=1+10", "working-1"],
                                            ["-7", "working-1"], ["c3", "future-2"]]
