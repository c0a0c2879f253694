"""R1b (review 33): 71314c02's refusals of words that are only a zero-width space (copied
from Word or a web page) were checked when adding, not when editing. An edited success
statement, an edited theme comment, or a root-cause team of only a zero-width space went in:
a blank statement on the Identify success poster ('“”'), an empty comment bullet, a team with
no name on the why-tree. Put in tests/model/."""

from __future__ import annotations

import pytest
from workshop_builders import sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.record import set_team_count, set_team_summary
from wtfc.model.operations.success import add_success, edit_success
from wtfc.model.operations.themes import add_theme_comment, edit_theme_comment
from wtfc.model.room_role import RoomRole
from wtfc.model.workshop import Perspective

ZWSP = "\u200b"


def test_an_edit_to_a_zero_width_space_alone_is_refused_as_the_first_words_are():
    doc = sample_document()
    theme = doc.workshop.themes[0].id
    add_success(doc, theme_id=theme, perspective=Perspective.OLDER_PEOPLE,
                text="I know who is coming").do(doc)
    add_theme_comment(doc, theme_id=theme, comment="Raised by three people").do(doc)
    statement = next(s for s in doc.parts("success") if s.text == "I know who is coming")
    with pytest.raises(EditRefused, match="A success statement needs some words"):
        edit_success(doc, success_id=statement.id, text=ZWSP)
    with pytest.raises(EditRefused, match="The comment is empty"):
        edit_theme_comment(doc, theme_id=theme, index=0, comment=ZWSP)


@pytest.mark.parametrize("edit", [
    lambda doc: set_team_count(doc, team=ZWSP, role=RoomRole.OLDER_PEOPLE, count=3),
    lambda doc: set_team_summary(doc, team="\ufeff", summary="Rotas come late"),
])
def test_a_team_named_only_by_an_invisible_character_is_refused(edit):
    with pytest.raises(EditRefused, match="A team needs a name"):
        edit(sample_document())
