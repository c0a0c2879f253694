"""Export speed: 100 theme posters in one PDF, and the demo's A4 report (goal <= 1,000 ms each).

``export.posters_ms@100`` and ``export.report_ms_demo`` are medians of warm runs (fonts already
registered, as in the app after the first export); the ``_first`` figures include importing
reportlab and registering the fonts, as the first export of a session does.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Voice,
    Workshop,
)

WORDS = ("carer", "visit", "time", "home", "help", "tea", "lunch", "family", "friend", "bus",
         "late", "early", "know", "week", "day", "phone", "money", "garden", "doctor", "nurse",
         "centre", "stairs", "bath", "walk", "chat", "night", "rota")


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return "I " + " ".join(words) + "."


def poster_workshop(themes: int = 100, cards_per_theme: int = 12, seed: int = 1) -> Workshop:
    """A workshop of ``themes`` priority themes, each full enough to fill a poster."""
    rng = random.Random(seed)
    people = [Person(id=f"P{i:03}", voice=rng.choice(list(Voice))) for i in range(200)]
    cards, all_themes, causes, success, actions = [], [], [], [], []
    for t in range(themes):
        kind = list(Kind)[t % 3]
        ids = []
        for c in range(cards_per_theme):
            card = Card(id=f"c{t}-{c}", kind=kind, text=_sentence(rng, 6, 30),
                        person=rng.choice(people).id)
            cards.append(card)
            ids.append(card.id)
        theme_id = f"t{t}"
        priority = Priority(chosen=True, rank=t + 1, votes=rng.randint(0, 20))
        all_themes.append(Theme(id=theme_id, kind=kind, name=_sentence(rng, 4, 10), card_ids=ids,
                                priority=priority))
        for k in range(4):
            causes.append(Cause(id=f"k{t}-{k}", theme_id=theme_id, text=_sentence(rng, 6, 14),
                                root_cause=k % 2 == 1))
        for s, perspective in enumerate(Perspective):
            success.append(SuccessStatement(id=f"s{t}-{s}", theme_id=theme_id,
                                            perspective=perspective, text=_sentence(rng, 5, 12)))
        for a, role in enumerate(list(Role)[:4]):
            actions.append(Action(id=f"a{t}-{a}", theme_id=theme_id, role=role,
                                  owner="Service manager", what=_sentence(rng, 8, 16),
                                  by_when=dt.date(2027, 1 + a, 15)))
    return Workshop(title="Benchmark workshop", date=dt.date(2026, 11, 1), people=people,
                    cards=cards, themes=all_themes, causes=causes, success=success,
                    actions=actions)


def _ms(job, runs: int) -> tuple[float, float, float]:
    """First run, median of the others (wall clock), and median CPU time of the others."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        job()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return times[0], statistics.median(times[1:]), statistics.median(cpu[1:])


def run() -> dict[str, float]:
    start = time.perf_counter()
    from wtfc.export.report import report_pdf
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    import_ms = (time.perf_counter() - start) * 1000
    workshop = poster_workshop()
    first_posters, posters, posters_cpu = _ms(lambda: theme_posters_pdf(workshop), runs=4)
    demo = load_workshop(demo_path()).workshop
    first_report, report, report_cpu = _ms(lambda: report_pdf(demo), runs=4)
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    return {
        "export.posters_ms@100": round(posters, 1),
        "export.posters_cpu_ms@100": round(posters_cpu, 1),
        "export.posters_ms@100_first": round(first_posters + import_ms, 1),
        "export.report_ms_demo": round(report, 1),
        "export.report_cpu_ms_demo": round(report_cpu, 1),
        "export.report_ms_demo_first": round(first_report, 1),
    }


if __name__ == "__main__":
    print(run())
