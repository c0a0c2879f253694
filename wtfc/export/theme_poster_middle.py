"""A theme poster's middle column: "Why it happens" (``theme_poster_causes.py``), then what
success would look like by perspective, at the largest size that fits.

What does not fit is named in a note at the column's foot, with where to find it: "Cause
categories and 2 more statements are in the report." The causes' categories give way
only when the lines they take would leave off a success statement the column showed without
them (a category beside a cause's last line takes no room); a cause they leave off is no
reason, as the report has every cause too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from wtfc.export.blocks import Column, Gap, largest_fitting
from wtfc.export.content import NO_SUCCESS_WRITTEN, SUCCESS_HEADING, ThemeContent
from wtfc.export.text import Text
from wtfc.export.theme_poster_causes import cause_blocks, is_cause
from wtfc.export.theme_poster_styles import SIZES, PosterStyles

# The note when the causes' categories are all the column leaves off (``left_off`` words it so)
CATEGORIES_IN_REPORT = "Cause categories are in the report."


def middle_blocks(
    theme: ThemeContent, size: float, styles: PosterStyles, *, categories: bool = True
) -> list[Flowable]:
    return [
        *cause_blocks(theme, size, styles, categories=categories),
        Gap(10),
        *_success_blocks(theme, size, styles),
    ]


def draw_causes_and_success(column: Column, theme: ThemeContent, styles: PosterStyles) -> None:
    """The causes and success at the largest size that fits, the causes' categories given up
    only for a success statement; a note says what is left off."""
    categorised = any(c.category for c in theme.causes)

    def fitted(categories: bool) -> list[Flowable]:
        def make(size: float) -> list[Flowable]:
            blocks = middle_blocks(theme, size, styles, categories=categories)
            if categories or not categorised:
                return blocks
            return [*blocks, _CategoriesOff(CATEGORIES_IN_REPORT, styles.note)]

        return largest_fitting(SIZES, make, column.width, column.room)

    blocks = fitted(categories=True)
    shown = _shown(blocks, column.width, column.room, styles)
    if categorised and shown < len(blocks):
        plain = fitted(categories=False)  # with the note that the categories are left off
        plain_shown = _shown(plain, column.width, column.room, styles)
        if _statements(plain[:plain_shown]) > _statements(blocks[:shown]):
            blocks, shown = plain, plain_shown
    for block in blocks[:shown]:
        column.place(block)
    if shown < len(blocks):
        column.place(_note(blocks, shown, styles))


def _shown(blocks: list[Flowable], width: float, room: float, styles: PosterStyles) -> int:
    """How many of ``blocks`` the column shows: all that fit, else the most that fit with the
    note saying what the rest are (a heading never the last shown)."""
    heights = [b.wrap(width, 10**6)[1] for b in blocks]
    if sum(heights) <= room:
        return len(blocks)
    above = sum(heights)
    for shown in range(len(blocks) - 1, 0, -1):
        above -= heights[shown]
        if getattr(blocks[shown - 1], "keep_with_next", False):
            continue
        if above + _note(blocks, shown, styles).wrap(width, 10**6)[1] <= room:
            return shown
    return 0


def _note(blocks: list[Flowable], shown: int, styles: PosterStyles) -> Text:
    return Text(left_off(blocks[shown:], _statements(blocks)), styles.note)


def _statements(blocks: Sequence[Flowable]) -> int:
    return sum(isinstance(b, _Statement) for b in blocks)


def left_off(blocks: Sequence[Flowable], statements: int) -> str:
    """The note for the middle column's ``blocks`` left off (of a column with ``statements``
    success statements in all): what they are, and that the report has them."""
    causes = sum(is_cause(b) for b in blocks)
    left = _statements(blocks)
    parts = ["cause categories"] if any(isinstance(b, _CategoriesOff) for b in blocks) else []
    if causes:
        parts.append(f"{causes} more cause{'s' if causes > 1 else ''}")
    if left == statements and left:  # no heading shown to say what they are
        parts.append("the success statements")
    elif left:
        parts.append(f"{left} more statement{'s' if left > 1 else ''}")
    # a theme with none written: the report says so, and now the poster does too
    none_written = any(isinstance(b, Text) and b.text == NO_SUCCESS_WRITTEN for b in blocks)
    if not parts:  # the blocks left end with a statement, that, or the categories' note
        return NO_SUCCESS_WRITTEN
    words = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    one = len(parts) == 1 and parts[0].startswith("1 ")
    note = f"{words[0].upper()}{words[1:]} {'is' if one else 'are'} in the report."
    return f"{note} {NO_SUCCESS_WRITTEN}" if none_written else note


class _CategoriesOff(Text):
    """The note at the foot of a column whose causes' categories gave way, when nothing else
    is left off (else the note that names what is says so too)."""


class _Statement(Text):
    """A success statement's words: what the categories never take the place of."""


def _success_blocks(theme: ThemeContent, size: float, styles: PosterStyles) -> list[Flowable]:
    """The heading, kept with the first perspective and its first statement (the
    perspectives' labels are kept with theirs): never a heading alone at a column's foot."""
    blocks: list[Flowable] = [Text(SUCCESS_HEADING, styles.heading, keep_with_next=True)]
    if not theme.success:
        return [*blocks, Text(NO_SUCCESS_WRITTEN, styles.note)]
    for perspective, statements in theme.success.items():
        blocks.append(Text(perspective.label, styles.subheading(size), keep_with_next=True))
        blocks += [_Statement(f"“{s.text}”", styles.body(size)) for s in statements]
    return blocks
