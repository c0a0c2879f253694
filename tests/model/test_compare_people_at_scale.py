"""A big borough's review: 295 people's reviews last time, 299 this time.

One person either way was a change, a rule tuned on 16 and 31 people's reviews. At 300 a person
is a third of a point, so 27 themes were marked ▲/▼ and 23 of them printed the same share beside
the mark ("22 of 295 → 20 of 299", "7% → 7%": "▼ A smaller share of people said this"). A mark
now goes only with shares that, as printed, moved its way; the small reviews are judged as before.
"""

from __future__ import annotations

from tests.model.reviewed_workshops import FAMILY, W, reviewed
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.compare_people import judge, share
from wtfc.model.compare_words import changes_summary, share_text, theme_change_text


def test_at_300_people_a_mark_goes_only_with_shares_that_moved_as_printed():
    # the review's own rows: a person or two fewer, the same "7%" printed both times
    for was, now in ((22, 20), (22, 21), (21, 20)):
        assert (share(was, 295), share(now, 299)) == ("7%", "7%")
        assert judge((was, now), (was, now), (295, 299)) == 0
    # a few people more or fewer, moving the printed share a point or more, still count
    assert (share(22, 295), share(26, 299)) == ("7%", "9%")
    assert judge((22, 26), (22, 26), (295, 299)) == 1
    assert (share(22, 295), share(17, 299)) == ("7%", "6%")
    assert judge((22, 17), (22, 17), (295, 299)) == -1
    # a person past the same share (73 of 295 is 74.0 of 299), printed "25% → 25%": the same
    assert (share(73, 295), share(75, 299), judge((73, 75), (73, 75), (295, 299))) == \
        ("25%", "25%", 0)
    # printed a point apart by rounding, less than a person past the same share (22.3 of
    # 299): about the same, as "38% → 39%" is at 16 → 31; never an arrow beside equal shares
    assert (share(22, 295), share(23, 299), judge((22, 23), (22, 23), (295, 299))) == \
        ("7%", "8%", 0)


def test_small_reviews_are_judged_by_a_person_either_way_as_before():
    # 16 → 31: a person moves the printed share by 3 points or more, so nothing changes there
    assert judge((6, 9), (6, 9), (16, 31)) == -1  # 38% → 29%
    assert judge((6, 14), (6, 14), (16, 31)) == 1  # 38% → 45%
    assert judge((6, 12), (6, 12), (16, 31)) == 0  # 38% → 39%: less than a person's share
    assert judge((1, 2), (1, 2), (31, 16)) == 1  # 3% → 13%
    assert judge((2, 1), (2, 1), (16, 31)) == -1  # 13% → 3%
    # as many reviewed both times the counts are printed, not shares: a person is a change
    # at any size (22 → 23 of 300 each time, both "7%" were they printed)
    assert judge((22, 23), (22, 23), (300, 300)) == 1
    assert judge((22, 21), (22, 21), (300, 300)) == -1
    assert judge((4, 6), (3, 3), (300, 300)) == 1  # the same people, more often


def test_the_words_every_view_prints_agree_with_the_shares_beside_them():
    """The board, the room view, the report and the feedback letter all say the comparison's
    change, so the words and the summary are checked once here."""
    before = reviewed({"Family look in": (W, FAMILY, 22)}, 295)
    same = compare_workshops(before, reviewed({"Family look in": (W, FAMILY, 20)}, 299))
    family = next(t for t in same.themes if t.name == "Family look in")
    assert (family.change, share_text(family)) == (Change.SAME, "7% → 7%")
    assert theme_change_text(family) == "= About the same share of people"
    assert "0 a bigger share of people (▲), 0 a smaller share (▼)" in changes_summary(same)
    fewer = compare_workshops(before, reviewed({"Family look in": (W, FAMILY, 14)}, 299))
    family = next(t for t in fewer.themes if t.name == "Family look in")
    assert (theme_change_text(family), share_text(family)) == \
        ("▼ A smaller share of people said this", "7% → 5%")


def _printed(said: str) -> float:
    """A share as printed, "<1%" (someone, under half a percent) between 0% and 1%."""
    return 0.5 if said == "<1%" else int(said[:-1])


def test_no_arrow_ever_stands_beside_shares_printed_the_same_or_moving_the_other_way():
    for counts in ((295, 299), (16, 31), (31, 16), (300, 1500), (60, 61)):
        for was in range(counts[0] + 1):
            for now in range(max(0, was - 5), min(counts[1], was + 6) + 1):
                moved = _printed(share(now, counts[1])) - _printed(share(was, counts[0]))
                mark = judge((was, now), (was, now), counts)
                assert mark == 0 or ((mark > 0) == (moved > 0) and moved), (counts, was, now)
