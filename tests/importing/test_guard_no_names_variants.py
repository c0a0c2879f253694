"""Close variants of session 33's no-names-pasted cards that still reached the wall, from code
review A3: "MY CARERS NAME IS SUE" held with the flag on NAME, so Redact printed "MY CARERS
[name] IS SUE" (and "My carers name is Hope Green", "MY CARER'S NAME IS SUE" went up whole).
Each row is what the wall, the letter and the room view print once the card is redacted."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.guard_scoring import LabelledStatement, read_labelled_statements, score_guard
from wtfc.importing.personal_details import Finding, find_personal_details, redact

_DATA = Path(__file__).parent / "data"


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # S1: the word NAME is no name; the name after it is
    ("MY CARERS NAME IS SUE", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS HOPE GREEN", "MY CARERS NAME IS [name]"),
    ("MY CARER NAME IS HOPE GREEN", "MY CARER NAME IS [name]"),
    ("MY DAUGHTERS NAME IS JOY SMITH", "MY DAUGHTERS NAME IS [name]"),
    ("MY CARERS NAME IS MARY", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS WILL", "MY CARERS NAME IS [name]"),
    ("My carers name is Hope Green", "My carers name is [name]"),
    ("My carer name is Hope Green", "My carer name is [name]"),
    ("MY CARER'S NAME IS SUE", "MY CARER'S NAME IS [name]"),
    ("my carers name is sue", "my carers name is [name]"),
    # R2: a name whole, its given name before an initial, a surname's particle and the rest
    ("Hope J. Green helps me", "[name] helps me"),
    ("Hope J Green came late", "[name] came late"),
    ("Hope J Green helps me", "[name] helps me"),
    ("HOPE J GREEN CAME LATE", "[name] CAME LATE"),
    ("Jo De Souza helps me", "[name] helps me"),
    ("Mary Van Der Berg helps me", "[name] helps me"),
    ("Gwen ap Rhys helps me", "[name] helps me"),
    ("Sue Van Der Berg helps me", "[name] helps me"),
    ("Rose De Souza came late", "[name] came late"),
    ("Thanks Mary A Lot", "Thanks [name] A Lot"),  # A, I and O are words, not initials
    # R1: capitals forms of the mixed-case cards already caught
    ("WILL SMITH CAME LATE", "[name] CAME LATE"),
    ("JUNE SMITH CAME LATE", "[name] CAME LATE"),
    ("APRIL JONES IS MY CARER", "[name] IS MY CARER"),
    ("MY CARER WILL IS LATE", "MY CARER [name] IS LATE"),
    ("MY CARER WILL SMITH IS LATE", "MY CARER [name] IS LATE"),
    ("THANKS TO MARK & SUE", "THANKS TO [name] & [name]"),
    ("THANKS TO MARK + SUE", "THANKS TO [name] + [name]"),
    ("THANKS TO MARK/SUE", "THANKS TO [name]/[name]"),
    ("MARK AND SUE ARE KIND", "[name] AND [name] ARE KIND"),
    ("MARK AND SUE ARE MY CARERS", "[name] AND [name] ARE MY CARERS"),
    ("ROSE AND JOY FROM THE AGENCY ARE KIND.", "[name] AND [name] FROM THE AGENCY ARE KIND."),
    ("GWENLLIAN IS MY CARER AND SHE IS LOVELY.", "[name] IS MY CARER AND SHE IS LOVELY."),
    ("MY NEIGHBOUR PAT KEEPS AN EYE ON ME.", "MY NEIGHBOUR [name] KEEPS AN EYE ON ME."),
    ("TODAY TARIQ NEVER RANG BACK", "TODAY [name] NEVER RANG BACK"),
    # SUE too, as "Sue said Kwabena never rang" holds it (review 33 W1 S2)
    ("SUE SAID KWABENA NEVER RANG", "[name] SAID [name] NEVER RANG"),
    # M2: a given name's possessive typed with no apostrophe, in capitals
    ("I STAY AT JOHNS HOUSE", "I STAY AT [name] HOUSE"),
    ("MARYS DAUGHTER RANG", "[name] DAUGHTER RANG"),
    ("DAVIDS WIFE RANG", "[name] WIFE RANG"),
    ("MARIE SMITH CAME LATE", "[name] CAME LATE"),
    ("MAGGIE'S DAUGHTER RANG", "[name] DAUGHTER RANG"),
    # the same in mixed case: a verb's or month's name said to be the name, or with its surname
    # after a role; a possessive with no apostrophe; a name no list knows said to be the name
    ("My carer's name is Will", "My carer's name is [name]"),
    ("My carers name is Will Smith", "My carers name is [name]"),
    ("My carer June Smith is lovely", "My carer [name] is lovely"),
    ("My carer's name is Gwenllian", "My carer's name is [name]"),
    ("Marys daughter rang", "[name] daughter rang"),
    ("Will Smith came late. Will is always late", "[name] came late. [name] is always late"),
    ("Will Smith came late. Will it rain?", "[name] came late. Will it rain?"),
    ("Will Smith came late. I will complain", "[name] came late. I will complain"),
    # M4: a list in lower case hidden whole, its first word a word-name
    ("thank you mark, sue and jo", "thank you [name], [name] and [name]"),
    ("i got a good mark, sue and jo said", "i got a good mark, [name] and [name] said"),
    # R3: the word-name of a name found in the same card, capitalised before is, was or 's
    ("Sue O'Brien helps me. Sue is always so kind", "[name] helps me. [name] is always so kind"),
    ("Sue O'Brien helps me. Sue is ever so kind", "[name] helps me. [name] is ever so kind"),
    ("Sue O'Brien helps me. Sue's always kind", "[name] helps me. [name]'s always kind"),
    ("Sue O'Brien helps me. Sue is lovely", "[name] helps me. [name] is lovely"),
    ("Sue O'Brien helps me. Sue was an angel", "[name] helps me. [name] was an angel"),
    ("SUE O'BRIEN HELPS ME. SUE IS LOVELY", "[name] HELPS ME. [name] IS LOVELY"),
    ("Rose Smith came late. Rose bushes need a cut", "[name] came late. Rose bushes need a cut"),
    ("Rose Smith came late. Rose Hill is lovely", "[name] came late. Rose Hill is lovely"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # must stay as typed
    "WILL IT RAIN", "WILL SMITH WILL COME ON FRIDAY", "MAY IS MY FAVOURITE MONTH",
    "I GO TO MARKS AND SPENCER FOR MY CLOTHES", "Rose bushes need a cut", "I live on Rose Hill",
    "I WILL SUE THEM", "I HOPE THE SUMMER WILL BE BETTER", "HOLLY AND IVY ON THE DOOR",
    "I LIVE ON JAMES STREET", "MY CARER IS FRANK ABOUT IT",
    "MY CARERS NAME IS NOT ON THE ROTA", "MY CARERS NAME IS WRONG ON THE LETTER",
    "My carers name is on the form",
    "MY CARER WILL COME", "MY SON MAY VISIT", "ROSE AND IVY ARE LOVELY", "AGENCY NEVER RANG",
    "TESCO NEVER RANG", "MUSIC IS MY FRIEND", "SUMMER AND AUTUMN ARE KIND TO MY JOINTS",
    "ST JOHNS WOOD IS NICE", "I WENT TO ST MARYS", "CHARLES HOUSE IS SHUT", "MAGGIES CENTRE",
    "The best month is May", "I went to St Marys", "MY CARERS NAME IS WRONG",
    # M1: charities, places and famous people named for a given name
    "MARIE CURIE NURSES CAME", "MAGGIE'S CENTRE HELPED ME", "THE ELIZABETH LINE IS GOOD",
    "KINGS LYNN IS TOO FAR", "KING CHARLES IS ON TV", "PRINCESS ANNE VISITED THE CENTRE",
    "CAPTAIN TOM WALKED", "BIG BEN",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)


def test_the_labelled_statements_typed_in_capitals_keep_a_floor():
    # the 808 labelled statements as a venue laptop with caps lock on types them, no names
    # pasted: 0.7367 recall and 0.9907 precision before these rules, 0.7921 and 0.9913 after
    statements = []
    for name in ("personal_details_statements.txt", "guard_review_a5_statements.txt",
                 "guard_review_a13_statements.txt"):
        for labelled in read_labelled_statements(_DATA / name):
            up = labelled.text.upper()
            if len(up) == len(labelled.text):
                statements.append(LabelledStatement(up, tuple(
                    Finding(e.start, e.end, e.category, up[e.start:e.end])
                    for e in labelled.expected), ()))
    score = score_guard(statements)
    assert score.recall >= 0.79, len(score.missed)
    assert score.precision >= 0.99, score.false_alarms
