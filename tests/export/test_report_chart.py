"""The report's "Themes at a glance" chart: every theme's name whole (wrapped onto more lines,
never cut at 48 characters mid-word, so themes that begin alike stay told apart), written as
typed (Urdu joined and right to left once, beside Bengali too), and read back by a PDF reader
label then count, bar by bar."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

from export_checks import demo_workshop, reader, squash
from writing_samples import needs_poppler, same_word, shaped_words, words_by_line

from wtfc.export.chart import theme_size_charts
from wtfc.export.content import ExportContent
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

ALIKE = [
    "I am not treated with respect or as an individual by my paid carers",
    "I am not treated with respect or as an individual by hospital ward staff",
    "I am not treated with respect or as an individual by the council's phone line",
]
URDU_AND_BENGALI = "مجھے معلوم نہیں / আমি জানি না"
MIXED = "Mixed English and Urdu میں اکیلا ہوں here"


def _workshop(names: list[str]) -> Workshop:
    """One not-working theme per name, of 3, 5, 7… cards."""
    cards, themes = [], []
    for i, name in enumerate(names):
        ids = [f"c{i}-{j}" for j in range(3 + 2 * i)]
        cards += [Card(id=x, kind=Kind.NOT_WORKING, text=f"card {x}", person="P01") for x in ids]
        themes.append(Theme(id=f"t{i}", kind=Kind.NOT_WORKING, name=name, card_ids=ids))
    return Workshop(
        title="Chart",
        date=dt.date(2026, 11, 12),
        people=[Person(id="P01")],
        cards=cards,
        themes=themes,
    )


def _chart_page(ws: Workshop) -> str:
    """Pages 2 and 3: "How to read this report" comes first, so a chart may go over."""
    pages = reader(report_pdf(ws)).pages
    return squash(" ".join(page.extract_text() for page in pages[1:3]))


def test_themes_that_begin_alike_are_named_whole_and_told_apart():
    page = _chart_page(_workshop(ALIKE))
    for name in ALIKE:
        assert squash(name) in page
    assert "…" not in page


def test_the_longest_theme_name_is_in_the_chart_whole():
    name = ("I want " + "to choose who comes, when they come and what they do, " * 6).strip()[:300]
    page = _chart_page(_workshop([name, "I feel lonely"]))
    assert squash(name) in page and "…" not in page


def test_the_demo_chart_cuts_no_name():
    ws = demo_workshop()
    page = _chart_page(ws)
    for theme in ExportContent(ws).themes:
        assert squash(theme.theme.name) in page
    assert "individu…" not in page


def test_a_chart_with_many_long_names_goes_over_pages_within_each():
    """Wrapped labels make rows taller: a kind's charts still each fit on a page."""
    names = [
        f"I theme{i:03d} " + "and a long explanation of what is not working " * 3 for i in range(40)
    ]
    charts = theme_size_charts(ExportContent(_workshop(names)).themes, 400)
    assert len(charts) > 1
    assert all(chart.height < 700 for chart in charts)


@needs_poppler
def test_urdu_beside_bengali_in_a_label_is_joined_and_reads_right_to_left(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(_workshop([URDU_AND_BENGALI, MIXED])))
    urdu = shaped_words("مجھے معلوم نہیں")
    count = re.compile(r"\(?\d+|people|person|cards?\)")  # "1 person (3 cards)"
    lines = [
        [w for _, w in line if not count.fullmatch(w)]  # each line's count left out
        for line in words_by_line(path, 2)
    ]
    [label] = [line for line in lines if any(same_word(w, urdu[1]) for w in line)]
    assert same_word(label[-1], urdu[0])  # the first word rightmost, joined
    assert same_word(label[-2], urdu[1]) and same_word(label[-3], urdu[2])
    mixed = shaped_words("میں اکیلا ہوں")
    [label] = [line for line in lines if "Mixed" in line]
    assert label[:4] == ["Mixed", "English", "and", "Urdu"] and label[-1] == "here"
    assert same_word(label[-2], mixed[0]) and same_word(label[-4], mixed[2])


@needs_poppler
def test_each_count_follows_its_label_in_the_pdf(tmp_path):
    """Copied or read aloud (the PDF's own order), each theme's count comes after its name,
    not all the counts and then all the names."""
    path = tmp_path / "report.pdf"
    path.write_bytes(
        report_pdf(_workshop(["I feel lonely", "I never know who is coming", "Nobody rings me"]))
    )
    text = subprocess.run(
        ["pdftotext", "-raw", "-f", "2", "-l", "2", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    chart = squash(text.split("Not working (3 themes)")[1])
    assert chart.startswith("Nobodyringsme1person(7cards)Ineverknowwhoiscoming1person(5cards)"
                            "Ifeellonely1person(3cards)")


def test_an_unnamed_theme_is_labelled_so():
    assert squash("Unnamed theme") in _chart_page(_workshop([""]))


def test_each_chart_label_has_a_font_that_draws_it():
    """An Urdu name and a Ukrainian one in one chart have no font in common: one font for all
    the labels drew the Urdu letters DejaVu lacks (ہ, ے) as boxes."""
    from wtfc.export import fonts as f

    names = ["مجھے لگتا ہے کہ میں ایک پیکج ہوں", "Мені самотньо вдома", "I never know"]
    [chart] = theme_size_charts(ExportContent(_workshop(names)).themes, 400)
    used = {
        row.label.getPlainText(): {frag.fontName for frag in row.label.frags} for row in chart.rows
    }
    urdu, ukrainian, english = (
        next(v for k, v in used.items() if test(k))
        for test in (
            lambda k: any("\u0600" <= ch <= "\ufeff" for ch in k),
            lambda k: "Мені" in k,
            lambda k: "I never" in k,
        )
    )
    assert urdu == {f.ARABIC}
    assert ukrainian <= {f.REGULAR, f.FALLBACK}
    assert english == {f.REGULAR}


def test_a_kinds_chart_carries_two_bars_or_more_to_a_page():
    """65 (or 103) themes of one kind: the chart's last page held one bar alone under
    "Working (65 themes) (continued)" (103: "(continued) (continued)"). Every bar is drawn
    once. With no priorities "How to read" is a sentence shorter now (it no longer speaks of
    each priority), so page 1 holds one bar more: 68 and 106 are those counts today."""
    for count in (68, 106):
        cards = [Card(id=f"c{i}-{j}", kind=Kind.WORKING, text="x")
                 for i in range(count) for j in range(1 + i % 7)]
        themes = [Theme(id=f"t{i}", kind=Kind.WORKING, name=f"I like theme number {i}",
                        card_ids=[f"c{i}-{j}" for j in range(1 + i % 7)]) for i in range(count)]
        pages = reader(report_pdf(Workshop(title="Many", cards=cards, themes=themes))).pages
        charts = [page.extract_text().split("Priorities")[0] for page in pages]
        bars = {n: squash(text).count("Iliketheme") for n, text in enumerate(charts)
                if f"Working ({count} themes)" in text}
        assert sum(bars.values()) == count
        assert len(bars) >= 3 and min(bars.values()) >= 2, (count, bars)
        for text in charts[2:]:  # once on a page the chart carries on to
            assert text.count("(continued)") <= 1
