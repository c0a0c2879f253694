"""Words on the feedback sheet an older reader may not know: the export lists those in the
actions and the themes' names it prints, so the facilitator can reword them first."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop
from export_workshop import make_workshop

from tests.child_env import child_env
from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_plain import plain_words_question, unfamiliar_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.workshop import Action, ActionStatus, Role, Workshop


def found_in(ws: Workshop) -> dict[str, list[str]]:
    found = unfamiliar_words(feedback_words(ExportContent(ws, today=dt.date(2026, 11, 28))))
    return {item.text: item.words for item in found}


def test_the_demos_commissioning_words_are_listed():
    found = found_in(demo_workshop())
    words = {w.lower() for hits in found.values() for w in hits}
    assert {"individual service funds", "pilot", "discharge", "checklist", "link workers"} <= words
    question = plain_words_question(
        unfamiliar_words(feedback_words(ExportContent(demo_workshop())))
    )
    assert question.startswith(
        "Some words on the feedback sheet may be new to an older person reading it at home:"
    )
    assert "• “Individual Service Funds”, in an action: “Develop Individual Service" in question
    assert question.endswith(
        "You could put them in everyday words (an action on 6 Plan, what has happened so far "
        "on 7 Act, a theme's name on 3 Theme) and export again."
    )


def test_whole_words_any_case_and_plurals_only():
    ws = make_workshop()
    texts = {
        "a1": "Set OUTCOMES and outcome-based contracts with two Providers.",
        "a2": "Ask about incomes and the providence of the autopilot.",  # none of these
        "a3": "Run a CQC-style check on safeguarding.",
    }
    ws = ws.model_copy(
        update={"actions": [a.model_copy(update={"what": texts[a.id]}) for a in ws.actions]}
    )
    found = found_in(ws)
    assert found[texts["a1"]] == ["OUTCOMES", "outcome-based", "Providers"]
    assert texts["a2"] not in found
    assert found[texts["a3"]] == ["CQC", "safeguarding"]


def test_only_what_the_sheet_prints_is_read():
    """The sheet explains "Commissioners" itself; an owner is not printed; a plain workshop
    asks nothing. A dropped action is printed ("We have stopped this"), so it is read."""
    ws = make_workshop()
    actions = [
        Action(
            theme_id="t1",
            role=Role.COMMISSIONERS,
            what="Ring people when carers are late.",
            owner="Commissioning manager",
        ),
        Action(
            theme_id="t1",
            role=Role.PROVIDERS,
            what="Start a reablement pilot.",
            status=ActionStatus.DROPPED,
        ),
    ]
    ws = ws.model_copy(update={"actions": actions})
    assert found_in(ws) == {"Start a reablement pilot.": ["reablement", "pilot"]}
    ws = ws.model_copy(update={"actions": actions[:1]})
    assert found_in(ws) == {}
    assert plain_words_question([]) == ""
    named = ws.model_copy(
        update={
            "themes": [
                t.model_copy(update={"name": "I want my CQC report read to me"})
                if t.id == "t3"
                else t
                for t in ws.themes
            ]
        }
    )
    assert found_in(named) == {"I want my CQC report read to me": ["CQC"]}


def test_what_has_happened_so_far_and_last_times_actions_are_read_too(tmp_path):
    """The letter prints each action's "What has happened so far" and, given last time's
    workshop, its actions and their notes under "Since last time": the check read neither."""
    import subprocess
    import sys

    from wtfc.export.feedback_sheet_plain import plain_words_note
    from wtfc.model.demo import demo_previous_path
    from wtfc.model.last_time_parts import CHANGED_THERE
    from wtfc.model.storage import load_workshop, save_workshop

    ws = make_workshop()
    note = "Reablement and domiciliary brokerage agreed."
    ws = ws.model_copy(update={"actions": [ws.actions[0].model_copy(update={
        "what": "Ring people when carers are late.", "progress_note": note})]})
    found = {item.text: (item.where, item.words) for item in
             unfamiliar_words(feedback_words(ExportContent(ws, today=dt.date(2026, 11, 28))))}
    assert found == {note: ("What has happened so far to an action",
                            ["Reablement", "domiciliary", "brokerage"])}
    alone = plain_words_note(ws)
    assert "in what has happened so far to an action: “Reablement and domiciliary" in alone
    assert CHANGED_THERE not in alone
    spring = load_workshop(demo_previous_path()).workshop
    said = plain_words_note(ws, previous=spring)
    assert "“Pilot”, “outcome-based”, in last time's action: “Pilot outcome-based home care" \
        in said
    assert "“pilot”, “provider”, in what has happened so far to last time's action: “The " \
        "pilot area is agreed" in said
    assert said.endswith(CHANGED_THERE)  # where those words can be changed
    # the command line warns of them too, before the sheet is written
    path = tmp_path / "autumn.wtfc"
    save_workshop(ws, path)
    run = subprocess.run([sys.executable, "-m", "wtfc", "export", "feedback", str(path),
                          "--previous", str(demo_previous_path()), "-o",
                          str(tmp_path / "f.pdf")], capture_output=True, text=True,
                          env=child_env())
    assert run.returncode == 0, run.stderr
    assert "in last time's action: “Pilot outcome-based" in run.stderr
    assert "in what has happened so far to an action" in run.stderr


def test_a_long_action_is_quoted_cut_at_a_whole_word():
    """The question quoted "… agreed the contract terms; the o…" and "… training ca…": a
    long action is cut after its last whole word that fits, "…" inside the closing mark."""
    from wtfc.export.feedback_sheet_plain import LONGEST, Unfamiliar

    what = ("One provider has agreed the contract terms; the others will be asked in the "
            "spring")
    line = plain_words_question([Unfamiliar("An action", what, ["provider"])]).splitlines()[1]
    quoted = line.partition(": ")[2]
    assert quoted == "“One provider has agreed the contract terms; the others will be…”"
    assert len(quoted) <= LONGEST
    kept = quoted[1:-2]
    assert what.startswith(kept) and what[len(kept)] == " "  # it ends where a word does


def test_the_apps_quotes_are_cut_at_a_whole_word_too():
    """The app and ``wtfc export`` quote through the personal-detail guard (50 characters),
    which cut "… the contract terms; the o…" and "… recruiting and training ca…"."""
    from wtfc.export.feedback_sheet_plain import Unfamiliar
    from wtfc.importing.typed_details import quote_as_kinds

    found = [Unfamiliar("An action", what, ["provider"]) for what in (
        "One provider has agreed the contract terms; the others will be asked in the spring",
        "Work with providers on recruiting and training carers who speak people's languages")]
    lines = plain_words_question(found, quote_as_kinds).splitlines()[1:3]
    assert lines[0].endswith(": “One provider has agreed the contract terms; the…”")
    assert lines[1].endswith(": “Work with providers on recruiting and training…”")
