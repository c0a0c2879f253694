"""A theme renamed in the room's own words is last time's theme carried on, not "gone" + "new".

In the autumn workshop started from the demo, the room named the respect theme "My carers don't
treat me with respect": its cards, other people's words, shared 9% of their words with last
time's, so the report printed last time's priority 1 "Gone this time 44% → 0%" right above
"New this time … 0% → 40%". And "6 → 10 people" of 16 → 30 reviewed was "shrank (▼ said less
often)" in the summary, where the table said "A smaller share of people said this"."""

from __future__ import annotations

from tests.model.reviewed_workshops import NW, W, reviewed
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_text import name_words, shared_name_words
from wtfc.model.compare_words import changes_summary, matched_text, theme_change_text, theme_note
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, Card, Kind, Role, Theme, Workshop

F = Kind.FUTURE
RESPECT_THEN = "I am not treated with respect or as an individual by my paid carers"
RESPECT_NOW = "My carers don't treat me with respect"


def _workshop(themes: list[tuple[str, Kind, list[str]]], actions: list[Action] = ()) -> Workshop:
    """Themes as (name, kind, card texts), the themes' ids their place ("t0", "t1", …)."""
    cards, made = [], []
    for i, (name, kind, texts) in enumerate(themes):
        ids = []
        for j, text in enumerate(texts):
            cards.append(Card(id=f"c{i}_{j}", kind=kind, text=text))
            ids.append(f"c{i}_{j}")
        made.append(Theme(id=f"t{i}", kind=kind, name=name, card_ids=ids))
    return Workshop(cards=cards, themes=made, actions=list(actions))


def test_a_name_in_the_rooms_own_words_carries_last_times_theme_on():
    before = _workshop([(RESPECT_THEN, NW, ["They talk over my head",
                                             "Nobody asks what I would like for breakfast"]),
                        ("I feel lonely and cut off", NW, ["Nobody visits me in the week"])],
                       [Action(theme_id="t0", role=Role.PROVIDERS, what="Dignity training")])
    # two of the autumn's cards: other people's words, but "nobody asks", "talk over" again
    now = _workshop([(RESPECT_NOW, NW, ["The carer shouted at me",
                                        "Nobody asks what I want, they just do the list",
                                        "My carers talk over me as if I'm not there"]),
                     ("I feel lonely and cut off", NW, ["Nobody visits me in the week"])])
    result = compare_workshops(before, now)
    respect = result.themes[0]
    assert (respect.previous_name, respect.name, respect.change, respect.matched_by) == \
        (RESPECT_THEN, RESPECT_NOW, Change.GREW, "names")
    assert (respect.cards_before, respect.cards_now) == (2, 3)
    assert theme_note(respect) == f"was “{RESPECT_THEN}”"
    assert matched_text(respect) == "Name like last time's: carers, treat, respect"
    assert not result.with_change(Change.APPEARED) and not result.with_change(Change.DISAPPEARED)
    action = result.actions[0]  # last time's action follows its theme under the new name
    assert (action.theme_change, action.theme_now) == (Change.GREW, RESPECT_NOW)


def test_names_meet_on_what_they_are_about_not_on_how_they_open():
    assert name_words(RESPECT_NOW) == {"carer", "treat", "respect"}
    assert name_words("I enjoy getting out and seeing people at the day centre") == \
        {"enjoy", "see", "peopl", "day", "centr"}
    assert name_words("I want to see more of my family") == {"see", "family"}  # not "want"
    assert shared_name_words("I enjoy getting out and seeing people at the day centre",
                             "I enjoy the day centre and lunch club") == \
        ["enjoy", "day", "centre"]
    # two Future themes opening "I want to see …": different themes, not a pair
    before = _workshop([("I want to see more of my family", F, ["My son lives in Leeds"])])
    now = _workshop([("I want to get out, see people and enjoy my hobbies again", F,
                      ["I used to go to the bowls club"])])
    assert [t.change for t in compare_workshops(before, now).themes] == \
        [Change.APPEARED, Change.DISAPPEARED]


