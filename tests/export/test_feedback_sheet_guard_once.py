"""The feedback letter's guard reads the notes the letter prints, once: with a note on every
action of a big workshop it read every action's note, the many only named in brief too, and
the promise read each printed note again (166 → 289 ms at 10,000 cards). What is printed is
what it was: each note printed in full with the guard's placeholders, the rest counted."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from export_checks import all_text, reader, squash

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.model.workshop import (
    Action,
    Card,
    Kind,
    Person,
    Priority,
    Role,
    Stage,
    Theme,
    Workshop,
)

TODAY = dt.date(2027, 5, 12)
PROMISE = "it names no one"


def _busy(themes: int = 30) -> Workshop:
    """Priorities each with two actions, every action with a note: one names someone, the other
    does not; more than the letter spells out in full."""
    people, cards, rows, actions = [], [], [], []
    for t in range(themes):
        cards.append(Card(id=f"c{t}", kind=Kind.NOT_WORKING, person=f"P{t:02}",
                          text=f"Nobody rings me about visit {t}."))
        people.append(Person(id=f"P{t:02}"))
        rows.append(Theme(id=f"t{t}", kind=Kind.NOT_WORKING, name=f"I want to know about {t}",
                          card_ids=[f"c{t}"], priority=Priority(chosen=True, rank=t + 1)))
        for a, note in enumerate((f"Mrs Patel told us her carer Linda rings now ({t}).",
                                  f"Two providers agreed the contract terms ({t}).")):
            actions.append(Action(id=f"a{t}-{a}", theme_id=f"t{t}", role=Role.PROVIDERS,
                                  what=f"Ring people before visit {t}-{a}.",
                                  by_when=dt.date(2027, 9, 1 + a), progress_note=note,
                                  heard_at_check="Linda said it helps." if a else ""))
    return Workshop(title="Spring", date=dt.date(2027, 1, 20), stage=Stage.ACT, people=people,
                    cards=cards, themes=rows, actions=actions)


def _counted() -> tuple[Counter[str], object]:
    read: Counter[str] = Counter()

    def guard(text: str) -> str:
        read[text] += 1
        return shown_as_kinds(text)

    return read, guard


def test_the_guard_reads_only_the_notes_printed_and_each_text_once():
    ws = _busy()
    read, guard = _counted()
    text = all_text(reader(feedback_sheet_pdf(ws, today=TODAY, guard=guard)))
    assert max(read.values()) == 1, [t for t, n in read.items() if n > 1][:3]
    notes = [a.progress_note for a in ws.actions]
    printed = {n for n in notes if squash(shown_as_kinds(n)) in text}
    assert printed and len(printed) < len(notes)  # some themes are named in brief only
    assert {n for n in notes if n in read} == printed
    assert "Patel" not in text and "Linda" not in text


def test_the_letter_prints_what_it_did_its_notes_as_the_guard_gives_them():
    """Guarding as it prints reads as printing notes the guard had already read, and the
    promise is made as before (here, where the printed words name no one)."""
    ws = _busy()
    ahead = ws.model_copy(update={"actions": [
        a.model_copy(update={"progress_note": shown_as_kinds(a.progress_note),
                             "heard_at_check": shown_as_kinds(a.heard_at_check)})
        for a in ws.actions]})
    guarded = all_text(reader(feedback_sheet_pdf(ws, today=TODAY, guard=shown_as_kinds)))
    plain = all_text(reader(feedback_sheet_pdf(ahead, today=TODAY)))
    assert squash(PROMISE) in guarded and squash(PROMISE) not in plain
    assert guarded.replace(squash(", and it names no one."), ".") == plain
