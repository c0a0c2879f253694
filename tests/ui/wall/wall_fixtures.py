"""Workshops for the wall tests: a small one with fixed ids, and a demo-sized one (96 cards).

Small workshop (fixed ids, so a test can say "the package theme"):
- not-working cards n1…n6, working w1, w2, future f1; n6 is held back (names "Dennis")
- theme ``package`` (not working) holds n1, n2, n3; ``staff`` (not working) holds n3, n4
- theme ``good`` (working) holds w1; unsorted: n5, n6, w2, f1
"""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Theme, Workshop

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE


def small_workshop() -> Workshop:
    cards = [
        Card(id="n1", kind=NW, text="Different carers every week", person="P01"),
        Card(id="n2", kind=NW, text="Nobody asks me what I want", person="P01"),
        Card(id="n3", kind=NW, text="The rota is never sent to me", person="P02"),
        Card(id="n4", kind=NW, text="They rush me at breakfast", person="P02"),
        Card(id="n5", kind=NW, text="I am lonely in the evenings", person="P03"),
        Card(id="n6", kind=NW, text="Dennis told me the bus is gone", person="P03",
             personal_details=[PersonalDetail(start=0, end=6, category="name", text="Dennis")]),
        Card(id="w1", kind=W, text="The day centre lunch club", person="P01"),
        Card(id="w2", kind=W, text="My neighbour pops in", person="P03"),
        Card(id="f1", kind=F, text="Staying in my own home", person="P02"),
    ]
    themes = [
        Theme(id="package", kind=NW, name="I feel like a package", card_ids=["n1", "n2", "n3"]),
        Theme(id="staff", kind=NW, name="I never know who is coming", card_ids=["n3", "n4"]),
        Theme(id="good", kind=W, name="I like my day centre", card_ids=["w1"]),
    ]
    people = [Person(id="P01"), Person(id="P02"), Person(id="P03")]
    return Workshop(title="Spring reviews", people=people, cards=cards, themes=themes)


def small_document() -> Document:
    return Document(small_workshop())


_PHRASES = {
    W: ["My carer always has a chat with me", "The lunch club on a Tuesday",
        "I can phone the office and someone answers", "My neighbour pops in every day",
        "The district nurse explains everything", "I still do my own garden",
        "My daughter helps me with shopping", "The library van stops outside",
        "I feel safe in my home", "The same two carers come most days",
        "Church friends take me out on Sundays", "My pendant alarm gives me peace of mind"],
    NW: ["Different carers every week", "Nobody asks me what I want",
         "The rota is never sent to me", "They rush me at breakfast",
         "I am lonely in the evenings", "Visits are cut short to fifteen minutes",
         "I never know who is coming today", "The bus to town was stopped",
         "I have to tell my story again and again", "Nobody told me my review was changed",
         "Carers arrive at bedtime at seven o'clock", "I can't get to the doctor on my own"],
    F: ["Staying in my own home", "Being able to get out to see friends",
        "Knowing who to call when things go wrong", "Keeping my dog with me",
        "Choosing when I get up and go to bed", "Having the same carers I trust",
        "Being part of my community", "Help to stay on top of my money"],
}
_THEMES = {
    W: ["I have people I can rely on", "I keep doing what I enjoy", "I feel safe and listened to"],
    NW: ["I feel like a package, not a person", "I never know who is coming",
         "I feel rushed and ignored", "I am stuck at home", "Nobody tells me anything"],
    F: ["I want to stay in my own home", "I want to stay connected", "I want choice and control"],
}


def demo_sized_document(cards_per_kind: tuple[int, int, int] = (30, 42, 24),
                        unsorted_each: int = 4) -> Document:
    """96 cards over 11 themes, a few unsorted of each kind, one card held back."""
    cards, themes, people = [], [], [Person(id=f"P{i:02d}") for i in range(1, 25)]
    for kind, count in zip((W, NW, F), cards_per_kind, strict=True):
        phrases = _PHRASES[kind]
        kind_cards = [Card(id=f"{kind.value[0]}{kind.value[-1]}{i}", kind=kind,
                           text=phrases[i % len(phrases)] + ("" if i < len(phrases) else
                                                             f" (said {1 + i // len(phrases)}x)"),
                           person=f"P{1 + i % 24:02d}") for i in range(count)]
        cards += kind_cards
        sortable = kind_cards[:-unsorted_each] if unsorted_each else kind_cards
        names = _THEMES[kind]
        for t, name in enumerate(names):
            themes.append(Theme(id=f"{kind.value}-{t}", kind=kind, name=name,
                                card_ids=[c.id for c in sortable[t::len(names)]]))
    cards[-1] = cards[-1].model_copy(update={
        "text": "Dennis from next door helps me",
        "personal_details": [PersonalDetail(start=0, end=6, category="name", text="Dennis")]})
    return Document(Workshop(title="Demo-sized workshop", people=people, cards=cards,
                             themes=themes))
