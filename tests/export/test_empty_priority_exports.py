"""A chosen priority whose cards were all deleted (the one person behind it withdrew), as the
report's theme chapter and the posters' exports say it (F14, after 410195cd): the report said
"This theme has no cards that can be shown." as if some were held back, where the poster says
"This theme holds no cards."; and the posters and the action poster, which still show it as a
priority, were made without the record check the report, feedback and data exports give."""

from __future__ import annotations

import pytest
from export_checks import reader, squash
from test_empty_priority import SAID, TODAY, emptied  # noqa: F401 (a fixture)

from wtfc.export.cli import run_export
from wtfc.export.report import report_pdf
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop
from wtfc.ui.export_notes import record_note


def _chapter(ws: Workshop, name: str) -> str:
    """The report's text from theme ``name``'s chapter heading on (its last mention: the
    summary and the chart name it before)."""
    pages = [page.extract_text() for page in reader(report_pdf(ws, today=TODAY)).pages]
    text = squash("\n".join(pages))
    start = text.rindex(squash(f"“{name}”"))
    return text[start:start + 300]


def test_the_report_says_the_theme_holds_no_cards(emptied):  # noqa: F811
    chapter = _chapter(emptied, "I feel rushed")
    assert squash("This theme holds no cards.") in chapter
    assert squash("can be shown") not in chapter


def test_cards_all_held_back_keep_the_old_words(emptied):  # noqa: F811
    """A theme whose every card the guard holds back has cards: they cannot be shown."""
    ws = emptied.model_copy(deep=True)
    rushed = next(t for t in ws.themes if t.name == "I feel rushed")
    card = Card(kind=Kind.NOT_WORKING, text="Ask Mary Smith, she knows.", person="P98",
                personal_details=[PersonalDetail(start=4, end=14, category="name",
                                                 text="Mary Smith")])
    ws.cards.append(card)
    rushed.card_ids = [card.id]
    chapter = _chapter(ws, "I feel rushed")
    assert squash("This theme has no cards that can be shown.") in chapter
    assert squash("holds no cards") not in chapter


@pytest.mark.parametrize("key", ["posters", "action-poster"])
def test_export_saved_after_a_poster_names_the_empty_priority(emptied, key):  # noqa: F811
    note = record_note(key, emptied, today=TODAY)
    assert f"Please check: {SAID}" in note
    assert note.count(SAID) == 1


@pytest.mark.parametrize("key", ["posters", "action-poster"])
def test_wtfc_export_of_a_poster_warns_of_it(emptied, key, tmp_path):  # noqa: F811
    path = tmp_path / "spring.wtfc"
    save_workshop(emptied, path, backup=False)
    said: list[str] = []
    run_export(key, str(path), tmp_path / f"{key}.pdf", warn=said.append)
    assert [w for w in said if SAID in w]
    assert (tmp_path / f"{key}.pdf").exists()  # made all the same
