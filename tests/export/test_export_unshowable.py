"""Writing a PDF cannot show is never silent: the facilitator is told which parts, and what to do;
a held-back card's words are never quoted."""

from __future__ import annotations

import pytest
from export_workshop import HELD_BACK_TEXT, make_workshop
from writing_samples import CJK_AND_EMOJI, URDU, with_cards

from wtfc.app import main as run_app
from wtfc.export.cli import main_export
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.importing.typed_details import quote_as_kinds, typed_details
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    PersonalDetail,
    Perspective,
    Role,
    SuccessStatement,
    Workshop,
)

THEME = "“I want to stay in my own home”"


def test_a_card_in_chinese_with_an_emoji_is_named_with_what_to_do():
    """The emoji is printed as its name ("[cat]"), so only the Chinese is missing."""
    parts = unshowable_parts(with_cards(CJK_AND_EMOJI, URDU), "report", quote=quote_as_kinds)
    assert [p.what for p in parts] == [("Chinese or Japanese text",)]
    text = warning(parts)
    assert f"A card in the theme {THEME}: “{CJK_AND_EMOJI}”" in text
    assert "[Chinese or Japanese text not shown]" in text
    assert "add an English translation" in text
    assert URDU[:10] not in text  # Urdu is drawn: not in the warning


def test_every_pdf_export_warns_about_what_it_shows_and_the_data_export_never():
    ws = with_cards(CJK_AND_EMOJI)
    ws = ws.model_copy(
        update={
            "actions": [
                *ws.actions,
                Action(id="a9", theme_id="t1", role=Role.PROVIDERS, what="Ring Mr 李 every week"),
            ]
        }
    )
    for what in ("posters", "report", "action-poster"):
        assert any(
            "Ring Mr 李" in p.where for p in unshowable_parts(ws, what, quote=quote_as_kinds)
        ), what
    assert unshowable_parts(ws, "action-poster", quote=quote_as_kinds)[0].where.startswith(
        "An action"
    )
    assert not any(
        "card" in p.where for p in unshowable_parts(ws, "action-poster", quote=quote_as_kinds)
    )
    assert unshowable_parts(ws, "data", quote=quote_as_kinds) == []


def test_an_all_english_and_welsh_workshop_has_nothing_to_warn_about():
    assert warning(unshowable_parts(make_workshop(), "report", quote=quote_as_kinds)) == ""


def test_a_held_back_card_is_never_quoted_even_when_its_writing_cannot_be_shown():
    ws = make_workshop()
    secret = HELD_BACK_TEXT + " 我想回家"
    card = Card(
        id="hb",
        kind=Kind.WORKING,
        text=secret,
        person="P03",
        personal_details=[PersonalDetail(start=0, end=11, category="name", text="Mrs Example")],
    )
    themes = list(ws.themes)
    themes[2] = themes[2].model_copy(update={"card_ids": ["hb", *themes[2].card_ids]})
    ws = ws.model_copy(update={"cards": [*ws.cards, card], "themes": themes})
    assert (
        warning(unshowable_parts(ws, "report", quote=quote_as_kinds)) == ""
    )  # it is not in the PDF at all
    text = warning(
        unshowable_parts(
            with_cards(CJK_AND_EMOJI).model_copy(
                update={"cards": [*with_cards(CJK_AND_EMOJI).cards, card], "themes": themes}
            ),
            "report",
            quote=quote_as_kinds,
        )
    )
    assert text and "我想回家" in text  # the other card is named …
    assert "Mrs Example" not in text and "Acacia" not in text  # … the held-back one never


def test_many_parts_are_counted_after_the_first_few():
    ws = with_cards(*[f"card {i} 猫" for i in range(12)])
    text = warning(unshowable_parts(ws, "report", quote=quote_as_kinds))
    assert "“card 0 猫”" in text and "and 4 more" in text


def test_the_command_line_warns_on_stderr_and_still_exports(tmp_path, capsys):
    source = tmp_path / "w.wtfc"
    save_workshop(with_cards(CJK_AND_EMOJI), source)
    out = tmp_path / "r.pdf"
    assert main_export(["report", str(source), "-o", str(out)], quote=quote_as_kinds) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("Warning: ")
    assert f"“{CJK_AND_EMOJI}”" in captured.err
    assert f"Saved {out}" in captured.out and out.exists()
    assert main_export(["data", str(source), "-o", str(tmp_path / "d.xlsx")]) == 0
    assert capsys.readouterr().err == ""


def test_the_facilitator_printed_on_the_report_is_looked_at_too():
    """The report's title page says "Facilitated by …": a facilitator in Chinese was drawn as
    "[Chinese or Japanese text not shown]" with no word said before."""
    ws = make_workshop().model_copy(update={"facilitator": "社区护理主任"})
    parts = unshowable_parts(ws, "report", quote=quote_as_kinds)
    assert [(p.where, p.what) for p in parts] == [
        ("The workshop's facilitator", ("Chinese or Japanese text",))
    ]
    assert "changed on the Prepare page" in warning(parts)
    assert (
        unshowable_parts(ws, "posters", quote=quote_as_kinds) == []
    )  # only the report prints the facilitator
    assert "Prepare page" not in warning(
        unshowable_parts(with_cards(CJK_AND_EMOJI), "report", quote=quote_as_kinds)
    )


