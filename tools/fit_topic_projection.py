"""Learn the topic projection that wtfc ships (wtfc/clustering/assets/topic_projection.npz).

Run once, by a developer, with the app's own virtualenv (numpy only):

    .venv/bin/python tools/fit_topic_projection.py

It embeds the labelled statements of ../shared/data/care_feedback_dev.csv with the plain static
table (no projection), learns the shrunk-discriminant map of wtfc/clustering/topic_projection.py
from their theme labels, and writes it with a note of what it was trained on. How well the map
carries over to statements it never saw is measured by cross-fitting in benchmarks/bench_suggest.py.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wtfc.clustering.static_embedding import StaticEmbedder  # noqa: E402
from wtfc.clustering.topic_projection import (  # noqa: E402
    BOOST,
    PROJECTION_ASSET,
    SHRINKAGE,
    fit_topic_projection,
    save_topic_projection,
)

DEV_SET = REPO.parent / "shared" / "data" / "care_feedback_dev.csv"
ABOUT = (
    "Learned from {n} labelled NHS Friends and Family Test comments (pxtextmining phase-1 "
    "labelled FFT data, NHS England / Nottinghamshire Healthcare NHS FT; file "
    "care_feedback_dev.csv) with theme labels {themes}. Shrunk linear discriminant analysis: "
    "shrinkage {shrinkage}, boost {boost}."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEV_SET, help="CSV with text and label")
    parser.add_argument("-o", "--out", type=Path, default=PROJECTION_ASSET)
    args = parser.parse_args(argv)
    with args.data.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    vectors = StaticEmbedder(projection=None).embed(texts)
    matrix = fit_topic_projection(vectors=vectors, labels=labels)
    about = ABOUT.format(
        n=len(texts), themes=", ".join(sorted(set(labels))), shrinkage=SHRINKAGE, boost=BOOST
    )
    save_topic_projection(args.out, matrix=matrix, about=about)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e3:.0f} kB): {about}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
