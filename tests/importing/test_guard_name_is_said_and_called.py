"""Code review A7 (session 33) of the "name is" rule (236c1905): "MY CARERS NAME ISNT ON THE
ROTA" was held and printed "MY CARERS NAME IS[name] ON THE ROTA" (R1: no word end after "is");
"HIS NAME IS GONE FROM THE LIST", "SHE IS CALLED EARLY", "HER NAME WAS CALLED OUT…", "…ENGRAVED
ON THE BENCH", "MY CARERS NAME: N/A" were held with "[name]" over an everyday word (R2); and
"A MAN CALLED TARIQ", "A LADY NAMED GWENLLIAN", "THE WOMAN IS CALLED GWENLLIAN" went to the wall
whole (R3). Each row is what the wall, the letter and the room view print once redacted."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # R3: "a <person> called/named", "<person> is called", "someone called"
    ("A MAN CALLED TARIQ CAME TO FIX IT", "A MAN CALLED [name] CAME TO FIX IT"),
    ("A LADY CALLED GWENLLIAN VISITS ME", "A LADY CALLED [name] VISITS ME"),
    ("A CARER CALLED BLESSING WAS LATE", "A CARER CALLED [name] WAS LATE"),
    ("A LADY NAMED GWENLLIAN CAME", "A LADY NAMED [name] CAME"),
    ("A NEW CARER CALLED BLESSING CAME", "A NEW CARER CALLED [name] CAME"),
    ("THE WOMAN IS CALLED GWENLLIAN", "THE WOMAN IS CALLED [name]"),
    ("THE GIRL IS CALLED TARIQ", "THE GIRL IS CALLED [name]"),
    ("THE LAD IS CALLED TARIQ", "THE LAD IS CALLED [name]"),
    ("THE NEW ONE IS CALLED TARIQ", "THE NEW ONE IS CALLED [name]"),
    ("SOMEONE CALLED TARIQ RANG", "SOMEONE CALLED [name] RANG"),
    ("a man called tariq came", "a man called [name] came"),
    ("our manager named oduya rang", "our manager named [name] rang"),
    # a given name or a word no list knows, ending as a participle may, is still the name
    ("MY CARERS NAME IS JAVED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS ZAYED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS RASHED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS KHALED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS NAVEED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS JARED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS ALFRED", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS MERCY", "MY CARERS NAME IS [name]"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # R1: "isn't", "wasn't" after NAME
    "MY CARERS NAME ISNT ON THE ROTA", "MY CARERS NAME ISN'T ON THE ROTA", "HIS NAME ISNT KNOWN",
    "HIS NAME ISN'T KNOWN", "MY CARERS NAME WASNT TOLD TO ME", "my carers name isnt on the rota",
    # R2: an everyday word or a participle after "name is" / "is called"
    "HIS NAME IS GONE FROM THE LIST", "HIS NAME IS DOWN FOR A VISIT",
    "MY DAUGHTERS NAME IS DOWN AS NEXT OF KIN", "HIS NAME WAS DROPPED",
    "THE CARERS NAME WAS SCRIBBLED", "HER NAME IS ALL OVER THE PAPERS",
    "HER NAME WAS CALLED OUT AT THE SURGERY", "HER NAME WAS CALLED LATE", "SHE IS CALLED EARLY",
    "HE IS CALLED LATE AT NIGHT", "MY SON IS CALLED UPON TOO MUCH",
    "MY HUSBANDS NAME IS ENGRAVED ON THE BENCH", "HIS NAME WAS RECORDED WRONG",
    "MY CARERS NAME: N/A", "my carers name: n/a",
    # "called" is also a phone call: bare "called" only after "a" or "someone"
    "MY SON CALLED SOCIAL SERVICES", "MY CARER CALLED THE DOCTOR", "SOMEONE CALLED ROUND",
    "NO ONE CALLED BACK", "A MAN CALLED ROUND TO FIX IT",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
