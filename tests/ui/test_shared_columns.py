"""Columns sharing the width a tree's other columns leave, never below a readable width."""

from __future__ import annotations

from wtfc.ui.shared_columns import Share, share_out


def test_with_room_the_columns_share_by_weight_and_a_fitted_one_stops_at_its_contents():
    widths = share_out(1000, {0: Share(100, weight=2), 1: Share(100, fit=True),
                              2: Share(100, weight=2)}, {1: 150})
    assert widths == {1: 150, 0: 425, 2: 425}


def test_short_of_room_none_goes_below_its_narrowest_and_the_others_share_the_rest():
    widths = share_out(500, {0: Share(220, weight=2), 1: Share(110, fit=True),
                             2: Share(220, weight=2)}, {1: 300})
    assert widths == {0: 220, 2: 220, 1: 110}  # 550: the tree scrolls sideways for 50
    widths = share_out(600, {0: Share(100, weight=3), 1: Share(150)}, {})
    assert widths == {1: 150, 0: 450}
