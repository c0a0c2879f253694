"""Theme posters and the action poster, read back as a commissioner's PDF reader would."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from export_checks import (
    all_text,
    demo_workshop,
    fonts,
    outline_titles,
    page_size_mm,
    reader,
    render_png,
    squash,
    text_sizes,
)
from export_workshop import HELD_BACK_TEXT

from wtfc.export.action_poster import SMALLEST, action_poster_pdf, export_action_poster
from wtfc.export.blocks import largest_size
from wtfc.export.content import ExportContent
from wtfc.export.errors import ExportError
from wtfc.export.theme_poster import export_theme_posters, theme_posters_pdf
from wtfc.model.workshop import Priority


@pytest.fixture(scope="module")
def demo():
    return demo_workshop()


@pytest.fixture(scope="module")
def demo_posters(demo):
    return reader(theme_posters_pdf(demo))


def test_one_a3_landscape_poster_per_priority_theme(demo, demo_posters):
    priorities = ExportContent(demo).priority_themes
    assert len(priorities) >= 1
    assert len(demo_posters.pages) == len(priorities)
    assert all(page_size_mm(demo_posters, i) == (420, 297) for i in range(len(priorities)))


def test_poster_shows_the_i_statement_counts_cards_causes_and_actions(demo, demo_posters):
    for index, theme in enumerate(ExportContent(demo).priority_themes):
        text = squash(demo_posters.pages[index].extract_text())
        assert squash(theme.theme.name) in text
        assert squash(f"{len(theme.cards)}cards") in text or f"{len(theme.cards)}" in text
        assert any(squash(card.text) in text for card in theme.cards)  # people's own words
        for cause in theme.root_causes[:1]:
            assert squash(cause.text) in text
        first_role, actions = next(iter(theme.actions.items()))
        assert squash(first_role.label) in text
        assert squash(actions[0].what) in text


def test_poster_fonts_are_embedded_and_legible(demo_posters):
    used = fonts(demo_posters)
    assert any("AtkinsonHyperlegible" in name for name in used)
    assert all(used.values()), f"fonts not embedded: {used}"
    for index in range(len(demo_posters.pages)):
        assert min(text_sizes(demo_posters, index)) >= 14  # nothing under 14 pt on A3


def test_posters_have_metadata_language_and_a_bookmark_per_theme(demo, demo_posters):
    meta = demo_posters.metadata
    assert demo.title in meta.title and meta.author and meta.subject
    assert demo_posters.trailer["/Root"]["/Lang"] == "en-GB"
    names = [t.theme.name for t in ExportContent(demo).priority_themes]
    assert outline_titles(demo_posters) == names


def test_held_back_cards_never_appear_and_the_poster_says_so(workshop):
    pdf = reader(theme_posters_pdf(workshop))
    text = all_text(pdf)
    assert squash(HELD_BACK_TEXT) not in text
    assert "Mrs" not in text
    assert squash("1 card of this theme is left out") in text


def test_welsh_letters_survive_through_the_fallback_font(workshop):
    pdf = reader(theme_posters_pdf(workshop))
    assert squash("ŵyr, ŷd") in all_text(pdf)
    assert all(fonts(pdf).values())


def test_no_priorities_is_a_plain_error_for_the_theme_posters(workshop):
    themes = [t.model_copy(update={"priority": Priority()}) for t in workshop.themes]
    plain = workshop.model_copy(update={"themes": themes})
    with pytest.raises(ExportError, match="No theme has been chosen as a priority"):
        theme_posters_pdf(plain)
    assert len(reader(theme_posters_pdf(plain, theme_ids=["t3"])).pages) == 1


def test_the_action_poster_lists_every_action_when_no_theme_is_a_priority(workshop):
    """It carries every agreed action, priority or not: only a workshop without any has
    no action poster."""
    themes = [t.model_copy(update={"priority": Priority()}) for t in workshop.themes]
    plain = workshop.model_copy(update={"themes": themes})
    text = all_text(reader(action_poster_pdf(plain, today=dt.date(2025, 3, 1))))
    for action in plain.actions:
        assert squash(action.what) in text
    assert squash("Actions agreed by theme") in text
    assert squash("No theme has been chosen as a priority yet") in text
    assert "othertheme" not in text and "prioritythemes" not in text
    # 12: P13 of make_workshop has no card, so is not counted
    assert squash("3 actions · from what 12 people said in their reviews") in text
    with pytest.raises(ExportError, match="no actions have been agreed yet"):
        action_poster_pdf(plain.model_copy(update={"actions": []}))
    # priorities chosen, nothing agreed yet (the start of Plan): a poster of the priorities,
    # each saying so
    text = all_text(reader(action_poster_pdf(workshop.model_copy(update={"actions": []}))))
    assert squash("No actions have been agreed yet.") in text


def test_a_crowded_theme_still_makes_one_legible_poster(workshop):
    from benchmarks.bench_export import poster_workshop

    crowded = poster_workshop(themes=2, cards_per_theme=80)
    pdf = reader(theme_posters_pdf(crowded))
    assert len(pdf.pages) == 2
    assert min(text_sizes(pdf, 0)) >= 14
    assert squash("A selection:") in squash(pdf.pages[0].extract_text())


def test_action_poster_is_one_a1_sheet_with_every_action(demo):
    pdf = reader(action_poster_pdf(demo, today=dt.date(2026, 1, 1)))
    assert len(pdf.pages) == 1
    assert page_size_mm(pdf) == (594, 841)
    text = all_text(pdf)
    priority_ids = {t.theme.id for t in ExportContent(demo).priority_themes}
    for action in demo.actions:
        if action.theme_id in priority_ids:
            assert squash(action.what) in text
            if action.owner:
                assert squash(action.owner) in text
    assert all(fonts(pdf).values())
    assert min(text_sizes(pdf, 0)) >= SMALLEST  # 12 pt or more when printed on A3


def test_action_poster_marks_overdue_actions(workshop):
    text = all_text(reader(action_poster_pdf(workshop, today=dt.date(2025, 3, 1))))
    # the providers' phone-call action was due 31 January 2025, and was never begun
    assert squash("⚠ Late: not started") in text


def test_progress_reports_start_and_end(workshop, tmp_path):
    calls: list[tuple[int, int]] = []
    export_theme_posters(workshop, tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    calls.clear()
    export_action_poster(workshop, tmp_path / "a.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poster_renders_to_an_image(tmp_path, demo):
    pdf = export_theme_posters(demo, tmp_path / "posters.pdf")
    png = render_png(pdf, tmp_path / "poster")
    from PIL import Image

    with Image.open(png) as image:
        assert image.size == (827, 585)  # A3 landscape at 50 dpi
        assert len(image.convert("L").getcolors(256) or []) > 20  # drawn, not blank


@pytest.mark.parametrize(("fitting", "expected"), [(40, 40), (36, 36), (30, 30), (28, 28),
                                                    (0, 28)])
def test_the_largest_size_that_fits_is_found_in_three_tries(fitting, expected):
    tried = []

    def fits(size):
        tried.append(size)
        return size <= fitting

    assert largest_size((40, 36, 32, 30, 28), fits) == expected
    assert len(tried) <= 3  # of five sizes: a poster is laid out once per try


def test_a_posters_counts_copy_out_as_the_number_then_its_word(demo, demo_posters):
    """A commissioner copying the poster's text, or a screen reader, gets "7 people", never
    "people 7" (the word was drawn before its number)."""
    counts = ExportContent(demo).priority_themes[0].counts
    text = demo_posters.pages[0].extract_text()
    assert re.search(rf"\b{counts.people}\s*people\b", text)
    assert re.search(rf"\b{counts.cards}\s*cards\b", text)
