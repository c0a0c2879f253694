"""Review (stage 8) at a big borough's scale: last time's file and this time's, each 10,000
cards in 300 themes of 30 (one card in ten unsorted), last time with 200 actions of every
status, as the perf review of session 21 measured them (374 theme rows compared).

``review.compare_ms@10000``: comparing the two cycles after an edit on the wall (a theme
renamed), as Review does each time it looks again; ``review.compare_first_ms@10000``: the first
comparison in a fresh interpreter (no card's words read yet).
``review.relayout_ms@10000``: the Review room view at 1920x1080, shown, after that edit: the
edit done, the two cycles compared again and the view laid out over its pages.

Half of this time's themes keep last time's name, a quarter are renamed (matched by their
cards) and a quarter are new. The cards are sentences from the dev set in ../shared/data
(each theme draws on 12 of them), or, without it, sentences made from a few care words.
Each figure is the median of several runs, wall time.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wtfc.model.document import Document
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Person,
    Priority,
    Role,
    Theme,
    Voice,
    Workshop,
)

DEV_SET = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "care_feedback_dev.csv"
TODAY = dt.date(2026, 11, 29)
KINDS = (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE)
WORDS = (
    "carer", "visit", "lunch", "bus", "rota", "lonely", "home", "garden", "family", "nurse",
    "evening", "morning", "help", "friend", "church", "day", "centre", "phone", "change", "time",
    "money", "doctor", "shopping", "walk", "staff", "kind", "waiting", "listened", "ward",
)


def _sentences() -> list[str]:
    if DEV_SET.is_file():
        with DEV_SET.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [s.strip() for r in rows for s in re.split(r"(?<=[.!?])\s+", r["text"])
                if len(s.split()) >= 4]
    rng = random.Random(0)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 20))) + "."
            for _ in range(3000)]


class _Borough:
    """Cards drawn from each topic's dozen sentences, a word dropped or a sentence added."""

    def __init__(self) -> None:
        self.sentences = _sentences()

    def topic(self, t: int) -> list[str]:
        rng = random.Random(1000 + t)
        return [rng.choice(self.sentences) for _ in range(12)]

    def card_text(self, rng: random.Random, t: int) -> str:
        sentences = self.topic(t)
        words = rng.choice(sentences).split()
        if len(words) > 6 and rng.random() < 0.5:
            del words[rng.randrange(len(words))]
        extra = " " + rng.choice(sentences) if rng.random() < 0.3 else ""
        return " ".join(words) + extra

    def cycle(self, prefix: str, seed: int, cards: int, topics: list[int], names: list[str],
              people: int, actions: int = 0) -> Workshop:
        rng = random.Random(seed)
        persons = [Person(id=f"{prefix.upper()}{i:05}", voice=rng.choice(list(Voice)))
                   for i in range(people)]
        made: list[Card] = []
        themes = []
        per = cards * 9 // 10 // len(topics)
        for t, topic in enumerate(topics):
            kind = KINDS[topic % 3]
            ids = []
            for _ in range(per):
                card = Card(id=f"{prefix}c{len(made):05}", kind=kind,
                            text=self.card_text(rng, topic), person=rng.choice(persons).id)
                made.append(card)
                ids.append(card.id)
            chosen = t < 30
            themes.append(Theme(id=f"{prefix}t{t}", kind=kind, name=names[t], card_ids=ids,
                                priority=Priority(chosen=chosen, rank=t + 1 if chosen else None,
                                                  votes=rng.randint(0, 30))))
        while len(made) < cards:  # the unsorted tenth
            topic = topics[rng.randrange(len(topics))]
            made.append(Card(id=f"{prefix}c{len(made):05}", kind=KINDS[topic % 3],
                             text=self.card_text(rng, topic), person=rng.choice(persons).id))
        statuses = list(ActionStatus)
        done = [Action(id=f"{prefix}a{a}", theme_id=f"{prefix}t{a % 60}",
                       role=rng.choice(list(Role)), owner="Head of commissioning",
                       what=" ".join(rng.choice(self.sentences).split()[:18]),
                       by_when=dt.date(2026, 1 + a % 12, 15),
                       how_we_know=rng.choice(self.sentences), status=statuses[a % len(statuses)],
                       progress_note=rng.choice(self.sentences), checked_on=dt.date(2026, 10, 1))
                for a in range(actions)]
        return Workshop(title=f"Borough review {prefix}",
                        date=dt.date(2026, 4, 1) if prefix == "p" else dt.date(2026, 11, 1),
                        people=persons, cards=made, themes=themes, actions=done)


def _pair(cards: int = 10_000, themes: int = 300, actions: int = 200) -> tuple[Workshop, Workshop]:
    borough = _Borough()
    names = [f"Theme {t}: " + " ".join(borough.topic(t)[0].split()[:6]) for t in range(themes * 2)]
    half, three_quarters = themes // 2, themes * 3 // 4
    before = borough.cycle("p", 1, cards, list(range(themes)), names, cards // 5, actions)
    topics = [*range(three_quarters), *(themes + k for k in range(themes - three_quarters))]
    now_names = [*names[:half], *(f"Renamed {k}" for k in range(half, three_quarters)),
                 *(names[themes + k] for k in range(themes - three_quarters))]
    now = borough.cycle("n", 2, cards, topics, now_names, cards * 2 // 9)
    return before, now


def _edits(doc: Document):
    """A theme renamed and named back, over and over: each changes what Review compares."""
    theme = doc.workshop.themes[200]
    name = theme.name
    while True:
        yield rename_theme(doc, theme_id=theme.id, name=name + " (again)")
        yield rename_theme(doc, theme_id=theme.id, name=name)


def _compare_ms(before: Workshop, now: Workshop, runs: int = 6) -> tuple[float, float]:
    from wtfc.model.compare import compare_workshops

    doc = Document(now)
    edits = _edits(doc)
    start = time.perf_counter()
    compare_workshops(before, doc.workshop, today=TODAY)
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        next(edits).do(doc)
        start = time.perf_counter()
        compare_workshops(before, doc.workshop, today=TODAY)
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times)


def _relayout_ms(before: Workshop, now: Workshop, runs: int = 6) -> float:
    from PySide6.QtWidgets import QApplication

    from wtfc.ui.boards.review_room import ReviewRoomView

    app = QApplication.instance() or QApplication([])
    doc = Document(now)
    view = ReviewRoomView(doc, Document(before), today=lambda: TODAY)
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    view.page_count()
    edits = _edits(doc)
    times = []
    for _ in range(runs):
        edit = next(edits)
        start = time.perf_counter()
        edit.do(doc)
        app.processEvents()  # (a view that lays out later, not in the edit, still counts)
        view.page_count()
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    return statistics.median(times)


def run() -> dict[str, float]:
    before, now = _pair()
    first, compare = _compare_ms(before, now)
    return {
        "review.compare_ms@10000": round(compare, 1),
        "review.compare_first_ms@10000": round(first, 1),
        "review.relayout_ms@10000": round(_relayout_ms(before, now), 1),
    }


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:36s} {value}")
