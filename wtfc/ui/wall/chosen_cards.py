"""The chosen cards in words: how many, of which kinds, and which themes they would leave.

Shift+arrows on a county wall once ran out of "Not yet in a theme" into a theme below, out of
sight, and M then took 21 cards out of it with nothing said. So the page shows the count and
where the cards come from ("30 cards chosen: 9 in no theme, 21 in “I don't know who…”"), the
Move picker says what leaves a theme before the move, and cards of two kinds are refused before
any question is asked (a theme holds one kind). Move keeps its meaning: a card chosen in a theme
leaves that theme (its copies in other themes stay); C copies instead.

No Qt: words from the model and the chosen placements alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from wtfc.model.blank_text import is_blank
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.model.workshop import Kind
from wtfc.ui.wall.layout import KIND_ORDER

NAME_SHOWN = 48  # characters of a theme's name in the line and the picker's title
# a kind in a count ("21 important for the future"): "21 future" read as a date
KIND_COUNTED = {Kind.WORKING: "working", Kind.NOT_WORKING: "not working",
                Kind.FUTURE: "important for the future"}


@dataclass(frozen=True)
class Chosen:
    """``count`` cards; per kind (the wall's order); per theme they were chosen in (most first,
    the theme's name), and how many were chosen in no theme."""

    count: int
    kinds: tuple[tuple[Kind, int], ...]
    themes: tuple[tuple[str, int], ...]
    unsorted: int
    placed: int = 0  # cards chosen in a theme, each once (a card and its copy: one)


def chosen(doc: Document, placements: Sequence[tuple[str, str | None]]) -> Chosen:
    cards = list(dict.fromkeys(card_id for card_id, _ in placements))
    kinds = Counter(doc.card(c).kind for c in cards)
    sources = Counter(theme for _, theme in dict.fromkeys(placements) if theme is not None)
    names = [(_name(doc, theme), n) for theme, n in sources.most_common()]
    unsorted = len({c for c, theme in placements if theme is None})
    placed = len({c for c, theme in placements if theme is not None})
    return Chosen(len(cards), tuple((k, kinds[k]) for k in KIND_ORDER if kinds[k]),
                  tuple(names), unsorted, placed)


def _name(doc: Document, theme_id: str) -> str:
    name = " ".join(doc.theme(theme_id).name.split())
    if is_blank(name):
        return UNNAMED_THEME
    return name if len(name) <= NAME_SHOWN else name[:NAME_SHOWN - 1].rstrip() + "…"


def _kinds(c: Chosen) -> str:
    return ", ".join(f"{n:,} {KIND_COUNTED[kind]}" for kind, n in c.kinds)


def two_kinds_refusal(c: Chosen) -> str | None:
    """Why M, N, C or Alt+number can't take these cards, None when they are of one kind."""
    if len(c.kinds) < 2:
        return None
    many = "two" if len(c.kinds) == 2 else "three"
    return (f"Your {c.count:,} chosen cards are of {many} kinds ({_kinds(c)}); a theme holds one "
            f"kind. Choose cards of one kind.")


def chosen_line(c: Chosen) -> str:
    """The page's line while two or more cards are chosen ("" for fewer): how many, and where
    they are, or their kinds when they are of more than one."""
    if c.count < 2:
        return ""
    said = count_phrase(c.count, "card") + " chosen"
    if len(c.kinds) > 1:
        return f"{said}, of {len(c.kinds)} kinds: {_kinds(c)}"
    where = [f"“{name}”" for name, _ in c.themes]
    if not c.themes:
        return f"{said}, in no theme"
    if not c.unsorted and len(where) == 1:
        return f"{said}, in {where[0]}"
    parts = ([f"{c.unsorted:,} in no theme"] if c.unsorted else []) + \
        [f"{n:,} in {w}" for w, (_, n) in zip(where[:2], c.themes, strict=False)]
    if len(where) > 2:
        parts.append(f"{sum(n for _, n in c.themes[2:]):,} in {len(where) - 2} more themes")
    return f"{said}: {', '.join(parts)}"


def _leaving(c: Chosen) -> str:
    """"21 now in “I don't know…”", "21 now in 3 themes": the chosen cards now in themes."""
    placed = c.placed
    where = f"“{c.themes[0][0]}”" if len(c.themes) == 1 else f"{len(c.themes)} themes"
    return f"{placed:,} now in {where}"


def picker_title(c: Chosen, *, copy: bool) -> str:
    """The Move (or Copy) dialog's title, read as it opens: how many cards go, and how many of
    them sit in a theme now ("Move 30 cards (21 now in “I don't know…”) to theme")."""
    verb = "Copy" if copy else "Move"
    now = f" ({_leaving(c)})" if c.themes else ""
    return f"{verb} {count_phrase(c.count, 'card')}{now} to theme"


def picker_note(c: Chosen, *, copy: bool) -> str:
    """The line in the Move dialog above the themes: what a move takes out of a theme ("" for
    a copy, or cards in no theme)."""
    return "" if copy else _taken_out(c, "Move takes {} out of {} (C\u00a0copies).")


def new_theme_note(c: Chosen) -> str:
    """The same for N, above the new theme's name: its cards leave the themes they are in."""
    return _taken_out(c, "the new theme takes {} out of {}.")


def _taken_out(c: Chosen, how: str) -> str:
    if not c.themes:
        return ""
    placed = c.placed
    where = f"“{c.themes[0][0]}”" if len(c.themes) == 1 else f"{len(c.themes)} themes"
    out_of = "it" if len(c.themes) == 1 else "their themes"
    if placed == c.count:
        lead = "They are" if placed > 1 else "It is"
    else:
        lead = f"{placed:,} of them {'is' if placed == 1 else 'are'}"
    return f"{lead} in {where} now: " + how.format("it" if placed == 1 else "them", out_of)
