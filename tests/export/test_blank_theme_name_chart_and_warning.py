"""A theme named only a zero-width space, kept from a file saved before one was refused: the
report's "Themes at a glance" chart labelled its bar with nothing, and the warning about
writing a PDF cannot show named it “” ("A card in the theme “”: …"). Both name it as its poster
and chapter do, "Unnamed theme"; last time's action in such a theme is named by its words
alone, as one in a theme with no name at all was."""

from __future__ import annotations

from export_checks import reader, squash
from export_workshop import make_workshop
from writing_samples import CJK_AND_EMOJI, with_cards

from wtfc.export.chart import theme_size_charts
from wtfc.export.content import ExportContent
from wtfc.export.report import report_pdf
from wtfc.export.unshowable import unshowable_parts
from wtfc.importing.typed_details import quote_as_kinds
from wtfc.model.workshop import Workshop

BLANK = "\u200b"  # a lone zero-width space, as an older file loads it


def _renamed(ws: Workshop, theme_id: str, name: str) -> Workshop:
    themes = [t.model_copy(update={"name": name}) if t.id == theme_id else t for t in ws.themes]
    return ws.model_copy(update={"themes": themes})


def test_the_chart_labels_its_bar_unnamed_theme():
    ws = _renamed(make_workshop(), "t1", BLANK)
    labels = [row.label.getPlainText() for chart in theme_size_charts(
        ExportContent(ws).themes, 400) for row in chart.rows]
    assert "Unnamed theme" in labels and BLANK not in labels and "" not in labels
    text = squash(" ".join(page.extract_text() for page in reader(report_pdf(ws)).pages))
    glance = text.partition(squash("Themes at a glance"))[2].partition("Priorities")[0]
    # the label, then its people and cards, as the bar reads (before the priorities table)
    # (5: its held-back card and its person counted, as the room counts them)
    assert squash("Not working (1 theme) Unnamed theme 5 people (5 cards, 1 not shown)") in glance


def test_the_warning_names_a_card_in_it_in_unnamed_theme():
    ws = _renamed(with_cards(CJK_AND_EMOJI), "t2", BLANK)  # the card goes in t2
    for what in ("report", "posters"):
        wheres = [p.where for p in unshowable_parts(ws, what, quote=quote_as_kinds)]
        assert f"A card in the theme “Unnamed theme”: “{CJK_AND_EMOJI}”" in wheres
        assert not [w for w in wheres if "“”" in w or f"“{BLANK}”" in w]


def test_last_times_action_in_it_is_named_by_its_words():
    now = make_workshop()
    previous = _renamed(now, "t1", BLANK)
    actions = [previous.actions[0].model_copy(update={"theme_id": "t1",
                                                      "progress_note": "已经同意"}),
               *previous.actions[1:]]
    previous = previous.model_copy(update={"actions": actions, "title": "Last spring"})
    wheres = [p.where for p in unshowable_parts(now, "report", previous, quote=quote_as_kinds)]
    assert wheres == ["What had happened to last time's action: “已经同意”"]
