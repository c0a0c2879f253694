"""Workshops for the Review comparison by the people reviewed: themes said by so many of so
many people, and cards left unsorted (``test_compare_people`` and the views' tests)."""

from __future__ import annotations

from wtfc.model.workshop import Action, Card, Kind, Person, Theme, Workshop

NW, W = Kind.NOT_WORKING, Kind.WORKING
FAMILY = "My daughter and my neighbour look in on me every day"
CARERS = "Too many different carers come and none of them know me"
RESPECT = "My paid carers talk over my head and rush my wash"
OTHER = "The garden is lovely in the summer"
NEXT_DOOR = "Bob next door brings my paper"
# a priority of many worries, of which this time's "Too many different carers" is one
WORRIES = (f"{RESPECT}. {CARERS}. Every morning somebody new arrives unsure about my tablets, "
           f"keys, breakfast, shopping, laundry, appointments, hearing aids and slippers")


def reviewed(themes: dict[str, tuple[Kind, str, int]], everyone: int, *,
              unsorted: int = 0, actions: list[Action] = ()) -> Workshop:
    """Themes as name → (kind, words, people saying them), one card each; ``everyone``
    people reviewed (the rest said something else, left in an "Other" theme unless
    ``unsorted`` of them are in none)."""
    people = [Person(id=f"P{n:02d}") for n in range(1, everyone + 1)]
    cards, theme_parts, n = [], [], 0
    for name, (kind, words, count) in themes.items():
        ids = []
        for _ in range(count):
            card = Card(kind=kind, text=words, person=people[n % everyone].id)
            cards.append(card)
            ids.append(card.id)
            n += 1
        theme_parts.append(Theme(id=name[:10], kind=kind, name=name, card_ids=ids))
    rest = [Card(kind=W, text=OTHER, person=p.id) for p in people]
    cards += rest
    sorted_rest = rest[unsorted:]
    if sorted_rest:
        theme_parts.append(Theme(id="other", kind=W, name="The garden",
                                 card_ids=[c.id for c in sorted_rest]))
    return Workshop(title="t", people=people, cards=cards, themes=theme_parts,
                    actions=list(actions))


DAY_CENTRE = "I enjoy seeing people at the day centre on Tuesdays"


def spring_and_autumn() -> tuple[Workshop, Workshop]:
    """Spring: 16 people's reviews, its priority 1 a theme of many worries; autumn: 31, the
    priority carried on (split into it alone) as "Too many different carers" (7 → 14 people),
    "Family look in" 6 of 16 → 9 of 31 (38% → 29%), and 10 cards unsorted, the day centre's
    among them."""
    spring = reviewed({"Not treated with respect": (NW, WORRIES, 7),
                       "Family look in": (W, FAMILY, 6),
                       "Day centre": (W, DAY_CENTRE, 4)}, 16)
    first = spring.themes[0]
    spring = spring.model_copy(update={"themes": [
        first.model_copy(update={"priority": first.priority.model_copy(
            update={"chosen": True, "rank": 1})}), *spring.themes[1:]]})
    autumn = reviewed({"Family look in": (W, FAMILY, 9),
                       "Too many different carers": (NW, CARERS, 14)}, 31, unsorted=10)
    return spring, autumn
