"""Sign-offs the guard let up whole (code review A19 M2, M3): a carer's word-name after
"Signed:" ("Signed: Patience xx", "Signed: Mercy!") and a full name nobody lists after a dash
with a staff role in brackets ("I'm lonely - Amara Okafor (Social Worker)"); and a lone name
the word table knows before a kiss ("Signed: Kristin x"), which A19 S1's fix had let up."""

from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall


@pytest.mark.parametrize(("card", "wall"), [
    ("I'm lonely. Signed: Patience xx", "I'm lonely. Signed: [name] xx"),
    ("I'm lonely. Signed: Mercy!", "I'm lonely. Signed: [name]!"),
    ("Completed by Comfort on 04/03/2026", "Completed by [name] on 04/03/2026"),
    ("Bye. Signed: Mercy. My carers are late", "Bye. Signed: [name]. My carers are late"),
    ("I'm lonely - Amara Okafor (Social Worker)", "I'm lonely - [name] (Social Worker)"),
    ("I'm lonely - Tamsin Ferrier (Care Co-ordinator)",
     "I'm lonely - [name] (Care Co-ordinator)"),
    ("I'm lonely. Signed: Kristin x", "I'm lonely. Signed: [name] x"),
    ("I'm lonely. Signed: Amara xoxo", "I'm lonely. Signed: [name] xoxo"),
])
def test_the_signer_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "Care worker: Patience!", "Signed: Patience is a virtue", "Signed: Gift Aid form",
    "Meals - Hot Food (care worker)", "The garden - Lovely Flowers (support worker)",
    "The bus - Late Again (social worker)",
])
def test_the_everyday_card_stays(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    # staff after an em dash or "--", or with a date after the bracket, went up (A23 S5)
    ("I'm lonely — Irina Okafor (Social Worker)", "I'm lonely — [name] (Social Worker)"),
    ("I'm lonely — Amara Okafor (OT)", "I'm lonely — [name] (OT)"),
    ("I'm lonely -- Sergei Ferrier (OT)", "I'm lonely -- [name] (OT)"),
    ("I'm lonely - Irina Okafor (Social Worker) 04/03/2026",
     "I'm lonely - [name] (Social Worker) 04/03/2026"),
    # a role in small letters in the bracket: Redact left "… - [name] (sw)" (A23 minor)
    ("I'm lonely - Tamsin Ferrier (sw)", "I'm lonely - [name] (sw)"),
    ("I'm lonely - Irina Okafor (ot)", "I'm lonely - [name] (ot)"),
])
def test_staff_after_any_dash_is_held_and_redact_takes_the_sign_off(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == "I'm lonely"


@pytest.mark.parametrize("card", [
    "Meals — Hot Food (care worker)", "The bus -- Late Again (social worker)",
    "The garden — Lovely Flowers (support worker)",
])
def test_an_everyday_card_after_any_dash_stays(card):
    assert _wall(card) == card


@pytest.mark.parametrize(("card", "wall"), [
    # a town or team after the role's bracket: the staff name went up (code review A26)
    ("I'm lonely - Irina Okafor (Social Worker), Brighton",
     "I'm lonely - [name] (Social Worker), Brighton"),
    ("I'm lonely — Irina Okafor (sw), Leeds North Team",
     "I'm lonely — [name] (sw), Leeds North Team"),
    ("I'm lonely - Tamsin Ferrier (OT) Milton Keynes", "I'm lonely - [name] (OT) Milton Keynes"),
])
def test_staff_with_a_town_after_the_bracket_is_held(card, wall):
    assert _wall(card) == wall
    # Redact keeps a town (it names no one): Title Case words taken for one were often the
    # person's own, "…, Son Rarely Visits" (code review 36 A1 S2)
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "Meals — Hot Food (care worker), Every Day", "The bus -- Late Again (social worker), Brighton",
    "The garden — Lovely Flowers (support worker), Sunny Hill",
])
def test_an_everyday_card_with_a_town_after_the_bracket_stays(card):
    assert _wall(card) == card
