"""Names pasted to watch for with marks glued to them (an e-mail's To line, Word's curly quotes,
a list's full stop, Markdown's stars) were not watched for: the parts read '"Quarrie' and
'Zebulon"', which match no word of a card, so "the carer, quarrie, never rang" and "Green never
came" went to the projector (review 32 R2 S1). The marks and the e-mail addresses are taken
off where the names are read, for the Collect page's box and for ``wtfc import --names``."""

from __future__ import annotations

import pytest

from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop
from wtfc.ui.card_guard import details_in, parse_names

TO_LINE = ('"Quarrie, Zebulon" <zebulon.quarrie@council.gov.uk>; '
           '"Green, Hope" <hope.green@council.gov.uk>')
ZEBULON = [
    TO_LINE,
    "'Quarrie, Zebulon' <z.q@x.gov.uk>",
    '"Zebulon Quarrie" <z@x.org>',
    "\u201cZebulon Quarrie\u201d",
    "(Zebulon Quarrie)",
    "[Zebulon Quarrie]",
    "*Zebulon Quarrie*",
    "_Zebulon Quarrie_",
    "Zebulon Quarrie: son",
    "Zebulon Quarrie.",
    "@Zebulon Quarrie",
]
HOPE = [TO_LINE, "\u201cHope Green\u201d", '"Hope Green"', "Hope Green.", "(Hope Green)",
        "*Hope Green*", "\u201cGreen, Hope\u201d"]


def _found(text: str, pasted: str) -> list[str]:
    return [d.text for d in details_in(text, parse_names(pasted)) if d.category == "name"]


@pytest.mark.parametrize("pasted", ZEBULON)
def test_a_name_pasted_with_marks_is_watched_for_in_lower_case_and_alone(pasted):
    assert _found("the carer, quarrie, never rang", pasted) == ["quarrie"]
    assert "zebulon" in " ".join(_found("my worker zebulon quarrie never rang", pasted))


@pytest.mark.parametrize("pasted", HOPE)
def test_an_everyday_surname_pasted_with_marks_is_watched_for_said_of_a_person(pasted):
    assert _found("Green never came", pasted) == ["Green"]


def test_the_names_read_without_addresses_or_marks():
    assert parse_names(TO_LINE) == ["Quarrie", "Zebulon", "Green", "Hope"]
    assert parse_names("\u201cZebulon Quarrie\u201d\n\u201cHope Green\u201d") == [
        "Zebulon Quarrie", "Hope Green"]
    assert parse_names("Hope Green <hope.green@x.org>; hope.green@x.org") == ["Hope Green"]
    # "Surname, First" is two names, as before; inner apostrophes and hyphens stay
    assert parse_names("Quarrie, Zebulon") == ["Quarrie", "Zebulon"]
    assert parse_names("\u201cO\u2019Neill-Smith, Mary-Jo\u201d.") == [
        "O\u2019Neill-Smith", "Mary-Jo"]
    assert parse_names("1. J. R. Hartley") == ["J. R. Hartley"]


def test_inner_apostrophes_and_hyphens_still_match_as_pasted():
    pasted = '"Smith-Jones, Kerry" <k@x.org>; \u201cO\'Dowd\u201d'
    assert _found("the carer, smith-jones, never rang", pasted) == ["smith-jones"]
    assert _found("ask o'dowd about it", pasted) == ["o'dowd"]
    assert _found("the dowd came", pasted) == []  # O'Dowd holds no name "Dowd"


def test_a_role_pasted_beside_a_name_is_no_name_in_lower_case():
    """'Zebulon Quarrie: son' and '(son)' make "son" a part; "my son never rang" is no one."""
    for pasted in ("Zebulon Quarrie: son", "Mr Kwabena Mensah (son)", "Hope Green \u2013 carer"):
        assert _found("my son never rang and the carer came", pasted) == []


def test_wtfc_import_names_pasted_from_an_email(tmp_path, capsys):
    source = tmp_path / "s.csv"
    source.write_text('Statement,Kind\n"the carer, quarrie, never rang",red\n'
                      "The bus is late,red\n", encoding="utf-8")
    into = tmp_path / "w.wtfc"
    code = main_import([str(source), "--into", str(into), "--names", TO_LINE])
    assert code == 0, capsys.readouterr()
    held = {c.text: c.held_back for c in load_workshop(into).workshop.cards}
    assert held == {"the carer, quarrie, never rang": True, "The bus is late": False}
