"""What goes where in the suggestions panel, top to bottom: every line above the list of
suggestions is a suggestion fewer in sight on a 1366×768 laptop, so they are few and short; and
in its "Suggested themes" page."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.style import ui_font
from wtfc.ui.wall.card_list import ROW_END
from wtfc.ui.wall.suggestion_cards_in_sight import read_on, show_cards
from wtfc.ui.wall.suggestion_rows import rows_high, size_to_rows

if TYPE_CHECKING:
    from wtfc.ui.wall.suggested_themes import SuggestedThemesPage
    from wtfc.ui.wall.suggestions import SuggestionsPanel

PANEL_POINT_SIZE = 12  # large, clear text: the facilitator reads it standing at the wall
SHORT_PANEL_LINES = 20  # a panel fewer lines tall than this folds its note into the title
# ...and what it says to one line; under TALL_PANEL_LINES it says it on MESSAGE_LINES at most
TALL_PANEL_LINES, MESSAGE_LINES = 40, 3
MARGINS = (8, 6, 8, 8)  # the panel's, where it is not short
NO_CARD_IN_SIGHT = "no card in sight"  # a page property: too short for a card under the list


class NoteFold(QObject):
    """On a short panel (911×512, a laptop at 150%; 1024×768 with 150% text) the one line of
    principle goes into the title's tooltip and description: with the window's status bar
    below, that line was the one the name box and the buttons lacked, drawn over each other.
    What the panel says folds too (its tooltip says it whole): at 911×512 its seven lines left
    no card in sight under "Cards (untick any…)", at 1024×768 a strip of one."""

    def __init__(self, panel: SuggestionsPanel, title: QLabel, note: QLabel) -> None:
        super().__init__(panel)
        self._panel, self._title, self._note = panel, title, note
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Resize:
            lines = self._panel.height() / self._panel.fontMetrics().lineSpacing()
            short = lines < SHORT_PANEL_LINES
            self._note.setVisible(not short)
            said = self._note.toolTip() if short else ""
            self._title.setToolTip(said)
            self._title.setAccessibleDescription(said)
            self._panel.message.set_max_lines(
                1 if short else MESSAGE_LINES if lines < TALL_PANEL_LINES else None)
            layout = self._panel.layout()
            if layout is not None:  # short, its gaps are px the chosen one's Add lacked
                layout.setContentsMargins(*((8, 2, 8, 2) if short else MARGINS))
                layout.setSpacing(3 if short else -1)
        return False


def lay_out(panel: SuggestionsPanel) -> None:
    """The title and Close, one line of principle, the kind and Suggest themes, the progress,
    what the panel says, then the pages (suggested themes, this card) taking the rest."""
    title = QLabel("Suggestions")
    title.setFont(ui_font(PANEL_POINT_SIZE + 2, bold=True))
    header = QHBoxLayout()
    header.addWidget(_back_to_list(panel, title))
    header.addWidget(title, 1)
    header.addStretch(0)  # Close on the right while the way back stands in for the title
    header.addWidget(panel.close_button)
    run = QHBoxLayout()
    run.addWidget(panel.kind_box, 1)
    run.addWidget(panel.suggest_button)
    note = QLabel("Nothing changes until you accept.")  # one line; the tooltip says the rest
    note.setToolTip("The tool proposes; the room decides. Nothing changes until you accept.")
    note.setWordWrap(True)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(*MARGINS)
    layout.addLayout(header)
    layout.addWidget(note)
    layout.addLayout(run)
    busy = QHBoxLayout()  # the bar, and Cancel beside it while suggestions are worked out
    busy.addWidget(panel.progress, 1)
    busy.addWidget(panel.cancel_button)
    layout.addLayout(busy)
    layout.addWidget(panel.message)
    layout.addWidget(panel.tabs, 1)
    NoteFold(panel, title, note)
    # dragged narrower than its widest line needs, the panel would cut its words off
    panel.setMinimumWidth(max(320, layout.minimumSize().width()))


def _back_to_list(panel: SuggestionsPanel, title: QLabel) -> QToolButton:
    """While the list of suggestions has given way to one's cards (``GiveWay``), the way back
    stands in the title's place, where a phone's "◂ Back" is: on a row of its own it took the
    px of the one card in sight at 16 pt on 1024×768, and beside Accept and Dismiss it did not
    fit. The keyboard's way back is Shift+Tab, as before."""
    back = QToolButton()  # in Close's font: in the title's, the row grew by the px of a card
    back.setAccessibleName("Back to the list of suggestions")
    back.setToolTip("Show the list of suggestions again (Shift+Tab from the cards)")
    back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    back.hide()
    page = panel.themes_page
    give_way = page.findChild(GiveWay)
    if give_way is None:  # lay_out_themes_page made it, with the page
        return back

    def follow(gone: bool) -> None:
        back.setText(f"◂ Suggestions ({len(page.shown)})")
        back.setVisible(gone)
        title.setVisible(not gone)

    give_way.given_way.connect(follow)
    back.clicked.connect(give_way.back)
    return back


