"""A Polish, Welsh or Irish word of one letter starting a sentence, before a capitalised word,
is held back on its own card: "W Krakowie" (in Kraków), "O Gaerdydd" (from Cardiff), "Ó Bhéal
Feirste" (from Belfast) look like "W Nowak", "Z Kaczmarek", "O Neill", which are names, and a
name missed reaches the wall, the projector and the PDFs, where a card held back wrongly costs
the facilitator one click. Such a card holds back no other card ("Krakowie" elsewhere stays).
Until c718edea they were caught so; that commit let names through with them ("Z Kaczmarek").
"""

from __future__ import annotations

import pytest

from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.workshop import PersonalDetail


@pytest.mark.parametrize(("text", "found"), [
    ("Mieszkam sama. W Krakowie mam syna.", "W Krakowie"),
    ("U Kowalskich zawsze było ciepło", "U Kowalskich"),  # at the Kowalskis': a surname
    ("O Gaerdydd daeth y gofalwr newydd", "O Gaerdydd"),
    ("Daw'r gofalwr o Fangor. O Fangor mae'r llall.", "O Fangor"),
    ("Tá sí ag obair. Ó Bhéal Feirste a tháinig sí.", "Ó Bhéal"),
])
def test_a_word_letter_before_a_capitalised_word_is_held_back_on_its_own_card(text, found):
    details = find_personal_details(text)
    assert [d.text for d in details] == [found]
    assert spread_words([PersonalDetail(start=d.start, end=d.end, category=d.category,
                                        text=d.text) for d in details], text) == ()
