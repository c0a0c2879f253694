"""The review comparison: two workshop files, a year apart, read from disk and compared."""

from __future__ import annotations

import datetime as dt

from wtfc.model.compare import (
    Change,
    compare_workshops,
    jaccard,
    normalise_name,
)
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Person,
    Role,
    Theme,
    Workshop,
)

NW, W = Kind.NOT_WORKING, Kind.WORKING


def _workshop(title: str, themes: dict[str, tuple[Kind, list[str]]],
              actions: list[Action] = ()) -> Workshop:
    """Themes given as name → (kind, card texts); each card from a different person."""
    people, cards, theme_parts = [], [], []
    n = 0
    for name, (kind, texts) in themes.items():
        ids = []
        for text in texts:
            n += 1
            people.append(Person(id=f"P{n:02d}"))
            card = Card(kind=kind, text=text, person=f"P{n:02d}")
            cards.append(card)
            ids.append(card.id)
        theme_parts.append(Theme(id=name[:12].replace(" ", "_"), kind=kind, name=name,
                                 card_ids=ids))
    return Workshop(title=title, people=people, cards=cards, themes=theme_parts,
                    actions=list(actions))


CARERS = ["My carers come at different times every day", "Carers are always rushing",
          "I never know which carer is coming"]
LONELY = ["I am lonely since the day centre closed", "Nobody visits me in the week"]
MEALS = ["The meals on wheels are cold"]


def _files(tmp_path):
    last_year = _workshop("Review 2024", {
        "I never know who is coming": (NW, CARERS[:2]),
        "I feel lonely": (NW, LONELY),
        "Meals are poor": (NW, MEALS),
        "I like my day centre": (W, ["I like my day centre", "The day centre staff are kind",
                                     "Lunch at the centre is good"]),
    }, actions=[
        Action(theme_id="I_never_know", role=Role.PROVIDERS, what="Fixed visit times",
               owner="Home care leads", by_when=dt.date(2024, 9, 1),
               status=ActionStatus.IN_PROGRESS),
        Action(theme_id="I_feel_lonel", role=Role.COMMISSIONERS, what="Fund a lunch club",
               by_when=dt.date(2024, 6, 1), status=ActionStatus.DONE),
    ])
    this_year = _workshop("Review 2025", {
        "I never know who is coming!": (NW, CARERS),            # same name, punctuation aside
        "Nobody comes to see me": (NW, [LONELY[0] + " again", "Nobody visits me in the week"]),
        "I can't get to the shops": (NW, ["No bus to the shops"]),
        "I like my day centre": (W, ["I like my day centre"]),
    })
    before, after = tmp_path / "2024.wtfc", tmp_path / "2025.wtfc"
    save_workshop(last_year, before)
    save_workshop(this_year, after)
    return load_workshop(before).workshop, load_workshop(after).workshop


def test_themes_that_grew_shrank_appeared_and_disappeared(tmp_path):
    previous, current = _files(tmp_path)
    result = compare_workshops(previous, current, today=dt.date(2025, 1, 10))

    grew = result.with_change(Change.GREW)
    assert [(t.name, t.cards_before, t.cards_now) for t in grew] == \
        [("I never know who is coming!", 2, 3)]
    assert grew[0].matched_by == "name"
    assert grew[0].people_now == 3

    shrank = result.with_change(Change.SHRANK)
    assert [(t.name, t.cards_before, t.cards_now) for t in shrank] == \
        [("I like my day centre", 3, 1)]

    same = result.with_change(Change.SAME)  # renamed, found by its cards
    assert [(t.previous_name, t.name, t.matched_by) for t in same] == \
        [("I feel lonely", "Nobody comes to see me", "cards")]
    assert same[0].renamed and 0.25 <= same[0].similarity < 1

    assert [t.name for t in result.with_change(Change.APPEARED)] == ["I can't get to the shops"]
    assert [t.name for t in result.with_change(Change.DISAPPEARED)] == ["Meals are poor"]
    assert result.previous_title == "Review 2024"


def test_last_times_actions_come_back_with_status_and_their_themes_fate(tmp_path):
    previous, current = _files(tmp_path)
    result = compare_workshops(previous, current, today=dt.date(2025, 1, 10))
    visits, lunch = result.actions
    assert (visits.what, visits.status, visits.overdue) == \
        ("Fixed visit times", ActionStatus.IN_PROGRESS, True)
    assert visits.theme_name == "I never know who is coming"
    assert visits.theme_change is Change.GREW
    assert (lunch.status, lunch.overdue, lunch.theme_change) == \
        (ActionStatus.DONE, False, Change.SAME)


