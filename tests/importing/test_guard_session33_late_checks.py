"""Session 33's last guard commits' checks no test of their own caught (code review A10's mutation
check, session 34): each fails with the check it names undone."""

from __future__ import annotations

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


def test_d1d34880_a_place_word_that_is_a_surname_stays_a_name() -> None:
    # joined_names._NOT_A_SURNAME keeps green/hall/ward… as surnames ("Hope Green")
    assert _wall("Hope Green and Ann Lee met the provider") == "[name] and [name] met the provider"


def test_d1d34880_a_function_word_is_no_surname_in_a_joined_name() -> None:
    # joined_names._full_names_joined: `surname not in NOT_NAMES` ("SUE WILL." is no full name)
    assert _wall("ANN LEE AND SUE WILL.").endswith(" WILL.")


def test_3a851253_two_word_roles_with_a_capital_and_a_place_name_make_a_names_list() -> None:
    # names_list._typed_as_a_line: `_a_role_first(folded)` (not only one-word roles)
    from wtfc.importing.names_list import is_names_list
    assert is_names_list(["Hope Green - Key worker at Riverside",
                          "Aisha Khan - Support worker from Carewell",
                          "Olive Young - Social worker at Leeds Council"])


def test_d668d6b3_an_unlisted_surname_before_a_community_function_word_is_hidden() -> None:
    # not_english.community_surname: a word just before a function word ("ZIELINSKI NIE")
    assert _wall("SYN MAREK ZIELINSKI NIE DZWONI") == "SYN [name] NIE DZWONI"
    assert _wall("MAE FY MERCH ELERI PRITCHARD YN HELPU") == "MAE FY MERCH [name] YN HELPU"


def test_d668d6b3_mou_is_no_community_word_so_the_surname_is_hidden() -> None:
    # not_english._COMMUNITY lost "mou" (with ashe/che/sie/ko, each of which has a row)
    assert _wall("PETER MOU VISITS WEEKLY") == "[name] VISITS WEEKLY"


def test_d668d6b3_a_community_function_word_is_no_surname() -> None:
    # not_english.community_surname: `key not in _COMMUNITY` ("NIE" before "JEST" is a word)
    assert _wall("SYN MAREK NIE JEST TUTAJ") == "SYN [name] NIE JEST TUTAJ"


def _pasted(card: str) -> str:
    from wtfc.importing.pasted_names import parse_names
    from wtfc.importing.watch_guard import watched_redacted
    names = tuple(parse_names(
        "Bill Hargreaves, Rose Tyler, Dawn French, Will Jones, May Evans, Hope Green, Pat Hall, "
        "Mark Ward, Grace Long, Joy Adams, Frank Day"))
    return watched_redacted(card, names)


def test_d6b89aeb_will_before_a_past_form_is_a_name() -> None:
    # pasted_in_capitals.a_word_in_capitals: `next_word not in _PAST`
    assert _pasted("MY CARER WILL CAME LATE") == "MY CARER [name] CAME LATE"
    assert _pasted("MY SON WILL RANG ME") == "MY SON [name] RANG ME"


def test_d6b89aeb_will_before_an_ed_verb_is_a_name() -> None:
    # pasted_in_capitals.a_word_in_capitals: `not next_word.endswith("ed")`
    assert _pasted("MY CARER WILL PHONED ME") == "MY CARER [name] PHONED ME"


def test_d6b89aeb_will_starting_a_card_is_a_name() -> None:
    # pasted_in_capitals.a_word_in_capitals: `last_word and` (no subject before WILL/MAY)
    assert _pasted("WILL NEVER CAME") == "[name] NEVER CAME"
    assert _pasted("MAY ALWAYS RINGS ME") == "[name] ALWAYS RINGS ME"


def test_28c49cf7_always_often_still_before_a_person_verb_hide_the_name() -> None:
    # bare_given_names._NEVER_DID: (never|always|often|still) + a person verb
    assert _wall("Pat Hall always rings") == "[name] always rings"
    assert _wall("Hope Green still rings") == "[name] still rings"
    assert _wall("Joy Wood often calls") == "[name] often calls"