def lay_out_themes_page(page: SuggestedThemesPage) -> None:
    """The list of suggestions over the one being shaped: its name, cards and reason scroll
    when the screen is short; the buttons stay in sight below them. Whether it is close to a
    theme made already is said in its row."""
    name_label = QLabel("&Name it:")
    name_label.setBuddy(page.name)
    # a, not r: Alt+R is the Room view menu's
    members_label = QLabel("C&ards (untick any that do not belong):")
    members_label.setBuddy(page.members)
    members_label.setWordWrap(True)  # one line at 150% text was wider than the panel
    buttons = QHBoxLayout()
    buttons.addWidget(page.accept_button, 1)
    buttons.addWidget(page.dismiss_button)
    page.detail = QWidget()
    detail = QVBoxLayout(page.detail)
    detail.setContentsMargins(0, 0, 0, 0)  # the handle above is gap enough
    detail.setSpacing(3)  # the shaping and the buttons: a short screen has no px to spare
    page.details = QWidget()  # what scrolls when the screen is short; the buttons stay put
    words = QVBoxLayout(page.details)
    words.setContentsMargins(0, 0, 0, 0)
    # "Name it:" beside its box, not over it: with the window's status bar (22 px) at
    # 1366×768 the line it took left a strip of the first card, not one card whole
    named = QHBoxLayout()
    named.addWidget(name_label)
    named.addWidget(page.name, 1)
    words.addLayout(named)
    words.addWidget(members_label)
    words.addWidget(page.members, 1)
    # after the cards, what the group is like: the room ticks the cards first (between the name
    # and the cards, at 1366×768 the typical card's three lines left one card in sight)
    words.addWidget(page.typical)
    words.addWidget(page.reason)  # also the list row's tooltip
    scroll = QScrollArea()
    scroll.setWidget(page.details)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to the name
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumHeight(page.name.sizeHint().height() * 2)  # more in fit_list
    page.shaping = scroll
    page.members.setMinimumHeight(rows_high(page.members, 3))
    detail.addWidget(scroll, 1)
    # hidden unless the suggestion is close to a theme; a row of its own: three buttons in
    # 340 px lost letters
    detail.addWidget(page.add_button)
    detail.addLayout(buttons)
    page.listed = listed = QWidget()  # the list, and the way back for what was dismissed
    below = QVBoxLayout(listed)
    below.setContentsMargins(0, 0, 0, 0)
    # no taller than its rows (size_to_rows): the splitter gives the rest to the one shaped
    below.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinAndMaxSize)
    below.addWidget(page.list, 1)
    below.addWidget(page.undo_dismiss_button, 0, Qt.AlignmentFlag.AlignRight)
    page.undo_dismiss_button.hide()  # shown while there is a dismissal to undo
    page.split = QSplitter(Qt.Orientation.Vertical)
    page.split.addWidget(listed)
    page.split.addWidget(page.detail)
    page.split.setCollapsible(0, False)
    page.split.setCollapsible(1, False)
    page.split.setStretchFactor(0, 0)  # a taller panel gives the one being shaped the room
    page.split.setStretchFactor(1, 1)
    page.split.setSizes([240, 480])  # a handful of suggestions; the one being shaped needs room
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page.split)
    GiveWay(page)  # the panel's title finds it (_back_to_list)


