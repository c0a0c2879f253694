"""A big workshop for the Prioritise, Identify success and why-tree room views' page checks:
15 themes with long "I" statements, 5 priorities with a long reason, each with a 7-cause tree of
long causes and 8 success statements (one long, one short from each voice)."""

from __future__ import annotations

from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import (
    Card,
    Cause,
    Kind,
    Person,
    Perspective,
    Priority,
    SuccessStatement,
    Theme,
    Workshop,
)

NAMES = ["I have people around me who know what matters to me and how I like things done",
         "I enjoy the lunch club", "My GP listens", "Neighbours help with shopping and bins",
         "I can use the phone to see my grandchildren on a screen each Sunday afternoon",
         "I am not treated with respect or as an individual by the paid carers who come to my "
         "home", "I am not sure who is coming or when",
         "I feel lonely and cut off from the people and places I used to know",
         "I don't know who to contact when things change or go wrong with my care package",
         "Transport", "My money and benefits are confusing and the forms are too long to fill "
         "in alone", "Carers rushed", "I want to get out, see people and enjoy my hobbies again "
         "like painting and the choir", "I want to stay in my own home",
         "I want to see more of my family and friends"]
KINDS = [Kind.WORKING] * 5 + [Kind.NOT_WORKING] * 7 + [Kind.FUTURE] * 3
REASON = ("Older people, family carers and staff all raised it, and providers said they could "
          "change it within six months if commissioners agreed to the new contract terms.")
LONG_SUCCESS = ("My carers know me, know what matters to me, and come when they said they would, "
                "and if they are late someone rings to tell me why.")
CAUSES = [  # (its parent's place in this list, or None for a first why; the words)
    (None, "Visits are booked in fifteen-minute slots with no travel time between them, so "
           "carers run late all day"),
    (None, "Rotas are made by a computer that does not know who the person is"),
    (0, "The contract pays by the minute in the person's home, not for the journey"),
    (0, "Not enough carers in rural areas"),
    (1, "Nobody records what matters to the person, what they like and who they are, in a "
        "place the rota planners can see"),
    (1, "Staff turnover is high, forty per cent a year"),
    (2, "The council's framework was written in 2014 and has never been reviewed with the "
        "people who use it"),
]


def big_board_workshop() -> Workshop:
    cards, themes, causes, success = [], [], [], []
    categories = list(CauseCategory)
    for ti, (kind, name) in enumerate(zip(KINDS, NAMES, strict=True)):
        ids = [f"c{ti:02d}{j:02d}" for j in range(6 + ti % 5)]
        cards += [Card(id=i, kind=kind, text=f"Said at table {j}", person=f"P{j}")
                  for j, i in enumerate(ids)]
        chosen = kind == Kind.NOT_WORKING and ti < 10
        themes.append(Theme(id=f"t{ti:02d}", kind=kind, name=name, card_ids=ids,
                            priority=Priority(chosen=chosen, rank=ti - 4 if chosen else None,
                                              votes=20 - ti, reason=REASON if chosen else "")))
        if not chosen:
            continue
        tid = f"t{ti:02d}"
        for n, (parent, text) in enumerate(CAUSES):
            causes.append(Cause(id=f"{tid}w{n}", theme_id=tid, text=text,
                                parent_id=None if parent is None else f"{tid}w{parent}",
                                category=categories[n % len(categories)],
                                root_cause=n == 6, agreed=n == 6))
        success += [SuccessStatement(id=f"{tid}s{p.value}{k}", theme_id=tid, perspective=p,
                                     text=LONG_SUCCESS if k == 0 else "I know who is coming.")
                    for p in Perspective for k in range(2)]
    return Workshop(title="Big sweep workshop: Riverside and Northfield home care and day "
                          "services, autumn 2026",
                    people=[Person(id=f"P{j}") for j in range(10)],
                    cards=cards, themes=themes, causes=causes, success=success)
