"""Colours and type shared by every view: Okabe-Ito kind colours on light cards.

Kinds are never shown by colour alone: each has a symbol and a word (``Kind.symbol``,
``Kind.label``). Text on the card face is near-black (contrast well over 4.5:1); the kind
colours are used for bands and edges, where they exceed 3:1 against the card face.

wtfc sets no palette of its own (bar the grey of a box's example and a selection's highlight
too faint for its words, ``readable_placeholders``), so on a dark or high-contrast desktop the
palette's text is light. Hence the rule at the foot of this file: a fixed pale background
always comes with a fixed dark ink (``tinted``, ``tint_item``); a fixed dark or amber ink sits
only on a fixed pale background (``warning_look``); anything else keeps the palette's own
colours (``palette_ink``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from wtfc.model.workshop import Kind

KIND_COLOURS = {
    Kind.WORKING: QColor("#009E73"),      # bluish green
    Kind.NOT_WORKING: QColor("#D55E00"),  # vermillion
    Kind.FUTURE: QColor("#0072B2"),       # blue
}
KIND_TINTS = {  # very light versions for theme backgrounds
    Kind.WORKING: QColor("#E6F5F0"),
    Kind.NOT_WORKING: QColor("#FBEDE5"),
    Kind.FUTURE: QColor("#E5F0F8"),
}
# Darker kind colours for type: white on a kind's pill, a kind's symbol on white or its tint.
# KIND_COLOURS' white text was 3.4-5.2:1; these are each >= 7:1 (room text, WCAG AAA).
KIND_INKS = {
    Kind.WORKING: QColor("#005A42"),
    Kind.NOT_WORKING: QColor("#7A3600"),
    Kind.FUTURE: QColor("#004166"),
}
CARD_FACE = QColor("#FFFFFF")
WALL_BACKGROUND = QColor("#ECEAE4")
INK = QColor("#1A1A1A")
MUTED_INK = QColor("#4A4A4A")
# Second lines in the room views (statuses, reasons, counts). A washed-out projector (contrast
# halved, black lifted to 35 %) took MUTED_INK to 2.6-2.9:1; this keeps 3:1 on every pale room
# fill and stays lighter than INK. The facilitator's window keeps MUTED_INK.
ROOM_MUTED = QColor("#333333")
HELD_BACK = QColor("#6B4C00")  # dark amber for the personal-detail marker (with a ⚠ and a word)
SELECTION = QColor("#000000")
FOCUS = QColor("#0050A0")

UI_FONT_FAMILY = "DejaVu Sans"
# The application font every ui_font size was chosen beside: 9 pt is what Qt gives on Windows
# (Segoe UI 9 pt, the council laptop) and when the desktop names none. A larger system font
# (set by someone who needs bigger text) scales every ui_font size by as much, so headings stay
# bigger than the body text around them; a smaller one never shrinks them.
DESIGN_APP_POINT_SIZE = 9.0


def font_scale() -> float:
    """How much larger the application's font is than the one wtfc's sizes were chosen for."""
    if QGuiApplication.instance() is None:
        return 1.0
    app_font = QGuiApplication.font()
    size = app_font.pointSizeF()
    if size <= 0:  # a font set in pixels
        size = QFontInfo(app_font).pointSizeF()
    return max(1.0, size / DESIGN_APP_POINT_SIZE)


def ui_point_size(point_size: float) -> float:
    """``point_size`` as chosen beside a 9 pt application font, grown with a larger one."""
    return point_size * font_scale()


def ui_font(point_size: float, *, bold: bool = False) -> QFont:
    """A screen font of ``point_size`` beside the 9 pt design font, scaled with the app's font."""
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(ui_point_size(point_size))
    font.setBold(bold)
    return font