def _last_time(theme_name: str, note: str = "") -> Workshop:
    """The test workshop as last time's: one theme renamed to ``theme_name``, and ``note`` as
    what had happened to its first action."""
    ws = make_workshop()
    themes = list(ws.themes)
    themes[0] = themes[0].model_copy(update={"name": theme_name})
    actions = [
        ws.actions[0].model_copy(update={"theme_id": themes[0].id, "progress_note": note}),
        *ws.actions[1:],
    ]
    return ws.model_copy(update={"title": "Last spring", "themes": themes, "actions": actions})


def test_the_report_looks_at_last_times_words_its_chapter_prints():
    """'Since last time' prints last time's theme names and action notes: Chinese there was
    drawn as '[Chinese or Japanese text not shown]' with no word said before."""
    now = make_workshop()
    previous = _last_time("我不能去商店", note="已经同意")
    parts = unshowable_parts(now, "report", previous, quote=quote_as_kinds)
    assert [(p.where, p.last_time) for p in parts] == [
        ("Last time's theme “我不能去商店”", True),
        ("What had happened to last time's action in the theme “我不能去商店”: “已经同意”", True),
    ]
    text = warning(parts)
    assert text.startswith("Some words in last time's workshop are in writing")
    assert "add an English translation beside them" in text
    assert text.endswith(
        "Words from last time's workshop can only be changed in that workshop's own file."
    )
    assert (
        unshowable_parts(now, "posters", previous, quote=quote_as_kinds) == []
    )  # only the report compares
    assert (
        unshowable_parts(now, "report", _last_time(now.themes[0].name), quote=quote_as_kinds) == []
    )


def test_a_theme_name_shared_with_this_workshop_is_named_once_as_this_workshops():
    now = with_cards(CJK_AND_EMOJI)
    themes = list(now.themes)
    themes[0] = themes[0].model_copy(update={"name": "我想回家"})
    now = now.model_copy(update={"themes": themes})
    parts = unshowable_parts(now, "report", _last_time("我想回家"), quote=quote_as_kinds)
    assert [p.where for p in parts if "我想回家”" in p.where] == ["The theme “我想回家”"]
    assert not any(p.last_time for p in parts)
    text = warning(
        unshowable_parts(now, "report", _last_time("我不能去商店"), quote=quote_as_kinds)
    )
    assert text.startswith("Some words in this workshop and last time's are in writing")
    assert "to the card or statement" in text


PATEL = "연락 없음: Mrs Patel on 07700 900123 was never told"  # Korean: "no contact"


def _details_in_every_part() -> Workshop:
    """The test workshop with a Korean cause holding a name and a phone number that a1
    tackles, and Korean words with personal details in a theme's name, a success statement,
    an action and a card the facilitator cleared."""
    ws = with_cards()
    cause = Cause(id="k9", theme_id="t1", text=PATEL, root_cause=True, agreed=True)
    statement = SuccessStatement(
        id="s9",
        theme_id="t1",
        perspective=Perspective.OLDER_PEOPLE,
        text="제 담당자 Mr Okafor 가 옵니다",
    )
    actions = [
        a.model_copy(
            update={
                "cause_id": "k9",
                "success_id": "s9",
                "what": "매주 전화: ring 07700 900456 each week",
            }
        )
        if a.id == "a1"
        else a
        for a in ws.actions
    ]
    card = Card(
        id="x9",
        kind=Kind.FUTURE,
        person="P13",
        details_cleared=True,
        text="Mrs Shah 가 좋아요 🐈",
        personal_details=[PersonalDetail(start=0, end=8, category="name", text="Mrs Shah")],
    )
    themes = [
        t.model_copy(update={"name": "Mr Jones 와 함께 집에 있고 싶어요"})
        if t.id == "t1"
        else t.model_copy(update={"card_ids": ["x9", *t.card_ids]})
        if t.id == "t2"
        else t
        for t in ws.themes
    ]
    return ws.model_copy(
        update={
            "causes": [*ws.causes, cause],
            "success": [*ws.success, statement],
            "actions": actions,
            "cards": [*ws.cards, card],
            "themes": themes,
        }
    )


SECRETS = ("Patel", "07700 900123", "Okafor", "07700 900456", "Shah", "Jones")


