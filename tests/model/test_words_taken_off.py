"""A save that took words off (review R1 session 29): the version it replaced, kept as .bak,
holds words the file it wrote does not. Moving, ranking or re-dating things takes none off."""

import datetime as dt

from wtfc.model.storage import workshop_to_bytes
from wtfc.model.words_taken_off import took_words_off, words_in
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    PersonalDetail,
    Role,
    Stage,
    Theme,
    Workshop,
)

NAME = "Mrs Quarmby"


def _workshop(text=f"{NAME} never rings me back", theme="Nobody rings back", **more):
    card = Card(id="c1", kind=Kind.NOT_WORKING, text=text, personal_details=[
        PersonalDetail(start=0, end=len(NAME), category="name", text=NAME)] if NAME in text
        else [])
    other = Card(id="c2", kind=Kind.NOT_WORKING, text="The carers come late")
    return Workshop(title="Spring", cards=[card, other], themes=[
        Theme(id="t1", kind=Kind.NOT_WORKING, name=theme, card_ids=["c1", "c2"])], **more)


def _bytes(workshop: Workshop) -> bytes:
    return workshop_to_bytes(workshop)


def test_a_name_redacted_edited_out_or_deleted_is_taken_off():
    before = _bytes(_workshop())
    assert took_words_off(before, _bytes(_workshop(text="[name] never rings me back")))
    assert took_words_off(before, _bytes(_workshop(theme="Calls are not returned")))
    gone = _workshop()
    gone.cards.pop(0)
    gone.themes[0].card_ids.remove("c1")
    assert took_words_off(before, _bytes(gone))
    assert "quarmby" in words_in(before)  # in any letter case: "quarmby" is the same name


def test_moving_re_dating_or_changing_a_status_takes_no_words_off():
    action = Action(id="a1", theme_id="t1", role=Role.COMMISSIONERS, what="Ring back in a week")
    before = _bytes(_workshop(actions=[action], date=dt.date(2026, 3, 1)))
    later = _workshop(actions=[action.model_copy(update={"status": ActionStatus.DONE})],
                      date=dt.date(2026, 4, 2), stage=Stage.ACT)
    later.themes[0].card_ids.reverse()
    later.cards.append(Card(id="c3", kind=Kind.WORKING, text="A new card"))
    assert not took_words_off(before, _bytes(later))
    assert not took_words_off(before, before)


def test_a_file_that_is_not_a_workshop_is_said_to_hold_no_words():
    assert words_in(b'{"schema_version": 1, "title": "Fir') == set()
    assert not took_words_off(b"\xff\xfe", _bytes(_workshop()))
