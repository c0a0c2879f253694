"""A theme poster's actions come before the lines under them: where not every action fits with
its "Because" and "So people can say" lines, the latter go first, then the "Because" lines, and
only then is an action left off (the report has every link). Printing the links had pushed the
Health discharge checklist off the demo's second poster and an action off its first."""

from __future__ import annotations

import datetime as dt
import io

from every_pdf import demo_pdf
from export_checks import demo_workshop, reader, squash
from reportlab.pdfgen.canvas import Canvas

from wtfc.export.blocks import Column
from wtfc.export.content import ExportContent
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.theme_poster_actions import draw_actions
from wtfc.export.theme_poster_styles import PosterStyles
from wtfc.model.workshop import ActionStatus, Kind, Perspective

TODAY = dt.date(2026, 11, 29)
# Shown by the posters before 2b7beb4 printed the links (its parent, on today's demo): actions
# on each poster, and success statements. The statements are one fewer on the first two since
# d6f493b's 'Agreed to address' and 'Other root causes' headings (6 and 7 before), links or no
# links. Since the heading became the method's "What would success look like?", two lines in
# the middle column, the first two show one and two fewer (the second keeps its causes'
# categories, which no longer make room for a statement). Since every perspective has its
# first statement before any has its second, the second shows one fewer (the older people's
# second and third gave way to the commissioners' one; the staff's does not fit either way),
# and the first two show three perspectives, not two. Since a perspective's first statement
# comes before a root cause not agreed, the second shows the staff's too (its "Early mornings"
# root cause in the report): those are the counts pinned.
ACTIONS_BEFORE = (4, 4, 3)
STATEMENTS_AT_LEAST = (4, 4, 5)
PERSPECTIVES = (3, 4, 3)


def _statements_shown(text: str, statements: list[str]) -> int:
    """Statements in the middle column: quoted, not as an action's "So people can say" line."""
    return sum(
        text.count(squash(f"“{s}”")) - text.count(squash(f"So people can say: “{s}”"))
        for s in statements
    )


def test_the_demo_posters_show_as_many_actions_and_statements_as_before_the_links():
    demo = demo_workshop()
    pages = reader(demo_pdf("posters")).pages
    texts = [squash(page.extract_text()) for page in pages]
    assert [t.count("·By") for t in texts] == list(ACTIONS_BEFORE)  # were 3, 3, 3
    statements = [s.text for s in demo.success]
    shown = tuple(_statements_shown(t, statements) for t in texts)
    assert all(n >= least for n, least in zip(shown, STATEMENTS_AT_LEAST, strict=True)), shown
    voices = tuple(sum(squash(p.label) in t for p in Perspective) for t in texts)
    assert voices == PERSPECTIVES
    # every live action of the second poster, its Health lane too; the links are in the report
    assert squash("Agree a discharge checklist") in texts[1]
    assert squash("Not all of this theme's") not in texts[1]
    # in the words of the lines it points to ("What each action tackles and aims at…" was not)
    assert squash("Each action's “Because:” and “So people can say:” are in the report.") \
        in texts[1]
    assert not any("tackles" in t or "aims at" in t for t in texts)


def test_the_links_show_where_there_is_room():
    demo = demo_workshop()
    third = squash(reader(demo_pdf("posters")).pages[2].extract_text())
    actions = [a for a in demo.actions if a.theme_id == "t06"]
    assert third.count("Because:") == third.count(squash("So people can say:")) == len(actions) == 3
    assert squash("is in the report.") not in third


def _drawn(height: float) -> str:
    """The second demo poster's actions column, drawn in a column ``height`` tall."""
    drawn: list[str] = []

    class Recording(Canvas):
        def drawString(self, x, y, text, *args, **kwargs):
            drawn.append(str(text))
            return super().drawString(x, y, text, *args, **kwargs)

    content = ExportContent(demo_workshop(), today=TODAY)
    column = Column(Recording(io.BytesIO()), 0, height, 440, 0)
    draw_actions(column, content, content.theme("t05"), PosterStyles())
    return squash(" ".join(drawn))


def test_the_aims_at_lines_go_first_then_the_tackles_lines_then_actions():
    live = sum(
        a.theme_id == "t05" and a.status != ActionStatus.DROPPED for a in demo_workshop().actions
    )  # each with a cause and a statement
    seen = set()
    for height in range(300, 900, 12):
        text = _drawn(height).split(squash("Each action's"))[0]  # not the note naming the lines
        shown, tackles = text.count("·By"), text.count("Because:")
        aims = text.count("Sopeoplecansay:")
        if shown < live:
            assert tackles == aims == 0, height
        assert aims in (0, tackles) and tackles in (0, shown), height
        seen.add((shown == live, bool(tackles), bool(aims)))
    # every step was met on the way: all with both, all with "Because" only, all with neither
    assert {(True, True, True), (True, True, False), (True, False, False)} <= seen


def test_a_hopes_poster_names_its_cause_lines_as_they_are_led_in():
    """A Future priority's cause lines read "In the way: …" (its tree answers what stands in
    the way), so the note for the ones with no room names "In the way:", not "Because:"."""
    demo = demo_workshop()
    second = ExportContent(demo).priority_themes[1].theme
    themes = [t.model_copy(update={"kind": Kind.FUTURE}) if t.id == second.id else t
              for t in demo.themes]
    hope = demo.model_copy(update={"themes": themes})
    text = squash(reader(theme_posters_pdf(hope, today=TODAY)).pages[1].extract_text())
    assert squash("Each action's “In the way:” and “So people can say:” are in the report.") \
        in text
    assert squash("“Because:”") not in text
