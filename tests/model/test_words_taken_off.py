"""A save that took words off (review R1 session 29): the version it replaced, kept as .bak,
holds words the file it wrote does not. Moving, ranking or re-dating things takes none off.
Words are counted (review A1 session 29, #5): a name redacted from one card is taken off even
when another card still has it, or has it as an everyday word ("Rose", "my rose garden"). The
usual save finds it from the workshop in memory (``parts_took_words_off``), the same answer as
the two files give. Said only when a word gone may name someone (review A4 #2, ``names_gone``):
not for a typo fixed, a duplicate deleted, a theme named or merged, a redaction undone."""

import datetime as dt

import pytest

from wtfc.importing.dropped_names import names_gone
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card, delete_cards, edit_card, redact_card
from wtfc.model.operations.themes import create_theme, merge_themes, rename_theme
from wtfc.model.storage import workshop_to_bytes
from wtfc.model.words_taken_off import parts_took_words_off, took_words_off, words_in
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
    assert not words_in(b'{"schema_version": 1, "title": "Fir')
    assert not took_words_off(b"\xff\xfe", _bytes(_workshop()))


def _said(doc: Document, before: Workshop, name_like=names_gone) -> bool:
    """Both ways of telling agree: from memory, and from the two files."""
    from_memory = parts_took_words_off(before, doc.workshop, name_like)
    assert from_memory == took_words_off(_bytes(before), _bytes(doc.workshop), name_like)
    return from_memory


def _as_saved(doc: Document) -> Workshop:
    return doc.detached_copy().workshop  # what the app keeps at each save and open


@pytest.mark.parametrize("name,other", [("Rose", "I miss my rose garden"),
                                        ("Bill", "The gas bill went up"),
                                        ("Grace", "Grace has been really kind to me")])
def test_a_name_redacted_from_one_card_is_taken_off_while_another_card_has_the_word(
        name, other):
    doc = Document(Workshop(title="Spring", cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text=f"{name} from the agency never rings me back",
             personal_details=[PersonalDetail(start=0, end=len(name), category="name",
                                              text=name)]),
        Card(id="c2", kind=Kind.WORKING, text=other)]))
    saved = _as_saved(doc)
    edit_card(doc, card_id="c1", text="[name] from the agency never rings me back",
              personal_details=[]).do(doc)
    assert _said(doc, saved)


def test_words_moved_to_a_new_card_or_only_rearranged_are_not_taken_off():
    doc = Document(_workshop())
    saved = _as_saved(doc)
    edit_card(doc, card_id="c2", text="The carers come").do(doc)  # a card split in two
    add_card(doc, kind=Kind.NOT_WORKING, text="Late, always").do(doc)
    assert not _said(doc, saved)
    saved = _as_saved(doc)
    edit_card(doc, card_id="c2", text="Come the carers").do(doc)
    assert not _said(doc, saved)
    assert not _said(doc, _as_saved(doc))  # nothing changed since


def test_a_deleted_card_and_a_title_changed_take_words_off_that_may_name_no_one():
    """Review 29 A4 #2: counted, but said only when a word gone may name someone."""
    doc = Document(_workshop())
    saved = _as_saved(doc)
    delete_cards(doc, card_ids=["c2"]).do(doc)
    assert _said(doc, saved, None) and not _said(doc, saved)
    delete_cards(doc, card_ids=["c1"]).do(doc)  # a card that named someone
    assert _said(doc, saved)
    doc = Document(_workshop())
    saved = _as_saved(doc)
    doc.set_detail("title", "Autumn")
    assert _said(doc, saved, None) and not _said(doc, saved)


def test_a_name_edited_out_or_a_card_naming_someone_deleted_is_said():
    doc = Document(_workshop(text="Zebedee from the agency is always late"))
    saved = _as_saved(doc)
    edit_card(doc, card_id="c1", text="Someone from the agency is always late").do(doc)
    assert _said(doc, saved)  # not a detail the guard flagged: a stand-in in its place
    workshop = _workshop()
    workshop.cards.append(Card(id="c3", kind=Kind.WORKING, text="Zebedee brought lunch"))
    doc = Document(workshop)
    saved = _as_saved(doc)
    delete_cards(doc, card_ids=["c3"]).do(doc)
    assert _said(doc, saved)  # a sentence's first word counts on a card deleted


def test_a_typo_fixed_a_duplicate_deleted_or_themes_named_and_merged_are_not_said():
    """Review 29 A4 #2: 7 of 9 notes on a realistic morning were for these."""
    workshop = _workshop()
    workshop.cards += [Card(id="c3", kind=Kind.NOT_WORKING, text="The carers come late"),
                       Card(id="c4", kind=Kind.WORKING, text="They come agian on Tuesdya")]
    doc = Document(workshop)
    saved = _as_saved(doc)
    edit_card(doc, card_id="c4", text="They come again on Tuesday").do(doc)
    delete_cards(doc, card_ids=["c3"]).do(doc)  # the duplicate of c2
    assert not _said(doc, saved)
    create_theme(doc, kind=Kind.WORKING, name="Group 1 (not named yet)", card_ids=["c4"]).do(doc)
    saved = _as_saved(doc)
    group = next(t for t in doc.workshop.themes if t.name.startswith("Group"))
    rename_theme(doc, theme_id=group.id, name="Visits on time").do(doc)
    assert not _said(doc, saved)
    create_theme(doc, kind=Kind.NOT_WORKING, name="Calls not returned").do(doc)
    saved = _as_saved(doc)
    merge_themes(doc, into_theme_id="t1", theme_ids=[doc.workshop.themes[-1].id]).do(doc)
    assert not _said(doc, saved)


def test_a_redaction_undone_is_not_said_but_the_redaction_is():
    doc = Document(_workshop())
    saved = _as_saved(doc)
    redact = redact_card(doc, card_id="c1")
    redact.do(doc)
    assert _said(doc, saved)  # a flagged personal detail
    saved = _as_saved(doc)
    redact.undo(doc)
    assert not _said(doc, saved)  # only "[name]" went
