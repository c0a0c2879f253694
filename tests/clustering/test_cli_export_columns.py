"""``wtfc suggest`` reads the app's own data export as it is: its cards file says "Text" and
"Card id", which the defaults (text, id) missed, so the README's own hint ended in a refusal."""

from __future__ import annotations

import csv
import re

from wtfc.clustering.cli import main_suggest


def test_the_data_exports_cards_are_read_with_no_options(tmp_path, capsys, embedder):
    from wtfc.app import main
    from wtfc.model.demo import demo_path

    assert main(["export", "data", str(demo_path()), "-o", str(tmp_path / "demo.csv")]) == 0
    cards = list(csv.DictReader((tmp_path / "demo-cards.csv").open(encoding="utf-8-sig")))
    capsys.readouterr()
    out = tmp_path / "out.csv"
    assert main_suggest([str(tmp_path / "demo-cards.csv"), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote {len(cards)} statements of 3 kinds in ")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["id"] for r in rows] == [c["Card id"] for c in cards]
    clustered = [r["cluster"] for r in rows if r["cluster"]]  # the rest are named as left out
    # as the app suggests themes: those it leaves for the room are counted in the closing lines
    left_out = sum(int(n) for n in re.findall(r"(\d+) statements? (?:fits?|says?|\(another)", said))
    assert clustered and left_out == len(rows) - len(clustered)
    assert all(c.rsplit("-", 1)[0] in {"working", "not working", "future"} for c in clustered)


def test_headings_in_another_case_are_read(tmp_path, capsys, embedder, topic_cards):
    texts = [t for group in topic_cards.values() for t in group]
    with (tmp_path / "in.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("ID", "Text"), *((f"s{i}", t) for i, t in enumerate(texts))])
    out = tmp_path / "out.csv"
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(out)]) == 0
    assert [r["id"] for r in csv.DictReader(out.open(encoding="utf-8-sig"))] == \
        [f"s{i}" for i in range(len(texts))]


def test_a_missing_default_column_is_the_files_problem_exit_1(tmp_path, capsys):
    """As the README says: a column the user named that is not there is a wrong argument (2);
    a CSV with no text column when none was named is a problem with the file (1)."""
    (tmp_path / "in.csv").write_text("Card id,Comment\nc1,Good\n", encoding="utf-8")
    assert main_suggest([str(tmp_path / "in.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert "no column called 'text' (its columns: Card id, Comment)" in capsys.readouterr().err
    argv = [str(tmp_path / "in.csv"), "--text-column", "Text", "-o", str(tmp_path / "o.csv")]
    assert main_suggest(argv) == 2
