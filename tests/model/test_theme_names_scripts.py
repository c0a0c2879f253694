"""Themes named in Urdu, Bengali, Punjabi, Russian or Chinese: each its own theme. The duplicate
check kept only a-z words, so every such name was '' and a second Urdu theme was refused as
'already a theme called ‹the first›' (a Bengali one because of an Urdu one too), the facilitator
offered to merge two different statements (review 24 code_c F3). The same name typed again is
still refused, whatever its spacing, case or full stop."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo

from wtfc.model.compare import Change, ThemeChange
from wtfc.model.compare_text import normalise_name
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.themes import create_theme, rename_theme
from wtfc.model.workshop import Kind, Theme, Workshop

NW = Kind.NOT_WORKING
LONELY_UR = "میں اکیلا محسوس کرتا ہوں"          # I feel lonely
HOME_UR = "میں اپنے گھر میں رہنا چاہتا ہوں"     # I want to stay in my own home
NAMES = [LONELY_UR, HOME_UR,
         "আমি একা বোধ করি",                     # Bengali: I feel lonely
         "ਮੈਂ ਇਕੱਲਾ ਮਹਿਸੂਸ ਕਰਦਾ ਹਾਂ",            # Punjabi (Gurmukhi)
         "Мне одиноко",                         # Russian
         "我想住在自己的家里",                    # Chinese
         f"{LONELY_UR} 2", f"{HOME_UR} 2"]       # numbered alike, worded apart


def test_a_theme_named_in_any_script_is_made_beside_others_of_its_kind():
    doc = Document(Workshop())
    for name in NAMES:
        create_theme(doc, kind=NW, name=name).do(doc)
    assert [t.name for t in doc.workshop.themes] == NAMES


def test_the_second_urdu_theme_is_done_undone_and_redone():
    doc = Document(Workshop(themes=[Theme(id="t1", kind=NW, name=LONELY_UR)]))

    def made(d: Document) -> None:
        assert [t.name for t in d.workshop.themes] == [LONELY_UR, HOME_UR]

    edit = create_theme(doc, kind=NW, name=HOME_UR)
    new_id = edit.changes[-1].part_id
    do_undo_redo(doc, edit, made, changed={"themes": {new_id}})


@pytest.mark.parametrize("again", [LONELY_UR, f"  {LONELY_UR.replace(' ', '  ')}۔",
                                   f"{LONELY_UR}!"])
def test_the_same_urdu_name_again_is_still_refused(again):
    doc = Document(Workshop(themes=[Theme(id="t1", kind=NW, name=LONELY_UR),
                                    Theme(id="t2", kind=NW, name=HOME_UR)]))
    with pytest.raises(EditRefused, match="already a theme called"):
        create_theme(doc, kind=NW, name=again)
    with pytest.raises(EditRefused, match="already a theme called"):
        rename_theme(doc, theme_id="t2", name=again)
    rename_theme(doc, theme_id="t2", name="আমি একা বোধ করি").do(doc)  # another name: fine


def test_russian_in_another_case_is_the_same_name_and_english_is_as_before():
    assert normalise_name("Мне ОДИНОКО.") == normalise_name("мне одиноко")
    assert normalise_name("I feel like a package!") == "i feel like a package"
    assert normalise_name("Café’s closed") == normalise_name("cafe's closed")


def test_review_does_not_call_an_urdu_theme_with_its_own_name_renamed():
    kept = ThemeChange(NW, Change.SAME, LONELY_UR, cards_before=2, cards_now=2, current_id="t1",
                       previous_name=f"{LONELY_UR}۔")
    other = ThemeChange(NW, Change.SAME, HOME_UR, cards_before=2, cards_now=2, current_id="t1",
                        previous_name=LONELY_UR)
    assert (kept.renamed, other.renamed) == (False, True)