class GiveWay(QObject):
    """Where the page cannot show one of the suggestion's cards under the list's least (16 pt
    on 1024×768: a page 131-196 px tall, card rows 99), the list gives way while the keyboard
    is in the cards, and what scrolls brings them into sight: Alt+A had put the keyboard in
    the cards, out of sight under the buttons, and ↓ and Space ticked cards nobody could see.
    A click on a suggestion there takes the keyboard to its cards as Alt+A does: a mouse user
    had no way to them (a list with no height takes no click). Back in the name box or the
    list (Shift+Tab, a click, "◂ Suggestions" in the title's place), the list comes back. The
    buttons stay whole throughout.

    ``given_way(gone)``: the list gave way (True) or is back, or the page was hidden."""

    given_way = Signal(bool)

    def __init__(self, page: SuggestedThemesPage) -> None:
        super().__init__(page)
        self._page = page
        self._gone = False
        self._clicked_at = -math.inf  # when a click on a suggestion last took the list away
        # held here, compared without asking Qt: events come while the page is taken down
        self._cards_view = page.members.viewport()
        for widget in (page.list, page.name, page.members, self._cards_view, page.listed):
            widget.installEventFilter(self)
        page.members.currentRowChanged.connect(lambda _row: self._show_cards())
        page.list.clicked.connect(self._on_suggestion_clicked)

    def back(self) -> None:
        """The list again (the keyboard in it, where it was before the cards)."""
        self._page.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_suggestion_clicked(self, _index: QModelIndex) -> None:
        page = self._page
        if page.property(NO_CARD_IN_SIGHT) and page.members.count():
            self._clicked_at = time.monotonic()
            page.members.setFocus(Qt.FocusReason.MouseFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        page, kind = self._page, event.type()
        if watched is self._cards_view:
            # the second click of a double-click on a suggestion lands on the cards that took
            # its place, and on a card's box it unticked a card nobody had read yet
            return kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                            QEvent.Type.MouseButtonDblClick) and (
                time.monotonic() - self._clicked_at) * 1000 < QApplication.doubleClickInterval()
        if watched is page.members and kind == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            if key.modifiers() == Qt.KeyboardModifier.NoModifier and key.key() in (
                    Qt.Key.Key_Down, Qt.Key.Key_Up):
                return read_on(page, key.key() == Qt.Key.Key_Down)  # the rest of a tall card
        if watched is page.listed and kind in (QEvent.Type.Move, QEvent.Type.Resize,
                                               QEvent.Type.Show, QEvent.Type.Hide):
            # collapsed (the splitter moves it out of sight), back, or hidden with the page
            # (the other tab, the panel closed)
            self._say()
            return False
        if kind == QEvent.Type.FocusIn:
            if watched is not page.members:  # the list, or the name box: the list again
                if page.split.isCollapsible(0):
                    page.split.setCollapsible(0, False)
                    fit_list(page)  # its least again
            elif page.property(NO_CARD_IN_SIGHT):
                whole = sum(page.split.sizes())
                page.split.setCollapsible(0, True)
                page.split.setSizes([0, whole])
            if watched is page.members:  # once the shaping area has its new height
                QTimer.singleShot(0, self._show_cards)
        return False

    def _say(self) -> None:
        page = self._page
        gone = page.isVisible() and page.split.isCollapsible(0) and page.split.sizes()[0] == 0
        if gone != self._gone:
            self._gone = gone
            self.given_way.emit(gone)

    def _show_cards(self) -> None:
        show_cards(self._page)