def test_kinds_never_match_each_other():
    working = _workshop("a", {"Visits": (W, CARERS)})
    not_working = _workshop("b", {"Visits": (NW, CARERS)})
    changes = {t.change for t in compare_workshops(working, not_working).themes}
    assert changes == {Change.APPEARED, Change.DISAPPEARED}


def test_unrelated_themes_are_not_forced_together():
    before = _workshop("a", {"Lonely": (NW, LONELY)})
    after = _workshop("b", {"Meals": (NW, MEALS)})
    changes = [t.change for t in compare_workshops(before, after).themes]
    assert changes == [Change.APPEARED, Change.DISAPPEARED]


def test_name_normalising_and_word_similarity():
    assert normalise_name("  I feel like a  PACKAGE! ") == "i feel like a package"
    assert normalise_name("Café “visits”") == "cafe visits"
    assert jaccard(frozenset("ab"), frozenset("ab")) == 1.0
    assert jaccard(frozenset("ab"), frozenset("cd")) == 0.0
    assert jaccard(frozenset(), frozenset()) == 0.0


# -- merged, split and renamed themes ------------------------------------------------------------
VISITS = ["Nobody visits me in the week", "My daughter visits once a month"]


def test_a_theme_merged_into_another_is_not_reported_as_gone():
    """Last time 'lonely' and 'visits' were two themes; this time the room put them together."""
    before = _workshop("2024", {"I feel lonely": (NW, LONELY), "Nobody visits": (NW, VISITS)},
                       actions=[Action(theme_id="Nobody_visit", role=Role.PROVIDERS,
                                       what="Befriending calls")])
    after = _workshop("2025", {"I feel lonely": (NW, [*LONELY, *VISITS])})
    result = compare_workshops(before, after)
    merged = [t for t in result.themes if t.previous_name == "Nobody visits"]
    assert [(t.change, t.related) for t in merged] == [(Change.MERGED, ("I feel lonely",))]
    assert result.with_change(Change.DISAPPEARED) == []
    assert result.actions[0].theme_change is Change.MERGED
    assert result.actions[0].theme_now == "I feel lonely"


def test_a_theme_split_in_two_is_not_reported_as_brand_new():
    carers = ["My carers come at different times every day", "Carers are always rushing",
              "I never know which carer is coming", "Carers rush my shower",
              "The carers are always in a hurry"]
    before = _workshop("2024", {"My carers": (NW, carers)})
    after = _workshop("2025", {"My carers": (NW, carers[:3]),
                               "Carers rush": (NW, ["Carers rush my shower",
                                                    "The carers are always in a hurry"])})
    result = compare_workshops(before, after)
    # it carries on, its part split off counted with it: the same five cards, not "shrank"
    kept = result.themes[0]
    assert (kept.name, kept.change, kept.cards_now, kept.related) == \
        ("My carers", Change.SAME, 5, ("Carers rush",))
    split = result.with_change(Change.SPLIT)
    assert [(t.name, t.related, t.cards_now) for t in split] == \
        [("Carers rush", ("My carers",), 2)]
    assert result.themes[1] is split[0]  # right under it
    assert result.with_change(Change.APPEARED) == []


def test_a_theme_split_up_with_no_part_keeping_its_name_says_where_it_went():
    times = ["Carers come at different times", "I never know the rota"]
    rush = ["Carers rush my shower", "Always in a hurry"]
    rest = ["Meals arrive cold", "Lonely at weekends", "The garden is overgrown",
            "No bus to town", "Nobody helps with my shopping list",
            "Hospital discharge was chaotic and frightening",
            "Paperwork for my budget confuses everyone",
            "Daycentre transport keeps changing drivers"]
    before = _workshop("2024", {"My carers": (NW, [*times, *rush, *rest])})
    after = _workshop("2025", {"Different times": (NW, times), "Rushing": (NW, rush)})
    result = compare_workshops(before, after)
    assert result.with_change(Change.DISAPPEARED) == []
    assert result.with_change(Change.APPEARED) == []
    old = [t for t in result.themes if t.previous_id and not t.current_id]
    assert [(t.change, set(t.related)) for t in old] == \
        [(Change.SPLIT, {"Different times", "Rushing"})]
    assert {t.name: t.related for t in result.themes if t.current_id} == \
        {"Different times": ("My carers",), "Rushing": ("My carers",)}


