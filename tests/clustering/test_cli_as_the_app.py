"""``wtfc suggest`` groups as the app suggests themes: the same groups, and the statements the app
leaves for the room ("ok", "see above", another language, one that fits no theme) in no cluster,
each named. It wrote "ok", "see above", "N/A" and a Welsh card as cluster 1, and, without the
app's splitting of loose groups, put about 29 of 55 cards in a cluster of another topic
(review 36 R5-R4)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from wtfc.clustering.cli import main_suggest
from wtfc.clustering.suggest import suggest_themes

CARDS = Path(__file__).parent / "data" / "social_care_cards.tsv"
ODD = ["ok", "see above", "N/A", "Rwy'n unig iawn", "The carers are always late",
       "My carer comes late", "I am lonely", "I feel lonely at night", "The bus never comes",
       "No buses on Sunday"]


def _write(path: Path, rows, header=("id", "text")) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _clusters(path: Path) -> dict[str, str]:
    return {r["id"]: r["cluster"] for r in csv.DictReader(path.open(encoding="utf-8-sig"))}


def test_statements_with_nothing_to_group_by_are_in_no_cluster_and_named(tmp_path, capsys,
                                                                       embedder):
    source = _write(tmp_path / "odd.csv", [(str(i), t) for i, t in enumerate(ODD, start=1)])
    assert main_suggest([str(source), "-o", str(tmp_path / "out.csv")]) == 0
    clusters = _clusters(tmp_path / "out.csv")
    assert [clusters[str(i)] for i in range(1, 5)] == ["", "", "", ""]
    assert len({clusters[str(i)] for i in range(5, 11)}) == 3  # late, lonely, buses
    assert capsys.readouterr().out.splitlines()[1:] == [
        "3 statements say nothing on their own ('ok', 'see above'): ids 1, 2 and 3 have no "
        "cluster; read them with the person's other statements.",
        "wtfc can't match the words of 1 statement (another language?): id 4 has no cluster; "
        "sort it by hand.",
    ]


def test_a_count_asked_for_still_leaves_out_what_has_nothing_to_group_by(tmp_path, capsys,
                                                                        embedder):
    source = _write(tmp_path / "odd.csv", [(str(i), t) for i, t in enumerate(ODD, start=1)])
    assert main_suggest([str(source), "--k", "2", "-o", str(tmp_path / "out.csv")]) == 0
    clusters = _clusters(tmp_path / "out.csv")
    assert [clusters[str(i)] for i in range(1, 5)] == ["", "", "", ""]
    assert {clusters[str(i)] for i in range(5, 11)} == {"1", "2"}
    out = capsys.readouterr().out
    assert out.startswith("Wrote 10 statements in 2 themes") and "ids 1, 2 and 3" in out


def test_the_clusters_are_the_apps_suggestions(tmp_path, capsys, embedder):
    texts = [line.split("\t", 1)[1] for line in CARDS.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    ids = [f"n{i}" for i in range(len(texts))]
    source = _write(tmp_path / "cards.csv", [(i, "not working", t) for i, t in zip(ids, texts,
                                                                                strict=True)],
                    header=("id", "kind", "text"))
    assert main_suggest([str(source), "-o", str(tmp_path / "out.csv")]) == 0
    groups = defaultdict(set)
    for ident, cluster in _clusters(tmp_path / "out.csv").items():
        if cluster:
            groups[cluster].add(ident)
    app = suggest_themes(texts, ids, embedder=embedder)
    assert set(map(frozenset, groups.values())) == {frozenset(s.member_ids) for s in app}
    assert set(groups) == {f"not working-{n}" for n in range(1, len(app) + 1)}
    left = len(texts) - sum(len(s.member_ids) for s in app)
    out = capsys.readouterr().out
    assert f"{left - 2} statements fit no theme" in out  # and the Welsh and Urdu cards:
    assert "wtfc can't match the words of 2 statements (another language?)" in out
