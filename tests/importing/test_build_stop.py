"""An import's build no one waits for any more stops (``build_import``'s ``stop``): the
confirm page's note of a 100,000-statement sheet went on for seconds beside Import's own build,
Import taking half as long again and 300 MB more, and Cancel froze the window while the dialog
waited for it (review code-a1 #4, #5). A build not told to stop is as before."""

from __future__ import annotations

import threading

import pytest

from wtfc.importing.build_stop import BuildStopped
from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

ROWS = 5_000


def _table() -> SourceTable:
    rows = [("Person", "Kind", "Statement")] + [
        (f"P{i:04}", "Working", f"The day centre is good {i}") for i in range(ROWS)]
    return SourceTable(source_name="big.csv", rows=rows)


class _StopAfter(threading.Event):
    """Set once it has been looked at ``after`` times: says how far the build got."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after, self.looks = after, 0

    def is_set(self) -> bool:
        self.looks += 1
        return self.looks > self.after


def test_a_build_told_to_stop_stops_within_a_thousand_rows():
    table = _table()
    mapping = guess_mapping(table)
    made: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        import wtfc.importing.building as building

        real = building._card
        patch.setattr(building, "_card", lambda *a: made.append("card") or real(*a))
        for after in (0, 8):
            made.clear()
            with pytest.raises(BuildStopped):
                build_import(table, mapping, workshop=Workshop(), stop=_StopAfter(after))
            assert len(made) <= 1_000  # not the whole sheet's cards
    assert len(build_import(table, mapping, workshop=Workshop(), stop=threading.Event()).cards) \
        == ROWS


def test_a_build_told_to_stop_while_making_cards_stops_within_25_rows(monkeypatch):
    """Each card is checked by the guard (up to half a millisecond on a long statement), so
    looking every thousand rows kept Cancel waiting half a second on 100,000 statements."""
    import wtfc.importing.building as building

    table, stop, made = _table(), threading.Event(), []
    real = building._card

    def card(*args):
        made.append(1)
        if len(made) == 100:  # Cancel, while 'Making cards…'
            stop.set()
        return real(*args)

    monkeypatch.setattr(building, "_card", card)
    with pytest.raises(BuildStopped):
        build_import(table, guess_mapping(table), workshop=Workshop(), stop=stop)
    assert len(made) <= 100 + 25