def test_an_unrelated_small_theme_is_not_called_merged():
    before = _workshop("a", {"Lonely": (NW, LONELY), "Meals": (NW, MEALS)})
    after = _workshop("b", {"Lonely": (NW, [*LONELY, "The bus stopped running"])})
    assert [t.change for t in compare_workshops(before, after).themes if t.name == "Meals"] == \
        [Change.DISAPPEARED]


def test_an_action_on_a_renamed_theme_names_the_theme_now(tmp_path):
    previous, current = _files(tmp_path)
    lunch = compare_workshops(previous, current, today=dt.date(2025, 1, 10)).actions[1]
    assert (lunch.theme_name, lunch.theme_now) == ("I feel lonely", "Nobody comes to see me")


def test_an_empty_previous_workshop_makes_every_theme_new(tmp_path):
    _, current = _files(tmp_path)
    result = compare_workshops(Workshop(title="Nothing yet"), current)
    assert {t.change for t in result.themes} == {Change.APPEARED}
    assert result.actions == []


def test_the_same_workshop_twice_is_recognised(tmp_path):
    previous, current = _files(tmp_path)
    assert compare_workshops(current, current).same_workshop
    assert not compare_workshops(previous, current).same_workshop


def test_two_empty_workshops_are_not_the_same_workshop():
    assert not compare_workshops(Workshop(title="a"), Workshop(title="b")).same_workshop


def _workshop_of(themes):
    from wtfc.model.workshop import Card, Theme, Workshop

    cards, made = [], []
    for i, (name, texts) in enumerate(themes):
        ids = []
        for j, text in enumerate(texts):
            cards.append(Card(id=f"c{i}_{j}", kind=Kind.NOT_WORKING, text=text))
            ids.append(f"c{i}_{j}")
        made.append(Theme(id=f"t{i}", kind=Kind.NOT_WORKING, name=name, card_ids=ids))
    return Workshop(cards=cards, themes=made)


def test_words_every_theme_uses_do_not_make_a_merge():
    """'I am lonely' shared only 'carers' and 'time' with 'I feel rushed': it went away, it
    was not merged."""
    before = _workshop_of([("I am lonely", ["Carers have no time to talk and I am lonely"]),
                           ("I feel rushed", ["Carers rush the visit"])])
    now = _workshop_of([("I feel rushed", ["Carers rush the visit", "Carers have no time"])])
    fate = {t.name: t.change for t in compare_workshops(before, now).themes}
    assert fate["I am lonely"] is Change.DISAPPEARED


def test_merges_and_splits_never_contradict_each_other():
    """A theme is not 'merged into' a theme that is itself new, nor 'split' from one that was
    merged away."""
    words = "bus town stopped sundays taxi costs dear shops market library chemist bank post"
    w = words.split()
    before = _workshop_of([("I can't get out", [words])])
    now = _workshop_of([
        ("Getting out", [" ".join(w[:7]) + " " + " ".join(f"extra{i}" for i in range(25))]),
        ("Taxis are dear", [" ".join(w[10:13])])])
    themes = compare_workshops(before, now).themes
    new_names = {t.name for t in themes if t.change is Change.APPEARED}
    merged_away = {t.name for t in themes if t.change is Change.MERGED}
    for t in themes:
        if t.change is Change.MERGED:
            assert not set(t.related) & new_names
        if t.change is Change.SPLIT and t.current_id:
            assert not set(t.related) & merged_away


def test_a_workshop_with_no_themes_yet_lists_none_of_last_times_as_gone(tmp_path):
    """A new cycle (its cards not yet themed) compared with last year's file: no theme has
    gone yet, so none is listed; last time's actions still come back."""
    previous, current = _files(tmp_path)
    for now in (Workshop(title="Review 2026"), current.model_copy(update={"themes": []})):
        result = compare_workshops(previous, now, today=dt.date(2025, 1, 10))
        assert result.themes == [] and result.no_themes_now
        assert [(a.what, a.theme_name, a.theme_change) for a in result.actions] == [
            ("Fixed visit times", "I never know who is coming", None),
            ("Fund a lunch club", "I feel lonely", None)]
        assert result.actions[0].overdue
    assert not compare_workshops(Workshop(title="a"), Workshop(title="b")).no_themes_now


