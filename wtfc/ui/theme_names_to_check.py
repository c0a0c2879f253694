"""After "Check all cards again": the themes whose names hold a name the check held back.

A theme accepted (or typed) before wtfc knew "Gwenllian" was a name keeps it in its name on the
wall, the room view and the posters after the cards are held back or redacted. Nothing renames
it silently (the facilitator decides, and Ctrl+Z undoes a rename): the check's result lists
each such theme, by its kind and place, never by its name, with a button that renames it.
The names stay watched (in memory only) until the next check, so a theme renamed back by an
undo, or named so after the cards were redacted, is listed again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import PersonalDetail, Theme
from wtfc.ui.boards.common import RefusalNotice, announce, push_edit
from wtfc.ui.undo import UndoAdapter

Says = Callable[[str], bool]
# a step's quoted part, as ``operations.quoted`` writes it: "'It's June's turn'" is one
_QUOTED = re.compile(r"(?<!\w)'(.+?)'(?!\w)")


def names_held_back(doc: Document, pasted: Iterable[str]) -> list[str]:
    """The names the guard holds back on any card now, and the names pasted to watch for."""
    held = [d.text for c in doc.workshop.cards if c.held_back
            for d in c.personal_details if d.category == "name"]
    return [*held, *pasted]


def name_check(names: list[str], pasted: Iterable[str] = ()) -> Says:
    """``says(text)``: whether ``text`` names one of ``names``, by the guard's own rule for a
    card's words ("Gwenllian's", "GWENLLIAN"; not "the gas bill" for a carer called Bill): the
    suggestions panel's own check (``suggestion_state.name_check``)."""
    from wtfc.ui.wall import suggestion_state

    return suggestion_state.name_check(names, pasted)


def names_in(text: str, names: list[str], pasted: Iterable[str] = ()) -> list[PersonalDetail]:
    """The names in ``text`` that ``name_check`` counts, found in the whole text ("my carer
    Bill": "Bill" alone, without "my carer" before it, is no name to the guard), read as the
    letter reads it: not "Hall" of "Trips to the Village Hall" with Pat Hall pasted."""
    from wtfc.ui.wall.suggestion_state import names_read

    return names_read(text, names, tuple(pasted))[0]


def redacted(text: str, names: list[str], pasted: Iterable[str] = ()) -> str:
    """``text`` with each name found in it as "[name]", as Redact writes a card (a pasted
    name's capitalised word wherever it stands: "[name] is always kind"; "the Village Hall"
    stays, as the letter prints it)."""
    from wtfc.ui.wall.suggestion_state import names_read

    found, spread = names_read(text, names, tuple(pasted))
    for start, end in sorted([*((d.start, d.end) for d in found), *spread], reverse=True):
        text = text[:start] + "[name]" + text[end:]
    return text


def names_to_ask_about(doc: Document) -> tuple[str, ...]:
    """The names an export asks about in the themes' names, besides those pasted to watch
    for: each name the check would list a theme for, held back by the guard itself ("Thank
    you Eirlys"), as it stands in the theme's name. Only there: "June" held back on "My carer
    June…" is no name in an action's "by June"."""
    from wtfc.clustering.key_phrases import watched_words
    from wtfc.ui.wall.suggestion_state import holds_a_name, pasted_words

    pasted = list(doc.names_to_watch)
    names = names_held_back(doc, pasted)
    watched = watched_words(names) | pasted_words(pasted)
    # only a theme sharing a word with a name can name one: with none, the card guard's
    # modules (not preloaded for exports) are not loaded on the window's thread at the press
    themes = [t for t in doc.workshop.themes if holds_a_name(t.name, watched)]
    says = name_check(names, pasted) if themes else None
    found = {re.sub(r"['’]s$", "", d.text): None for t in themes if says and says(t.name)
             for d in names_in(t.name, names, pasted)}  # "Bill's": asked as "[name]'s"
    return tuple(n for n in found if n not in pasted)


def where(doc: Document, theme: Theme) -> str:
    """A theme as the list says it, without its name: "Theme 2 of ✗ Not working (3 cards)"."""
    same = [t.id for t in doc.workshop.themes if t.kind == theme.kind]
    count = len(theme.card_ids)
    return (f"Theme {same.index(theme.id) + 1} of {theme.kind.symbol} {theme.kind.label} "
            f"({count} card{'s' if count != 1 else ''})")


