"""The words every view and export uses for what an action answers: plain enough for an older
reader at once ("Because: …", "So people can say: “…”", not "Tackles:" and "Aims at:")."""

from __future__ import annotations

from wtfc.model.cause_kind_words import cause_words
from wtfc.model.link_words import aims_at_words, tackles_words
from wtfc.model.workshop import Cause, Kind, Perspective, SuccessStatement

CAUSE = Cause(id="k1", theme_id="t1", text="Contracts pay by the minute", agreed=True)
STATEMENT = SuccessStatement(
    id="s1",
    theme_id="t1",
    perspective=Perspective.COMMISSIONERS,
    text="We buy outcomes, not minutes",
)


def test_a_cause_the_room_agreed_to_act_on_is_named_plainly():
    assert tackles_words(CAUSE) == "Because: Contracts pay by the minute"
    assert tackles_words(CAUSE, in_full=True) == "Because: Contracts pay by the minute"


def test_a_cause_not_agreed_says_so_first():
    cause = CAUSE.model_copy(update={"agreed": False, "root_cause": True})
    assert tackles_words(cause) == "Because (cause not agreed): Contracts pay by the minute"
    assert tackles_words(cause, in_full=True) == (
        "Because (we have not agreed to act on this cause): Contracts pay by the minute"
    )


def test_a_success_statement_is_quoted_and_may_say_whose_words_it_is():
    assert aims_at_words(STATEMENT) == "So people can say: “We buy outcomes, not minutes”"
    assert aims_at_words(STATEMENT, whose=True) == (
        "So commissioners can say: “We buy outcomes, not minutes”"
    )
    older = STATEMENT.model_copy(update={"perspective": Perspective.OLDER_PEOPLE})
    assert aims_at_words(older, whose=True).startswith("So older people can say: “")


def test_a_hopes_cause_is_what_stands_in_the_way_not_a_reason():
    """A Future theme's tree answers "what stands in the way of this?": "Because: No transport
    after the number 12 bus stopped" read as why people want to get out (review R3 R1)."""
    hope = CAUSE.model_copy(update={"text": "No transport after the number 12 bus stopped"})
    said = tackles_words(hope, Kind.FUTURE)
    assert said == "In the way: No transport after the number 12 bus stopped"
    assert said.startswith(cause_words(Kind.FUTURE).lead)  # as the poster and report lead it
    assert tackles_words(hope.model_copy(update={"agreed": False}), Kind.FUTURE) == (
        "In the way (cause not agreed): No transport after the number 12 bus stopped")


def test_each_kind_leads_its_cause_in_its_own_words():
    assert tackles_words(CAUSE, Kind.NOT_WORKING) == tackles_words(CAUSE)  # as it always was
    assert tackles_words(CAUSE, Kind.WORKING) == "Builds on: Contracts pay by the minute"
    assert tackles_words(CAUSE, None) == "Because: Contracts pay by the minute"
