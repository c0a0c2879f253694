"""What the suggestions panel says is announced to a screen reader, as a sighted user notices
it appear: "Grouping 9 cards…", "Suggested…", "Stopped…" were only set as the label's words, so
a reader heard nothing while the user waited. Said once each: not at each progress step, not
again for words unchanged, not while the panel is closed."""

from __future__ import annotations

import pytest
from suggestion_helpers import NW, finish, grouping_workshop

from tests.ui.settled import settle
from tests.ui.spoken_checks import catch_announcements
from wtfc.clustering.suggest import Suggestion
from wtfc.model.document import Document
from wtfc.ui.wall import suggest_job
from wtfc.ui.wall.suggestion_messages import STILL_SUGGESTING, STOPPED

pytestmark = pytest.mark.usefixtures("word_table")

FOUND = [Suggestion(member_ids=("u3", "u4", "u5"), name="I am lonely", reason="lonely",
                    key_words=("lonely",), typical_id="u3")]


def in_words(text: str) -> str:
    return text.replace(f"{NW.symbol} ", "")


@pytest.fixture
def doc():
    return Document(grouping_workshop())


def test_grouping_is_heard_at_its_start_and_its_end_not_at_each_step(panel, qtbot,
                                                                      monkeypatch):
    def work(texts, ids, progress, *rest):
        for step in range(1, 21):
            progress(step, 20)  # twenty steps of the bar
        return FOUND, len(texts), 0

    monkeypatch.setattr(suggest_job, "suggest_on_worker", work)
    said = catch_announcements(monkeypatch)
    suggestions = panel.suggestions
    task = suggestions.suggest(NW)
    start = in_words(suggestions.message.text())
    finish(qtbot, task)
    settle()
    end = in_words(suggestions.message.text())
    # the kind in words, not its mark too: a reader says ✗ as "ballot x"
    assert start.startswith("Grouping 9 Not working") and end.startswith(
        "1 suggested theme for 9 Not working")
    assert said.count(start) == 1 and said.count(end) == 1
    assert said.index(start) < said.index(end)
    ours = [s for s in said if s not in (start, end)]
    assert len(ours) <= 1  # the wall's own "showing … cards only" at most, no progress step


def test_the_same_words_are_heard_once_and_nothing_while_the_panel_is_closed(panel,
                                                                           monkeypatch):
    said = catch_announcements(monkeypatch)
    suggestions = panel.suggestions
    suggestions.say(STOPPED)
    settle()
    assert said == []  # the panel is closed: nobody sees it either
    suggestions.set_shown(True)
    suggestions.say(STILL_SUGGESTING)
    suggestions.say(STOPPED)  # replaced in the same breath: only what stays is said
    settle()
    assert said == [STOPPED]
    suggestions.say(STOPPED)  # Suggest pressed again: nothing changed on screen
    suggestions.say("")
    settle()
    assert said == [STOPPED]
    suggestions.say(STILL_SUGGESTING)
    settle()
    assert said == [STOPPED, STILL_SUGGESTING]
    suggestions.set_shown(False)
    suggestions.set_shown(True)
    suggestions.say(STILL_SUGGESTING)  # opened again on the same words: said again
    settle()
    assert said == [STOPPED, STILL_SUGGESTING, STILL_SUGGESTING]
