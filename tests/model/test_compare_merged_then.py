"""Review / Since last time, a theme that two of last time's went into: "I feel rushed" merged
into "I don't know who is coming" this time. Its row compared it with last time's "I don't
know who is coming" alone (2 of 5 people, 40%), so the merge read "▲ A bigger share of people
said this 40% → 44%" where the four people were 80% of last time's and are 44% now. And an
empty theme read "✚ New this time · 0 → 0" and was counted new: nobody said it."""

from __future__ import annotations

import datetime as dt

from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_words import changes_summary, people_text, share_text, theme_note
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

NW, W = Kind.NOT_WORKING, Kind.WORKING
COMING, RUSHED = "I don't know who is coming", "I feel rushed"
COMING_WORDS = ["The carer comes at any time of day", "I never know which carer is coming"]
RUSHED_WORDS = ["The carers rush my wash every morning", "They never have time to talk to me"]
TODAY = dt.date(2026, 11, 30)


def _workshop(prefix: str, everyone: int, themes: list[tuple[str, list[str]]],
              date: dt.date) -> Workshop:
    """Each theme's cards one person each, in turn; the rest said the garden is lovely."""
    people = [Person(id=f"{prefix}{n:02d}") for n in range(1, everyone + 1)]
    cards, out, n = [], [], 0
    for name, texts in themes:
        ids = []
        for text in texts:
            cards.append(Card(id=f"{prefix}c{n}", kind=NW, text=text, person=people[n].id))
            ids.append(f"{prefix}c{n}")
            n += 1
        out.append(Theme(id=f"{prefix}{len(out)}", kind=NW, name=name, card_ids=ids))
    rest = [Card(id=f"{prefix}g{i}", kind=W, text="My garden is lovely in the summer",
                 person=p.id) for i, p in enumerate(people[n:])]
    out.append(Theme(id=f"{prefix}garden", kind=W, name="The garden",
                     card_ids=[c.id for c in rest]))
    return Workshop(title="Merged", date=date, people=people, cards=cards + rest, themes=out)


def last_time() -> Workshop:
    return _workshop("Q", 5, [(COMING, COMING_WORDS), (RUSHED, RUSHED_WORDS)],
                     dt.date(2026, 5, 1))


def merged_now(*extra: Theme) -> Workshop:
    """"I feel rushed" merged into "I don't know who is coming": the four cards in one theme,
    4 of 9 people."""
    ws = _workshop("P", 9, [(COMING, COMING_WORDS + RUSHED_WORDS)], dt.date(2026, 11, 1))
    return ws.model_copy(update={"themes": [*ws.themes, *extra]})


def test_a_theme_two_went_into_is_compared_with_both():
    result = compare_workshops(last_time(), merged_now(), today=TODAY)
    coming = next(t for t in result.themes if t.current_id and t.name == COMING)
    # then: both themes that are one now, 4 of 5 (80%); now 4 of 9 (44%): a smaller share
    assert (coming.cards_before, coming.cards_now) == (4, 4)
    assert coming.change is Change.SHRANK
    assert (people_text(coming), share_text(coming)) == ("4 of 5 → 4 of 9", "80% → 44%")
    assert theme_note(coming) == "counted with “I feel rushed”, merged into it"
    # the merged-away row still counts where its people went, and follows the theme
    rushed = result.themes[result.themes.index(coming) + 1]
    assert (rushed.name, rushed.change) == (RUSHED, Change.MERGED)
    assert theme_note(rushed) == f"now part of “{COMING}”"
    assert people_text(rushed) == "2 of 5 → 4 of 9"
    # the header's tally: the garden, said by everyone else, is the only bigger share
    assert [t.name for t in result.with_change(Change.GREW)] == ["The garden"]
    assert changes_summary(result).startswith("1 a bigger share of people (▲), "
                                              "1 a smaller share (▼)")


def test_a_theme_with_no_cards_is_not_compared():
    empty = Theme(id="Pempty", kind=NW, name="Empty theme")
    last = last_time()
    last = last.model_copy(update={"themes": [*last.themes, Theme(id="Qempty", kind=W,
                                                                  name="Nothing yet")]})
    now = merged_now(empty, Theme(id="Pnothing", kind=W, name="Nothing yet"))
    result = compare_workshops(last, now, today=TODAY)
    names = [t.name for t in result.themes]
    assert "Empty theme" not in names and "Nothing yet" not in names, names
    assert not result.with_change(Change.APPEARED) and not result.with_change(Change.DISAPPEARED)
    assert ", 0 new, 0 gone" in changes_summary(result)
