"""A chosen priority left with no cards, named only a zero-width space (or joiner, word joiner,
byte-order mark) in a file saved before one was refused: ``wtfc check``, the opening notice and
the exports warned "Priority 1 '' has no cards left" (the space unseen between the quotes),
naming no theme, where a name of "" already read "Unnamed theme". It is named so, as the
exports print it (unnamed_themes.shown_theme_name)."""

from __future__ import annotations

import pytest

from wtfc.model.record_checks import empty_priority_warnings
from wtfc.model.workshop import Kind, Priority, Theme, Workshop


def _workshop(name: str) -> Workshop:
    """A workshop whose one priority has no cards, named ``name`` as an older file loads it."""
    theme = Theme(kind=Kind.NOT_WORKING, name="I feel rushed",
                  priority=Priority(chosen=True, rank=1, votes=4))
    return Workshop(title="Spring", themes=[theme.model_copy(update={"name": name})])


@pytest.mark.parametrize("name", ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c ", ""])
def test_an_empty_priority_with_no_name_is_warned_as_unnamed_theme(name):
    [warning] = empty_priority_warnings(_workshop(name))
    assert warning.startswith("Priority 1 'Unnamed theme' has no cards left")


def test_a_named_one_keeps_its_name():
    [warning] = empty_priority_warnings(_workshop("I feel rushed"))
    assert warning.startswith("Priority 1 'I feel rushed' has no cards left")
