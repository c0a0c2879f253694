"""The session-34 third guard wave's checks no test of its own caught (code review A15's
mutation check): each row fails with its one line undone."""
import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.watch_guard import watched_redacted


def _read(card, names=""):
    return (watched_redacted(card, tuple(parse_names(names))) if names
            else redact(card, find_personal_details(card)))


@pytest.mark.parametrize("names,card,expected", [
    # d8-plural: a plural before the role is no name (unlisted_names.apposed_names)
    ("", "Visitors from the council came", "Visitors from the council came"),
    ("", "Mornings the carer is rushed", "Mornings the carer is rushed"),
    # d8-aside: a word set off by a comma needs the aside closed ("X, the new carer, …")
    ("", "Indeed, the carer came late", "Indeed, the carer came late"),
    # d8-said-after: "X the carer" needs what is said of the person after it
    ("", "Rang the carer twice", "Rang the carer twice"),
    ("", "Asked the nurse for help", "Asked the nurse for help"),
    # so-initial-alone: an initial alone after a label is no name to hide
    ("", "The carers are late. Signed: A", "The carers are late. Signed: A"),
    ("", "The carers are late. Entered by B on 04/03/2026",
     "The carers are late. Entered by B on 04/03/2026"),
    # so-dashed-maybe: the dash rule's surname must be a possible name
    ("", "My carer - Never, I (Carer)", "My carer - Never, I (Carer)"),
    # so-initial-always: an initial that is a word ("I", "A") still starts a sign-off name
    ("", "The carers are late. Signed: I Okonjo", "The carers are late. Signed: [name]"),
    ("", "The carers are late. Entered by A Fenwick-Okonjo",
     "The carers are late. Entered by [name]"),
    # in-to-go: TO/GO in small-letter cards only before a verb said of one person
    ("Tom Owen", "I want TO go home", "I want TO go home"),
    ("Gary Owen", "GO see her", "GO see her"),
    # jo-amp: "&" joins a person gone to as "and" does
    ("", "I went to Pat Hall & Ann Lee for help", "I went to [name] & [name] for help"),
    # wn-lookahead-more: "is"/"was" ending the card is not said of a worker
    ("", "PATIENCE FROM THE AGENCY IS", "PATIENCE FROM THE AGENCY IS"),
    ("", "patience from the council was", "patience from the council was"),
    # wn-every-time / wn-should-must: the quality words after the role
    ("", "PATIENCE IS OUR CARER EVERY TIME", "PATIENCE IS OUR CARER EVERY TIME"),
    ("", "PATIENCE IS MY CARER MUST HAVE", "PATIENCE IS MY CARER MUST HAVE"),
    ("", "patience is the carer should have", "patience is the carer should have"),
])
def test_survivor(names, card, expected):
    assert _read(card, names) == expected
