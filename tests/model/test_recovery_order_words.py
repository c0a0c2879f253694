"""The words comparing two copies of a workshop name an order that differs (themes dragged on
the wall, success statements moved): said to be "the same", the facilitator discarded the
recovery copy or saved over a colleague's order (code review A10 #1)."""
from __future__ import annotations

from wtfc.model.recovery_compare import differences
from wtfc.model.workshop import Card, Kind, Theme, Workshop


def _themes(*ids: str) -> list[Theme]:
    return [Theme(id=i, kind=Kind.WORKING, name=f"Theme {i}") for i in ids]


def test_one_theme_dragged_to_the_front_is_one_moved_not_all():
    found = differences(Workshop(themes=_themes("a", "b", "c", "d")),
                        Workshop(themes=_themes("d", "a", "b", "c")))
    assert not found.same and found.only_order
    assert found.describe() == "the themes on the wall in another order (1 moved)"
    assert found.describe_both("it", "the workshop open here") == [
        "the order of the themes on the wall is different in the two"]


def test_an_order_is_said_beside_parts_added():
    card = Card(id="c1", kind=Kind.WORKING, text="Hi")
    found = differences(Workshop(themes=_themes("a", "b")),
                        Workshop(themes=_themes("b", "a"), cards=[card]))
    assert not found.only_order
    assert found.describe() == "1 more card, the themes on the wall in another order (1 moved)"


def test_a_part_added_in_the_middle_is_no_new_order():
    found = differences(Workshop(themes=_themes("a", "c")), Workshop(themes=_themes("a", "b", "c")))
    assert found.reordered_any is False
    assert found.describe() == "1 more theme"


def test_the_same_workshop_is_still_the_same():
    assert differences(Workshop(themes=_themes("a", "b")), Workshop(themes=_themes("a", "b"))).same