def test_a_card_with_no_person_code_is_no_one_counted():
    """People then → now count person codes, as every export does: a card with none was
    counted as a person of its own."""
    before = Workshop(title="a", people=[Person(id="P1")], cards=[
        Card(id="c1", kind=NW, text="Carers are late", person="P1"),
        Card(id="c2", kind=NW, text="Carers are late again")],
        themes=[Theme(id="t", kind=NW, name="Late", card_ids=["c1", "c2"])])
    now = Workshop(title="b", cards=[Card(id="c3", kind=NW, text="Carers are late")],
                   themes=[Theme(id="t", kind=NW, name="Late", card_ids=["c3"])])
    (late,) = compare_workshops(before, now).themes
    assert (late.cards_before, late.cards_now, late.people_before, late.people_now) == \
        (2, 1, 1, 0)


def test_last_times_actions_say_how_we_said_we_would_know_they_worked(tmp_path):
    """Plan asks "What will show it worked (evidence for the next review)": at Review it comes
    back with the action, said in the same words on the board, the room view and the report."""
    from wtfc.model.compare_words import how_we_know_line

    previous, current = _files(tmp_path)
    said = previous.actions[0].model_copy(update={"how_we_know": " Fewer calls asking who "})
    previous = previous.model_copy(update={"actions": [said, *previous.actions[1:]]})
    visits, lunch = compare_workshops(previous, current, today=dt.date(2025, 1, 10)).actions
    assert how_we_know_line(visits) == "How we said we'd know: Fewer calls asking who"
    assert how_we_know_line(lunch) == ""  # nothing said: no empty line


def test_the_reports_guard_reads_last_times_how_we_would_know(tmp_path):
    """The report prints it, so the personal-detail and PDF checks read it too."""
    from wtfc.model.last_time_parts import printed_parts

    previous, current = _files(tmp_path)
    said = previous.actions[0].model_copy(update={"how_we_know": "Ask Mrs Patel"})
    previous = previous.model_copy(update={"actions": [said, *previous.actions[1:]]})
    parts = [(p.what, p.text, p.action_words) for p in printed_parts(previous, current)]
    assert ("evidence", "Ask Mrs Patel", "Fixed visit times") in parts


def _with_priorities(workshop, ranks: dict[str, int]):
    """``workshop`` with the themes named (by the start of their names) chosen at these ranks."""
    from wtfc.model.workshop import Priority

    return workshop.model_copy(update={"themes": [
        t.model_copy(update={"priority": Priority(chosen=True, rank=rank)})
        if (rank := next((r for n, r in ranks.items() if t.name.startswith(n)), None)) else t
        for t in workshop.themes]})


def test_last_times_priorities_carry_their_rank_and_come_first(tmp_path):
    """Step 8 asks what changed because of the work, and the work was on last time's
    priorities: each says its rank then, whatever became of it (about the same, gone), and
    they come first, by that rank; the other themes follow grouped by their change."""
    previous, current = _files(tmp_path)
    previous = _with_priorities(previous, {"Meals": 1, "I feel lonely": 2})
    result = compare_workshops(previous, current, today=dt.date(2025, 1, 10))
    assert [(t.name, t.change, t.previous_rank) for t in result.themes] == [
        ("Meals are poor", Change.DISAPPEARED, 1),
        ("Nobody comes to see me", Change.SAME, 2),  # renamed: its rank came with it
        ("I never know who is coming!", Change.GREW, None),
        ("I like my day centre", Change.SHRANK, None),
        ("I can't get to the shops", Change.APPEARED, None),
    ]
    assert [t.was_priority for t in result.themes] == [True, True, False, False, False]
    assert [t.name for t in result.with_change(Change.SAME)] == ["Nobody comes to see me"]


def test_a_chosen_theme_is_a_priority_and_a_leftover_rank_is_not():
    """Only a chosen theme was a priority (a rank is kept when a theme is dropped); one chosen
    with no rank is numbered after the ranked ones, as the priorities board numbers it."""
    from wtfc.model.compare import priority_ranks
    from wtfc.model.workshop import Priority

    before = _workshop("a", {"Lonely": (NW, LONELY), "Meals": (NW, MEALS),
                             "Carers": (NW, CARERS)})
    themes = [before.themes[0].model_copy(update={"priority": Priority(chosen=True)}),
              before.themes[1].model_copy(update={"priority": Priority(rank=1)}),
              before.themes[2].model_copy(update={"priority": Priority(chosen=True, rank=1)})]
    before = before.model_copy(update={"themes": themes})
    assert priority_ranks(before) == {"Carers": 1, "Lonely": 2}
    ranks = {t.name: t.previous_rank for t in compare_workshops(before, before.model_copy(
        update={"cards": [*before.cards, Card(kind=NW, text="new")]})).themes}
    assert ranks == {"Carers": 1, "Lonely": 2, "Meals": None}