@pytest.mark.parametrize("what", ["posters", "action-poster", "report"])
def test_the_warning_quotes_no_personal_detail_the_question_before_it_hid(what):
    """The unshowable-writing warning follows the personal-detail question, on the same
    (often projected) screen: it quoted the cause's words whole, 'Mrs Patel on 07700 900123',
    that the question had just shown as '[name] on [phone]'."""
    ws = _details_in_every_part()
    question = "\n".join(f.where for f in typed_details(ws, what))
    assert "[name] on [phone]" in question  # the question hides them …
    text = warning(unshowable_parts(ws, what, quote=quote_as_kinds))
    assert "연락 없음: [name] on [phone]" in text, text  # … and so does the warning
    assert "“[name] 와 함께 집에 있고 싶어요”" in text  # the theme's name
    assert "ring [phone] each week" in text  # the action
    if what != "action-poster":  # the A1 poster prints neither cards nor statements
        assert "제 담당자 [name] 가 옵니다" in text
        assert "“[name] 가 좋아요 🐈”" in text  # a cleared card shows its details' kinds
    assert not any(secret in text for secret in SECRETS), text


def test_names_to_watch_are_not_quoted_either():
    ws = with_cards("Bronwen 씨가 좋아요")
    text = warning(
        unshowable_parts(
            ws, "report", quote=lambda words: quote_as_kinds(words, ("Bronwen Hughes",))
        )
    )
    assert "“[name] 씨가 좋아요”" in text and "Bronwen" not in text


def test_a_held_back_card_of_a_linked_theme_is_never_in_the_warning():
    """Only what the export prints is read: a held-back card's words, Korean or not, are
    neither named nor counted, in any PDF export."""
    ws = _details_in_every_part()
    secret = Card(
        id="hb",
        kind=Kind.NOT_WORKING,
        person="P03",
        text=f"{HELD_BACK_TEXT} 비밀",
        personal_details=[PersonalDetail(start=0, end=11, category="name", text="Mrs Example")],
    )
    themes = [
        t.model_copy(update={"card_ids": ["hb", *t.card_ids]}) if t.id == "t1" else t
        for t in ws.themes
    ]
    ws = ws.model_copy(update={"cards": [*ws.cards, secret], "themes": themes})
    for what in ("posters", "action-poster", "report"):
        text = warning(unshowable_parts(ws, what, quote=quote_as_kinds))
        assert "비밀" not in text and "Acacia" not in text and "Example" not in text, what


def test_the_command_line_quotes_as_the_app_does(tmp_path, capsys):
    source = tmp_path / "w.wtfc"
    save_workshop(_details_in_every_part(), source)
    assert run_app(["export", "posters", str(source), "-o", str(tmp_path / "p.pdf")]) == 0
    err = capsys.readouterr().err
    assert "연락 없음: [name] on [phone]" in err
    assert not any(secret in err for secret in SECRETS), err
    # a caller without the guard is told where, never the words
    assert main_export(["posters", str(source), "-o", str(tmp_path / "q.pdf")]) == 0
    err = capsys.readouterr().err
    assert "A cause an action in the theme “…” tackles: “…” (Korean text)" in err
    assert not any(secret in err for secret in SECRETS), err


@pytest.mark.parametrize("what", ["posters", "report", "action-poster"])
def test_an_owner_the_pdf_cannot_show_is_named_as_the_owner(what):
    """Owner "王伟": the warning named the action by its words alone, so the facilitator looked
    for Chinese in "Pay for continuity…" and did not find it (review 24 scripts F11)."""
    ws = make_workshop()
    actions = [a.model_copy(update={"owner": "王伟"}) if a.id == "a1" else a for a in ws.actions]
    ws = ws.model_copy(update={"actions": actions})
    [part] = unshowable_parts(ws, what, quote=quote_as_kinds)
    assert part.where == ("The owner of an action in the theme “I don't know who is coming or "
                          "when”: “Pay for continuity: outcome-based contracts from…”")

def test_the_reports_first_step_is_named_as_the_first_step():
    ws = make_workshop()
    actions = [a.model_copy(update={"first_step": "Ring 李"}) if a.id == "a1" else a
               for a in ws.actions]
    [part] = unshowable_parts(ws.model_copy(update={"actions": actions}), "report",
                              quote=quote_as_kinds)
    assert part.where.startswith("The first step of an action in the theme ")


def test_the_reports_so_far_note_is_named_before_the_export():
    """The report printed "So far: [Chinese or Japanese text not shown] has agreed the terms"
    with no warning before the export (review code_d1 F5)."""
    ws = make_workshop()
    actions = [a.model_copy(update={"progress_note": "王伟 has agreed the terms"})
               if a.id == "a1" else a for a in ws.actions]
    [part] = unshowable_parts(ws.model_copy(update={"actions": actions}), "report",
                              quote=quote_as_kinds)
    assert part.where.startswith("The “What has happened so far” of an action in the theme ")


def test_last_times_owner_is_named_as_the_owner():
    previous = _last_time("我不能去商店")
    actions = [a.model_copy(update={"owner": "王伟"}) if a.id == "a1" else a
               for a in previous.actions]
    parts = unshowable_parts(make_workshop(), "report",
                             previous.model_copy(update={"actions": actions}),
                             quote=quote_as_kinds)
    assert any(p.where.startswith("The owner of last time's action in the theme “我不能去商店”: ")
               for p in parts), [p.where for p in parts]