def test_names_alike_pair_only_within_a_kind_and_one_to_one():
    # the same card each side, so the kind and the names alone decide
    said = ["They talk over my head"]
    before = _workshop([(RESPECT_THEN, NW, said)])
    other_kind = _workshop([("My carers treat me with respect", W, said)])
    assert {t.change for t in compare_workshops(before, other_kind).themes} == \
        {Change.APPEARED, Change.DISAPPEARED}
    two = _workshop([(RESPECT_NOW, NW, said),
                     ("Carers don't treat me with respect at night", NW, said)])
    result = compare_workshops(before, two)
    assert [(t.name, t.matched_by) for t in result.themes if t.matched_by] == \
        [(RESPECT_NOW, "names")]  # the closer name; the other is new
    assert [t.name for t in result.with_change(Change.APPEARED)] == \
        ["Carers don't treat me with respect at night"]


def test_the_demo_pair_pairs_exactly_as_before():
    """Every pairing Review makes between the demo and its previous cycle: by the same name,
    and none by names alike (its one new theme and one still unsorted stay so)."""
    result = compare_workshops(load_workshop(demo_previous_path()).workshop,
                               load_workshop(demo_path()).workshop)
    assert {t.matched_by for t in result.themes if t.matched_by} == {"name"}
    assert [t.name for t in result.with_change(Change.APPEARED)] == \
        ["I don't know who to contact when things change or go wrong"]
    assert [t.name for t in result.with_change(Change.NOT_YET)] == ["I can't get to the shops"]
    assert sum(bool(t.matched_by) for t in result.themes) == 9


def test_a_theme_split_into_one_theme_alone_carried_on_under_a_new_name():
    """Split into one theme and nothing else: one row, renamed, never "↗ Split" twice."""
    words = ("bowls club library swimming bus trips market shopping cinema church choir "
             "allotment garden centre walks park")
    before = _workshop([("I want to get out, see people and enjoy my hobbies again", F,
                         [words])])
    now = _workshop([("I want to get out and about again", F,
                      ["bowls club", "the library"])])
    result = compare_workshops(before, now)
    assert [(t.previous_name, t.name, t.change, t.matched_by) for t in result.themes] == \
        [("I want to get out, see people and enjoy my hobbies again",
          "I want to get out and about again", Change.GREW, "carried")]
    assert matched_text(result.themes[0]) == "Most of its cards' words were last time's"
    assert "split" not in changes_summary(result)


def test_the_summary_says_sizes_in_the_tables_words_when_judged_by_share():
    """6 of 16 → 10 of 30 is more people, a smaller share: never "said less often"."""
    spring = reviewed({"Not sure who": (NW, "Not sure who is coming", 6),
                       "Lonely": (NW, "I am lonely at the weekend", 4)}, 16)
    autumn = reviewed({"Not sure who": (NW, "Not sure who is coming", 10),
                       "Lonely": (NW, "I am lonely at the weekend", 12)}, 30)
    result = compare_workshops(spring, autumn)
    who = next(t for t in result.themes if t.name == "Not sure who")
    assert theme_change_text(who) == "▼ A smaller share of people said this"
    summary = changes_summary(result)
    # everyone's garden theme: the same share
    assert summary.startswith("1 a bigger share of people (▲), 1 a smaller share (▼), "
                              "1 about the same share, 0 new, 0 gone")
    assert "said less often" not in summary and "said more often" not in summary
    # as many reviewed both times: judged, and said, as before
    same = compare_workshops(spring, reviewed({"Not sure who": (NW, "Not sure who", 9)}, 16))
    assert changes_summary(same).startswith("1 grew (▲ said more often), 0 shrank (▼ said less "
                                            "often), 1 about the same, 0 new, 1 gone")


def test_a_theme_with_no_person_on_its_cards_is_counted_by_its_cards_beside_the_shares():
    spring = reviewed({"Lonely": (NW, "I am lonely at the weekend", 4)}, 16)
    autumn = reviewed({"Lonely": (NW, "I am lonely at the weekend", 12)}, 30)
    typed = [Card(kind=W, text="The meals are hot") for _ in range(3)]  # typed in: no person
    spring = spring.model_copy(update={
        "cards": [*spring.cards, typed[0]],
        "themes": [*spring.themes, Theme(id="meals", kind=W, name="Meals",
                                         card_ids=[typed[0].id])]})
    autumn = autumn.model_copy(update={
        "cards": [*autumn.cards, *typed],
        "themes": [*autumn.themes, Theme(id="meals", kind=W, name="Meals",
                                         card_ids=[c.id for c in typed])]})
    summary = changes_summary(compare_workshops(spring, autumn))
    assert summary.startswith("1 a bigger share of people (▲), 1 grew (▲ said more often), ")
