"""What theming has left, counted once for the Theme page, its stage row and the move on: the
groups not named yet by the one rule (``is_unnamed``), however typed, and the cards in no theme
(review 24 firsttime F1, F3)."""

from __future__ import annotations

from wtfc.model.theme_progress import theme_progress
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

NW = Kind.NOT_WORKING


def _workshop(*names: str) -> Workshop:
    cards = [Card(id=f"c{n}", kind=NW, text=f"Statement {n}", person="P1") for n in range(4)]
    themes = [Theme(kind=NW, name=name, card_ids=[f"c{n}"]) for n, name in enumerate(names)]
    return Workshop(people=[Person(id="P1")], cards=cards, themes=themes)


def test_groups_typed_any_way_count_as_not_named_and_real_names_do_not():
    ws = _workshop("Group 1 (not named yet)", "GROUP 2 – Not Named Yet!", "Group 3 (nót nàmed yet)",
                   "I feel named and shamed")
    progress = theme_progress(ws)
    assert (progress.themes, progress.unnamed, progress.unsorted) == (4, 3, 0)
    assert progress.marks() == ["3 not named"]


def test_cards_in_no_theme_count_once_theming_has_begun():
    assert theme_progress(_workshop()).marks() == []  # on Collect: every card is in none
    assert theme_progress(_workshop()).marks(moved_on=True) == ["4 in no theme"]
    progress = theme_progress(_workshop("I never know who is coming"))
    assert progress.marks() == ["3 in no theme"]
    assert progress.left_behind() == "3 cards are not in a theme: Ctrl+3 goes back to Theme"
    assert theme_progress(_workshop(*("I am fine",) * 4)).left_behind() == ""


def test_leaving_a_group_not_named_says_f2_on_choose_priorities_names_it():
    """A group is named on Choose priorities too (F2, f64402f): the sentence said on leaving
    Theme says so, not only "Ctrl+3 goes back to Theme" (review smoke24 F5)."""
    one = theme_progress(_workshop("Group 1 (not named yet)", *("I am fine",) * 3))
    assert one.left_behind() == ("1 group is not named yet: F2 on Choose priorities (Ctrl+4) "
                                 "names it, or Ctrl+3 goes back to Theme")
    two = theme_progress(_workshop("Group 1 (not named yet)", "Group 2 (not named yet)"))
    assert two.left_behind() == ("2 groups are not named yet and 2 cards are not in a theme: "
                                 "Ctrl+3 goes back to Theme; F2 on Choose priorities (Ctrl+4) "
                                 "names the groups")
