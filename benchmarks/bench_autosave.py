"""Autosave cost on the UI thread: turning the workshop into a recovery snapshot.

``autosave.snapshot_ms@N`` is the median time, with N cards (and N/10 themes, N/5 people), to
build the snapshot after one edit (the usual case: the serializer re-serialises only the parts
that changed). ``autosave.first_snapshot_ms@N`` is the first one, which serialises everything
(after opening a file). ``autosave.write_ms@N`` is the atomic write with fsync, which runs on
the worker thread, not the UI thread. Goal: the UI-thread part under one frame (16 ms) at 10,000.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, write_snapshot
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

KINDS = list(Kind)


def _workshop(n: int) -> Workshop:
    people = [Person(id=f"P{i}") for i in range(n // 5)]
    cards = [Card(id=f"c{i}", kind=KINDS[i % 3], person=f"P{i % (n // 5)}",
                  text=f"I would like to know who is coming to help me each morning ({i})")
             for i in range(n)]
    themes = [Theme(id=f"t{j}", kind=KINDS[j % 3], name=f"I feel theme {j}",
                    card_ids=[f"c{i}" for i in range(j, n, n // 10)
                              if KINDS[i % 3] == KINDS[j % 3]])
              for j in range(n // 10)]
    return Workshop(title="Benchmark", people=people, cards=cards, themes=themes)


def _figures(n: int, folder: Path) -> dict[str, float]:
    doc = Document(_workshop(n))
    serializer = SnapshotSerializer()
    header = SnapshotHeader(original_path="", title="Benchmark", pid=os.getpid())
    start = time.perf_counter()
    data = serializer.snapshot_bytes(doc.workshop, header)
    first = (time.perf_counter() - start) * 1000
    times, writes = [], []
    for run in range(7):
        edit_card(doc, card_id=f"c{run * 7}", text=f"Changed words {run}").do(doc)
        start = time.perf_counter()
        data = serializer.snapshot_bytes(doc.workshop, header)
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        write_snapshot(data, folder)
        writes.append((time.perf_counter() - start) * 1000)
    return {f"autosave.snapshot_ms@{n}": statistics.median(times),
            f"autosave.first_snapshot_ms@{n}": first,
            f"autosave.write_ms@{n}": statistics.median(writes),
            f"autosave.snapshot_mb@{n}": len(data) / 1e6}


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in (1000, 10000):
            figures.update(_figures(n, Path(folder)))
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:32s} {value:.2f}")
