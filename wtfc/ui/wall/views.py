"""The wall's views for the room (projector) and headless renders, in the render registry.

- ``wall``: the facilitator's wall, whole (unsorted cards, held-back markers and all)
- ``room``: the wall as the room sees it: laid out for the screen, held-back cards hidden
- ``readout``: one card, very large (``readout:CARD_ID``, or the first unsorted card), and
  the themes of its kind
- ``theme:NAME``: one theme for the room (name, any case, or its id)
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Card, Theme
from wtfc.ui.render import ViewRequest, register_view
from wtfc.ui.wall.layout import KIND_ORDER, readout_sequence
from wtfc.ui.wall.readout_card import nothing_to_read_out
from wtfc.ui.wall.room_wall import FittedWallView, RoomWallView

_LISTED = 8  # themes named when the one asked for is not there; the rest are counted


def find_theme(doc: Document, name: str) -> Theme:
    """A theme by its name (any case, spaces squeezed) or id; LookupError in plain English."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise LookupError("Say which theme to show, for example theme:\"I feel like a package\".")
    for theme in doc.workshop.themes:  # by the name shown: "Unnamed theme" finds one with none
        shown = shown_theme_name(theme.name)
        if theme.id == name or " ".join(shown.split()).casefold() == wanted:
            return theme
    themes = doc.workshop.themes
    names = ("; ".join(shown_theme_name(t.name) for t in themes[:_LISTED])
             or "there are no themes yet")
    more = f"; and {len(themes) - _LISTED:,} more" if len(themes) > _LISTED else ""
    raise LookupError(f"There is no theme called '{name}'. Themes: {names}{more}.")



def readout_card(doc: Document, card_id: str = "") -> Card | None:
    """The card the read-out view shows: the one asked for, else the first unsorted one.

    Never a held-back card: the room must not see possible personal details.
    """
    if card_id:
        card = doc.get("cards", card_id)
        if card is None:
            raise LookupError(f"There is no card with the id '{card_id}'.")
        return None if card.held_back else card
    placed = doc.themes_of_card()
    cards = readout_sequence(doc, KIND_ORDER)
    return next((c for c in cards if c.id not in placed), cards[0] if cards else None)


def _wall(doc: Document, request: ViewRequest) -> QWidget:
    return FittedWallView(doc)


def _room(doc: Document, request: ViewRequest) -> QWidget:
    return RoomWallView(doc, **_viewport(request))


def _readout(doc: Document, request: ViewRequest) -> QWidget:
    """The card and its kind's themes, numbered as read-out mode numbers them (one kind)."""
    from wtfc.ui.wall.room_readout import RoomReadOut

    card = readout_card(doc, request.argument)
    widget = RoomReadOut(doc, (card.kind,) if card is not None else KIND_ORDER)
    widget.set_card(card, empty_text=nothing_to_read_out(doc, KIND_ORDER, room=True))
    return widget


def _theme(doc: Document, request: ViewRequest) -> QWidget:
    theme = find_theme(doc, request.argument)
    return RoomWallView(doc, theme_ids=frozenset({theme.id}), **_viewport(request))


def _viewport(request: ViewRequest) -> dict:
    """Laid out for the size it will be shown at, when the request says (else 1920×1080)."""
    return {"viewport": request.size} if request.size else {}


register_view("wall", _wall)
register_view("room", _room)
register_view("readout", _readout)
register_view("theme", _theme)
