"""Saving and loading a generated 10,000-card workshop (goals: save <= 50 ms, load <= 200 ms)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

WORDS = [
    "carer", "rushes", "visit", "lonely", "home", "day", "centre", "bus", "friend", "garden",
    "kind", "late", "never", "listened", "phone", "family", "tea", "walk", "help", "know",
    "who", "coming", "respect", "package",
]


def generated_workshop(cards: int) -> Workshop:
    people = [Person(id=f"P{i:04d}") for i in range(cards // 6 + 1)]
    kinds = list(Kind)
    all_cards = [Card(id=f"c{i:05d}", kind=kinds[i % 3], person=people[i // 6].id,
                      text=" ".join(WORDS[(i * 7 + j) % len(WORDS)] for j in range(17)),
                      source="Review, 2026")
                 for i in range(cards)]
    themes = [Theme(id=f"t{t:04d}", kind=kinds[t % 3], name=f"I statement number {t}",
                    card_ids=[c.id for c in all_cards[t::300] if c.kind == kinds[t % 3]][:20])
              for t in range(300)]
    return Workshop(title="Benchmark", people=people, cards=all_cards, themes=themes)


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> dict[str, float]:
    workshop = generated_workshop(10_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.wtfc"
        save = _median_ms(lambda: save_workshop(workshop, path), 7)
        load = _median_ms(lambda: load_workshop(path), 7)
        assert load_workshop(path).workshop == workshop
    return {"file.save_ms@10000": round(save, 1), "file.load_ms@10000": round(load, 1)}
