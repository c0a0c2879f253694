"""A workshop started from last time's keeps last time's purpose, scope and "How we agreed to
work and decide"; the report's cover prints them as this time's. Given last time's workshop,
the report's export says which are still word for word last time's: ``wtfc export report …
--previous`` warns and makes the report all the same."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.same_as_last_time import same_as_last_time
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.demo import demo_previous_path
from wtfc.model.next_cycle import next_cycle
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

SCOPE = "Sixteen reviews from September and October 2026: home care, day services."
LAST = Workshop(title="Spring", purpose="Hear what older people say.", scope=SCOPE,
                agreements="Everyone's voice counts the same.")


def test_the_scope_word_for_word_last_times_is_named_with_its_first_words():
    now = LAST.model_copy(update={"purpose": "Hear what carers say.", "agreements": ""})
    assert same_as_last_time(now, LAST, "report", quote=quote_as_kinds) == (
        "The scope is word for word last time's (“Sixteen reviews from September and…”): "
        "check it is right for this time. It is on Prepare, where it can be changed.")


def test_each_still_last_times_is_named():
    said = same_as_last_time(next_cycle(LAST), LAST, "report", quote=quote_as_kinds)
    assert said == (
        "The purpose (“Hear what older people say.”), the scope (“Sixteen reviews from "
        "September and…”) and “How we agreed to work and decide” (“Everyone's voice counts "
        "the same.”) are word for word last time's: check they are right for this time. "
        "They are on Prepare, where they can be changed.")
    # without the guard to quote them, the parts are named and no words shown
    assert same_as_last_time(next_cycle(LAST), LAST).startswith(
        "The purpose, the scope and “How we agreed to work and decide” are word for word")


def test_new_words_empty_ones_and_exports_that_do_not_print_them_say_nothing():
    rewritten = LAST.model_copy(update={"purpose": "Hear what carers say.", "scope": "30 "
                                        "reviews from November.", "agreements": "Carers first."})
    assert same_as_last_time(rewritten, LAST) == ""
    assert same_as_last_time(Workshop(), Workshop()) == ""  # nothing written either time
    for what in ("feedback", "posters", "action-poster", "data"):
        assert same_as_last_time(next_cycle(LAST), LAST, what) == ""
    # an earlier save of the same day's workshop: its words are this day's too
    dated = LAST.model_copy(update={"date": dt.date(2027, 4, 20)})
    assert same_as_last_time(dated, dated) == ""
    assert same_as_last_time(dated, LAST).startswith("The purpose, the scope")
    # the same words, spaced or broken into lines another way, are the same words
    spaced = LAST.model_copy(update={"purpose": "", "agreements": "",
                                     "scope": SCOPE.replace(" home", "\n  home")})
    assert same_as_last_time(spaced, LAST).startswith("The scope is word for word")


def test_an_earlier_save_of_the_same_undated_workshop_is_not_asked_about():
    """The date never set on Prepare: the earlier save paired on Review holds this day's cards
    and themes, so its words are this day's too (code review K-1 F2); a new cycle made from it
    holds none of them and is asked."""
    day = load_workshop(demo_previous_path()).workshop.model_copy(update={"date": None})
    later = day.model_copy(update={"cards": day.cards[1:]})  # a card moved out since
    assert same_as_last_time(later, day) == ""
    assert same_as_last_time(day.model_copy(update={"cards": []}), day) == ""  # themes held
    assert same_as_last_time(next_cycle(day), day).startswith("The purpose")


def test_wtfc_export_report_with_previous_warns_and_makes_the_report(tmp_path, capsys):
    from wtfc.app import main

    last = load_workshop(demo_previous_path()).workshop
    previous, now = tmp_path / "spring.wtfc", tmp_path / "autumn.wtfc"
    save_workshop(last, previous)
    save_workshop(next_cycle(last), now)
    out = tmp_path / "report.pdf"
    assert main(["export", "report", str(now), "-o", str(out), "--previous",
                 str(previous)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert ("Warning: The purpose (“Use what older people, family carers…”) and the scope "
            "(“Twelve reviews from February and March…”)") in err
    assert "are word for word last time's: check they are right for this time." in err
    assert squash(last.scope) in all_text(reader(out.read_bytes()))  # made all the same
    assert main(["export", "report", str(now), "-o", str(out)]) == 0  # no last time: no word
    assert "word for word" not in capsys.readouterr().err


def test_a_save_as_of_last_times_file_with_a_new_date_is_asked_about():
    """Last time's file saved as this cycle's, keeping its themes, with this cycle's date set:
    its ids are last time's, but the dates say it is another day, so its purpose and scope,
    still last time's, are named (code review L)."""
    day = load_workshop(demo_previous_path()).workshop
    kept = day.model_copy(update={"date": dt.date(2027, 4, 20), "cards": []})
    assert day.date and kept.themes == day.themes
    assert same_as_last_time(kept, day).startswith("The purpose")
    undated = kept.model_copy(update={"date": None})  # one date not set: asked too
    assert same_as_last_time(undated, day).startswith("The purpose")
