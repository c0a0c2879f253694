"""The report's paragraphs: plain text is set by a shortcut that must give exactly what
reportlab's own Paragraph gives (the same fragment, the same lines, the same page breaks)."""

from __future__ import annotations

import random

import pytest
from export_checks import demo_workshop
from export_workshop import make_workshop
from reportlab.platypus import Paragraph

from wtfc.export import fonts as f
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report_sections import Styles

ODD_TEXTS = [
    "", "   ", " two  spaces  and ends ", "x" * 300, "a " + "long" * 60 + " word",
    "no\xa0break space", "soft\xadhyphen", "3 > 2 & 1 < 4", "“already quoted”",
    "Hoffwn i gael gofal yn Gymraeg: ŵyr, ŷd.", "a line\nand another", "\u2028odd\u2029space",
    "emoji 😀 here", "tab\there",
]


class _WithoutShortcut(BidiParagraph):
    """The same paragraph, parsed and broken into lines by reportlab alone."""

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        if isinstance(text, str) and "<font" in text:  # not a shortcut: reportlab's parse,
            # with a fallback font keeping the weight around it (a bold ŵ in a bold cell)
            BidiParagraph._setup(self, text, style, bulletText, frags, cleaner)
        else:
            Paragraph._setup(self, text, style, bulletText, frags, cleaner)

    def breakLines(self, width):
        return Paragraph.breakLines(self, width)


def _texts() -> list[str]:
    cards = [c.text for c in make_workshop().cards] + [c.text for c in demo_workshop().cards]
    return cards + ODD_TEXTS


def _same(a: Paragraph, b: Paragraph) -> bool:
    # Fragments have no __eq__; their repr lists every attribute, sorted.
    return (repr(a.frags) == repr(b.frags)
            and [type(x) for x in a.frags] == [type(x) for x in b.frags]
            and getattr(a, "text", None) == getattr(b, "text", None))


@pytest.mark.parametrize("style_name", ["quote", "body", "cell", "cell_bold", "bullet", "h2"])
def test_plain_paragraphs_are_set_as_reportlab_sets_them(style_name: str) -> None:
    style = getattr(Styles(), style_name)
    rng = random.Random(3)
    for text in _texts():
        markup = f.markup(text)
        ours, theirs = BidiParagraph(markup, style), _WithoutShortcut(markup, style)
        assert _same(ours, theirs), text
        for width in (60, rng.uniform(30, 480), 483.28):
            assert ours.wrap(width, 10**6) == theirs.wrap(width, 10**6), (text, width)
            assert repr(ours.blPara) == repr(theirs.blPara), (text, width)
            assert ours._width_max == theirs._width_max
            for height in (10, 40, 100):
                ours_parts = ours.split(width, height)
                theirs_parts = theirs.split(width, height)
                assert len(ours_parts) == len(theirs_parts), (text, width, height)
                for a, b in zip(ours_parts, theirs_parts, strict=True):
                    assert _same(a, b)
                    assert a.wrap(width, 10**6) == b.wrap(width, 10**6)
                    assert repr(a.blPara) == repr(b.blPara)


def test_the_shortcut_is_taken_for_plain_text_only() -> None:
    style = Styles().quote
    plain = BidiParagraph("“I like my carer.”", style)
    assert plain.wrap(400, 10**6) and plain._plain_lines([400, 400]) is not None
    tagged = BidiParagraph("I like <b>my</b> carer.", style)
    assert len(tagged.frags) == 3 and tagged._plain_lines([400, 400]) is None
    hard = BidiParagraph("a " + "long" * 60, style)  # a word wider than the line: reportlab cuts it
    assert hard._plain_lines([100, 100]) is None


@pytest.mark.parametrize("text", [
    "<br/>".join(f"Part {i}: some words" for i in range(8)),
    "Part 0: some words<br/><font color='#4A4A4A'>Part 1: grey</font><br/>"
    + "<br/>".join(f"<font color='#4A4A4A'>Part {i}: some words</font>" for i in range(2, 8)),
])
def test_a_paragraph_split_at_a_line_break_carries_on_without_an_empty_line(text) -> None:
    """An action's "What we will do" cell (its parts joined by line breaks) carried over a
    page started a line down, under an empty line, and counted that line as carried."""
    style = Styles().cell
    for here in range(2, 7):
        paragraph = BidiParagraph(text, style)
        paragraph.wrap(300, 10**6)
        first, rest = paragraph.split(300, style.leading * here + 1)
        assert first.wrap(300, 10**6)[1] == style.leading * here
        assert rest.wrap(300, 10**6)[1] == style.leading * (8 - here)
        assert rest.getPlainText().startswith(f"Part {here}:")


def test_an_empty_line_written_on_purpose_is_kept_over_a_page() -> None:
    style = Styles().cell
    paragraph = BidiParagraph("Part 0<br/>Part 1<br/><br/>Part 3<br/>Part 4", style)
    paragraph.wrap(300, 10**6)
    _, rest = paragraph.split(300, style.leading * 2 + 1)
    assert rest.wrap(300, 10**6)[1] == style.leading * 3  # the empty line, Part 3, Part 4