def fit_list(page: SuggestedThemesPage) -> None:
    """The list as tall as its rows (``size_to_rows``), the rest to the one being shaped. The
    splitter kept the list's old share when the list could no longer use it (Qt's splitter
    works from each side's last size): after "Add to that theme" left one row, ~100 px of grey
    stayed under it."""
    size_to_rows(page.list)
    # "Name it:" and its box whole at any text size (measured here: the panel's own font
    # comes with its style sheet, after the page is built)
    words = page.details.layout()
    if words is not None:
        words.activate()
    # and under "Cards (untick any…)" two cards whole, or one where the list as tall as its
    # rows leaves no room for two: the cards are what the room judges (at 911×512 none showed,
    # at 1024×768 a strip of one, under the name box and the buttons)
    for cards in (2, 1):
        page.shaping.setMinimumHeight(max(_cards_bottom(page, cards) + 3,
                                          page.name.sizeHint().height() * 2))
        spare = (page.height() - page.detail.minimumSizeHint().height()
                 - page.split.handleWidth())
        if spare >= page.list.minimumHeight():
            break
    least = 2 * page.list.fontMetrics().lineSpacing() + 8  # a row, a scroll bar beside
    # not one card even under the list's least: the name and the buttons whole, the cards come
    # into sight as the list gives way (GiveWay)
    page.setProperty(NO_CARD_IN_SIGHT,
                 page.height() > 0 and spare < min(least, page.list.minimumHeight()))
    if page.property(NO_CARD_IN_SIGHT):
        page.shaping.setMinimumHeight(page.name.sizeHint().height() * 2)
        spare = page.height() - page.detail.minimumSizeHint().height() - page.split.handleWidth()
    # large text on a short screen: three rows may be more than the page can spare (at 150%
    # on 1366×768 they pushed the name box and every button out of sight); the list scrolls
    squeezed = page.height() > 0 and page.list.minimumHeight() > spare
    if squeezed:
        if page.property(NO_CARD_IN_SIGHT):  # the name row only: no card shows under it
            page.shaping.setMinimumHeight(page.name.sizeHint().height())
            spare = (page.height() - page.detail.minimumSizeHint().height()
                     - page.split.handleWidth())
        # whole rows, or a row's whole lines: at 16 pt on 1024×768 it showed 1½ lines and
        # its least stood taller than the page spared, "Name it:" drawn over its foot and
        # over its scroll bar's arrow (review 33 W1 M3)
        undo, below = page.undo_dismiss_button, page.listed.layout()  # Undo dismiss under it
        gap = max(0, below.spacing()) if below is not None else 0
        under = 0 if undo.isHidden() else undo.sizeHint().height() + gap
        # but while Undo dismiss shows under it, all the px the page spares: the message above
        # is a line shorter once one is back, and a list of whole rows moved the button from
        # under the pointer between the two clicks of a double-click
        room = spare - under
        page.list.setMinimumHeight(max(room, 1) if under else _whole_height(page.list, room))
        page.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    sizes = page.split.sizes()
    if page.split.isCollapsible(0) and sizes and sizes[0] == 0:
        if page.property(NO_CARD_IN_SIGHT):
            return  # given way to the cards while the keyboard is in them (GiveWay)
        # a card shows under the list now (the window maximised): the list back, as a fresh
        # page this size shows it; it stayed gone with "◂ Suggestions" in the title
        page.split.setCollapsible(0, False)
    below = page.listed.layout()
    if below is not None:
        below.activate()  # its height bounds from the list's, now
    most, least = page.listed.maximumHeight(), page.listed.minimumHeight()
    if squeezed and len(sizes) == 2:  # the list no taller than its whole rows or lines
        page.split.setSizes([least, sum(sizes) - least])
    elif len(sizes) == 2 and sizes[0] > most:
        page.split.setSizes([most, sum(sizes) - most])
    elif len(sizes) == 2 and sizes[0] < least:
        # the list grew its least (the page taller, or rows longer) after the splitter shared
        # the height: the list stood taller than its share, drawn over the name box below
        page.split.setSizes([least, sum(sizes) - least])


def _whole_height(listing: QListWidget, room: int) -> int:
    """The height of ``listing``, at most ``room``, that ends where one of its rows ends, or
    where a line of its first row does when not one row fits; ``room`` itself where not one
    line does (a window's foot of three lines at 16 pt): cut, but nothing drawn over it."""
    frame = 2 * listing.frameWidth()
    heights = [listing.visualItemRect(listing.item(r)).height() or listing.sizeHintForRow(r)
               for r in range(listing.count())]
    whole = frame
    for height in heights:
        if whole + height > room:
            break
        whole += height
    if whole > frame:
        return whole
    line = listing.fontMetrics().lineSpacing()
    lines = (room - frame - ROW_END) // line
    return frame + ROW_END + lines * line if lines > 0 else max(room, frame + ROW_END)


def _cards_bottom(page: SuggestedThemesPage, cards: int) -> int:
    """Where the first ``cards`` rows of the suggestion's cards end, in what scrolls."""
    members = page.members
    members.doItemsLayout()  # just filled: its rows are laid out when next drawn, not yet
    # as laid out (wrapped at the list's width), or as hinted before it is
    rows = [members.visualItemRect(members.item(r)).height() or members.sizeHintForRow(r)
            for r in range(min(cards, members.count()))]
    return (members.geometry().top() + 2 * members.frameWidth()
            + (sum(rows) if rows else rows_high(members, 1)))
