"""A theme poster's "Why it happens" (a hope's "What stands in the way", a working theme's
"Why it works": ``wtfc.model.cause_kind_words``): the causes the room will act on, then the
other root causes, each group named in words (a reader of a black-and-white print sees no
colour), and each cause's category after its words, muted as an action's owner and date are:
"(Money)". A cause typed in Urdu has its bullet at the right, before its first word
(``bullet_side``).

The category goes at the end of the cause's last line where it fits there, so most causes take
no more room than before; else it has a line of its own. Where those lines would leave off a
success statement the poster showed without them, the categories give way
(``theme_poster_middle.py``, whose note then says the report has them).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.bullet_side import BulletedText
from wtfc.export.content import NO_CAUSE_MARKED, ThemeContent
from wtfc.export.text import Text, TextStyle, Word, words_of
from wtfc.export.theme_poster_styles import PosterStyles
from wtfc.model.cause_kind_words import cause_words
from wtfc.model.workshop import Cause

# the agreed causes, in the room's words (the why-tree's "✔ We will act on this"): "Agreed to
# address" was council English on a poster for the people who said the words
AGREED = "We will act on these"


def cause_blocks(
    theme: ThemeContent, size: float, styles: PosterStyles, *, categories: bool = True
) -> list[Flowable]:
    """The heading, then each group under its name, a cause a block (with its category when
    ``categories``)."""
    blocks: list[Flowable] = [Text(cause_words(theme.theme.kind).heading, styles.heading)]
    agreed, others = theme.agreed_causes, theme.other_root_causes
    if not agreed and not others:
        return [*blocks, Text(NO_CAUSE_MARKED, styles.note)]
    groups = ((AGREED, agreed), ("Other root causes" if agreed else "Root causes", others))
    body = styles.body(size, bullet="•")
    mark = styles.detail(size, indent=0)
    for label, causes in groups:
        if causes:
            blocks.append(Text(label, styles.subheading(size), keep_with_next=True))
            blocks += [_cause(c, body, mark if categories else None) for c in causes]
    return blocks


def category_mark(cause: Cause) -> str:
    """What the poster says after a cause's words: its category, or nothing."""
    return f"({cause.category.label})" if cause.category else ""


def is_cause(block: Flowable) -> bool:
    """Whether ``block`` is a cause's words (so the note counts it when it is left off)."""
    return isinstance(block, (_Cause, _MarkedCause))


def _cause(cause: Cause, body: TextStyle, mark: TextStyle | None) -> Text:
    if mark is None or cause.category is None:
        return _Cause(cause.text, body)
    return _MarkedCause(cause.text, body, category_mark(cause), mark)


class MarkedText(BulletedText):
    """Text with a short mark in its own (muted) style after it: beside the last line where it
    fits, else on a line of its own under the text (always so for text set right to left, its
    last line ending at the left; then at the right, under the first word, with the bullet)."""

    def __init__(self, text: str, style: TextStyle, mark: str, mark_style: TextStyle) -> None:
        super().__init__(text, style)
        # the text's own space above and below is the pair's
        self.mark_style = replace(mark_style, space_before=0, space_after=0)
        self.mark_text = mark
        self._mark = Text(mark, self.mark_style)
        self._beside = False  # on the last line, at _x; else on a line of its own
        self._x = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        super().wrap(available_width, available_height)
        s, m = self.style, self.mark_style
        lines = self.lines(available_width)
        x = s.indent + (_width(lines[-1], s.size) + _space(m.size) if lines else 0.0)
        need = _width(words_of(self.mark_text), m.size)
        if lines and not self.rtl and x + need <= available_width:
            self._beside, self._x, self._mark = True, x, Text(self.mark_text, m)
            self._mark.wrap(10**6, available_height)  # it fits: measured once, one line
        else:  # under the text, lined up with it
            self._beside, self._mark = False, Text(self.mark_text, replace(m, indent=s.indent))
            self.height += self._mark.wrap(available_width, available_height)[1]
        return self.width, self.height

    def draw(self) -> None:
        super().draw()  # the text's lines from the top, where they would be without the mark
        s, m = self.style, self.mark_style
        if self._beside:  # on the last line's baseline
            lines = len(self.lines(self.width))
            baseline = self.height - s.space_before - s.size * 0.96 - (lines - 1) * s.leading
            rise = self._mark.height - m.space_before - m.size * 0.96
            self._mark.drawOn(self.canv, self._x, baseline - rise)
        elif self.starts_right():  # under the words' right end, where an Urdu reader starts
            shift = self.width - 2 * s.indent - _width(words_of(self.mark_text), m.size)
            self._mark.drawOn(self.canv, max(0.0, shift), s.space_after)
        else:
            self._mark.drawOn(self.canv, 0, s.space_after)


def _width(words: list[Word] | tuple[Word, ...], size: float) -> float:
    """A run of words' width at ``size``, a space between each two."""
    return sum(w for _, _, w in words) * size + max(0, len(words) - 1) * _space(size)


def _space(size: float) -> float:
    return stringWidth(" ", f.REGULAR, size)


class _Cause(BulletedText):
    """A cause's words with no category after them."""


class _MarkedCause(MarkedText):
    """A cause's words with its category after them."""
