"""Helpers the wall's suggestion tests import (test_suggestions, test_suggestion_shaping,
test_suggestion_dismiss): a workshop whose unsorted cards fall into three clear groups, and
asking the panel for suggestions. Kept out of the test modules so one test file never imports
another (and runs its import side effects)."""

from __future__ import annotations

from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE
BUS = ["u0", "u1", "u2"]
LONELY = ["u3", "u4", "u5"]
RUSH = ["u6", "u7", "u8"]
# Three clear groups of three: the bus, loneliness and rushing carers (BUS, LONELY, RUSH's words)
GROUPED_TEXTS = [
    "The bus to town was stopped",
    "There is no bus on Sundays any more",
    "I cannot get a bus to the shops",
    "I am lonely in the evenings",
    "I feel lonely at night on my own",
    "Nobody visits me and I am lonely",
    "My carer is always rushing",
    "Carers rush me at breakfast",
    "The carers are always in a hurry",
]


def grouping_workshop() -> Workshop:
    """Nine unsorted not-working cards in three clear groups, one held-back lonely card, one
    unsorted working card and no unsorted future card."""
    cards = [Card(id=f"u{i}", kind=NW, text=t) for i, t in enumerate(GROUPED_TEXTS)]
    cards += [
        Card(
            id="held",
            kind=NW,
            text="Dennis says I am lonely in the evenings",
            personal_details=[PersonalDetail(start=0, end=6, category="name", text="Dennis")],
        ),
        Card(id="t1", kind=NW, text="Carers never have time to talk to me"),
        Card(id="t2", kind=NW, text="The community transport van is always full"),
        Card(id="w1", kind=W, text="My neighbour pops in"),
        Card(id="w2", kind=W, text="The day centre lunch club"),
        Card(id="f1", kind=F, text="Staying in my own home"),
    ]
    themes = [
        Theme(id="rushed", kind=NW, name="I feel rushed", card_ids=["t1"]),
        Theme(id="transport", kind=NW, name="I can't get about", card_ids=["t2"]),
        Theme(id="good", kind=W, name="I have good neighbours", card_ids=["w1"]),
        Theme(id="home", kind=F, name="I want to stay at home", card_ids=["f1"]),
    ]
    return Workshop(title="Suggestions test", cards=cards, themes=themes)


def finish(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass


def suggested(qtbot, wall, kind=NW):
    task = wall.suggestions.suggest(kind)
    assert task is not None
    finish(qtbot, task)
    return wall.suggestions.themes_page


def choose_suggestion(page, members):
    row = next(i for i, s in enumerate(page.shown) if set(s.suggestion.member_ids) == set(members))
    page.list.setCurrentRow(row)
    return page.shown[row]


def choose_card(wall, card_id):
    wall.view.focus_card(wall.scene.cards[(card_id, None)])


def unsorted_ids(doc):
    return {c.id for c in doc.unsorted_cards()}


def theme_named(doc, name):
    """The theme of that name (a new theme goes with its kind, not always last)."""
    return next(t for t in doc.workshop.themes if t.name == name)


def theme_holding(doc, card_id):
    return next(t for t in doc.workshop.themes if card_id in t.card_ids)
