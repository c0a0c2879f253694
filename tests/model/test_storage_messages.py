"""A ``.wtfc`` file that cannot be opened is refused in plain English: what is wrong and where,
the size limit, and what a file from a newer version of wtfc may hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from storage_checks import json_bytes, problem, sample_json
from workshop_builders import sample_workshop

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import (
    load_workshop,
    workshop_from_bytes,
    workshop_to_bytes,
)
from wtfc.model.workshop import SCHEMA_VERSION, Card, Kind, Theme, Workshop

# -- plain-English messages ---------------------------------------------------------------------


def test_a_truncated_file_says_it_was_cut_short():
    good = workshop_to_bytes(sample_workshop())
    message = problem(good[: len(good) // 2])
    assert message.startswith("'spring.wtfc' is cut short")
    assert "may not have been saved completely" in message


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(1, 10_000))
def test_a_file_cut_anywhere_says_it_was_cut_short(cut):
    # Accents and a dash before the cut: the error position counts characters, not bytes.
    workshop = sample_workshop().model_copy(update={"title": "Réunion — café ☕", "venue": "x"})
    good = workshop_to_bytes(workshop)
    assert problem(good[: cut % (len(good) - 1) + 1], name="100% done.wtfc").startswith(
        "'100% done.wtfc' is cut short")


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "'spring.wtfc' is empty."),
    (b"  \n ", "'spring.wtfc' is empty."),
    (b"Hello, this is a letter", "'spring.wtfc' is not a wtfc workshop, or it has been damaged."),
    (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "'spring.wtfc' is a PDF document, not a workshop file."),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff", "'spring.wtfc' is not a workshop file (it is "
                                              "not UTF-8"),
    # Notepad's "Unicode" is read as the text it is: '{}' holds no workshop
    (b"\xff\xfe{\x00}\x00", "'spring.wtfc' is not a workshop file (no workshop in it)."),
    (b"[1, 2, 3]", "'spring.wtfc' is not a workshop file (no workshop in it)."),
    (b'{"title": "A spreadsheet?"}', "no workshop in it"),
    (b'{"schema_version": "1"}', "is not a wtfc workshop, or it has been damaged."),
    (b'{"schema_version": 0}', "is not a wtfc workshop, or it has been damaged."),
    (b'{"schema_version": true}', "is not a wtfc workshop, or it has been damaged."),
    (b'{"schema_version": 1.5}', "is not a wtfc workshop, or it has been damaged."),
])
def test_not_a_workshop_file(data, expected):
    assert expected in problem(data)


@pytest.mark.parametrize("data", [b"", b"  \n "])
def test_an_empty_file_may_still_be_downloading_and_is_not_called_damaged(data):
    """A sync client's placeholder is 0 bytes until the file arrives: wait, not a copy."""
    with pytest.raises(WorkshopFileError) as caught:
        workshop_from_bytes(data, name="spring.wtfc")
    assert str(caught.value) == (
        "'spring.wtfc' is empty. If it is in OneDrive or another synced folder it may still be "
        "downloading: wait a minute and open it again.")


def test_a_wrong_type_names_the_part_and_field():
    raw = sample_json()
    raw["cards"][1]["source"] = 5
    message = problem(raw)
    assert message.startswith("'spring.wtfc' has a problem: The 'where it came from' of card 2 "
                              "('Nobody asks me what I want'): should be text, not 5.")


@pytest.mark.parametrize(("value", "says"), [
    ("1e308", "votes of theme 1 ('I feel like a package'): should be a whole number of a usual "
              "size, not 1e+308."),
    ("NaN", "votes of theme 1 ('I feel like a package'): should be a number, not NaN."),
    ("1e400", "votes of theme 1 ('I feel like a package'): should be a number of a usual size, "
              "not Infinity (or a number too big to read)."),
    ("-Infinity", "should be a number of a usual size, not -Infinity (or a number too big to "
                  "read)."),
])
def test_a_hand_edited_number_is_said_in_plain_words(value, says):
    raw = sample_json()
    raw["themes"][0]["priority"] = {"votes": "@@"}
    message = problem(json_bytes(raw).replace(b'"@@"', value.encode()))
    assert message.startswith("'spring.wtfc' has a problem: The votes of theme 1 (")
    assert message.endswith(says)


