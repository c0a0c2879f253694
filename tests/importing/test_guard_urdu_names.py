"""A name written in Urdu (Arabic script) after a title or a relation, in English or in Urdu,
is found as "my daughter Zainab" is: on import the card is held back, and the words typed on
the day are asked about before an export. The Urdu the export tests print is not flagged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import typed_details
from wtfc.importing.urdu_names import GIVEN_NAMES, arabic_script_names
from wtfc.model.workshop import Action, ActionStatus, Kind, Priority, Role, Theme, Workshop

EXPORT_TESTS = Path(__file__).resolve().parents[1] / "export"


@pytest.mark.parametrize(("text", "shown"), [
    ("My daughter فاطمہ visits every Sunday and does my shopping",
     "My daughter [name] visits every Sunday and does my shopping"),
    ("Mrs فاطمہ next door checks on me", "[name] next door checks on me"),
    ("my son, عمران, rings every night", "my son, [name], rings every night"),
    ("Mrs فاطمة next door", "[name] next door"),  # typed on an Arabic keyboard
    # my daughter Fatima has to leave work every time
    ("میری بیٹی فاطمہ کو ہر بار کام چھوڑنا پڑتا ہے",
     "میری بیٹی [name] کو ہر بار کام چھوڑنا پڑتا ہے"),
    ("میرا بیٹا عمران آتا ہے", "میرا بیٹا [name] آتا ہے"),  # my son Imran comes
    ("میری بیوی رضیہ بیمار ہے", "میری بیوی [name] بیمار ہے"),  # my wife Razia is ill
    ("میرے شوہر اسلم", "میرے شوہر [name]"),  # husband
    ("میری بہن نسیم", "میری بہن [name]"),  # sister
    ("میرا بھائی طاہر", "میرا بھائی [name]"),  # brother
    ("ماں جمیلہ", "ماں [name]"), ("امی جمیلہ", "امی [name]"),  # mother
    ("والد رشید", "والد [name]"), ("ابو رشید", "ابو [name]"),  # father
    ("میری نواسی حنا", "میری نواسی [name]"), ("میری پوتی حنا", "میری پوتی [name]"),
    ("مسز فاطمہ خان آتی ہیں", "[name] آتی ہیں"),  # Mrs Fatima Khan comes
    ("اس کا نام زینب ہے", "اس کا نام [name] ہے"),  # her name is Zainab
    ("میری بیٹی، عائشہ، آتی ہے", "میری بیٹی، [name]، آتی ہے"),
])
def test_a_name_in_urdu_script_after_a_title_or_a_relation_is_found(text, shown):
    assert redact(text, find_personal_details(text)) == shown


@pytest.mark.parametrize("text", [
    "کو میری بیٹی آتی ہے، یہ میرے",  # my daughter comes
    "میری بیٹی مجھے ڈاکٹر کے پاس لے جاتی ہے",  # my daughter takes me to the doctor
    "میرا بیٹا بہت مصروف ہے",  # my son is very busy
    "ہر روز نیا کیئرر آتا ہے",  # a new carer comes every day
    "میری امی اور ابو",  # my mother and father
    "My daughter بھی آتی ہے",
])
def test_the_everyday_words_after_a_relation_are_no_name(text):
    assert find_personal_details(text) == []


def test_the_urdu_the_export_tests_print_is_not_flagged():
    """Every line of Urdu in tests/export: only a name is taken for a name, a given name on its
    own or with a family name or a title before it ("فاطمہ said…", "Dr محمد علی", "فاطمہ بی بی
    likes it": the export tests' own names), never an everyday word."""
    lines = {line for path in EXPORT_TESTS.glob("*.py")
             for line in path.read_text(encoding="utf-8").splitlines()
             if re.search("[\u0600-\u06ff]", line)}
    assert len(lines) > 20
    for line in lines:
        for start, end in arabic_script_names(line):
            found = line[start:end]
            titled = re.match(r"(?:Dr|Mrs|Mr|Ms|Miss)\.?\s+\S", found)  # a title's name
            assert titled or found.split()[0] in GIVEN_NAMES, line


def test_urdu_cards_naming_someone_are_held_back_on_import():
    table = SourceTable(rows=[
        ("Person", "Kind", "Statement"),
        ("P001", "Working", "My daughter فاطمہ visits every Sunday and does my shopping"),
        ("P002", "Not working", "میری بیٹی فاطمہ کو ہر بار کام چھوڑنا پڑتا ہے"),
        ("P003", "Working", "Mrs فاطمہ next door checks on me"),
        ("P004", "Working", "میں اپنے گھر میں رہنا چاہتی ہوں"),  # I want to stay at home
    ], source_name="urdu.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.held_back for c in plan.cards] == [True, True, True, False]


def test_a_stopped_reason_naming_someone_in_urdu_is_asked_about_before_the_feedback_sheet():
    ws = Workshop(
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                      priority=Priority(chosen=True, rank=1))],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Rebook the rounds",
                        status=ActionStatus.DROPPED,
                        progress_note="Stopped: Mrs فاطمہ moved to her son's in Bradford")])
    assert [f.where for f in typed_details(ws, "feedback")] == [
        "What has happened so far to an action in the theme “I am kept waiting”: “Stopped: "
        "[name] moved to her son's in Bradford”"]


