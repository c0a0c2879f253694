"""A theme poster's middle column: "Why it happens" (``theme_poster_causes.py``), then what
success would look like by perspective, at the largest size that fits.

What does not fit is named in a note at the column's foot, with where to find it: "Cause
categories and 2 more statements, from Older people (1) and Staff and managers (1), are in
the report." Every perspective keeps one statement before any keeps a second: the longest
perspective's last statement gives way first, so the commissioners' view of success stays on
the wall beside the older people's. The causes' categories give way only when the lines they
take would leave off a success statement the column showed without them (a category beside a
cause's last line takes no room); a cause they leave off is no reason, as the report has
every cause too.

A perspective's first statement is kept before the other root causes (those not agreed): the
people's own "I" statements are what the wall poster is for, and with 20 causes or more the
causes had filled the column, seven of ten posters saying only that the statements were in
the report. The causes then give way from the end, the first perspective's (the older
people's) before all but one cause, the others' never before a cause the room agreed to act
on: "11 more causes and 29 more statements, from Older people (7), … are in the report."
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from reportlab.platypus import Flowable

from wtfc.export.blocks import Column, Gap, height_of, largest_size
from wtfc.export.content import NO_SUCCESS_WRITTEN, SUCCESS_HEADING, ThemeContent
from wtfc.export.text import Text, TextStyle
from wtfc.export.theme_poster_causes import cause_blocks, is_cause
from wtfc.export.theme_poster_styles import SIZES, PosterStyles
from wtfc.model.workshop import Perspective, SuccessStatement

Keep = Mapping[Perspective, int]  # how many of each perspective's statements a column shows

# The note when the causes' categories are all the column leaves off (``left_off`` words it so)
CATEGORIES_IN_REPORT = "Cause categories are in the report."


def middle_blocks(
    theme: ThemeContent, size: float, styles: PosterStyles, *, categories: bool = True,
    keep: Keep | None = None, causes: int | None = None,
) -> list[Flowable]:
    """The column's blocks; ``keep``: how many of each perspective's statements (else all);
    ``causes``: how many of the causes, the first in the poster's order (else all)."""
    why = cause_blocks(theme, size, styles, categories=categories)
    return [
        *(why if causes is None else _first_causes(why, causes)[0]),
        Gap(10),
        *_success_blocks(theme, size, styles, keep),
    ]


def draw_causes_and_success(column: Column, theme: ThemeContent, styles: PosterStyles) -> None:
    """The causes and success at the largest size that fits, the causes' categories given up
    only for a success statement, the causes cut short for each perspective's first statement
    (``_firsts``); a note says what is left off."""
    categorised = any(c.category for c in theme.causes)
    total = len(theme.agreed_causes) + len(theme.other_root_causes)

    def fitted(categories: bool) -> tuple[list[Flowable], int, list[Flowable]]:
        def make(size: float, keep: Keep | None = None, causes: int | None = None
                 ) -> list[Flowable]:
            blocks = middle_blocks(theme, size, styles, categories=categories, keep=keep,
                                   causes=causes)
            if categories or not categorised:
                return blocks
            return [*blocks, _CategoriesOff(CATEGORIES_IN_REPORT, styles.note)]

        def cut(keep: Keep, causes: int = total) -> tuple[list[Flowable], list[Flowable]]:
            """The blocks with ``keep``'s statements and the first ``causes`` causes, and
            those left off for the note to name (with the categories, if they give way: one
            note says both)."""
            blocks = make(size, keep, causes)
            why = cause_blocks(theme, size, styles, categories=categories)
            dropped = [*_first_causes(why, causes)[1], *_dropped(theme, keep, styles)]
            if not dropped:
                return blocks, dropped
            off = [b for b in blocks if isinstance(b, _CategoriesOff)]
            return [b for b in blocks if b not in off], [*dropped, *off]

        def fits(keep: Keep, causes: int = total) -> bool:
            blocks, dropped = cut(keep, causes)
            note = _note(dropped, styles, theme).wrap(column.width, 10**6)[1]
            return height_of(blocks, column.width) + note <= column.room

        size = largest_size(SIZES, lambda s: height_of(make(s), column.width) <= column.room)
        blocks = make(size)
        if height_of(blocks, column.width) <= column.room:
            return blocks, len(blocks), []
        keep = dict.fromkeys(theme.success, 0)
        full: set[Perspective] = set()  # one of theirs did not fit: nor do the ones after it
        for n, perspective in enumerate(_fitting_order(theme)):
            if n >= len(keep) and not all(keep.values()):
                break  # a perspective with none shown: no other shows a second in its place
            if perspective not in full:
                keep[perspective] += 1
                if not fits(keep):
                    keep[perspective] -= 1
                    full.add(perspective)
        causes = total
        if total and not all(keep.values()):  # a perspective left off for the causes
            firsts, fewer = _firsts(theme, fits, total)
            if sum(map(bool, firsts.values())) > sum(map(bool, keep.values())):
                keep, causes = firsts, fewer
        if not any(keep.values()):  # not even one statement: the causes cut short too, maybe
            return blocks, _shown(blocks, column.width, column.room, styles, theme), []
        blocks, dropped = cut(keep, causes)
        return blocks, len(blocks), dropped

    blocks, shown, dropped = fitted(categories=True)
    if categorised and (dropped or shown < len(blocks)):
        plain = fitted(categories=False)  # with the note that the categories are left off
        if _showing(*plain[:2]) > _showing(blocks, shown):
            blocks, shown, dropped = plain
    for block in blocks[:shown]:
        column.place(block)
    if dropped or shown < len(blocks):
        column.place(_note([*dropped, *blocks[shown:]], styles, theme))


