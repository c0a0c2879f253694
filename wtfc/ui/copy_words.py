"""Edit ▸ Copy: the words of what is chosen on the page in sight, to paste into an e-mail, Word
minutes, an Excel sheet or a Teams chat.

Each place copies only what its screen shows: a held-back card as it is shown there (its
found details as "[name]", unless the facilitator chose to show them on this screen), a
column hidden on the board not at all. Plain text for anywhere, a simple HTML list or table
for Word; the tables' plain text is tab-separated, so it pastes into Excel as cells.

Loaded at the first Copy (or the first look at the Edit menu), never at start-up. The views
are told apart by their classes, looked up only in modules already loaded: a page never shown
has no view to copy from.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Role
from wtfc.ui.held_back_words import words_on_screen

INDENT = "    "
NOTHING_CHOSEN = "Nothing chosen to copy: choose cards, a theme, actions or a cause first"


@dataclass(frozen=True)
class Copied:
    """What goes on the clipboard, and what the status bar says about it."""

    text: str
    html: str
    said: str


def counted(count: int, thing: str) -> str:
    return f"{count} {thing}" if count == 1 else f"{count} {thing}s"


def _one_line(words: str) -> str:
    """A card's own line breaks and tabs as spaces: one card a line, one cell a cell."""
    return " ".join(words.split())


def card_line(card: Card, shown: bool) -> str:
    """"Not working: I never know who is coming", its words as this screen shows them."""
    return f"{card.kind.label}: {_one_line(words_on_screen(card, shown))}"


# -- cards and themes (the wall, the outline) --------------------------------------------------
def cards_and_themes(parts: Sequence[tuple[str | None, list[Card]]], shown: bool) -> Copied:
    """``parts``: (a theme's name, its cards) in turn, or (None, cards chosen on their own)."""
    lines: list[str] = []
    pieces: list[str] = []
    cards = themes = 0
    for name, group in parts:
        items = "".join(f"<li>{html.escape(card_line(c, shown))}</li>" for c in group)
        if name is None:
            lines += [card_line(c, shown) for c in group]
            pieces.append(f"<ul>{items}</ul>")
        else:
            themes += 1
            lines.append(_one_line(name))
            lines += [INDENT + card_line(c, shown) for c in group]
            pieces.append(f"<p><b>{html.escape(_one_line(name))}</b></p>"
                          + (f"<ul>{items}</ul>" if group else ""))
        cards += len(group)
    said = counted(cards, "card")
    if themes:
        said = f"{counted(themes, 'theme')} and {'its' if themes == 1 else 'their'} {said}"
    return Copied("\n".join(lines), "".join(pieces), f"Copied {said}")


def _from_wall(view) -> Copied | None:
    panel = _ancestor(view, "readout_active")
    if panel is None or panel.readout_active():  # read-out mode hides the wall's choice
        return None
    scene = view.wall
    chosen = [item for item in scene.ordered_cards() if item.isSelected()]
    if chosen:
        return cards_and_themes([(None, [item.card for item in chosen])],
                                scene.held_back_shown)
    theme_id = panel.current_theme()
    if theme_id is None:
        return None
    return _theme_block(scene.doc, [theme_id], scene.held_back_shown)


def _theme_block(doc: Document, theme_ids: list[str], shown: bool) -> Copied:
    themes = [doc.get("themes", t) for t in theme_ids]
    return cards_and_themes([(t.name, [doc.card(c) for c in t.card_ids]) for t in themes
                             if t is not None], shown)


def _from_outline(tree) -> Copied | None:
    from wtfc.ui.wall.block_item import UNSORTED_TITLE
    from wtfc.ui.wall.outline import CARD_ROLE, THEME_ROLE, UNSORTED

    chosen = {(i.row(), i.parent().row()) for i in tree.selectionModel().selectedIndexes()}
    parts: list[tuple[str | None, list[Card]]] = []
    loose: list[Card] = []
    for r in range(tree.model_.rowCount()):
        row = tree.model_.item(r)
        cards = [tree.doc.card(row.child(c).data(CARD_ROLE)) for c in range(row.rowCount())]
        if (r, -1) in chosen:  # a theme's row: the theme, then every card under it
            theme = tree.doc.get("themes", row.data(THEME_ROLE))
            name = UNSORTED_TITLE if row.data(THEME_ROLE) == UNSORTED or theme is None \
                else theme.name
            parts.append((name, cards))
        else:
            loose += [card for c, card in enumerate(cards) if (c, r) in chosen]
    if loose:
        parts.insert(0, (None, loose))
    return cards_and_themes(parts, tree.held_back_shown) if parts else None


# -- tables (Collect's cards, Plan and Act's actions) ------------------------------------------
def table(headings: list[str], rows: list[list[str]], thing: str) -> Copied:
    """Tab-separated with a heading row (Excel makes cells of it), and an HTML table."""
    cells = [[_one_line(cell) for cell in row] for row in rows]
    text = "\n".join("\t".join(row) for row in [headings, *cells])
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return Copied(text, f"<table border=\"1\"><tr>{head}</tr>{body}</table>",
                  f"Copied {counted(len(rows), thing)}")


def _shown_columns(view, header) -> list[int]:
    """The columns on screen, in the order they are shown (the Act board moves some)."""
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if not view.isColumnHidden(c)]


def _from_cards_table(view) -> Copied | None:
    model, header = view.model(), view.horizontalHeader()
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    if not rows:
        return None
    columns = _shown_columns(view, header)
    display = Qt.ItemDataRole.DisplayRole
    headings = [str(model.headerData(c, Qt.Orientation.Horizontal, display)) for c in columns]
    return table(headings, [[str(model.index(r, c).data(display) or "") for c in columns]
                            for r in rows], "card")


