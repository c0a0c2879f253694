"""Cards that named someone went to the wall as typed when no names were pasted to watch for
(session 32's note): a given name alone in a card all in capitals ("MARY DROVE ME") and its
possessive before a place or a person ("I STAY AT JOHN'S HOUSE", "JAMES' WIFE RANG"); the
second name of a list in capitals ("THANKS TO MARK AND SUE" showed SUE); half a name ("Sue
O'Brien helps me" showed "Sue [name]", "Hope J Green" "[name] J Green"); a word-name and its
surname ("Pat McCarthy helps me", "My carer's name is Hope Green", "Will Smith came late"); a
surname found in capitals left elsewhere in its card ("MARY QUARRIE …. QUARRIE IS ALWAYS LATE");
common given names the lists lacked (Nasreen, Shazia, Bilal, Morag, Eilidh, Rhiannon, Saoirse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.personal_details import find_personal_details, redact

_DATA = Path(__file__).parent / "data"
CARDS = _DATA / "guard_no_names_pasted_statements.txt"


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


def test_the_labelled_cards_find_every_name_and_flag_nothing_else():
    score = score_guard(read_labelled_statements(CARDS))
    assert score.recall == 1.0, score.missed
    assert score.false_alarms == (), score.false_alarms


def test_the_labelled_sets_keep_every_name_and_their_precision():
    # the 605 statements, and with the reviews' cards the 808: precision as before these rules
    labelled = read_labelled_statements(_DATA / "personal_details_statements.txt")
    reviewed = [*labelled, *read_labelled_statements(_DATA / "guard_review_a5_statements.txt"),
                *read_labelled_statements(_DATA / "guard_review_a13_statements.txt")]
    for statements, precision in ((labelled, 0.9694), (reviewed, 0.9752)):
        score = score_guard(statements)
        assert score.recall == 1.0, score.missed
        assert score.precision >= precision, score.false_alarms


@pytest.mark.parametrize(("text", "wall"), [
    ("MARY DROVE ME", "[name] DROVE ME"),
    ("I STAY AT JOHN'S HOUSE", "I STAY AT [name] HOUSE"),
    ("JAMES' WIFE RANG", "[name] WIFE RANG"),
    ("MARY DROVE ME. MARY IS KIND", "[name] DROVE ME. [name] IS KIND"),
    ("THANKS TO MARK AND SUE", "THANKS TO [name] AND [name]"),
    ("LINDA, GWENLLIAN AND PAT ARE MY CARERS", "[name], [name] AND [name] ARE MY CARERS"),
    ("Sue O'Brien helps me", "[name] helps me"),
    ("My carer is Hope J Green", "My carer is [name]"),
    ("My carer is Hope J. Green", "My carer is [name]"),
    ("I met Mary J Smith", "I met [name]"),
    ("Pat McCarthy helps me", "[name] helps me"),
    ("My carer's name is Hope Green", "My carer's name is [name]"),
    ("Will Smith came late", "[name] came late"),
    ("MARY QUARRIE HELPS ME. QUARRIE IS ALWAYS LATE", "[name] HELPS ME. [name] IS ALWAYS LATE"),
    ("Nasreen helps me with my shopping", "[name] helps me with my shopping"),
    ("Rhiannon drove me to the hospital", "[name] drove me to the hospital"),
    ("my carer eilidh is lovely", "my carer [name] is lovely"),
    # a given name that is a word, hidden in one place, is hidden where said of a person
    ("Sue O'Brien helps me. Sue is kind", "[name] helps me. [name] is kind"),
    ("Rose Smith came late. Rose bushes need a cut", "[name] came late. Rose bushes need a cut"),
])
def test_each_name_is_hidden_whole(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "DOOR BELL NEVER WORKS", "GEORGE STREET IS CLOSED", "MAY CAME EARLY", "Will it rain",
    "I live on Rose Hill", "QUEEN ELIZABETH HOSPITAL IS TOO FAR", "I WAS IN ST JOHN'S HOUSE",
    "SUSAN'S SONG WAS LOVELY", "BETH SY'N GWEITHIO?", "Christmas Eve Hall was full",
])
def test_an_everyday_card_goes_up_whole(text):
    assert not find_personal_details(text)


@pytest.mark.parametrize(("text", "wall"), [
    ("MARY AND TESCO WERE GREAT", "[name] AND TESCO WERE GREAT"),
    ("Thanks Mary A Lot", "Thanks [name] A Lot"),
])
def test_only_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


def test_an_import_with_no_names_pasted_holds_them_back(tmp_path: Path):
    cards = ["MARY DROVE ME", "I STAY AT JOHN'S HOUSE", "JAMES' WIFE RANG", "DOOR BELL NEVER WORKS",
             "GEORGE STREET IS CLOSED", "MAY CAME EARLY"]
    assert held_after_import(tmp_path, cards) == set(cards[:3])
