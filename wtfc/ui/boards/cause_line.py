"""The line under the why-tree where a reason, a cause's new words or a branch's team is typed.

``CauseLine.begin(mode, prompt, text)`` opens it for "why", "edit" or "team"; Enter hands the
words to the board (``take(mode, words)``, True when it took them), Escape (the board's key)
ends it, and the keyboard goes back to the board (``ended``) unless it has left the line. Words
typed and not sent with Enter are sent before a save, export or close, or when the keyboard
leaves the line (the board watches for that: ``record_typed``).

Closed, the line is greyed with "Press Why? (W) to type a reason here" in it, and a click in it
asks why under the chosen box (``asked``): a first-time facilitator took the long empty box for
where to type, clicked, typed, and the keys went to the tree. On a read-only workshop it says
that instead (``set_read_only``). A hope's tree asks what stands in the way of the hope, not
why (``set_kind``, ``wtfc.model.cause_kind_words``); under an obstacle it asks why it is there,
the five whys every kind's tree digs down with (``set_deeper``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget

from wtfc.model.cause_kind_words import NO_KIND, CauseWords, cause_words, idle_hint
from wtfc.model.workshop import Kind
from wtfc.ui.undo import undo_keys_pass_on


def asked_words(kind: Kind | None, deeper: bool = False) -> CauseWords:
    """What W asks of the chosen box: the tree's question of its theme's ``kind`` at the top
    (a hope's "What is in the way?"), and "Why?" of a cause below it (``deeper``) for every
    kind: "What is in the way? ('No one to help with the garden')" asked what stands in the way
    of the obstacle, where the room digs down to why there is no one to help."""
    return NO_KIND if deeper else cause_words(kind)


def ask_words(kind: Kind | None, deeper: bool = False) -> str:
    """The closed line's words before it: "Choose a box, then press W to ask “why?”"."""
    return f"Choose a box, then press W to ask “{asked_words(kind, deeper).ask.lower()}”"


def idle_words(kind: Kind | None, deeper: bool = False) -> str:
    """The closed line's grey words: "Press Why? (W) to type a reason here"."""
    return idle_hint(None if deeper else kind)  # None: a problem's words, "Why?"


ASK_WHY = ask_words(Kind.NOT_WORKING)
IDLE_NAME = "Cause words"  # the line's name to a screen reader while nothing is asked
IDLE_HINT = idle_words(Kind.NOT_WORKING)  # grey in the closed line: "Press Why? (W) to type…"
TYPE_HINT = "Type, then Enter to save or Escape to cancel"  # the open line's tooltip
# a read-only file's closed line: "Press Why? (W)" sent people to a key that only refused
READ_ONLY_PROMPT = "Read-only:"
READ_ONLY_HINT = "This workshop is open read-only: its reasons can be seen, not changed."
# The box to type in keeps room for this many letters: at 16 pt on 1024×768 a hope's question
# took the line and left a 45 px box, three letters, and the room's answer was typed blind.
TYPING_ROOM = 20
NAME_SHOWN = 8  # letters of the quoted name worth showing, cut; fewer: the question alone


class CauseLine(QWidget):
    def __init__(self, take: Callable[[str, str], bool], ended: Callable[[], None],
                 parent: QWidget | None = None, *,
                 asked: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._take, self._ended, self._asked = take, ended, asked
        self.mode = ""          # what the line is doing: "why", "edit", "team" or ""
        self.read_only = False  # the workshop's: ``set_read_only``
        self.kind: Kind | None = Kind.NOT_WORKING  # the tree's theme's: what W asks (``set_kind``)
        self.deeper = False  # a cause is chosen, not the theme: W asks why (``set_deeper``)
        self._begun_with = ""   # what it held when it opened
        # plain: a cause's "<b>" is words; its "&" is doubled in ``begin`` (the buddy reads one)
        self.prompt = QLabel()
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QLineEdit()
        self.editor.setAccessibleName(IDLE_NAME)
        self.editor.setToolTip(TYPE_HINT)
        self.editor.returnPressed.connect(self.send)
        # Ctrl+Z with nothing typed: the window's Undo; a click while closed: Why?
        self.editor.installEventFilter(self)
        self.prompt.setBuddy(self.editor)
        self.prompt.setMinimumWidth(1)  # it gives way to the box: ``_fit``
        self._prompt_text = ""  # the whole question; the label may show it cut with "…"
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.prompt)
        row.addWidget(self.editor, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A box opened empty (W) swallowed Ctrl+Z: with nothing of its own to take back, the
        key goes on to Edit > Undo, which first closes the box (``record_typed``). A click in
        the closed (greyed) line opens it, as Why? does (a greyed box still sees the click)."""
        if watched is not self.editor:
            return False
        if (not self.mode and self._asked is not None
                and event.type() == QEvent.Type.MouseButtonPress
                and event.button() == Qt.MouseButton.LeftButton):  # type: ignore[attr-defined]
            self._asked()
            return True
        return undo_keys_pass_on(event, self.editor)

    def begin(self, mode: str, prompt: str, text: str) -> None:
        self.mode, self._begun_with = mode, text
        self._show_prompt(prompt)
        # the screen's question is the box's name: it read "Cause words" under "Team for this
        # branch:" and "Why? (…)" alike
        self.editor.setAccessibleName(prompt.rstrip().rstrip(":") or IDLE_NAME)
        self.editor.setAccessibleDescription(TYPE_HINT)
        self.editor.setText(text)
        self.editor.setPlaceholderText("")
        self.editor.setEnabled(True)
        self.editor.setFocus()
        self.editor.selectAll()

    def send(self) -> None:
        """Enter: the words go to the board; the line closes when it took them (a team always:
        an empty team clears it)."""
        mode = self.mode
        if self._take(mode, self.editor.text()) or mode == "team":
            self.end()

    def record_typed(self) -> bool:
        """Words typed and not yet sent are sent; False when the board refused them (and said
        why): they stay in the line."""
        if not self.mode:
            return True
        if self.editor.text() == self._begun_with:  # opened and left as it was
            self.end()
            return True
        if self.typed() is None:
            return True
        self.send()
        return not self.mode

    def typed(self) -> str | None:
        """The words typed and not yet sent that leaving the line would send; None when there
        are none (closed, as it opened, or nothing typed yet: a team left empty is an answer,
        it clears the team)."""
        text = self.editor.text()
        if not self.mode or text == self._begun_with:
            return None
        return text if self.mode == "team" or text.strip() else None

    def end(self) -> None:
        self.mode = ""  # first: the line losing the keyboard below has nothing left to send
        # the keyboard goes back to the board (``ended``) only from the line: Ctrl+H's History
        # list, or a Teams count box clicked while typing, took it and keeps it
        from_line = QApplication.focusWidget() in (None, self.editor)
        self._closed_words()
        self.editor.clear()
        self.editor.setEnabled(False)
        if from_line:
            self._ended()

    def set_read_only(self, read_only: bool) -> None:
        """The workshop was opened read-only or made writable (Save As): the closed line says
        so, or how to open it."""
        self.read_only = read_only
        if not self.mode:
            self._closed_words()

    def set_kind(self, kind: Kind | None) -> None:
        """The tree shown is of a theme of ``kind``: the closed line asks its question."""
        self.kind = kind
        if not self.mode:
            self._closed_words()

    def set_deeper(self, deeper: bool) -> None:
        """The box chosen is a cause (True) or the theme's own box: what W asks of it."""
        self.deeper = deeper
        if not self.mode:
            self._closed_words()

    @property
    def words(self) -> CauseWords:
        """What W asks of the chosen box, and what the answer is: ``asked_words``."""
        return asked_words(self.kind, self.deeper)

    @property
    def ask(self) -> str:
        """What W asks of the chosen box: "Why?", or "What is in the way?" of a hope's own box."""
        return self.words.ask

    @property
    def ask_why(self) -> str:
        return ask_words(self.kind, self.deeper)

    def _closed_words(self) -> None:
        hint = READ_ONLY_HINT if self.read_only else idle_words(self.kind, self.deeper)
        self._show_prompt(READ_ONLY_PROMPT if self.read_only else self.ask_why)
        self.editor.setAccessibleName(IDLE_NAME)
        self.editor.setPlaceholderText(hint)
        # the set name hides the grey words from a screen reader, which heard the open line's
        # "Type, then Enter…" in a box it could not type in
        self.editor.setAccessibleDescription(hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _show_prompt(self, text: str) -> None:
        self._prompt_text = text
        self._fit()

    def _fit(self) -> None:
        """The question gives way to the box: past the room the box's ``TYPING_ROOM`` letters
        leave, the quoted name is cut with "…" inside its quotes ("What is in the way? ('I want
        to get out, see…')"), whole in the label's tooltip and name and the box's name."""
        text = self._prompt_text
        self.editor.setMinimumWidth(self.editor.fontMetrics().averageCharWidth() * TYPING_ROOM)
        spacing = max(self._row.spacing(), 0)
        room = self.width() - self.editor.minimumWidth() - spacing
        metrics = self.prompt.fontMetrics()
        shown = text
        if metrics.horizontalAdvance(text) > room:
            tail = "')" if text.endswith("')") else ""  # the quote stays closed
            head = text[: len(text) - len(tail)]
            shown = metrics.elidedText(head, Qt.TextElideMode.ElideRight,
                                       max(room - metrics.horizontalAdvance(tail), 0))
            ask = head.split(" (", 1)[0]
            # "What is in the way? ('I w…')" said nothing of the name: the question whole
            if tail and len(shown.partition("('")[2]) < NAME_SHOWN + 1 \
                    and metrics.horizontalAdvance(ask) <= room:
                shown = ask
            elif "('" in shown:
                shown += tail
        # "Why? ('R&D …')" underlined the D and took Alt+D from the window
        self.prompt.setText(shown.replace("&", "&&"))
        self.prompt.setToolTip(text if shown != text else "")
        self.prompt.setAccessibleName(text)
