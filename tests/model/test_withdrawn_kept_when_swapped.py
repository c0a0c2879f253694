"""kept_withdrawn: a whole workshop swapped in (Go back, Restore) keeps the open one's
withdrawals (review 36 R6 S1, S2): who withdrew stays out, and the record of it stays."""

from __future__ import annotations

from wtfc.model.operations.withdraw import kept_withdrawn
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop


def _before() -> Workshop:
    return Workshop(
        title="Spring",
        people=[Person(id="P01"), Person(id="P90", former_codes=["P9"]), Person(id="P91")],
        cards=[Card(id="c1", kind=Kind.WORKING, text="I like my garden", person="P01"),
               Card(id="c2", kind=Kind.WORKING, text="Edith Pike said", person="P90"),
               Card(id="c3", kind=Kind.WORKING, text="the bus", person="P91")],
        themes=[Theme(id="t1", kind=Kind.WORKING, name="Home", card_ids=["c2", "c1"])],
        withdrawn_codes=["P50"])


def test_the_withdrawn_people_are_taken_out_and_both_records_kept():
    incoming = _before()
    now = Workshop(title="Spring", withdrawn_codes=["P90", "P9", "P77"])
    kept = kept_withdrawn(now, incoming)
    ws = kept.workshop
    assert [c.id for c in ws.cards] == ["c1", "c3"]
    assert [p.id for p in ws.people] == ["P01", "P91"]
    assert ws.themes[0].card_ids == ["c1"]
    assert ws.withdrawn_codes == ["P50", "P90", "P9", "P77"]
    assert kept.codes == ("P90",)
    assert kept.said("the version you went back to") == (
        "P90 withdrew (People → Remove this person…): their cards stay out of the version "
        "you went back to.")
    # the workshop read is left as it was: Undo of a Go back shows the open one, not this
    assert [c.id for c in incoming.cards] == ["c1", "c2", "c3"]
    assert incoming.withdrawn_codes == ["P50"]


def test_nothing_withdrawn_since_leaves_the_workshop_as_it_is():
    incoming = _before()
    kept = kept_withdrawn(Workshop(withdrawn_codes=["P50"]), incoming)
    assert kept.workshop is incoming and kept.codes == () and kept.said("it") == ""
