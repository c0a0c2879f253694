"""The A4 workshop report, read back: every card in people's own words, and nothing held back."""

from __future__ import annotations

import datetime as dt

import export_checks
import pytest
from export_checks import (
    all_text,
    demo_workshop,
    fonts,
    outline_titles,
    page_size_mm,
    reader,
    squash,
)
from export_workshop import HELD_BACK_TEXT

from wtfc.export.content import ExportContent
from wtfc.export.report import export_report, report_pdf
from wtfc.model.dates import long_date
from wtfc.model.workshop import Workshop


@pytest.fixture(scope="module")
def demo():
    return demo_workshop()


@pytest.fixture(scope="module")
def demo_report():
    return reader(export_checks.demo_report_pdf(dt.date(2026, 11, 28)))


@pytest.fixture(scope="module")
def demo_text() -> str:
    """Its words, read once: two tests here read them, and other modules the same report's."""
    return export_checks.all_text_of(export_checks.demo_report_pdf(dt.date(2026, 11, 28)))


def test_report_is_a4_with_numbered_pages(demo_report):
    assert len(demo_report.pages) >= 4
    assert all(page_size_mm(demo_report, i) == (210, 297)
               for i in range(len(demo_report.pages)))
    assert "Page 2" in demo_report.pages[1].extract_text()
    last = len(demo_report.pages)
    assert f"Page {last}" in demo_report.pages[-1].extract_text()


def test_every_shown_card_and_theme_is_in_the_report(demo, demo_text):
    text = demo_text
    content = ExportContent(demo)
    for card in content.cards:  # themed and unsorted alike, in full
        assert squash(card.text) in text, card.text
    for theme in content.themes:
        assert squash(theme.theme.name) in text
    for action in demo.actions:
        assert squash(action.what) in text
    for cause in demo.causes:
        assert squash(cause.text) in text
    for statement in demo.success:
        assert squash(statement.text) in text


def test_held_back_cards_are_left_out_and_counted(demo, demo_text):
    text = demo_text
    held = [c for c in demo.cards if c.held_back]
    assert held, "the demo should show the personal-detail guard at work"
    for card in held:
        assert squash(card.text) not in text
    assert squash(f"{len(held)} cards are left out") in text


def test_title_page_counts_who_took_part_by_role_without_names(demo, demo_report):
    first = demo_report.pages[0].extract_text()
    assert "Whose reviews" in first
    for label, _count in ExportContent(demo).voices:
        assert label in first


def test_the_title_page_says_who_facilitated(demo, demo_report):
    """The Prepare page says its details go on the report's title page: the facilitator (a
    role) was only in the PDF's Author field, on no page."""
    assert demo.facilitator
    assert squash(f"Facilitated by {demo.facilitator}") in squash(
        demo_report.pages[0].extract_text())
    nobody = reader(report_pdf(demo.model_copy(update={"facilitator": ""})))
    assert "Facilitated by" not in nobody.pages[0].extract_text()


def test_report_metadata_language_bookmarks_and_fonts(demo, demo_report):
    meta = demo_report.metadata
    assert demo.title in meta.title and meta.author and meta.subject
    assert demo_report.trailer["/Root"]["/Lang"] == "en-GB"
    titles = outline_titles(demo_report)
    assert "Themes at a glance" in titles and "Appendix: cards not yet in a theme" in titles
    for theme in ExportContent(demo).themes:
        assert theme.theme.name in titles
    assert all(fonts(demo_report).values())


def test_held_back_card_of_the_small_workshop(workshop, tmp_path):
    path = export_report(workshop, tmp_path / "report.pdf")
    text = all_text(reader(path.read_bytes()))
    assert squash(HELD_BACK_TEXT) not in text
    assert squash("ŵyr, ŷd") in text  # Welsh, through the fallback font
    assert squash("The form was too long to fill in.") in text  # an unsorted card


def test_an_empty_workshop_still_makes_a_report():
    pdf = reader(report_pdf(Workshop()))
    text = all_text(pdf)
    assert squash("No themes have been made yet.") in text
    assert all(fonts(pdf).values())


def test_report_progress_goes_from_zero_to_total(workshop):
    calls: list[tuple[int, int]] = []
    report_pdf(workshop, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, calls[0][1]) and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_the_act_stages_progress_notes_are_in_the_report(demo, demo_report):
    text = all_text(demo_report)
    noted = [a for a in demo.actions if a.progress_note]
    assert noted
    for action in noted:
        assert _in_text(squash(f"So far ({long_date(action.checked_on)}): "
                               f"{action.progress_note}"), text)


def _in_text(words: str, text: str) -> bool:
    """``words`` in ``text``, or carried on over a page: a tall action's row is split where
    the page ends, so the next page's footer and "(continued)" lines come between its parts."""
    if words in text:
        return True
    for cut in range(1, len(words)):
        start = text.find(words[:cut])
        if start >= 0 and 0 <= text.find(words[cut:], start + cut) - (start + cut) < 400:
            return True
    return False


def test_no_appendix_page_when_every_card_is_in_a_theme(workshop):
    # The "@home" and form cards (c11, c12) are the ones in no theme: put them in one.
    themes = [t.model_copy(update={"card_ids": [*t.card_ids, "c11", "c12"]}) if t.id == "t3"
              else t for t in workshop.themes]
    pdf = reader(report_pdf(workshop.model_copy(update={"themes": themes})))
    assert "Appendix" not in all_text(pdf)
    assert "Appendix: cards not yet in a theme" not in outline_titles(pdf)
    assert squash("Every card that can be shown is in a theme.") in squash(
        pdf.pages[0].extract_text())  # said on the title page instead of a page of its own
    with_loose = reader(report_pdf(workshop))
    # in the wall's words, and as the appendix says it
    assert squash("2 cards are not yet in a theme: they are in the appendix.") in squash(
        with_loose.pages[0].extract_text())
    assert "Appendix: cards not yet in a theme" in outline_titles(with_loose)


def test_one_card_in_no_theme_is_it_not_they():
    from wtfc.model.workshop import Card, Kind

    one = Workshop(cards=[Card(id="c1", kind=Kind.FUTURE, text="I want to garden")])
    text = all_text(reader(report_pdf(one)))
    assert squash("1 card is not yet in a theme: it is in the appendix.") in text  # the cover
    assert squash("1 card is not yet in a theme. It is here so that nobody's words are "
                  "lost.") in text


def test_a_priority_with_no_reason_says_not_recorded_in_muted_type(workshop):
    """The "Why it was chosen" cell was left blank, as if it had been forgotten in the PDF."""
    from wtfc.export.look import MUTED
    from wtfc.export.report_sections import Styles, priorities_table

    content = ExportContent(workshop)
    given, missing = content.priority_themes  # "Most cards", and no reason
    assert given.theme.priority.reason and not missing.theme.priority.reason
    table = priorities_table([given, missing], Styles())
    reasons = [row[4] for row in table._cellvalues[1:]]
    assert [squash(cell.getPlainText()) for cell in reasons] == ["Mostcards", "Notrecorded"]
    assert reasons[1].style.textColor == MUTED and reasons[0].style.textColor != MUTED
    text = all_text(reader(report_pdf(workshop)))
    assert squash("Not recorded") in text


def test_the_report_opens_with_its_bookmarks_shown(demo_report):
    """Its chapters and themes were bookmarked but hidden until the reader's panel was
    opened by hand (/UseNone); the posters opened with theirs."""
    assert demo_report.trailer["/Root"]["/PageMode"] == "/UseOutlines"
