"""Review's note on what became of a theme quoted last time's name, or the theme it merged
into or split from, as it was: a theme named only a zero-width space (kept from a file saved
before one was refused) read "(was “”)" or "now part of “”" on the Review board, the room view
and the report, where its own row reads "Unnamed theme". The note names it so too."""

from __future__ import annotations

import pytest

from wtfc.model.compare import Change, ThemeChange
from wtfc.model.compare_words import theme_note
from wtfc.model.workshop import Kind

BLANK = "\u200b"
NOW = "I never know who is coming"


def _change(change: Change, **given) -> ThemeChange:
    return ThemeChange(kind=Kind.NOT_WORKING, change=change, previous_id="t1", current_id="t2",
                       **given)


@pytest.mark.parametrize("blank", [BLANK, "\ufeff", " \u200d\u2060 "])
def test_last_times_name_with_no_words_reads_unnamed_theme(blank):
    assert theme_note(_change(Change.SAME, name=NOW, previous_name=blank)) == \
        "was “Unnamed theme”"


@pytest.mark.parametrize(("change", "said"), [
    (Change.MERGED, "now part of “Unnamed theme”, “I feel rushed”"),
    (Change.SPLIT, "split into “Unnamed theme”, “I feel rushed”"),
    (Change.SAME, "counted with “Unnamed theme”, “I feel rushed”, split off it"),
])
def test_a_related_theme_with_no_words_reads_unnamed_theme(change, said):
    t = _change(change, name=NOW, previous_name=NOW, related=(BLANK, "I feel rushed"))
    assert theme_note(t) == said


def test_a_named_one_is_quoted_as_it_is():
    t = _change(Change.SAME, name=NOW, previous_name="I never know who comes")
    assert theme_note(t) == "was “I never know who comes”"
    assert theme_note(_change(Change.SAME, name=NOW, previous_name="")) == ""  # a new one
