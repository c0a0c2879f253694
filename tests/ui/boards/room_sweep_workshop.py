"""A big workshop for the room views' page checks: long action words and owners, many of last
time's actions with notes (as a busy council's second cycle has), seven busy lanes."""

from __future__ import annotations

import datetime as dt

from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Person,
    Priority,
    Role,
    Theme,
    Workshop,
)

LONG_WHAT = ("Write a one-page profile with each person and use a matching tool to match staff "
             "by interests, personality and skills, starting with the people who have had most "
             "changes of carer this year.")
LONG_OWNER = "Head of Commissioning for Adult Social Care, Riverside Council"
NOTE = ("Twelve of the twenty profiles are written; the matching tool is on trial in Riverside "
        "and Northfield.")


def big_workshops() -> tuple[Workshop, Workshop]:
    """(this time, last time): 10 themes, 5 priorities with 8 actions each; last time's copy
    has those 40 actions with statuses and notes."""
    names = ["I am not treated with respect or as an individual by the paid carers who come",
             "I am not sure who is coming or when", "I feel lonely and cut off",
             "I don't know who to contact when things change or go wrong with my care",
             "Transport", "I enjoy the lunch club", "My GP listens", "Carers rushed",
             "I want to stay in my own home", "I want to see more of my family and friends"]
    cards, themes, actions = [], [], []
    roles = list(Role)
    for ti, name in enumerate(names):
        kind = Kind.NOT_WORKING if ti < 5 or ti == 7 else Kind.WORKING if ti < 7 else Kind.FUTURE
        ids = [f"c{ti:02d}{j}" for j in range(6)]
        cards += [Card(id=i, kind=kind, text=f"Said at table {j} ({ti})", person=f"P{j}")
                  for j, i in enumerate(ids)]
        chosen = ti < 5
        themes.append(Theme(id=f"t{ti:02d}", kind=kind, name=name, card_ids=ids,
                            priority=Priority(chosen=chosen, rank=ti + 1 if chosen else None)))
        if chosen:
            actions += [Action(id=f"t{ti:02d}a{a}", theme_id=f"t{ti:02d}", role=roles[a % 7],
                               owner=LONG_OWNER if a % 3 == 0 else "Jo Smith",
                               what=LONG_WHAT if a % 2 == 0 else "Add travel time to every rota.",
                               by_when=dt.date(2027, 3, 31),
                               how_we_know="At their next review, people say their carers "
                                           "know what matters to them.")
                        for a in range(8)]
    ws = Workshop(title="Big sweep workshop: Riverside and Northfield home care and day "
                        "services, autumn 2026",
                  date=dt.date(2026, 11, 29), venue="Riverside Community Hall, Upper Room",
                  purpose="To hear from older people, family carers, staff and commissioners "
                          "what is working and not working in home care, and to agree what we "
                          "will change together over the next twelve months.",
                  scope="Home care and day services for older people in Riverside.",
                  agreements="One voice at a time. Everyone's words count the same.",
                  people=[Person(id=f"P{j}") for j in range(6)],
                  cards=cards, themes=themes, actions=actions)
    before = [a.model_copy(update={"status": list(ActionStatus)[i % 4],
                                   "progress_note": NOTE if i % 2 else "",
                                   "checked_on": dt.date(2026, 6, 1)})
              for i, a in enumerate(actions)]
    last = ws.model_copy(update={"title": "Big sweep workshop, spring 2026",
                                 "date": dt.date(2026, 4, 1), "actions": before})
    return ws, last
