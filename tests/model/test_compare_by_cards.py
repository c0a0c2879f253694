"""Review's words where people say nothing of a change, and where a theme is not placed yet.

Last time's sheet had no person column: every theme read "▲ More people said this 0 → 7", and
"▼ Said less often" beside "0 → 4" (the judge had used the cards, 7 → 5). A theme of cards
typed in with no person code read "▲ A bigger share of people said this · 0% → 0%". A theme
of last time's "not in this time's themes yet" read "25% → 0%" though it may be among the
unsorted cards. A theme renamed while a part of it was split off read "50% → 19%" alone, its
split-off part (the rest of its people) rows away.
"""

from __future__ import annotations

from wtfc.model.compare import Change, ThemeChange, compare_workshops
from wtfc.model.compare_words import (
    change_cell,
    count_cell,
    counts_aloud,
    people_text,
    reviewed_text,
    share_text,
    theme_change_text,
    theme_fates,
    theme_note,
)
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop

LONELY, TREATED = "I feel lonely and cut off", "I am not treated with respect"


def _demo_pair() -> tuple[Workshop, Workshop]:
    return load_workshop(demo_previous_path()).workshop, load_workshop(demo_path()).workshop


def _theme(result, start: str) -> ThemeChange:
    return next(t for t in result.themes if t.name.startswith(start))


def test_no_person_recorded_last_time_says_the_cards_never_more_people():
    spring, autumn = _demo_pair()
    for card in spring.cards:  # imported from a sheet with no person column
        card.person = ""
    result = compare_workshops(spring, autumn)
    assert reviewed_text(result) == ("No person recorded last time, 16 people's reviews this "
                                     "time, so each theme is judged by how many cards said it.")
    lonely = _theme(result, LONELY)
    assert (lonely.change, lonely.by_cards, lonely.by_share) == (Change.SHRANK, True, False)
    assert theme_change_text(lonely) == "▼ Said less often"  # not "Fewer/More people"
    assert change_cell(lonely) == "▼ Said less often · 7 → 5 cards"
    assert people_text(lonely) == "— → 4"  # nobody recorded then: never "0 → 4"
    assert (share_text(lonely), count_cell(lonely)) == ("", "7 → 5 cards")
    # the room has the cards beside it, so its top line does not say them twice
    assert change_cell(lonely, cards_beside=True) == "▼ Said less often"
    assert counts_aloud(lonely) == ("7 then, 5 now", "no person recorded then, 4 now")
    treated = _theme(result, TREATED)
    assert change_cell(treated) == "▲ Said more often · 9 → 10 cards"
    words = [change_cell(t) for t in result.themes]
    assert not [w for w in words if "people" in w]
    # what last time's actions say of their themes, as the themes list says it
    assert theme_fates(result)[LONELY] == "▼ Said less often"


def test_no_person_recorded_this_time_says_the_cards_never_fewer_people():
    spring, autumn = _demo_pair()
    for card in autumn.cards:  # this time's sheet anonymised
        card.person = ""
    result = compare_workshops(spring, autumn)
    assert reviewed_text(result).startswith("12 people's reviews last time, no person recorded "
                                            "this time, so each theme is judged by how many")
    treated = _theme(result, TREATED)
    assert (change_cell(treated), people_text(treated)) == \
        ("▲ Said more often · 9 → 10 cards", "6 → —")
    assert not [t for t in result.themes if "people" in change_cell(t)]


def test_a_theme_of_cards_with_no_person_code_is_said_by_its_cards():
    spring, autumn = _demo_pair()
    for workshop, n in ((spring, 3), (autumn, 6)):  # typed in the room, no person code
        cards = [Card(kind=Kind.NOT_WORKING, text=f"The bus into town stopped running {i}")
                 for i in range(n)]
        workshop.cards.extend(cards)
        workshop.themes.append(Theme(kind=Kind.NOT_WORKING, name="I can't get into town",
                                     card_ids=[c.id for c in cards]))
    result = compare_workshops(spring, autumn)
    town = _theme(result, "I can't get into town")
    assert (town.change, town.by_cards, town.by_share) == (Change.GREW, True, False)
    assert change_cell(town) == "▲ Said more often · 3 → 6 cards"  # not "a bigger share"
    assert (people_text(town), share_text(town), count_cell(town)) == \
        ("— → —", "", "3 → 6 cards")
    assert reviewed_text(result).endswith(
        "A theme with no person recorded on its cards is judged by how many cards said it.")
    # the other themes are still judged by the share of the people reviewed
    assert theme_change_text(_theme(result, TREATED)) == "▼ A smaller share of people said this"


def test_a_theme_not_placed_yet_has_no_count_now():
    spring, autumn = _demo_pair()  # 36 of this time's cards are still unsorted
    result = compare_workshops(spring, autumn)
    shops = _theme(result, "I can't get to the shops")
    assert shops.change is Change.NOT_YET
    assert (people_text(shops), share_text(shops), count_cell(shops)) == \
        ("3 of 12 → not yet in a theme", "25% → —", "25% → —")
    assert counts_aloud(shops)[0] == "3 then; not yet in a theme"
    for card in spring.cards:
        card.person = ""
    shops = _theme(compare_workshops(spring, autumn), "I can't get to the shops")
    assert (people_text(shops), count_cell(shops)) == ("— → not yet in a theme", "3 cards → —")


def test_a_renamed_theme_with_a_part_split_off_counts_both_and_has_it_right_under_it():
    spring, autumn = _demo_pair()
    lonely = next(t for t in autumn.themes if t.name == LONELY)
    cards = list(lonely.card_ids)
    half = len(cards) // 2
    lonely.name, lonely.card_ids = "Nobody drops in any more", cards[half:]
    autumn.themes.append(Theme(kind=lonely.kind, name="Weekends are the longest",
                               card_ids=cards[:half]))
    result = compare_workshops(spring, autumn)
    names = [t.name for t in result.themes]
    kept = names.index("Nobody drops in any more")
    assert names[kept + 1] == "Weekends are the longest"  # right under it, not rows away
    renamed, part = result.themes[kept], result.themes[kept + 1]
    everyone = {c.person for c in autumn.cards if c.id in cards and c.person}
    assert (renamed.people_now, renamed.cards_now) == (len(everyone), len(cards))
    assert renamed.related == ("Weekends are the longest",)
    assert share_text(renamed) == "50% → 25%"  # its people now, both parts: not "50% → 19%"
    assert theme_note(renamed) == ("was “I feel lonely and cut off”; counted with “Weekends "
                                   "are the longest”, split off it")
    assert (part.change, theme_note(part)) == (Change.SPLIT,
                                               "split from “I feel lonely and cut off”")
