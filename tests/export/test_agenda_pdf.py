"""The day's agenda for the tables (review 37 R2 finding 7): the plan on the clock with its
breaks, never the facilitator's notes; a flagged title left out and typed details printed as
their kind, as the room's Welcome shows them; large print; ``wtfc export agenda``."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.agenda import agenda_pdf
from wtfc.export.cli import main_export
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.workshop import Stage

NOTE = "Read three working cards aloud before anyone moves a card"


def guard(text: str) -> str:
    return watched_redacted(text, ())


def text_of(pdf: bytes) -> str:
    return all_text(reader(pdf))


def on_the_clock():
    ws = demo_workshop()
    ws.starts_at = dt.time(10, 0)
    theme = next(p for p in ws.agenda if p.stage is Stage.THEME)
    theme.break_after = 45  # lunch after the cards
    return ws


def test_the_plan_reads_on_the_clock_with_lunch_and_the_end():
    text = text_of(agenda_pdf(on_the_clock(), guard=guard))
    for row in ("10:00 Welcome, and why we are here 30 min",
                "10:30 Reading the cards and finding themes 2 h 30 min",
                "13:00 Lunch 45 min",
                "13:45 Choosing priorities and asking “why?” 1 h 30 min",
                "16:45 Looking back on the day, and close 15 min",
                "Ends about 17:00."):
        assert squash(row) in text, row
    assert squash("Older people's services — Working Together for Change") in text
    assert squash("12 November 2026 · Riverside Community Hall") in text
    assert squash("Everyone's voice counts the same") in text  # how we agreed to work


def test_without_a_start_time_the_stages_are_numbered_with_their_minutes():
    text = text_of(agenda_pdf(demo_workshop(), guard=guard))
    assert squash("1. Welcome, and why we are here 30 min") in text
    assert squash("In all: 6 h 15 min, plus breaks.") in text
    assert "Endsabout" not in text and "10:00" not in text


def test_the_facilitators_notes_are_never_printed():
    ws = on_the_clock()
    assert any(NOTE in p.notes for p in ws.agenda)
    assert squash(NOTE) not in text_of(agenda_pdf(ws, guard=guard))


def test_a_title_the_guard_flags_is_left_out_everywhere_and_a_phone_number_is_not_printed():
    ws = demo_workshop()
    ws.title = "Review of Margaret Ellsworth's care"
    ws.purpose = "Ring Dave on 07700 900456 if you are running late."
    ws.agreements = "No names.\nAsk Jan Morris (07700 900123) for the microphone."
    pdf = agenda_pdf(ws, guard=guard)
    text = text_of(pdf)
    assert "Ellsworth" not in text and "Margaret" not in text
    assert "Ellsworth" not in str(reader(pdf).metadata.title)  # nor the PDF's own title
    assert "900456" not in text and "900123" not in text
    assert squash("Ring [name] on [phone]") in text
    assert squash("No names.") in text  # the agreements keep their lines


def test_without_a_guard_nothing_typed_is_printed():
    ws = demo_workshop()
    ws.purpose = "Ring 07700 900456"
    text = text_of(agenda_pdf(ws, guard=None))
    assert "900456" not in text and "Riverside" not in text
    assert squash("Welcome, and why we are here") in text


def test_large_print_on_a4():
    pdf = reader(agenda_pdf(on_the_clock(), guard=guard))
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)
    sizes: list[float] = []
    pdf.pages[0].extract_text(visitor_text=lambda text, _cm, tm, _font, size: sizes.append(
        size * abs(tm[3])) if text.strip() else None)
    assert min(sizes) >= 16


def test_the_rooms_stage_words_are_the_welcomes():
    from wtfc.export.agenda_words import STAGE_WORDS
    from wtfc.ui.boards.welcome_words import STAGE_WORDS as WELCOME

    assert STAGE_WORDS == WELCOME


@pytest.mark.parametrize("start", [None, dt.time(9, 30)])
def test_wtfc_export_agenda(start, tmp_path, capsys):
    ws = on_the_clock()
    ws.starts_at = start
    ws.purpose = "Ring Dave on 07700 900456."
    from wtfc.model.storage import save_workshop

    save_workshop(ws, tmp_path / "day.wtfc")
    out = tmp_path / "agenda"
    assert main_export(["agenda", str(tmp_path / "day.wtfc"), "-o", str(out)],
                       guard=shown_as_kinds) == 0
    said = capsys.readouterr()
    assert f"Saved {out}.pdf" in said.out
    text = text_of((tmp_path / "agenda.pdf").read_bytes())
    assert "900456" not in text and squash(NOTE) not in text
    assert "Traceback" not in said.err
    assert "may be personal details, so the agenda prints them as their kind" in said.err
    if start is None:
        assert "'Day starts at'" in said.err
    else:
        assert squash("09:30 Welcome") in text and squash("12:30 Lunch 45 min") in text
        assert "Day starts at" not in said.err
    # the other exports' warnings are not the agenda's: nothing about actions or themes
    assert "action" not in said.err.lower()


def test_only_what_it_prints_is_warned_of_as_writing_it_cannot_draw(tmp_path, capsys):
    """The venue in Chinese is said; a flagged title in Chinese is left out, so it is not."""
    from wtfc.export.agenda_cli import agenda_unshowable
    from wtfc.importing.typed_details import quote_as_kinds

    ws = demo_workshop()
    ws.venue = "社区中心"
    ws.title = "Margaret Ellsworth 的评论"
    found = [part.where for part in agenda_unshowable(ws, quote_as_kinds, guard)]
    assert found == ["The workshop's venue: “社区中心”"]
