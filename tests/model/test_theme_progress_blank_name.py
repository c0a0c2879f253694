"""A theme named only a zero-width space (or joiner, word joiner, byte-order mark), or "", kept
from a file saved before one was refused, is not named: the exports print it "Unnamed theme"
and warn of it (092f858e). Theming's count of groups not named yet (the Theme page's line, its
stage row, the sentence on leaving Theme) looked only for names holding "named" and missed it."""

from __future__ import annotations

import pytest

from wtfc.model.theme_progress import theme_progress
from wtfc.model.unnamed_themes import unnamed_warning
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

NW = Kind.NOT_WORKING


def _older_file(name: str) -> Workshop:
    """Two themes, the first named ``name`` as an older file loads it (the model keeps what
    the file holds, so it is set past the name checks)."""
    cards = [Card(id=f"c{n}", kind=NW, text=f"Statement {n}", person="P1") for n in range(2)]
    themes = [Theme(id="t0", kind=NW, name="I feel lonely", card_ids=["c0"]),
              Theme(id="t1", kind=NW, name="I never know who is coming", card_ids=["c1"])]
    themes[0] = themes[0].model_copy(update={"name": name})
    return Workshop(people=[Person(id="P1")], cards=cards, themes=themes)


@pytest.mark.parametrize("name", ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c ", ""])
def test_a_theme_with_no_words_in_its_name_counts_as_not_named(name):
    ws = _older_file(name)
    progress = theme_progress(ws)
    assert progress.unnamed == 1 and progress.marks() == ["1 not named"]
    assert progress.left_behind().startswith("1 group is not named yet: F2 on Choose priorities")
    assert unnamed_warning(ws).startswith("1 theme is not named yet")  # as the exports count it


def test_a_name_with_words_around_an_invisible_character_is_named():
    assert theme_progress(_older_file("\u200bI feel lonely")).unnamed == 0