def pixel_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font sized in pixels: for scene items and room views, where points mean nothing."""
    font = QFont(UI_FONT_FAMILY)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def kind_text(kind: Kind) -> str:
    """The symbol and word that carry a kind without colour: "✗ Not working"."""
    return f"{kind.symbol} {kind.label}"


# A list's cell that shows ``kind_text`` gives Edit → Copy its word alone in this role: copied
# words go to Excel or an e-mail, where "Not working" is what a filter finds (as the exports
# write it); the symbol is for the eye on this screen.
COPIED_ROLE = Qt.ItemDataRole.UserRole + 100


# -- fixed colours under any desktop palette (the rule in the module's docstring) -----------------
WARNING_FILL = QColor("#FFF1C2")  # pale amber: a warning's box, and a held-back card's face
WARNING_EDGE = QColor("#B07800")
REFUSAL_INK = QColor("#8A3200")  # dark vermillion: 7.2:1 on its fill
REFUSAL_FILL = QColor("#FBEDE5")
REFUSAL_EDGE = QColor("#D55E00")
READABLE = 4.5  # WCAG AA for body text

if TYPE_CHECKING:  # the item classes are built (their enums too) where first used, not here
    from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

    TintedItem = QTreeWidgetItem | QTableWidgetItem | QListWidgetItem


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def tinted(tint: QColor, ink: QColor = INK) -> dict[int, QBrush]:
    """A cell on a fixed pale ``tint``, by item-data role: the tint and, always with it, a fixed
    dark ``ink``. A model's ``data()`` answers ``tinted(...).get(role)``; ``tint_item`` sets
    both on an item. Left to the palette, a dark desktop's white text lands on the tint."""
    return {Qt.ItemDataRole.BackgroundRole: QBrush(tint),
            Qt.ItemDataRole.ForegroundRole: QBrush(ink)}


def tint_item(item: TintedItem, tint: QColor, ink: QColor = INK,
              columns: range | list[int] | None = None) -> None:
    """Put ``item`` (in ``columns``, for a tree's row) on ``tint`` with ``ink``."""
    from PySide6.QtWidgets import QTreeWidgetItem

    for role, brush in tinted(tint, ink).items():
        if isinstance(item, QTreeWidgetItem):
            for column in columns if columns is not None else range(item.columnCount()):
                item.setData(column, role, brush)
        else:
            item.setData(role, brush)


def palette_ink(ink: QColor, *backgrounds: QPalette.ColorRole,
                text: QPalette.ColorRole = QPalette.ColorRole.Text,
                palette: QPalette | None = None) -> QColor:
    """``ink`` (a muted grey) where it reads on each of the palette's ``backgrounds``, as on a
    light desktop; otherwise the palette's own ``text`` colour (a dark desktop's white)."""
    palette = palette or QGuiApplication.palette()
    if all(contrast(ink, palette.color(role)) >= READABLE for role in backgrounds):
        return ink
    return palette.color(text)


def readable_placeholders(app: QGuiApplication) -> None:
    """Every box's grey example ("e.g. North locality…") in ``MUTED_INK`` where that reads:
    Qt's own placeholder grey (text at half alpha) was 4.0:1 on white and 3.9:1 on a greyed
    box. And the selected row's highlight where its words read under 4.5:1
    (``readable_selection``). Only these roles are set; the rest stays the desktop's palette.
    Run again when the desktop's colours change (``follow_the_desktop``)."""
    palette = QPalette(app.palette())
    for group in _GROUPS:
        palette.setCurrentColorGroup(group)  # a greyed box's Base is darker than a live one's
        grounds = (QPalette.ColorRole.Base, QPalette.ColorRole.Window)
        own = palette.color(group, QPalette.ColorRole.PlaceholderText)
        text = palette.color(group, QPalette.ColorRole.Text)
        if not (own.alpha() == 255 and own != text and
                all(contrast(own, palette.color(g)) >= READABLE for g in grounds)):
            own = palette_ink(MUTED_INK, *grounds, palette=palette)
            if own == text:  # a dark desktop: a grey from its text towards its ground
                own = muted_towards(text, [palette.color(g) for g in grounds])
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, own)
        if group != QPalette.ColorGroup.Disabled:  # a greyed list's selection is greyed too
            readable_selection(palette, group)
    palette.setCurrentColorGroup(QPalette.ColorGroup.Active)
    _set_palette(app, palette)
    now = app.palette()
    _Set.colours = {(group, role): now.color(group, role) for group in _GROUPS
                    for role in _SET_ROLES}


_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
           QPalette.ColorGroup.Disabled)
_SET_ROLES = (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Highlight)


class _Set:
    """What ``readable_placeholders`` last left in the app's palette, and whether it is
    setting it now: its own setPalette announces a change just as the desktop's does."""
    colours: dict[tuple[QPalette.ColorGroup, QPalette.ColorRole], QColor] = {}
    busy = False


def _set_palette(app: QGuiApplication, palette: QPalette) -> None:
    _Set.busy = True
    try:
        app.setPalette(palette)
    finally:
        _Set.busy = False


def follow_the_desktop(app: QGuiApplication) -> None:
    """``readable_placeholders`` again whenever the app's palette changes: the desktop turned
    to dark or High contrast (or back) while wtfc is open. Once per application (the tests
    make it again and again). The deprecated signal, not an event filter on the application,
    which would put a Python call into every event of every widget; Qt emits it on every
    change of the app's palette (Windows' dark mode, High contrast, a palette set), where
    QStyleHints.colorSchemeChanged misses High contrast."""
    if not app.property("wtfc follows the desktop"):
        app.paletteChanged.connect(lambda _palette: desktop_changed(app))
        app.setProperty("wtfc follows the desktop", True)


