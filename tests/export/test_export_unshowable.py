"""Writing a PDF cannot show is never silent: the facilitator is told which parts, and what to do;
a held-back card's words are never quoted."""

from __future__ import annotations

from conftest import HELD_BACK_TEXT, make_workshop
from test_export_writing import CJK_AND_EMOJI, URDU, with_cards

from wtfc.export.cli import main_export
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Action, Card, Kind, PersonalDetail, Role, Workshop

THEME = "“I want to stay in my own home”"


def test_a_card_in_chinese_with_an_emoji_is_named_with_what_to_do():
    parts = unshowable_parts(with_cards(CJK_AND_EMOJI, URDU), "report")
    assert [p.what for p in parts] == [("Chinese or Japanese text", "emoji")]
    text = warning(parts)
    assert f"A card in the theme {THEME}: “{CJK_AND_EMOJI}”" in text
    assert "[Chinese or Japanese text not shown]" in text
    assert "add an English translation" in text
    assert URDU[:10] not in text  # Urdu is drawn: not in the warning


def test_every_pdf_export_warns_about_what_it_shows_and_the_data_export_never():
    ws = with_cards(CJK_AND_EMOJI)
    ws = ws.model_copy(update={"actions": [*ws.actions, Action(
        id="a9", theme_id="t1", role=Role.PROVIDERS, what="Ring Mr 李 every week")]})
    for what in ("posters", "report", "action-poster"):
        assert any("Ring Mr 李" in p.where for p in unshowable_parts(ws, what)), what
    assert unshowable_parts(ws, "action-poster")[0].where.startswith("An action")
    assert not any("card" in p.where for p in unshowable_parts(ws, "action-poster"))
    assert unshowable_parts(ws, "data") == []


def test_an_all_english_and_welsh_workshop_has_nothing_to_warn_about():
    assert warning(unshowable_parts(make_workshop(), "report")) == ""


def test_a_held_back_card_is_never_quoted_even_when_its_writing_cannot_be_shown():
    ws = make_workshop()
    secret = HELD_BACK_TEXT + " 我想回家"
    card = Card(id="hb", kind=Kind.WORKING, text=secret, person="P03",
                personal_details=[PersonalDetail(start=0, end=11, category="name",
                                                 text="Mrs Example")])
    themes = list(ws.themes)
    themes[2] = themes[2].model_copy(update={"card_ids": ["hb", *themes[2].card_ids]})
    ws = ws.model_copy(update={"cards": [*ws.cards, card], "themes": themes})
    assert warning(unshowable_parts(ws, "report")) == ""  # it is not in the PDF at all
    text = warning(unshowable_parts(with_cards(CJK_AND_EMOJI).model_copy(
        update={"cards": [*with_cards(CJK_AND_EMOJI).cards, card], "themes": themes}), "report"))
    assert text and "我想回家" in text  # the other card is named …
    assert "Mrs Example" not in text and "Acacia" not in text  # … the held-back one never


def test_many_parts_are_counted_after_the_first_few():
    ws = with_cards(*[f"card {i} 🐈" for i in range(12)])
    text = warning(unshowable_parts(ws, "report"))
    assert "“card 0 🐈”" in text and "and 4 more" in text


def test_the_command_line_warns_on_stderr_and_still_exports(tmp_path, capsys):
    source = tmp_path / "w.wtfc"
    save_workshop(with_cards(CJK_AND_EMOJI), source)
    out = tmp_path / "r.pdf"
    assert main_export(["report", str(source), "-o", str(out)]) == 0
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
    parts = unshowable_parts(ws, "report")
    assert [(p.where, p.what) for p in parts] == [
        ("The workshop's facilitator", ("Chinese or Japanese text",))]
    assert "changed on the Prepare page" in warning(parts)
    assert unshowable_parts(ws, "posters") == []  # only the report prints the facilitator
    assert "Prepare page" not in warning(unshowable_parts(with_cards(CJK_AND_EMOJI), "report"))


def _last_time(theme_name: str, note: str = "") -> Workshop:
    """The test workshop as last time's: one theme renamed to ``theme_name``, and ``note`` as
    what had happened to its first action."""
    ws = make_workshop()
    themes = list(ws.themes)
    themes[0] = themes[0].model_copy(update={"name": theme_name})
    actions = [ws.actions[0].model_copy(update={"theme_id": themes[0].id,
                                                "progress_note": note}), *ws.actions[1:]]
    return ws.model_copy(update={"title": "Last spring", "themes": themes, "actions": actions})


def test_the_report_looks_at_last_times_words_its_chapter_prints():
    """'Since last time' prints last time's theme names and action notes: Chinese there was
    drawn as '[Chinese or Japanese text not shown]' with no word said before."""
    now = make_workshop()
    previous = _last_time("我不能去商店", note="已经同意")
    parts = unshowable_parts(now, "report", previous)
    assert [(p.where, p.last_time) for p in parts] == [
        ("Last time's theme “我不能去商店”", True),
        ("What had happened to last time's action in the theme “我不能去商店”: “已经同意”", True)]
    text = warning(parts)
    assert text.startswith("Some words in last time's workshop are in writing")
    assert "add an English translation beside them" in text
    assert text.endswith("Words from last time's workshop can only be changed in that "
                         "workshop's own file.")
    assert unshowable_parts(now, "posters", previous) == []  # only the report compares
    assert unshowable_parts(now, "report", _last_time(now.themes[0].name)) == []


def test_a_theme_name_shared_with_this_workshop_is_named_once_as_this_workshops():
    now = with_cards(CJK_AND_EMOJI)
    themes = list(now.themes)
    themes[0] = themes[0].model_copy(update={"name": "我想回家"})
    now = now.model_copy(update={"themes": themes})
    parts = unshowable_parts(now, "report", _last_time("我想回家"))
    assert [p.where for p in parts if "我想回家”" in p.where] == ["The theme “我想回家”"]
    assert not any(p.last_time for p in parts)
    text = warning(unshowable_parts(now, "report", _last_time("我不能去商店")))
    assert text.startswith("Some words in this workshop and last time's are in writing")
    assert "to the card or statement" in text
