"""Edit ▸ Copy: the words of what is chosen on the page in sight, to paste into an e-mail, Word
minutes, an Excel sheet or a Teams chat.

Copy is an export (to an e-mail, a chat), so it keeps the data export's privacy rules: a
held-back card always copies with its placeholders ("[name] from the agency…"), even while the
facilitator shows its details on this screen (showing is for checking, not for sending on);
Collect's Tags cell copies as the export writes it (the small-group rule), never a lone
person's rare tags; a column hidden on the board not at all. Plain text for anywhere, a simple
HTML list or table for Word; the tables' plain text is tab-separated, so it pastes into Excel
as cells, each that could start a formula guarded as the export guards it. Any other list or
table copies its chosen rows as shown.

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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMainWindow,
    QWidget,
)

from wtfc.model.cause_kind_words import cause_words
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Role, Workshop
from wtfc.ui.held_back_words import details_on_screen, words_on_screen
from wtfc.ui.style import COPIED_ROLE

INDENT = "    "
NOTHING_CHOSEN = "Nothing chosen to copy: choose cards, a theme, actions, a cause or a row first"


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


def card_line(card: Card) -> str:
    """"Not working: I never know who is coming"; a held-back card with its placeholders."""
    return f"{kind_word(card.kind)}: {_one_line(words_on_screen(card, False))}"


def kind_word(kind: Kind) -> str:
    """The kind as the exports write it ("Important for the future", not the screen's short
    "Future"), so a filter on an exported column finds pasted rows too (review R3 R3)."""
    from wtfc.export.look import kind_words  # only on a copy: it brings in reportlab

    return kind_words(kind)


# -- cards and themes (the wall, the outline) --------------------------------------------------
def cards_and_themes(parts: Sequence[tuple[str | None, list[Card]]]) -> Copied:
    """``parts``: (a theme's name, its cards) in turn, or (None, cards chosen on their own)."""
    lines: list[str] = []
    pieces: list[str] = []
    cards = themes = 0
    for name, group in parts:
        items = "".join(f"<li>{html.escape(card_line(c))}</li>" for c in group)
        if name is None:
            lines += [card_line(c) for c in group]
            pieces.append(f"<ul>{items}</ul>")
        else:
            themes += 1
            lines.append(_one_line(name))
            lines += [INDENT + card_line(c) for c in group]
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
        return cards_and_themes([(None, [item.card for item in chosen])])
    theme_id = panel.current_theme()
    if theme_id is None:
        return None
    return _theme_block(scene.doc, [theme_id])


def _theme_block(doc: Document, theme_ids: list[str]) -> Copied:
    themes = [doc.get("themes", t) for t in theme_ids]
    return cards_and_themes([(t.name, [doc.card(c) for c in t.card_ids]) for t in themes
                             if t is not None])


def _from_outline(tree) -> Copied | None:
    from wtfc.ui.wall.block_item import UNSORTED_TITLE
    from wtfc.ui.wall.outline import CARD_ROLE, THEME_ROLE, UNSORTED

    chosen = {(i.row(), i.parent().row()) for i in tree.selectionModel().selectedIndexes()
              } or {(i.row(), i.parent().row()) for i in [tree.currentIndex()] if i.isValid()}
    # no row chosen, but the focus frame on one (Tab into the outline): that row, as other lists
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
    return cards_and_themes(parts) if parts else None


# -- tables (Collect's cards, Plan and Act's actions) ------------------------------------------
# Excel takes an HTML cell so marked as text: "=SUM(…)" stays words, "0012" keeps its noughts
_TEXT_CELL = "<td style=\"mso-number-format:'\\@'\">"


def table(headings: list[str], rows: list[list[str]], thing: str) -> Copied:
    """Tab-separated with a heading row (Excel makes cells of it), and an HTML table. A cell
    that Excel would read as a formula ("=SUM(A1)", "-lonely", "@home") gets the data export's
    guard, a leading apostrophe Excel hides: the public typed these words."""
    from wtfc.export.data import safe_cell

    headings = [_one_line(h) for h in headings]  # Review's "How we said\nwe'd know"
    cells = [[_one_line(cell) for cell in row] for row in rows]
    text = "\n".join("\t".join(safe_cell(c) for c in row) for row in [headings, *cells])
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"{_TEXT_CELL}{html.escape(c)}</td>" for c in row)
                   + "</tr>" for row in cells)
    return Copied(text, f"<table border=\"1\"><tr>{head}</tr>{body}</table>",
                  f"Copied {counted(len(rows), thing)}")


def _shown_columns(view, header) -> list[int]:
    """The columns on screen, in the order they are shown (the Act board moves some)."""
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if not view.isColumnHidden(c)]


def _from_cards_table(view) -> Copied | None:
    from wtfc.ui.cards_table import Column

    proxy, header = view.model(), view.horizontalHeader()
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    if not rows:
        return None
    source = proxy.sourceModel()
    chosen = [source.card_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in rows]
    page = _ancestor(view, "doc")  # the Cards page, whose workshop the export would write
    tags = _tags_as_exported(page.doc.workshop, chosen)
    columns = _shown_columns(view, header)
    display = Qt.ItemDataRole.DisplayRole
    headings = [str(proxy.headerData(c, Qt.Orientation.Horizontal, display)) for c in columns]

    def cell(row: int, card: Card, column: int) -> str:
        if column == Column.KIND:  # as the export writes it: a filter finds one "Not working"
            return kind_word(card.kind)
        if column == Column.WORDS:
            return words_on_screen(card, False)
        if column == Column.TAGS:
            return tags[card.id]
        if column == Column.DETAILS and card.held_back:
            return f"⚠ {details_on_screen(card, False)}"
        return str(proxy.index(row, column).data(display) or "")

    return table(headings, [[cell(r, card, c) for c in columns]
                            for r, card in zip(rows, chosen, strict=True)], "card")