@pytest.mark.parametrize("value", ["maybe", 2, [True]])
def test_a_yes_or_no_that_is_neither_is_said_in_plain_words(value):
    raw = sample_json()
    raw["cards"][0]["details_cleared"] = value
    shown = {"maybe": "'maybe'", 2: "2", "[True]": "[True]"}.get(str(value), repr(value))
    assert problem(raw).endswith(f"'fine to show' mark of card 1 ('Different carers every week'): "
                                 f"should be true or false, not {shown}.")


def test_a_wrong_type_in_the_workshop_details():
    raw = sample_json()
    raw["date"] = "the second Tuesday"
    assert "The workshop's 'date'" in problem(raw)


@pytest.mark.parametrize("value", [12345, "26/11/2026", "2026-13-01"])
def test_a_date_that_is_not_a_date_is_said_in_plain_words(value):
    """Pydantic said "datetimes provided to dates should have zero time" or "invalid character
    in year": the facilitator is told how a date is written instead."""
    raw = sample_json()
    raw["date"] = value
    assert problem(raw) == (f"'spring.wtfc' has a problem: The workshop's 'date': should be a "
                            f"date written as year-month-day (for example 2026-11-26), not "
                            f"{value!r}.")


def test_an_unknown_field_is_named():
    raw = sample_json()
    raw["themes"][0]["colour"] = "red"
    assert problem(raw) == ("'spring.wtfc' has a problem: Theme 1 ('I feel like a package') "
                            "has a field this version does not know ('colour').")
    raw = sample_json()
    raw["mood_board"] = []
    assert problem(raw) == ("'spring.wtfc' has a problem: The workshop has a field this "
                            "version does not know ('mood_board').")


def test_a_missing_field_is_named():
    raw = sample_json()
    del raw["cards"][0]["text"]
    assert problem(raw) == "'spring.wtfc' has a problem: Card 1 ('n1') is missing its words."


def test_a_text_past_its_limit_is_refused():
    raw = sample_json()
    raw["themes"][1]["name"] = "x" * 301
    assert "The name of theme 2" in problem(raw)
    assert "300 characters" in problem(raw)


def test_a_theme_listing_a_card_that_does_not_exist_names_the_theme_and_the_card():
    ws = Workshop(cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Rushed visits")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="Staff", card_ids=["c1"])])
    raw = json.loads(workshop_to_bytes(ws))
    raw["themes"][0]["card_ids"].append("4f2c9a1b")
    assert problem(raw) == ("'spring.wtfc' has a problem: Theme 'Staff' lists a card that "
                            "does not exist (card 4f2c9a1b).")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda r: r["causes"][1].update(parent_id="zz"),
     "Cause 'Contracts pay by the minute' hangs off a cause that does not exist (cause zz)."),
    (lambda r: r["causes"][0].update(parent_id="c"),
     "The why-tree around 'Visits are booked by time slot' loops back on itself."),
    (lambda r: r["causes"][4].update(parent_id="a"),
     "Cause 'High staff turnover' hangs off a cause of another theme."),
    (lambda r: r["actions"][0].update(cause_id="gone"),
     "Action 'Pay for outcomes, not minutes' links a cause that does not exist (cause gone)."),
    (lambda r: r["success"][0].update(theme_id="nope"),
     "Success statement 'I know the people who help me' belongs to a theme that does not "
     "exist (theme nope)."),
    (lambda r: r["cards"][0].update(person="P99"),
     "Card 'Different carers every week' names a person who is not listed (P99)."),
    (lambda r: r["cards"][1].update(id="n1"), "Two cards share the id n1."),
    (lambda r: r["themes"][0]["card_ids"].append("n1"),
     "Theme 'I feel like a package' lists the same card twice."),
])
def test_broken_references_are_explained(change, expected):
    raw = sample_json()
    change(raw)
    assert problem(raw) == f"'spring.wtfc' has a problem: {expected}"


