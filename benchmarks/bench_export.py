"""Export speed: 100 theme posters in one PDF, and the demo's A4 report (goal <= 1,000 ms each);
the report, the data workbook and the action poster of a big council's workshop (10,000 cards).

``export.posters_ms@100`` and ``export.report_ms_demo`` are medians of warm runs (fonts already
registered, as in the app after the first export); the ``_first`` figures include importing
reportlab and registering the fonts, as the first export of a session does.
``export.feedback_ms@demo``: the demo's feedback sheet, warm (no goal set: a few pages).

``export.report_ms@10000``, ``export.xlsx_ms@10000`` and ``export.action_poster_ms@10000`` are
medians of warm runs on ``big_workshop()``: 10,000 cards, nearly 400 themes of very different
sizes, a tenth of the cards in no theme, a few held back; about 40 priorities with why-trees,
success statements and actions, and some why-trees and actions on other themes too
(goal: report and xlsx <= 1,500 ms, action poster <= 750 ms). Since 29 November 2026 its
people have an age band, service type and locality, as a council's sheet of reviews has (a
few not recorded), so the report's lines under each priority and the data export's small-cell
hiding are timed too; before, no one had a tag and those figures missed that work.
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
    PersonalDetail,
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
KINDS = (Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE)


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


def big_workshop(cards: int = 10_000, seed: int = 2) -> Workshop:
    """A big council's workshop: ``cards`` cards from a fifth as many people, in themes of very
    different sizes (a few big ones, many small), some cards in no theme and 1 in 200 held back;
    about 40 priority themes with a why-tree, success statements and actions, and a few others with
    some. Almost every card is plain English; a few are in Welsh, Urdu or Polish."""
    rng = random.Random(seed)
    # Named, not every member of each enum: a new role or voice must not change the workshop.
    voices = (Voice.OLDER_PERSON, Voice.FAMILY_CARER, Voice.STAFF, None)
    roles = (Role.COMMISSIONERS, Role.PROVIDERS, Role.CARE_MANAGERS, Role.HEALTH, Role.OTHER)
    perspectives = (Perspective.OLDER_PEOPLE, Perspective.FAMILY_CARERS,
                    Perspective.STAFF_AND_MANAGERS, Perspective.COMMISSIONERS)
    people = [Person(id=f"P{i:05}", voice=rng.choice(voices)) for i in range(cards // 5)]
    others = ("Hoffwn i gael gofal yn Gymraeg: ŵyr, ŷd.",
              "میری بیٹی ہر ہفتے آتی ہے اور مجھے خوشی ہوتی ہے۔",
              "Chciałbym mówić z opiekunem po polsku.")
    people = _tagged(people, random.Random(seed + 1))  # its own: the cards stay the same
    all_cards = []
    for i in range(cards):
        text = others[i % 3] if i % 500 == 7 else _sentence(rng, 6, 40)
        details = ([PersonalDetail(start=0, end=1, category="name", text="I")]
                   if i % 200 == 3 else [])
        all_cards.append(Card(id=f"c{i:05}", kind=KINDS[i % 3], text=text,
                              person=rng.choice(people).id if i % 50 else "",
                              source=f"import 1, row {i + 2}", personal_details=details))
    by_kind = {k: [c.id for c in all_cards if c.kind == k] for k in KINDS}
    themes, causes, success, actions = [], [], [], []
    t = 0
    for kind in KINDS:
        ids = by_kind[kind][: len(by_kind[kind]) * 9 // 10]  # a tenth stays unsorted
        while ids:
            size = min(len(ids), 400, max(3, int(rng.paretovariate(1.4) * 9)))
            priority = Priority(chosen=t % 9 == 0, rank=t // 9 + 1 if t % 9 == 0
                                else None, votes=rng.randint(0, 30),
                                reason=_sentence(rng, 4, 14) if t % 9 == 0 else "")
            themes.append(Theme(id=f"t{t}", kind=kind, name=_sentence(rng, 3, 9),
                                card_ids=ids[:size], priority=priority))
            ids = ids[size:]
            if priority.chosen or t % 10 == 1:
                for k in range(rng.randint(3, 9)):
                    parent = f"k{t}-{rng.randrange(k)}" if k and rng.random() < 0.6 else None
                    causes.append(Cause(id=f"k{t}-{k}", theme_id=f"t{t}", parent_id=parent,
                                        text=_sentence(rng, 5, 16), root_cause=k % 3 == 2,
                                        agreed=k % 4 == 3, team="Commissioning" if k % 5 else ""))
                for s, perspective in enumerate(perspectives * 2):
                    if priority.chosen or s < 2:
                        success.append(SuccessStatement(id=f"s{t}-{s}", theme_id=f"t{t}",
                                                        perspective=perspective,
                                                        text=_sentence(rng, 5, 14)))
                for a in range(rng.randint(3, 8) if priority.chosen else 2):
                    actions.append(Action(
                        id=f"a{t}-{a}", theme_id=f"t{t}", role=rng.choice(roles),
                        owner=rng.choice(("Service manager", "Head of commissioning", "")),
                        what=_sentence(rng, 6, 24), first_step=_sentence(rng, 3, 10) if a % 2
                        else "", by_when=dt.date(2027, 1 + a, 15) if a % 4 else None))
            t += 1
    return Workshop(title="Big council workshop", date=dt.date(2026, 11, 1),
                    venue="Civic centre", people=people, cards=all_cards, themes=themes,
                    causes=causes, success=success, actions=actions)


def _tagged(people: list[Person], rng: random.Random) -> list[Person]:
    """Each person's age band, service type and locality, as a council records them: a few
    big localities and some small ones, and about one in twenty of each tag not recorded."""
    places = ("Northfield", "Southmead", "Eastville", "Westbury", "Hillside", "Quayside",
              "Riverside", "Old Town")
    services = ("Home care", "Day services", "Residential care", "Extra care", "Reablement")
    ages = ("65-74", "75-84", "85+", "Under 65")

    def pick(values: tuple[str, ...]) -> str:
        return "" if rng.random() < 0.05 else rng.choices(values, [2**-i for i in
                                                                   range(len(values))])[0]

    return [p.model_copy(update={"age_band": pick(ages), "service_type": pick(services),
                                 "locality": pick(places)}) for p in people]


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
    from wtfc.export.action_poster import action_poster_pdf
    from wtfc.export.data import xlsx_bytes
    from wtfc.export.feedback_sheet import feedback_sheet_pdf
    from wtfc.export.report import report_pdf
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    import_ms = (time.perf_counter() - start) * 1000
    workshop = poster_workshop()
    first_posters, posters, posters_cpu = _ms(lambda: theme_posters_pdf(workshop), runs=4)
    demo = load_workshop(demo_path()).workshop
    first_report, report, report_cpu = _ms(lambda: report_pdf(demo), runs=4)
    _, feedback, _ = _ms(lambda: feedback_sheet_pdf(demo), runs=4)
    big = big_workshop()
    _, big_report, _ = _ms(lambda: report_pdf(big), runs=3)
    _, big_xlsx, _ = _ms(lambda: xlsx_bytes(big), runs=3)
    _, big_poster, _ = _ms(lambda: action_poster_pdf(big), runs=3)
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    return {
        "export.posters_ms@100": round(posters, 1),
        "export.posters_cpu_ms@100": round(posters_cpu, 1),
        "export.posters_ms@100_first": round(first_posters + import_ms, 1),
        "export.report_ms_demo": round(report, 1),
        "export.report_cpu_ms_demo": round(report_cpu, 1),
        "export.report_ms_demo_first": round(first_report, 1),
        "export.feedback_ms@demo": round(feedback, 1),
        "export.report_ms@10000": round(big_report, 1),
        "export.xlsx_ms@10000": round(big_xlsx, 1),
        "export.action_poster_ms@10000": round(big_poster, 1),
    }


if __name__ == "__main__":
    print(run())
