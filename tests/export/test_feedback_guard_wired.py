"""The letter is made redacted the way a facilitator makes it: the window's Export (run_export_now)
and `wtfc export feedback`. a0bb46bf built the redaction, but neither path passed the guard, so
both still printed "Mrs Patel … 07700 900123" from an Act note (code review A1)."""

from __future__ import annotations

from export_checks import all_text, reader
from export_workshop import make_workshop

from wtfc.app import main
from wtfc.model.storage import save_workshop
from wtfc.ui.export_actions import run_export_now

NOTE = "Mrs Patel told us her carer Linda now rings; call 07700 900123 for the diary sheets."


def _noted():
    ws = make_workshop()
    actions = [ws.actions[0].model_copy(update={"progress_note": NOTE}), *ws.actions[1:]]
    return ws.model_copy(update={"actions": actions})


def _printed(path) -> str:
    return all_text(reader(path.read_bytes()))


def test_the_windows_export_prints_the_note_with_placeholders(tmp_path):
    (out,) = run_export_now("feedback", _noted(), tmp_path / "letter.pdf")
    text = _printed(out)
    assert "Patel" not in text and "Linda" not in text and "900123" not in text
    assert "[phone]" in text


def test_the_command_lines_export_prints_the_note_with_placeholders(tmp_path, capsys):
    save_workshop(_noted(), tmp_path / "spring.wtfc")
    out = tmp_path / "letter.pdf"
    main(["export", "feedback", str(tmp_path / "spring.wtfc"), "-o", str(out)])
    text = _printed(out)
    assert "Patel" not in text and "900123" not in text and "[phone]" in text


def test_the_letter_hides_a_name_only_the_names_to_watch_know(tmp_path):
    ws = _noted()
    ws = ws.model_copy(update={"actions": [
        ws.actions[0].model_copy(update={"progress_note": "ask zebedee for the diary sheets"}),
        *ws.actions[1:]]})
    (out,) = run_export_now("feedback", ws, tmp_path / "letter.pdf", names=("Zebedee",))
    text = _printed(out)
    assert "zebedee" not in text.lower() and "[name]" in text