def _tags_as_exported(workshop: Workshop, chosen: list[Card]) -> dict[str, str]:
    """card id → its Tags cell, as the data export writes it over the cards it shows; a
    chosen held-back card (which the export leaves out) counted in only for its own cell."""
    from wtfc.model.card_tags_shown import shown_card_tags
    from wtfc.model.small_groups import shown_tags

    shown = [c for c in workshop.cards if not c.held_back]
    cells = shown_card_tags(workshop, shown, shown_tags(workshop, shown))
    held = [c for c in chosen if c.held_back]
    if held:
        with_them = shown + held
        tagged = shown_card_tags(workshop, with_them, shown_tags(workshop, with_them))
        cells.update((c.id, tagged[c.id]) for c in held)
    return cells


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
        # the theme's cell shows the lines its row has room for; its whole words are its tip.
        # What has happened so far goes as the room view says it, details as kinds (plan_rows)
        rows.append([lane.label, *(str(item.data(c, WHOLE_ROLE if c == THEME_COLUMN
                                                 else COPIED_ROLE) or item.text(c))
                                   for c in columns)])
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
    # a hope's causes answer what stands in the way of it, not why (``cause_kind_words``)
    kind = next((i.theme.kind for i in nodes.values() if isinstance(i, ThemeRootItem)), None)
    lead = cause_words(kind).lead

    def _why(cause) -> str:
        return why_line(cause, lead)

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


def why_line(cause, lead: str = "Why?") -> str:
    """"Why? Rotas ignore travel (root cause)"; a hope's "In the way: …"."""
    marks = [m for m, on in (("root cause", cause.root_cause), ("agreed", cause.agreed)) if on]
    return f"{lead} {_one_line(cause.text)}" + (f" ({', '.join(marks)})" if marks else "")


# -- which view, and the clipboard ---------------------------------------------------------------
_PLACES: tuple[tuple[str, str, Callable[..., Copied | None]], ...] = (
    ("wtfc.ui.wall.view", "WallView", _from_wall),
    ("wtfc.ui.wall.outline", "OutlineTree", _from_outline),
    ("wtfc.ui.cards_view", "CardsTableView", _from_cards_table),
    ("wtfc.ui.boards.plan_columns", "PlanTree", _from_plan),
    ("wtfc.ui.boards.why_tree_view", "WhyTreeView", _from_why_tree),
    ("wtfc.ui.boards.fishbone_view", "FishboneView", _from_why_tree),  # the same boxes
)


def _from_item_view(view: QAbstractItemView) -> Copied | None:
    """Any other list or table (Identify success's statements, the votes, Review's lists): its
    chosen rows (else its current one) as shown, one a line; a table's shown columns as cells."""
    from PySide6.QtWidgets import QListView, QTableView, QTreeView

    model = view.model()
    chosen = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if model is None or not (chosen or view.currentIndex().isValid()):
        return None
    rows: dict[tuple[int, ...], object] = {}  # each row once, in the list's order
    for index in chosen or [view.currentIndex()]:
        place, parent = [index.row()], index.parent()
        while parent.isValid():
            place.insert(0, parent.row())
            parent = parent.parent()
        rows.setdefault(tuple(place), index.siblingAtColumn(0))
    ordered = [rows[k] for k in sorted(rows)]
    header = view.horizontalHeader() if isinstance(view, QTableView) \
        else view.header() if isinstance(view, QTreeView) else None
    columns = [view.modelColumn()] if isinstance(view, QListView) \
        else [0] if header is None else _shown_columns(view, header)
    display = Qt.ItemDataRole.DisplayRole

    def shown(index, column: int) -> str:
        """The cell as shown, or its words where it shows a symbol too (the votes' Kind)."""
        cell = index.siblingAtColumn(column)
        words = cell.data(COPIED_ROLE)
        return _one_line(str(words if words is not None else cell.data(display) or ""))

    if len(columns) > 1:
        headings = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "")
                    for c in columns]
        return table(headings, [[shown(i, c) for c in columns] for i in ordered], "row")
    lines = [shown(i, columns[0]) for i in ordered]  # plain lines: as typed
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return Copied("\n".join(lines), f"<ul>{items}</ul>", f"Copied {counted(len(lines), 'line')}")


def _ancestor(widget: QWidget | None, attribute: str):
    while widget is not None and not hasattr(widget, attribute):
        widget = widget.parentWidget()
    return widget


def copied_from(widget: QWidget | None) -> Copied | None:
    """What Copy puts on the clipboard with ``widget`` (or its viewport) holding the keyboard:
    None where nothing copyable is chosen."""
    views = (widget, widget.parentWidget() if widget is not None else None)
    for view in views:
        for module, name, words in _PLACES:
            kind = getattr(sys.modules.get(module), name, None)
            if kind is not None and isinstance(view, kind):
                return words(view)
    for view in views:  # Qt's own item views copied their current cell before Copy was made
        if isinstance(view, QAbstractItemView) and not isinstance(view, QHeaderView):
            return _from_item_view(view)
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
    from wtfc.ui.announce import announce  # a screen reader hears what the status bar says
    from wtfc.ui.undo import passing  # then "time is up" again, if it still holds

    if copied is None:
        passing(window, NOTHING_CHOSEN, 5000)
        announce(window, NOTHING_CHOSEN)
        return None
    data = QMimeData()
    data.setText(copied.text)
    data.setHtml(copied.html)
    QGuiApplication.clipboard().setMimeData(data)
    passing(window, copied.said, 5000)
    announce(window, copied.said)
    return copied