def _firsts(
    theme: ThemeContent, fits: Callable[[Keep, int], bool], total: int
) -> tuple[dict[Perspective, int], int]:
    """Each perspective's first statement, in the poster's order, with as many causes as
    leave room for them: the people's own "I" statements are what the wall poster is for.
    The first perspective's (the older people's when they wrote any) is kept before all but
    one cause; every other's before the other root causes, never before a cause the room
    agreed to act on. Their second statements are for a column with every cause shown."""
    agreed = max(1, len(theme.agreed_causes))
    keep = dict.fromkeys(theme.success, 0)
    for perspective in theme.success:
        least = agreed if any(keep.values()) else 1  # the causes its statement leaves
        keep[perspective] = 1
        if not fits(keep, least):
            keep[perspective] = 0
    low, high = 1, total  # the most causes that leave them room: at least one does
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(keep, middle) else (low, middle - 1)
    return keep, low


def _first_causes(blocks: list[Flowable], causes: int) -> tuple[list[Flowable], list[Flowable]]:
    """The "Why it happens" blocks with only the first ``causes`` causes (a group's label
    only over a cause shown), and the causes left off."""
    shown: list[Flowable] = []
    off: list[Flowable] = []
    seen, none = 0, not any(map(is_cause, blocks))  # none: the note that none is marked
    for block in blocks:
        if is_cause(block):
            seen += 1
            (shown if seen <= causes else off).append(block)
        elif seen < causes or none:
            shown.append(block)
    return shown, off


def _showing(blocks: list[Flowable], shown: int) -> tuple[int, int]:
    """The perspectives, then the statements, a column shows."""
    statements = [b for b in blocks[:shown] if isinstance(b, _Statement)]
    return len({b.perspective for b in statements}), len(statements)


def _fitting_order(theme: ThemeContent) -> list[Perspective]:
    """Whose statement to fit next, each perspective's first before any's second; then, for
    the perspective with most left (of two as many, the earlier's), its next: the longest
    perspective's last statement is the first to give way, and a perspective's second never
    takes the place of another's first."""
    left = {p: len(statements) - 1 for p, statements in theme.success.items()}
    order = list(theme.success)
    while any(left.values()):
        most = max(left.values())
        perspective = next(p for p, n in left.items() if n == most)
        left[perspective] -= 1
        order.append(perspective)
    return order


def _dropped(theme: ThemeContent, keep: Keep, styles: PosterStyles) -> list[Flowable]:
    """The statements ``keep`` leaves off, for the note to count."""
    return [_Statement(s.text, styles.note, s.perspective)
            for p, statements in theme.success.items() for s in statements[keep[p]:]]


