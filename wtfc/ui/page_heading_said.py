"""A page's heading, heard once as the keyboard is taken into it.

A stage's key (Ctrl+1…8) or a click in the stage list puts the keyboard in the page's main view,
so a screen reader said that view ("Actions by role, tree view, 13 actions: …") and never which
page it was on. The heading the page shows ("6 Plan: who will do what, by when?") becomes the
first words of that view's description as the keyboard arrives, so it is read with the focus
rather than announced over it (and a move may already announce something: "36 cards are not in
a theme…" on leaving Theme), and it goes as the keyboard leaves: Tab back does not repeat it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from shiboken6 import isValid

from wtfc.model.workshop import Stage

_STOPS = (".", "?", "!")


def page_heading(page: QWidget) -> str:
    """The heading ``page`` shows: its largest words on screen (on Understand, those of the
    tab shown), as plain text; "" when it shows none."""
    labels = [label for label in page.findChildren(QLabel)
              if label.isVisibleTo(page) and label.text().strip()]
    if not labels:
        return ""
    label = max(labels, key=lambda label: label.font().pointSizeF())  # the first, on a tie
    from PySide6.QtGui import QTextDocumentFragment  # (a Qt type start-up does without)

    text, shape = label.text(), label.textFormat()
    if shape == Qt.TextFormat.RichText or (shape == Qt.TextFormat.AutoText
                                           and Qt.mightBeRichText(text)):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


def heading_said(stage: Stage, heading: str) -> str:
    """The stage as the stage list numbers it, and the page's heading: "3 Theme: group the
    cards into “I” statements.", "5 Identify success. What would success look like?" (the
    stage's name said once when the heading begins with it)."""
    number = list(Stage).index(stage) + 1
    if heading.casefold().startswith(stage.label.casefold()):
        said = f"{number} {heading}"
    else:
        said = " ".join(part for part in (f"{number} {stage.label}.", heading) if part)
    return said if said.endswith(_STOPS) else f"{said}."


class PageArrival(QObject):
    """Gives a page's heading to the first widget the keyboard reaches in it, once the page
    comes on screen (``shown``) or the keyboard is sent there from outside it (``focus``), and
    takes it off as the keyboard leaves that widget. One per window (``of``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._armed: tuple[QWidget, Stage] | None = None  # the page whose heading is due
        self._given: QWidget | None = None  # the widget described with it, and the words
        self._words = self._set = self._own = ""  # its description set, and its own before
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    @staticmethod
    def of(window: QWidget) -> PageArrival:
        return window.findChild(PageArrival) or PageArrival(window)

    def shown(self, page: QWidget, stage: Stage) -> None:
        """``page`` comes on screen: its heading goes with the keyboard's first arrival in it
        (Qt moves the keyboard there itself when it was on the page before)."""
        self._armed = (page, stage)

    def focus(self, page: QWidget, target: QWidget, stage: Stage) -> None:
        """The keyboard to ``target`` in ``page``: with the heading when it comes from outside
        the page (the stage list, the menus, the stage panel) or the page has just come on
        screen; a stage's key pressed on its own page moves the keyboard without it."""
        focused = QApplication.focusWidget()
        if target is focused:  # (came with the page, and its heading, as the page was shown)
            return
        if focused is None or not (focused is page or page.isAncestorOf(focused)) \
                or focused is self._given:  # the page's first widget, passed on at once
            self._armed = (page, stage)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # after the focus-in (the wall sets its card's words then), before a reader is told
        if self._given is not None and new is not self._given:
            self._take_off()
        if self._armed is None or new is None:
            return
        page, stage = self._armed
        if new is page or page.isAncestorOf(new):
            self._armed = None
            self._given, self._words = new, heading_said(stage, page_heading(page))
            self._set = ""
            self._put_on()
            # again once the step has run: the page sets its own description after the move
            # (Collect its count at the step's edit), and a reader asks after this turn
            QTimer.singleShot(0, self, self._put_on)

    def _put_on(self) -> None:
        given = self._given
        if given is None or not isValid(given) or (
                self._set and given.accessibleDescription() == self._set):
            return
        from PySide6.QtGui import QAccessible  # (loaded at the first word said, not start-up)

        # after what a reader heard before: with no description of its own, a box's tooltip
        # or grey example words ("e.g. North locality…"), which one set by hand would hide
        self._own = given.accessibleDescription()
        heard = QAccessible.queryAccessibleInterface(given).text(QAccessible.Text.Description)
        self._set = " ".join(filter(None, (self._words, heard)))
        given.setAccessibleDescription(self._set)

    def _take_off(self) -> None:
        """The widget's own description back, unless its page has set another since (which
        left the heading out)."""
        given, self._given = self._given, None
        if given is not None and isValid(given) and given.accessibleDescription() == self._set:
            given.setAccessibleDescription(self._own)
