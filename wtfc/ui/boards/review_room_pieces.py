"""A theme's card in the Review room view that goes on over the next page, never cut.

A theme's card taller than a page (a priority with last time's success statements from four
perspectives: 832 of 845 units at 1920x1080 on a 60-theme workshop) had its statements cut
with "…" to fit, and the first page then held the heading and facts alone, four fifths empty.
Its statements now go on, on a card of their own on the next page under the theme's name on
one line ("…, continued"), each piece ending " …" where the next goes on and beginning "… "
after one, as Plan's and Act's notes do; a page turns between two statements where that fills
most of it, and inside a word only where the word is wider than a line. The first theme begins
under the facts on page 1 where they would otherwise leave most of it empty."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from wtfc.model.compare import ThemeChange
from wtfc.model.compare_words import was_priority_text
from wtfc.model.counting import rank_words
from wtfc.model.last_time_yardsticks import WHOSE
from wtfc.ui.boards.review import theme_text
from wtfc.ui.boards.review_room_rows import GAP, _lines, name_text, theme_row_height
from wtfc.ui.boards.room_labels import draw_said, said_height
from wtfc.ui.boards.room_paint import SMALL_PX, draw_text, text_height
from wtfc.ui.style import ROOM_MUTED, pixel_font
from wtfc.ui.wall.card_item import laid_out_lines

if TYPE_CHECKING:  # (the measures keep this module's answers)
    from wtfc.ui.boards.review_room_measure import RowMeasures

MORE = " …"  # the end of a piece that goes on on the next page
LEAST_LINES = 3  # of success statements under a theme's head, or it starts on the next page
KEPT = 2 / 3  # of the space a piece ending between two statements keeps, or it ends inside one
AGAIN = ", continued"
# a perspective's label in the statements ("· Family carers: “"), after the head's ": " or " · "
LABEL = re.compile("(?:(?<=: )|(?<=· ))(" + "|".join(
    re.escape(f"{w[:1].upper()}{w[1:]}") for w in WHOSE.values()) + "): “")


def continued_name(t: ThemeChange, rank: int | None, width: float) -> str:
    """The name over a continued card, on one line ``width`` wide: where the whole does not
    fit (at 800x600 it took 3 of the card's 9 lines on every page), "Priority 1 · ✗ I am not
    treated with respect…, continued", its rank now alone (its card said last time's) and its
    name cut with "…"."""
    whole = f"{name_text(t, rank)}{AGAIN}"
    line = text_height("Ag", width, SMALL_PX)
    if text_height(whole, width, SMALL_PX) <= line:
        return whole
    ranks, named = rank_words(rank) if rank else was_priority_text(t), theme_text(t)
    # the symbol in the lead: cut with the name, its space was the name's last "word" and a
    # name of one long word, or Chinese, went whole ("Priority 1 · ✗…, continued")
    lead = f"{ranks} · {t.kind.symbol} " if ranks else f"{t.kind.symbol} "
    fits = QFontMetricsF(pixel_font(SMALL_PX))
    room = width - fits.horizontalAdvance(lead + AGAIN)
    while True:  # (a right-to-left name measures a little wider together than apart)
        name = f"{lead}{_cut(named, fits.elidedText(named, Qt.TextElideMode.ElideRight, room))}"
        if room <= 0 or text_height(name + AGAIN, width, SMALL_PX) <= line:
            return name + AGAIN
        room -= fits.averageCharWidth()


def _cut(named: str, elided: str) -> str:
    """``elided`` (``named`` cut with "…" by Qt) cut at a whole word where it has spaces: "I am
    not treated with…", never "with re…"."""
    kept = elided.removesuffix("…").rstrip("\u200d")  # (Qt joins an Arabic letter to "…")
    if kept == named or named[len(kept):][:1].isspace() or " " not in kept.strip():
        return elided
    return f"{kept[:kept.rstrip().rfind(' ')].rstrip()}…"


def paint_continued(p: QPainter, t: ThemeChange, rank: int | None, piece: str,
                    inside: QRectF) -> None:
    """A card going on with the theme's statements (``inside`` its margins): its name, then
    the piece."""
    name = continued_name(t, rank, inside.width())
    named = text_height(name, inside.width(), SMALL_PX) + 4
    draw_text(p, QRectF(inside.left(), inside.top(), inside.width(), named), name, SMALL_PX)
    draw_said(p, inside.adjusted(0, named, 0, 0), piece, ROOM_MUTED)


def piece_text(pieces: list[str], k: int) -> str:
    """Piece ``k`` as drawn: "… " before all but the first (and whose words follow where it
    begins inside a perspective's, ``whose_words``), " …" after all but the last."""
    before = f"… {whose_words(' '.join(pieces[:k]), pieces[k])}" if k else ""
    return f"{before}{pieces[k]}{MORE if k < len(pieces) - 1 else ''}"


def whose_words(done: str, rest: str) -> str:
    """"Family carers (continued): " where ``rest`` (a continued piece, ``done`` the words
    before it) begins inside that perspective's statements: every continued page of a
    borough's priority began with a statement and no word of whose it was, the next label
    half way down the card. "" where ``rest`` begins with a label, or before the first, or
    inside one (a page turned mid-label: its words are there)."""
    if LABEL.match(f"· {rest}", 2):  # (the label's " · " ended the piece before)
        return ""
    whole = f"{done} {rest}"
    begun = [m for m in LABEL.finditer(whole) if m.start() < len(done)]
    if not begun or begun[-1].end() > len(done):
        return ""
    return f"{begun[-1].group(1)} (continued): "


def part_height(t: ThemeChange, rank: int | None, width: float, most: int, pieces: list[str],
                k: int) -> float:
    """Part ``k`` of the theme's card: the whole card's head with the first piece, or a
    continued card (its name, whole, then the piece)."""
    text = piece_text(pieces, k) if pieces else ""
    if k == 0:
        return theme_row_height(t, rank, width, most, text)
    return _continued_head(t, rank, width) + said_height(text, width)


def _continued_head(t: ThemeChange, rank: int | None, width: float) -> float:
    """A continued card's height without its piece: its name and its margins."""
    return 8 + _lines(continued_name(t, rank, width), width, most=None) + 8 + GAP


def success_pieces(t: ThemeChange, rank: int | None, width: float, most: int, success: str,
                   first: float, room: float) -> list[str]:
    """``success`` in pieces: whole ([success]) where the card fits ``first`` (what the page
    has left for it), else the first piece as much as leaves the card ``first`` high and each
    after it a continued card at most ``room`` (a page) high, each ending between two
    statements where that keeps ``KEPT`` of its space, else between two words (inside a word
    wider than a line: a Chinese statement has no spaces). [] where there are no
    statements."""
    if not success:
        return []
    if theme_row_height(t, rank, width, most, success) <= first:
        return [success]
    head = theme_row_height(t, rank, width, most, "")
    again = _continued_head(t, rank, width)
    words = _breakable(success, width)
    pieces: list[str] = []
    while words:
        # a continued piece measured with whose words it begins in (``piece_text``)
        space, before = (first - head, "") if not pieces else (
            room - again, f"… {whose_words(' '.join(pieces), ''.join(words))}")
        if said_height(before + "".join(words).rstrip(), width) <= space:
            pieces.append("".join(words).rstrip())  # the rest, whole
            break
        fits = _between_statements(words, _most_words(words, before, width, space), before,
                                   width, space)
        pieces.append("".join(words[:fits]).rstrip())
        words = words[fits:]
    return pieces


def flowed(measure: RowMeasures, rows: list[tuple[ThemeChange, int | None, str]],
           width: float, most: int, room: float, extra: float) -> list[list[str]]:
    """Each theme's (``rows``: the theme, its rank, its success statements) statements in
    pieces (``success_pieces``), the themes going down pages ``room`` high in order, the first
    page's facts ``extra`` high over the first. A card that does not fit the page left begins
    on it, going on over the next, where its head and ``LEAST_LINES`` of its statements fit
    and it is taller than a page (it goes on over one anyway), or the page would otherwise be
    mostly empty under the first page's facts or a card going on from the page before (the
    next priority's card as tall: each went alone on a page a fifth full). Otherwise it begins
    on the next page: a card that fits a page is not broken to fill one more than half full."""
    line = text_height("Ag", width, SMALL_PX)
    flowed: list[list[str]] = []
    used, going_on = extra, False  # the page's height so far; it began with a continued card
    for n, (t, rank, said) in enumerate(rows):
        whole = measure.part(t, rank, width, most, (said,) if said else (), 0)
        if used + whole <= room:
            flowed.append([said] if said else [])
            used += whole
            continue
        head = measure.part(t, rank, width, most, (), 0)
        left = room - used
        begins_here = bool(said) and left >= head + LEAST_LINES * line + 4 and (
            whole > room or (used * 2 < room and (n == 0 or going_on)))
        if not begins_here:
            left, used = room, 0.0  # a page of its own
        pieces = measure.pieces(t, rank, width, most, said, left, room)
        flowed.append(pieces)
        going_on = len(pieces) > 1
        used = measure.part(t, rank, width, most, tuple(pieces), len(pieces) - 1) \
            if going_on else used + whole
    return flowed


def _most_words(words: list[str], before: str, width: float, space: float) -> int:
    """The most of ``words`` (at least one: a word taller than the room still goes) that,
    after ``before`` and ended " …", are at most ``space`` high: found by halving (a
    priority's statements are ~500 words)."""
    low, high, best = 1, len(words), 1
    while low <= high:
        mid = (low + high) // 2
        if said_height(before + "".join(words[:mid]).rstrip() + MORE, width) <= space:
            best, low = mid, mid + 1
        else:
            high = mid - 1
    return best


def _breakable(success: str, width: float) -> list[str]:
    """``success``'s words, each wider than a line (a Chinese statement, a pasted link) in the
    lines Qt draws it on, so a piece can end inside it (one went on as a single piece taller
    than the page, under "Page 3 of 15" and off the screen); joined, they are ``success``."""
    font = pixel_font(SMALL_PX)
    wide = QFontMetricsF(font)
    words: list[str] = []
    for word in re.findall(r"\S+\s*", success):
        if wide.horizontalAdvance(word.rstrip()) <= width:
            words.append(word)
        else:
            words += [word[s:s + n] for s, n, _ in laid_out_lines(word, font, width)]
    return words


def _between_statements(words: list[str], fits: int, before: str, width: float,
                        space: float) -> int:
    """``fits`` of ``words``, or fewer to end the piece after a statement ("”", or the " · "
    before the next perspective, which the next page then names) where that keeps ``KEPT``
    of ``space``: a page turn mid-sentence read "“Our …" then "… contracts reward …"."""
    for end in range(fits, 0, -1):
        word = words[end - 1]
        if word == word.rstrip():  # (inside a word broken over lines)
            continue
        after = words[end].strip() if end < len(words) else ""
        # a statement's ” is followed by the next one's “ (or the " · ", or nothing): a quote
        # inside one ("they say “we will call you back” but …") is not its end
        if word.strip() == "·" or (word.rstrip().endswith("”")
                                   and (not after or after.startswith("“"))):
            kept = said_height(before + "".join(words[:end]).rstrip() + MORE, width)
            return end if kept >= KEPT * space else fits
    return fits