# Ordinary Urdu care cards naming no one (code review K-2 F1): the word after a relation word
# or "ڈاکٹر" (the doctor) is an everyday word, not a name.
ORDINARY_URDU = [
    "میری بہن ہسپتال میں ہے",  # my sister is in hospital
    "کیئرر جلدی چلی جاتی ہے",  # the carer leaves early
    "ورکر دیر سے آتا ہے",  # the worker comes late
    "میرا بیٹا کھانا بناتا ہے",  # my son cooks food
    "میری بیٹی خریداری کرتی ہے",  # my daughter does the shopping
    "میری بیٹی شاپنگ کرتی ہے",
    "میری دوست ڈے سنٹر جاتی ہے",  # my friend goes to the day centre
    "میرا بیٹا لندن میں رہتا ہے",  # my son lives in London
    "میرا نام لکھیں",  # write my name
    "یہ جگہ بہت حسین ہے",  # this place is very beautiful
    "کیئرر علی الصبح آتی ہے",  # the carer comes early in the morning
    "ڈاکٹر اپوائنٹمنٹ نہیں دیتے",  # the doctor doesn't give appointments
    "ڈاکٹر دوائی بدل دیتا ہے",  # the doctor changes the medicine
    "ڈاکٹر جلدی نہیں ملتا",  # can't see the doctor quickly
    "نرس انگریزی بولتی ہے",  # the nurse speaks English
    "کیئرر اردو نہیں بولتی",  # the carer doesn't speak Urdu
    "میری بیٹی ترجمہ کرتی ہے",  # my daughter translates
    "میرے بیٹے نوکری کرتے ہیں",  # my sons have jobs
    "میری بہو کھانا پکاتی ہے",  # my daughter-in-law cooks
    "میرا شوہر وہیل چیئر استعمال کرتا ہے",  # my husband uses a wheelchair
    "My daughter ہسپتال میں ہے",
]


@pytest.mark.parametrize("text", ORDINARY_URDU)
def test_an_everyday_word_after_a_relation_or_the_doctor_is_no_name(text):
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("ڈاکٹر فاطمہ اچھی ہیں", "[name] اچھی ہیں"),  # Dr Fatima is good
    ("ڈاکٹر محمد علی", "[name]"),
    ("میرا بیٹا حسین آتا ہے", "میرا بیٹا [name] آتا ہے"),  # my son Hussain comes
    ("مسز رابعہ آتی ہیں", "[name] آتی ہیں"),  # Mrs (in Urdu letters) takes any name
    ("Mrs نگینہ next door", "[name] next door"),  # so does an English title
])
def test_a_known_name_after_the_doctor_or_a_relation_and_any_name_after_mrs_is_found(
        text, shown):
    assert redact(text, find_personal_details(text)) == shown


def test_ordinary_urdu_cards_are_not_held_back_on_import():
    rows = [("Person", "Kind", "Statement")] + [
        (f"P{i:03}", "Not working", text) for i, text in enumerate(ORDINARY_URDU, 1)]
    table = SourceTable(rows=rows, source_name="urdu.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.text for c in plan.cards if c.held_back] == []
