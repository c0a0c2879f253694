"""The words every view and export uses for what an action answers."""

from __future__ import annotations

from wtfc.model.link_words import aims_at_words, tackles_words
from wtfc.model.workshop import Cause, Perspective, SuccessStatement

CAUSE = Cause(id="k1", theme_id="t1", text="Contracts pay by the minute", agreed=True)
STATEMENT = SuccessStatement(
    id="s1",
    theme_id="t1",
    perspective=Perspective.COMMISSIONERS,
    text="We buy outcomes, not minutes",
)


def test_a_cause_the_room_agreed_to_address_is_named_plainly():
    assert tackles_words(CAUSE) == "Tackles: Contracts pay by the minute"
    assert tackles_words(CAUSE, in_full=True) == "Tackles: Contracts pay by the minute"


def test_a_cause_not_agreed_says_so_first():
    cause = CAUSE.model_copy(update={"agreed": False, "root_cause": True})
    assert tackles_words(cause) == "Tackles (cause not agreed): Contracts pay by the minute"
    assert tackles_words(cause, in_full=True) == (
        "Tackles (cause not agreed to address): Contracts pay by the minute"
    )


def test_a_success_statement_is_quoted_and_may_say_whose_words_it_is():
    assert aims_at_words(STATEMENT) == "Aims at: “We buy outcomes, not minutes”"
    assert aims_at_words(STATEMENT, whose=True) == (
        "Aims at: Commissioners would say: “We buy outcomes, not minutes”"
    )