def _from_plan(tree) -> Copied | None:
    from wtfc.ui.boards.plan_columns import THEME_COLUMN
    from wtfc.ui.boards.plan_rows import ID_ROLE, WHOLE_ROLE

    items = []
    for item in tree.selectedItems():  # a lane's row: every action in the lane
        items += [item.child(c) for c in range(item.childCount())] if item.parent() is None \
            else [item]
    if not items:
        return None
    columns = _shown_columns(tree, tree.header())
    headings = ["Lane", *(tree.headerItem().text(c) for c in columns)]
    rows = []
    for item in items:
        lane = Role(item.parent().data(1, ID_ROLE))  # Qt hands the enum back as its value
        # the theme's cell shows the lines its row has room for; its whole words are its tip
        rows.append([lane.label, *(str(item.data(c, WHOLE_ROLE) or item.text(c))
                                   if c == THEME_COLUMN else item.text(c) for c in columns)])
    return table(headings, rows, "action")


# -- the why-tree (Understand) -------------------------------------------------------------------
def _from_why_tree(view) -> Copied | None:
    from wtfc.ui.boards.why_tree_items import CauseItem, ThemeRootItem

    chosen = view.selected_id()
    nodes = view.tree.nodes
    if chosen is None or chosen not in nodes:
        return None
    causes = [item.cause for item in nodes.values() if isinstance(item, CauseItem)]
    lines: list[str] = []

    def under(parent_id: str | None, depth: int) -> str:
        items = ""
        for cause in (c for c in causes if c.parent_id == parent_id):
            items += f"<li>{html.escape(_why(cause))}{under(cause.id, depth + 1)}</li>"
        return f"<ul>{items}</ul>" if items else ""

    def listed(parent_id: str | None, depth: int) -> None:
        for cause in (c for c in causes if c.parent_id == parent_id):
            lines.append(INDENT * depth + _why(cause))
            listed(cause.id, depth + 1)

    root = nodes[chosen]
    if isinstance(root, ThemeRootItem):
        lines.append(_one_line(root.theme.name))
        listed(None, 1)
        page = f"<p><b>{html.escape(_one_line(root.theme.name))}</b></p>{under(None, 1)}"
    else:
        lines.append(_why(root.cause))
        listed(root.cause.id, 1)
        page = f"<ul><li>{html.escape(_why(root.cause))}{under(root.cause.id, 1)}</li></ul>"
    count = len(lines) - (1 if isinstance(root, ThemeRootItem) else 0)
    return Copied("\n".join(lines), page, f"Copied {counted(count, 'cause')}")


def _why(cause) -> str:
    marks = [m for m, on in (("root cause", cause.root_cause), ("agreed", cause.agreed)) if on]
    return f"Why? {_one_line(cause.text)}" + (f" ({', '.join(marks)})" if marks else "")


# -- which view, and the clipboard ---------------------------------------------------------------
_PLACES: tuple[tuple[str, str, Callable[..., Copied | None]], ...] = (
    ("wtfc.ui.wall.view", "WallView", _from_wall),
    ("wtfc.ui.wall.outline", "OutlineTree", _from_outline),
    ("wtfc.ui.cards_view", "CardsTableView", _from_cards_table),
    ("wtfc.ui.boards.plan_columns", "PlanTree", _from_plan),
    ("wtfc.ui.boards.why_tree_view", "WhyTreeView", _from_why_tree),
)


def _ancestor(widget: QWidget | None, attribute: str):
    while widget is not None and not hasattr(widget, attribute):
        widget = widget.parentWidget()
    return widget


def copied_from(widget: QWidget | None) -> Copied | None:
    """What Copy puts on the clipboard with ``widget`` (or its viewport) holding the keyboard:
    None where nothing copyable is chosen."""
    for view in (widget, widget.parentWidget() if widget is not None else None):
        for module, name, words in _PLACES:
            kind = getattr(sys.modules.get(module), name, None)
            if kind is not None and isinstance(view, kind):
                return words(view)
    return None


def _text_box_with_selection(widget: QWidget | None) -> bool:
    """A text box (or a label's chosen words) the menu's Copy copies from, as Ctrl+C does."""
    if widget is None or isinstance(widget, QAbstractItemView) or not hasattr(widget, "copy"):
        return False
    if hasattr(widget, "hasSelectedText"):
        return bool(widget.hasSelectedText())
    cursor = getattr(widget, "textCursor", None)
    return cursor is not None and cursor().hasSelection()


def copy_chosen(window: QMainWindow, action: QAction, *, menu_open: bool = False
                ) -> Copied | None:
    """Copy: the chosen things' words on the clipboard (text, and HTML for Word), the status
    bar told how many. Copy changes nothing in the workshop, so it is no undo step. With the
    Edit menu opening (``menu_open``), only greys ``action`` where there is nothing to copy."""
    focus = QApplication.focusWidget()
    in_box = _text_box_with_selection(focus)
    if menu_open:
        action.setEnabled(in_box or copied_from(focus) is not None)
        return None
    if in_box:
        focus.copy()  # type: ignore[union-attr]  # the menu's Copy in a box: its own words
        return None
    copied = copied_from(focus)
    if copied is None:
        window.statusBar().showMessage(NOTHING_CHOSEN, 5000)
        return None
    data = QMimeData()
    data.setText(copied.text)
    data.setHtml(copied.html)
    QGuiApplication.clipboard().setMimeData(data)
    window.statusBar().showMessage(copied.said, 5000)
    return copied