def desktop_changed(app: QGuiApplication) -> None:
    """Qt keeps the roles an app set through a theme change, so a light desktop's grey example
    stayed on the new black box (2.4:1), a dark one's white on a white box (1.00:1). Each role
    still as ``readable_placeholders`` left it is given back to the desktop, then adjusted
    again; one set since to another colour (a palette set in full) is kept."""
    if _Set.busy:
        return
    palette = QPalette(app.palette())
    mask = palette.resolveMask()
    for (group, role), colour in _Set.colours.items():
        if palette.color(group, role) == colour:
            mask &= ~_resolve_bit(group, role)
    palette.setResolveMask(mask)
    _set_palette(app, palette)  # unset: Qt fills those roles from the desktop's palette
    readable_placeholders(app)


def _resolve_bit(group: QPalette.ColorGroup, role: QPalette.ColorRole) -> int:
    """The bit of ``role`` in ``group`` in a palette's resolve mask (Qt's layout, asked)."""
    probe = QPalette()
    probe.setResolveMask(0)
    probe.setColor(group, role, probe.color(group, role))
    return probe.resolveMask()


def muted_towards(text: QColor, grounds: list[QColor]) -> QColor:
    """``text`` moved towards the first ground as far as 4.5:1 on every ground allows: an
    example's grey on a dark desktop, told apart from typed words and still read."""
    ground, best = grounds[0], text
    for step in range(1, 101):
        f = step / 100
        mix = QColor.fromRgbF(text.redF() + (ground.redF() - text.redF()) * f,
                              text.greenF() + (ground.greenF() - text.greenF()) * f,
                              text.blueF() + (ground.blueF() - text.blueF()) * f)
        mix = QColor.fromRgba(mix.rgba())
        if not all(contrast(mix, g) >= READABLE + 0.1 for g in grounds):
            break
        best = mix
    return best


def readable_selection(palette: QPalette, group: QPalette.ColorGroup) -> None:
    """The selected row's words (HighlightedText) at 4.5:1 or better on its Highlight: Fusion's
    #308CC6 under white was 3.7:1 (the stage list, every table and tree). A highlight that
    reads is left alone; one that does not keeps its hue and is darkened (lightened, under
    dark words) only as far as it needs."""
    words = palette.color(group, QPalette.ColorRole.HighlightedText)
    fill = palette.color(group, QPalette.ColorRole.Highlight)
    light_words = words.lightnessF() >= 0.5

    def reads(colour: QColor) -> bool:  # Fusion shades a selected row 4 % lighter at its top
        return contrast(words, colour.lighter(105) if light_words else colour.darker(105)) \
            >= READABLE

    if contrast(words, fill) >= READABLE:
        return  # not set: the desktop's own
    hue, saturation = max(fill.hslHueF(), 0.0), fill.hslSaturationF()  # a grey's hue is -1
    lightness, alpha = fill.lightnessF(), fill.alphaF()
    while not reads(fill) and 0 < lightness < 1:  # at worst black or white
        lightness = min(1.0, max(0.0, lightness + (-0.01 if light_words else 0.01)))
        fill = QColor.fromHslF(hue, saturation, lightness, alpha)
    # as the 8-bit RGB drawn: an HSL QColor never equals a pixel read back (== compares spec)
    palette.setColor(group, QPalette.ColorRole.Highlight, QColor.fromRgba(fill.rgba()))


def warning_look(widget: QWidget, *, refusal: bool = False, padding: str = "3px 8px") -> None:
    """A warning's own pale box with its dark ink, the same under any desktop palette: amber
    for a possible personal detail (the held-back cards' colours), dark vermillion for an edit
    or a row refused. Amber on a dark desktop's grey was 1.8:1. A ``padding`` of "1px 8px"
    keeps a one-line strip (the status bar) as tall as before the box."""
    ink, fill, edge = ((REFUSAL_INK, REFUSAL_FILL, REFUSAL_EDGE) if refusal
                       else (HELD_BACK, WARNING_FILL, WARNING_EDGE))
    widget.setStyleSheet(
        f"QLabel {{ color: {ink.name()}; background: {fill.name()}; font-weight: bold; "
        f"border: 1px solid {edge.name()}; border-radius: 4px; padding: {padding}; }}")
