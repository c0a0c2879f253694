"""In capitals a surname that is a little word of another language, and an initial U with its
surname, were printed beside the name hidden in an English card with no English function word
("KIM HOU CALLS DAILY" printed "[name] HOU CALLS DAILY", "PETER U BROWN RANG" "[name] U BROWN
RANG"). Where what a person does follows, the card is English and the name is hidden whole;
cards in the community languages keep their words ("SYN [name] W ANGLII NIE DZWONI")."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("KIM HOU CALLS DAILY", "[name] CALLS DAILY"),
    ("KIM HOU RANG ME", "[name] RANG ME"),
    ("PETER U BROWN RANG", "[name] RANG"),
    ("PETER W SMITH RANG", "[name] RANG"),
    ("PETER Y JONES CAME", "[name] CAME"),
])
def test_the_whole_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize(("text", "wall"), [
    ("SYN MAREK W ANGLII NIE DZWONI", "SYN [name] W ANGLII NIE DZWONI"),
    ("SYN MAREK U LEKARZA BYL", "SYN [name] U LEKARZA BYL"),
    ("WIILKAYGA ABDI WUXUU JOOGAA LONDON", "WIILKAYGA [name] WUXUU JOOGAA LONDON"),
    ("MAHADSANID FAADUMO OO I CAAWISA", "MAHADSANID [name] OO I CAAWISA"),
    ("AMAR MEYE NASREEN E THAKE", "AMAR MEYE [name] E THAKE"),
    ("MAE HUW Y GOFALWR", "MAE [name] Y GOFALWR"),
])
def test_a_community_language_card_keeps_its_words(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", ["YAM CHA HOU HOI SAM", "NGO HOU GUNG SAAN", "I LIKE U BOATS"])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