class ThemeNamesToCheck(QWidget):
    """Under the check's result: a line saying how many themes' names hold a held-back name,
    and a "Rename …" button for each (hidden while there are none)."""

    def __init__(self, doc: Document, undo: UndoAdapter, notice: RefusalNotice) -> None:
        super().__init__()
        self.doc, self.undo, self.notice = doc, undo, notice
        self._names: list[str] = []  # in memory only, as the pasted names are
        self._pasted: tuple[str, ...] = ()
        self._says: Says = lambda _text: False
        self._listed: set[str] = set()  # every listed theme's name since the check, for "…"
        self.said = QLabel()
        self.said.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.said)
        self.buttons: list[QPushButton] = []
        doc.events.edited.connect(self.refresh)  # renamed, undone, redone: listed again or not
        doc.events.reset.connect(lambda: self.watch([]))  # the other workshop's names
        # a step pushed while names are watched is labelled without them (read after the push:
        # the stack holds the step only once it is done)
        undo.stack.indexChanged.connect(lambda index: self._relabel(range(index - 1, index)))
        self.hide()

    def watch(self, names: list[str], pasted: Iterable[str] = ()) -> None:
        """The check has just held back (or watched for) ``names``: list the themes naming one."""
        self._names, self._pasted = list(names), tuple(pasted)
        self._says = name_check(self._names, self._pasted)
        self._listed = set()
        self._relabel(range(self.undo.stack.count()))
        self.refresh()
        if self.buttons:  # said after the check's result, which a screen reader reads too
            announce(self.said, self.said.text())

    def _relabel(self, steps: range) -> None:
        """History, the Edit menu and "Undone: …" name the steps in ``steps`` without a watched
        name: "Create theme 'I miss [name]'s visits' from 2 cards", as Redact's steps quote a
        card. Only the label changes (in memory, as the stack is): Ctrl+Z undoes the same step."""
        if not self._names or self.undo.going():
            return
        stack, changed = self.undo.stack, False
        for i in steps:
            step = stack.command(i) if 0 <= i < stack.count() else None
            label = step.text() if step is not None else ""
            if step is not None and self._unnamed(label) != label:
                step.setText(self._unnamed(label))
                changed = True
        if changed:
            from wtfc.ui.undo_names import labels_changed

            labels_changed(stack)

    def _unnamed(self, label: str) -> str:
        """``label`` with each quoted part ("Create theme 'Rose garden trips'") read as the
        check reads a theme's name, so History hides a name where the check lists the theme,
        and only there; words outside the quotes are read as today, the whole label at once."""
        parts = _QUOTED.split(label)  # odd: the quoted parts, without their quotes
        if len(parts) == 1 or self._says(" ".join(parts[::2])):
            return redacted(label, self._names, self._pasted) if self._says(label) else label
        return "".join(f"'{self._hidden(p)}'" if i % 2 else p for i, p in enumerate(parts))

    def _hidden(self, part: str) -> str:
        """A quoted part without a watched name. A part cut at 40 characters ("…with our
        Eirl…") can hold the start of a name no check finds: the listed theme's whole name is
        hidden first, then cut again."""
        from wtfc.model.operations._names import quoted

        if part.endswith("…"):
            self._listed.update(t.name for t in self.themes())
            full = next((n for n in sorted(self._listed)
                         if " ".join(n.split()).startswith(part[:-1])), None)
            if full is not None:  # cut as ``quoted`` does, never inside "[name]"
                shown = " ".join(redacted(full, self._names, self._pasted).split())
                cut = quoted(shown)[1:-1]
                if cut.endswith("…") and cut.rfind("[") > cut.rfind("]"):
                    end = shown.find("]", cut.rfind("[")) + 1
                    cut = shown[:end] + ("…" if end < len(shown) else "")
                return cut
        return redacted(part, self._names, self._pasted) if self._says(part) else part

    def themes(self) -> list[Theme]:
        return [t for t in self.doc.workshop.themes if self._says(t.name)]

    def refresh(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        themes = self.themes()
        self._listed.update(t.name for t in themes)  # a step quoting it cut may come later
        self.setVisible(bool(themes))
        if not themes:
            return
        one = len(themes) == 1
        self.said.setText(
            f"{len(themes)} {'theme’s name holds' if one else 'themes’ names hold'} a name "
            f"held back on a card. {'It is' if one else 'They are'} on the wall, the room view "
            f"and the posters until you rename {'it' if one else 'them'}:")
        for theme in themes:
            label = f"Rename {where(self.doc, theme)}…"
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.setToolTip("Give this theme a name without the person's name (Ctrl+Z "
                              "undoes it)")
            button.clicked.connect(lambda *_, t=theme.id: self.rename(t))
            self.buttons.append(button)
            self._layout.addWidget(button)

    def rename(self, theme_id: str, ask=None) -> bool:
        """Ask for the theme's new name, starting from its name with the person's name as
        "[name]" (the old one is not shown here: this page may be projected); one undoable
        step. ``ask(text)``: the question (tests answer it)."""
        theme = self.doc.get("themes", theme_id)
        if theme is None:
            return False
        start = redacted(theme.name, self._names, self._pasted)
        if ask is None:
            from wtfc.ui.wall.theme_name_dialog import ask_theme_name

            def ask(text: str) -> str | None:
                return ask_theme_name(self.window(), "Rename theme",
                                      "Its name holds a name held back on a card. New name:",
                                      text, names=self._names)
        name = ask(start)
        if name is None:
            return False
        from wtfc.model.operations.themes import rename_theme

        return push_edit(self.undo, self.notice,
                         lambda: rename_theme(self.doc, theme_id=theme_id, name=name.strip()))