def _shown(blocks: list[Flowable], width: float, room: float, styles: PosterStyles,
           theme: ThemeContent) -> int:
    """How many of ``blocks`` the column shows: all that fit, else the most that fit with the
    note saying what the rest are (a heading never the last shown)."""
    heights = [b.wrap(width, 10**6)[1] for b in blocks]

    def note(shown: int) -> float:
        return _note(blocks[shown:], styles, theme).wrap(width, 10**6)[1]

    if sum(heights) <= room:
        return len(blocks)
    above = sum(heights)
    for shown in range(len(blocks) - 1, 0, -1):
        above -= heights[shown]
        if getattr(blocks[shown - 1], "keep_with_next", False):
            continue
        if above + note(shown) <= room:
            return shown
    return 0


def _note(left: list[Flowable], styles: PosterStyles, theme: ThemeContent) -> Text:
    return Text(left_off(left, theme.success), styles.note)


def left_off(blocks: Sequence[Flowable],
             success: Mapping[Perspective, Sequence[SuccessStatement]]) -> str:
    """The note for the middle column's ``blocks`` left off (of a column with ``success``
    to show): what they are, whose the statements are, and that the report has them."""
    causes = sum(is_cause(b) for b in blocks)
    statements = [b for b in blocks if isinstance(b, _Statement)]
    left = len(statements)
    parts = ["cause categories"] if any(isinstance(b, _CategoriesOff) for b in blocks) else []
    if causes:
        parts.append(f"{causes} more cause{'s' if causes > 1 else ''}")
    if left == sum(map(len, success.values())) and left:  # no heading says what they are
        parts.append("the success statements")
    elif left:
        parts.append(f"{left} more statement{'s' if left > 1 else ''}, from "
                     f"{_whose(Counter(b.perspective for b in statements), success)},")
    # a theme with none written: the report says so, and now the poster does too
    none_written = any(isinstance(b, Text) and b.text == NO_SUCCESS_WRITTEN for b in blocks)
    if not parts:  # the blocks left end with a statement, that, or the categories' note
        return NO_SUCCESS_WRITTEN
    words = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    one = len(parts) == 1 and parts[0].startswith("1 ")
    note = f"{words[0].upper()}{words[1:]} {'is' if one else 'are'} in the report."
    return f"{note} {NO_SUCCESS_WRITTEN}" if none_written else note


def _whose(left: Counter[Perspective], success: Mapping[Perspective, Sequence[object]]) -> str:
    """ "Older people (1) and Staff and managers (all 2)": as the actions' note names roles."""
    names = []
    for perspective in success:  # in the poster's order
        if n := left[perspective]:
            every = n == len(success[perspective]) and n > 1
            name = perspective.label.removesuffix(" would say")
            names.append(f"{name} ({f'all {n}' if every else n})")
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class _CategoriesOff(Text):
    """The note at the foot of a column whose causes' categories gave way, when nothing else
    is left off (else the note that names what is says so too)."""


class _Statement(Text):
    """A success statement's words: what the categories never take the place of."""

    def __init__(self, text: str, style: TextStyle, perspective: Perspective) -> None:
        super().__init__(text, style)
        self.perspective = perspective


def _success_blocks(
    theme: ThemeContent, size: float, styles: PosterStyles, keep: Keep | None = None
) -> list[Flowable]:
    """The heading, kept with the first perspective and its first statement (the
    perspectives' labels are kept with theirs): never a heading alone at a column's foot.
    ``keep``: how many of each perspective's statements (else all)."""
    blocks: list[Flowable] = [Text(SUCCESS_HEADING, styles.heading, keep_with_next=True)]
    if not theme.success:
        return [*blocks, Text(NO_SUCCESS_WRITTEN, styles.note)]
    for perspective, statements in theme.success.items():
        if keep is not None and not keep[perspective]:
            continue  # none of its statements fit: the note names it
        blocks.append(Text(perspective.label, styles.subheading(size), keep_with_next=True))
        shown = statements if keep is None else statements[: keep[perspective]]
        blocks += [_Statement(f"“{s.text}”", styles.body(size), s.perspective) for s in shown]
    return blocks