# -- size limit ---------------------------------------------------------------------------------


def test_a_2_gb_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.wtfc"
    with open(path, "wb") as f:
        f.truncate(2 * 1024**3)  # sparse: takes no disk space

    def never_read(*_args, **_kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never_read)
    monkeypatch.setattr(Path, "open", never_read)
    with pytest.raises(WorkshopFileError, match=r"'huge.wtfc' is 2,147 MB, too big to be a "
                                                r"workshop file \(the limit is 209 MB\)"):
        load_workshop(path)


def test_the_size_limit_applies_to_bytes_too(monkeypatch):
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 100)
    with pytest.raises(WorkshopFileError, match="too big"):
        workshop_from_bytes(workshop_to_bytes(sample_workshop()), name="x.wtfc")


# -- newer files --------------------------------------------------------------------------------


def test_a_file_from_a_newer_version_opens_read_only_with_a_reason(tmp_path):
    raw = sample_json()
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["mood_board"] = {"colours": ["red"]}  # parts this version does not know
    raw["cards"][0]["photo"] = "p.jpg"
    raw["themes"][0]["priority"]["stars"] = 3
    path = tmp_path / "from the future.wtfc"
    path.write_bytes(json_bytes(raw))
    loaded = load_workshop(path)
    assert "made with a newer wtfc than this one" in loaded.read_only_reason
    assert "format" not in loaded.read_only_reason  # the app's note: no format numbers
    assert f"format {SCHEMA_VERSION + 1}" in loaded.newer_version  # wtfc check's
    assert "open to look at, not to change" in loaded.read_only_reason
    assert loaded.workshop == sample_workshop()  # everything it knows is there


def test_a_newer_file_with_broken_parts_still_gives_only_our_error():
    raw = sample_json()
    raw["schema_version"] = 99
    raw["cards"] = "not a list"
    assert "'spring.wtfc' has a problem" in problem(raw)


def test_a_newer_file_with_a_limit_this_version_does_not_allow_says_where_it_is_from():
    """A newer wtfc may allow more (a longer card): the message points at that wtfc rather
    than leaving the file looking damaged. (A new choice opens read-only: test_newer_files.)"""
    raw = sample_json()
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["cards"][0]["text"] = "x" * 3000
    with pytest.raises(WorkshopFileError) as caught:
        workshop_from_bytes(json_bytes(raw), name="spring.wtfc")
    message = str(caught.value)
    assert "The words of card 1" in message and "2,000" in message
    assert ("It was made with a newer wtfc, which may allow it: to open it, update wtfc on this "
            "computer") in message and "format" not in message
    # the command line's technical reader gets the format and where it is in the file
    assert (f"saved by a newer version of wtfc (format {SCHEMA_VERSION + 1})"
            in caught.value.for_command_line())
    assert "(In the file: cards[0].text.)" in caught.value.for_command_line()
    raw["schema_version"] = SCHEMA_VERSION  # a file of this format: simply a problem
    assert "newer" not in problem(raw)


def test_a_choice_this_version_does_not_know_in_a_file_of_this_format_is_a_problem():
    raw = sample_json()
    raw["actions"][0]["role"] = "volunteers"
    assert problem(raw) == (
        "'spring.wtfc' has a problem: Action 1 ('Pay for outcomes, not minutes') has a role "
        "this version of wtfc does not know ('volunteers'); it knows Commissioners, Providers, "
        "Care managers, Older people's organisations, People who use services and carers, "
        "Health and Other.")


@pytest.mark.parametrize(("part", "field", "says"), [
    ("cards", "kind", "has a kind of card this version of wtfc does not know ('question'); it "
                      "knows What's working, What's not working and Important for the future."),
    ("actions", "status", "has a status this version of wtfc does not know ('question'); it "
                          "knows Not started, In progress, Done and Dropped."),
    (None, "stage", "The workshop has a stage this version of wtfc does not know ('question')")])
