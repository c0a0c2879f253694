"""A theme poster's causes say their category after their words, muted as an action's owner
and date are ("Contracts pay by the minute. (Money)"), on the line's end where it fits, so the
poster keeps what it showed; a cause with no category says nothing more."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop, reader, squash

from wtfc.export.look import MUTED
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.theme_poster_causes import MarkedText
from wtfc.export.theme_poster_styles import PosterStyles
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import Workshop

TODAY = dt.date(2025, 1, 1)
CATEGORIES = {"k2": CauseCategory.MONEY, "k3": CauseCategory.ENVIRONMENT}  # k1: none yet


def categorised(workshop: Workshop) -> Workshop:
    """k1 agreed to address with no category; k2 (agreed) Money, k3 Places and environment."""
    causes = [
        c.model_copy(update={"category": CATEGORIES.get(c.id), "agreed": c.agreed or c.id == "k1"})
        for c in workshop.causes
    ]
    return workshop.model_copy(update={"causes": causes})


def shown(pdf: bytes, page: int = 0) -> list[tuple[str, tuple[float, ...], float, float]]:
    """Each run of text on the page: its words, fill colour, size and baseline."""
    runs: list[tuple[str, tuple[float, ...], float, float]] = []
    colour: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]

    def operand(op, args, cm, tm):
        if op == b"rg":
            colour[0] = tuple(round(float(a), 3) for a in args)

    def text(words, cm, tm, font, size):
        if words.strip():
            baseline = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]  # on the page
            runs.append((words.strip(), colour[0], round(size * tm[0] * cm[0], 1), baseline))

    reader(pdf).pages[page].extract_text(visitor_operand_before=operand, visitor_text=text)
    return runs


def test_each_cause_on_the_poster_says_its_category(workshop):
    pdf = theme_posters_pdf(categorised(workshop), theme_ids=["t1"], today=TODAY)
    text = squash(reader(pdf).pages[0].extract_text())
    assert squash("Contracts pay by the minute. (Money)") in text
    assert squash("No one phones when a visit runs late. (Places and environment)") in text
    # no category, no mark: its words are followed by the next cause's
    assert squash("Rotas are planned around runs, not people. • Contracts pay") in text
    assert "Nocategory" not in text


def test_the_category_is_muted_as_an_actions_owner_and_date_are(workshop):
    runs = shown(theme_posters_pdf(categorised(workshop), theme_ids=["t1"], today=TODAY))
    look = {words: (colour, size) for words, colour, size, _ in runs}
    baseline = {words: y for words, _, _, y in runs}
    muted = tuple(round(v, 3) for v in (MUTED.red, MUTED.green, MUTED.blue))
    owner = next(w for w in look if w.startswith("Head of commissioning"))
    what = next(w for w in look if w.startswith("Pay for continuity"))
    words = next(w for w in look if w.endswith("Contracts pay by the minute."))
    assert look["(Money)"] == look["(Places and environment)"]
    # the owner's colour, and as much smaller than the words as the owner's (14 pt at least)
    assert look["(Money)"][0] == look[owner][0] == muted
    assert look["(Money)"][1] == max(14, look[words][1] - (look[what][1] - look[owner][1]))
    assert baseline["(Money)"] == baseline[words]  # beside the words' last line


def styles_at(size: float):
    styles = PosterStyles()
    return styles.body(size, bullet="•"), styles.detail(size, indent=0)


def test_a_mark_takes_no_room_beside_the_last_line_else_a_line_of_its_own():
    body, mark = styles_at(14)
    one_line = body.leading + body.space_after
    assert MarkedText("Rotas fill gaps.", body, "(Money)", mark).wrap(300, 10**6)[1] == one_line
    words = "Rotas fill gaps " * 12
    heights = set()
    for width in range(200, 320):  # somewhere the last line has no room for the mark
        cause = MarkedText(words, body, "(Places and environment)", mark)
        bare = len(cause.lines(width)) * body.leading + body.space_after
        heights.add(round(cause.wrap(width, 10**6)[1] - bare, 3))
    assert heights == {0, mark.leading}


def test_a_cause_set_right_to_left_has_its_mark_under_it():
    body, mark = styles_at(14)
    cause = MarkedText("الأجور منخفضة", body, "(Money)", mark)
    assert cause.wrap(300, 10**6)[1] == body.leading + body.space_after + mark.leading


def test_the_demos_posters_say_the_categories_where_they_cost_no_success_statement():
    """Every poster shows every cause's category: under the two-line heading "What would
    success look like?" the second poster's categories would no longer make room for a
    statement, so they stay (``test_poster_success_kept`` has one that gives way). Each poster
    stays one sheet."""
    demo = demo_workshop()
    pdf = reader(theme_posters_pdf(demo, today=TODAY))
    assert len(pdf.pages) == len([t for t in demo.themes if t.priority.chosen]) == 3
    texts = [squash(page.extract_text()) for page in pdf.pages]
    for text, theme_id in zip(texts, ("t04", "t05", "t06"), strict=True):
        why = text[text.index("Whyithappens") : text.index("Whatwouldsuccesslooklike?")]
        causes = [c for c in demo.causes if c.theme_id == theme_id and squash(c.text) in why]
        assert any(c.category for c in causes)
        for cause in causes:
            words = squash(cause.text)
            after = why[why.index(words) + len(words) :]
            if cause.category:
                assert after.startswith(squash(f"({cause.category.label})"))
            else:
                assert not after.startswith("(")
    # each perspective's first statement before the older people's next (review 24 code_b2 F1),
    # and before a root cause not agreed (review 25 scale F3)
    notes = ("3 more statements, from Older people (1) and Staff and managers (2), are in the "
             "report.",
             "1 more cause and 3 more statements, from Older people (2) and Staff and managers "
             "(1), are in the report.")
    for text, note in zip(texts[:2], notes, strict=True):
        assert squash(note) in text
        assert "categories" not in text.lower()
    assert "inthereport." not in texts[2]
