"""The why-tree's room view in pages: which whole branches go on each page (``paginate``), and
each page's size so that the causes' words are one size on every page (``one_size``).
``why_tree_pages`` says how large a page shows (``TreeMeasure``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import networkx as nx

from wtfc.ui.boards.team_room import says_members
from wtfc.ui.boards.why_tree_items import TreeStyle
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_page_graph import PageGraph, TreePage, page_graph
from wtfc.ui.boards.why_tree_pages import LEAST_SCALE, TreeMeasure
from wtfc.ui.wall.room_measure import FLOOR_PX


def paginate(tree: nx.DiGraph, fits: Callable[[TreePage], bool]) -> list[TreePage]:
    """Pages in reading order: whole first-level branches side by side while they fit; a
    branch too deep for a page as many levels as fit, with the branches after it beside it,
    whole, where they fit, followed by the pages its cut-short causes carry on on (each again
    as many of its reasons as fit; small ones side by side)."""
    pages: list[TreePage] = []

    def cover(anchor: str) -> None:
        children = list(tree.successors(anchor))
        i = 0
        while i < len(children):
            j = i + 1
            if fits(TreePage(anchor, tuple(children[i:j]))):
                while j < len(children) and fits(TreePage(anchor, tuple(children[i:j + 1]))):
                    j += 1
                pages.append(TreePage(anchor, tuple(children[i:j])))
                i = j
                continue
            child = children[i]
            deepest = max(nx.shortest_path_length(tree, child).values()) + 1
            depth = 1
            while depth + 1 < deepest and fits(TreePage(anchor, (child,), depth + 1)):
                depth += 1
            # the next branches beside it, each whole, where they fit: page 1 of a 1024x768
            # tree held one cut-short reason with half the screen empty, and the small branch
            # beside it took a page of its own after its reasons' pages
            j = i + 1
            while j < len(children) and fits(TreePage(anchor, tuple(children[i:j + 1]), depth,
                                                      whole=tuple(children[i + 1:j + 1]))):
                j += 1
            page = TreePage(anchor, tuple(children[i:j]), depth, whole=tuple(children[i + 1:j]))
            pages.append(page)
            carry_on(page_graph(tree, page).cut)
            i = j

    def carry_on(cuts: list[str]) -> None:
        """The pages the causes cut short on one page carry on on: each whole where it fits
        a page, and those that fit side by side on one (each under its own repeated cause)."""
        k = 0
        while k < len(cuts):
            whole = TreePage(cuts[k], tuple(tree.successors(cuts[k])))
            if not fits(whole):
                cover(cuts[k])
                k += 1
                continue
            also: tuple[str, ...] = ()
            while k + len(also) + 1 < len(cuts) and fits(
                    replace(whole, also=(*also, cuts[k + len(also) + 1]))):
                also = (*also, cuts[k + len(also) + 1])
            pages.append(replace(whole, also=also))
            k += 1 + len(also)

    cover(ROOT)
    return pages


def one_size(measure: TreeMeasure, pages: list[PageGraph]) -> list[tuple[float, TreeStyle]]:
    """Each page's (scale, style) so that the causes' words are one size on every page: the
    smallest any page needs, as the room wall does for a kind (at 1024x768 the demo's first
    tree was 27.5 px on page 1 and 32 px on page 2), its marks never under 24 px. A page drawn
    smaller than it could be says who was in each team where that fits at this size."""
    best = [measure.best(page.graph, page.notes) for page in pages]
    # who was in each team is optional: a page's need is its size without it, or that line
    # on one page would make the words smaller on all; the loop gives it back where it fits
    best = [measure.plain(page.graph, page.notes) if says_members(style) else (scale, style)
            for page, (scale, style) in zip(pages, best, strict=True)]
    # a page that needed the causes' words as small as their marks has them so on every page:
    # drawn at the floor, the others' larger words were 27 px beside its 24
    text = min(style.text_px for _, style in best)

    def capped(page: PageGraph, scale: float, style: TreeStyle) -> tuple[float, TreeStyle]:
        # both ways: a page's "who was in each team" style may have smaller words than the rest
        if style.text_px == text:
            return scale, style
        style = replace(style, text_px=text)
        return min(1.0, *measure.scales(page.graph, page.notes, style)), style

    best = [capped(page, *fit) for page, fit in zip(pages, best, strict=True)]
    size = min(scale * style.text_px for scale, style in best)
    sized = []
    for page, (scale, style) in zip(pages, best, strict=True):
        at = min(scale, max(size / style.text_px, FLOOR_PX / style.small_px))
        if not says_members(style) and measure.would_say_members(page.graph, page.notes):
            rich = capped(page, *measure.rich(page.graph, page.notes))
            if rich[0] >= max(at, LEAST_SCALE):
                style = rich[1]
        sized.append((at, style))
    return sized