def test_a_choice_this_version_does_not_know_is_said_in_the_apps_words(part, field, says):
    """The facilitator never sees the file's codes ('not_working'), only the app's words."""
    raw = sample_json()
    (raw[part][0] if part else raw)[field] = "question"
    message = problem(raw)
    assert says in message
    assert "not_working" not in message and "in_progress" not in message


# -- what the facilitator reads, and what wtfc check adds for whoever mends the file --------


@pytest.mark.parametrize(("data", "app", "check"), [
    (b'{"schema_version": 5, "title": "cut', "'spring.wtfc' is cut short: it ends in the "
     "middle. It may not have been saved completely.", "(line 1, column 32)"),
    (b"a,b\n", None, "unreadable at line 1, column 1"),
    (b"{not json", "'spring.wtfc' is not a wtfc workshop, or it has been damaged.",
     "unreadable at line 1, column 2"),
    (b'{"schema_version": 0}', "'spring.wtfc' is not a wtfc workshop, or it has been damaged.",
     "unknown format version (0)"),
])
def test_a_damaged_file_says_no_line_or_column_and_what_to_do(data, app, check):
    with pytest.raises(WorkshopFileError) as caught:
        storage.workshop_from_bytes(data, name="spring.wtfc")
    said = str(caught.value)
    assert "line" not in said and "column" not in said and "format" not in said
    if app is not None:
        assert said.startswith(app)
    if said.startswith("'spring.wtfc' is a spreadsheet"):  # says how to import it instead
        return
    assert said.endswith("If you have a copy — an e-mail attachment, a USB stick — open that.")
    assert check in caught.value.for_command_line()


def test_a_damaged_part_is_named_in_the_apps_words_with_its_quote_cut_at_a_word():
    raw = sample_json()
    raw["actions"][0]["what"] = "Write a one-page profile with each person about what matters"
    raw["actions"][0]["by_when"] = "soon"
    with pytest.raises(WorkshopFileError) as caught:
        storage.workshop_from_bytes(json_bytes(raw), name="spring.wtfc")
    assert caught.value.problem == (
        "'spring.wtfc' has a problem: The 'By when' date of action 1 ('Write a one-page profile "
        "with each…'): should be a date written as year-month-day (for example 2026-11-26), not "
        "'soon'.")
    assert "(In the file: actions[0].by_when.)" in caught.value.for_command_line()
    raw = sample_json()
    raw["in_the_room"] = {"older_people": 3}
    assert "[ ]" not in problem(raw)


@pytest.mark.parametrize(("part", "index", "field", "value", "says"), [
    ("cards", 0, "tags", [1], "Tag 1 of card 1 ('Different carers every week'): should be text, "
                              "not 1."),
    ("cards", 0, "tags", ["ok", 2], "Tag 2 of card 1 ('Different carers every week'): should "
                                    "be text, not 2."),
    ("themes", 0, "card_ids", [5], "Card 1 of theme 1 ('I feel like a package'): should be "
                                   "text, not 5."),
    ("themes", 0, "comments", [None], "Comment 1 of theme 1 ('I feel like a package'): should "
                                      "be text, not nothing (null)."),
])
def test_an_entry_of_a_parts_list_is_counted_from_1_in_the_apps_words(part, index, field, value,
                                                                       says):
    """'Card 4 (…), field 'tags.0'' was the file's name, counted from 0 beside a card counted
    from 1 in the same line."""
    raw = sample_json()
    raw[part][index][field] = value
    message = problem(raw)
    assert message == f"'spring.wtfc' has a problem: {says}"


def test_a_persons_role_this_version_does_not_know_is_called_a_role_as_people_calls_it():
    raw = sample_json()
    raw["people"] = [{"id": "P01", "voice": "nurse"}]
    assert problem(raw) == (
        "'spring.wtfc' has a problem: Person 1 ('P01') has a role this version of wtfc does not "
        "know ('nurse'); it knows Older person, Family carer and Staff.")
