"""Emoji on cards and actions print as their names in brackets on every PDF ("[smiling face with
smiling eyes]"), never as a box, a stray glyph, or "ὠ" when copied out of the PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from export_checks import all_text, reader, squash
from writing_samples import needs_poppler, with_cards

from wtfc.export import writing
from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.unshowable import unshowable_parts
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.workshop import Action, Role, Workshop

SMILE = "[smiling face with smiling eyes]"


@pytest.mark.parametrize(("typed", "printed"), [
    ("Lovely carer 😊", f"Lovely carer {SMILE}"),
    ("🙂", "[slightly smiling face]"),
    ("👍🏽", "[thumbs up]"),  # the skin tone is part of the thumb
    ("❤️", "[red heart]"),  # a heart typed as an emoji, with its selector
    ("❤", "❤"),  # the symbol on its own: a font draws it
    ("✓ Done", "✓ Done"),
    ("Great 😊😊😊", "Great [smiling face with smiling eyes ×3]"),
    ("👍 ❤️", "[thumbs up] [red heart]"),
    ("👍❤️", "[thumbs up, red heart]"),  # typed side by side: one bracket, two pictures
    ("👨‍👩‍👧 came", "[family: man, woman, girl] came"),  # one family, joined
    ("🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "[flag: United Kingdom] [flag: Wales]"),
    ("🇨🇿", "[flag: CZ]"),  # a country not in the list: its letters
    # the names on phones, not Unicode's "white heavy check mark", "white medium star"…
    ("✅ booked", "[check mark button] booked"),
    ("5 ⭐⭐⭐⭐⭐", "5 [star ×5]"),
    ("☀️ ⬆️ ✔️", "[sun] [up arrow] [check mark]"),
    # pictures joined into one are named as the one, not part by part
    ("Nurse 👩🏾‍⚕️ was kind", "Nurse [woman health worker] was kind"),
    ("🧑‍⚕️", "[health worker]"),
    ("🧑🏽‍🦽", "[person in manual wheelchair]"),
    ("🏳️‍🌈 🏳️‍⚧️", "[rainbow flag] [transgender flag]"),
    ("🫱🏻‍🫲🏿 deal", "[handshake] deal"),
    ("❤️‍🔥", "[heart on fire]"),
    ("🙋‍♀️", "[woman raising hand]"),
    # a person with a sign for woman or man, in the words phones use (CLDR), not Unicode's
    # "man runner", "woman information desk person", "man bearded person"
    ("🏃‍♂️ 🚶🏽‍♀️", "[man running] [woman walking]"),
    ("💁‍♀️", "[woman tipping hand]"),
    ("🧔‍♂️ 🧔", "[man: beard] [person: beard]"),
    ("🧏‍♀️ 👮‍♂️", "[deaf woman] [man police officer]"),
    ("🧑🏾‍🎄", "[Mx Claus]"),
    # Unicode's "wrestlers", "handball", "water polo" (and "woman wrestlers")
    ("🤼‍♀️ 🤾🏽‍♂️ 🤽‍♀️", "[women wrestling] [man playing handball] [woman playing water polo]"),
    ("👩🏻‍❤️‍💋‍👨🏿", "[kiss: woman, man]"),
    ("👩‍🦋", "[woman, butterfly]"),  # no name known: its parts
    ("1️⃣ first", "[keycap 1] first"),
])
def test_an_emoji_is_printed_as_its_name(typed, printed):
    assert writing.drawable(typed).replace("\xa0", " ") == printed
    assert writing.unshown(typed) == ()  # nothing is missing: the facilitator is not warned


def _with_emoji() -> Workshop:
    ws = with_cards("Lovely carer 😊", "🙂")
    action = Action(id="a9", theme_id="t1", role=Role.PROVIDERS, owner="Agency 👍🏽",
                    what="Send a thank-you card ❤️ each month", by_when=dt.date(2025, 3, 1))
    return ws.model_copy(update={"actions": [*ws.actions, action]})


TODAY = dt.date(2025, 1, 2)


@pytest.mark.parametrize(("make", "cards"), [
    (lambda ws: report_pdf(ws, today=TODAY), True),
    (lambda ws: theme_posters_pdf(ws, today=TODAY), True),
    (lambda ws: action_poster_pdf(ws, today=TODAY), False),
    (lambda ws: feedback_sheet_pdf(ws, today=TODAY), False),  # no one's words on it
], ids=["report", "posters", "action-poster", "feedback"])
def test_every_pdf_copies_out_the_same_names(make, cards):
    text = all_text(reader(make(_with_emoji())))
    assert squash("Send a thank-you card [red heart] each month") in text
    if cards:
        assert squash(f"Lovely carer {SMILE}") in text and "[slightlysmilingface]" in text
    assert not any(ch in text for ch in "😊🙂👍❤ὠ\ufffd")
    assert "notshown]" not in text  # no "[… not shown]" (a theme's "1 not shown" is a count)


@needs_poppler
def test_pdftotext_reads_the_names(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(_with_emoji(), today=TODAY))
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    assert "Lovely carer [smiling face with smiling eyes]" in out
    assert "Agency[thumbsup]" in squash(out)  # in a narrow column: it may wrap
    assert "ὠ" not in out


def test_the_warning_before_an_export_leaves_emoji_out():
    assert unshowable_parts(_with_emoji(), "report", quote=quote_as_kinds) == []


def test_a_character_past_ffff_a_font_draws_copies_out_whole():
    """reportlab writes such a character's copy-and-search entry cut short ("ὠ" for 😊);
    the fonts write it as UTF-16."""
    from wtfc.export import fonts

    tetragram = "\U0001d306"  # TETRAGRAM FOR CENTRE, in DejaVu Sans
    if ord(tetragram) not in fonts.fonts().fallback_chars:
        pytest.skip("the fallback font here has no such character")
    text = all_text(reader(report_pdf(with_cards(f"Centre {tetragram} here"), today=TODAY)))
    assert squash(f"Centre {tetragram} here") in text
