"""The questions File → Export asks the facilitator before a PDF is made: writing the PDF cannot
show (Chinese, Bengali, emoji, …), possible personal details in what was typed during the day
(and in what the report prints of last time's workshop), for the report a purpose, scope or
agreement still word for word last time's, and, for the feedback sheet, words an older reader
may not know. Each says where, and the facilitator chooses whether to go on.

``names``: the workshop's names to watch (``Document.names_to_watch``), which every question
quotes the same way: by kind, never the words themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wtfc.model.workshop import Workshop


def confirm_unshowable(
    parent: QWidget,
    *,
    key: str,
    workshop: Workshop,
    names: tuple[str, ...],
    previous: Workshop | None = None,
    theme_names: tuple[str, ...] = (),
) -> bool:
    """Whether to go on when the PDF cannot show some of the workshop's writing (Chinese,
    Bengali, emoji, …): the facilitator is told which cards and what to do, and chooses.
    ``previous``: last time's workshop, some of whose words the report or the feedback sheet
    prints too; ``theme_names`` as ``confirm_typed_details``'s."""
    from wtfc.export.unshowable import unshowable_parts, warning

    # quoted as the personal-detail question before it
    quote = _quote(workshop, names, previous, theme_names)
    parts = unshowable_parts(workshop, key, previous, quote=quote)
    return _go_on_anyway(parent, "Some words cannot be shown in the PDF", warning(parts))


def confirm_typed_details(
    parent: QWidget,
    *,
    key: str,
    workshop: Workshop,
    names: tuple[str, ...],
    previous: Workshop | None = None,
    theme_names: tuple[str, ...] = (),
) -> bool:
    """Whether to go on when words typed during the day (theme names, causes, actions…) that
    export ``key`` prints may be personal details: the facilitator is told where, and chooses.
    ``previous``: last time's workshop, whose actions and theme names the report or the
    feedback sheet prints too. ``theme_names``: names the guard held back by itself that
    the check lists themes for, asked about in the themes' names only ("Trips out in June"
    is asked about, an action's "by June" is not)."""
    from wtfc.importing.typed_details import question, typed_details

    found = typed_details(workshop, key, names, theme_names)
    message = question(found)
    if previous is not None:
        from wtfc.importing.last_time_details import CHANGED_THERE, last_time_details

        last_time = last_time_details(previous, workshop, names, key, theme_names)
        if last_time:  # one question for both, saying where last time's words are changed
            message = f"{question(found + last_time)}\n{CHANGED_THERE}"
    return _go_on_anyway(parent, "Possible personal details in the export", message)


def confirm_plain_words(parent: QWidget, *, workshop: Workshop, names: tuple[str, ...],
                        previous: Workshop | None = None,
                        theme_names: tuple[str, ...] = ()) -> bool:
    """For the feedback sheet: words in its actions, their notes and themes (and last time's,
    under "Since last time", given ``previous``) an older reader may not know ("Individual
    Service Funds", "pilot"), so the facilitator can reword them first. Only advice: anything
    but Cancel exports, and Export is the default."""

    from wtfc.export.feedback_sheet_plain import plain_words_note

    quote = _quote(workshop, names, previous, theme_names)  # as the questions before it
    message = plain_words_note(workshop, quote, previous)
    return _advised(parent, "Words an older reader may not know", message, "the sheet")


def confirm_same_as_last_time(parent: QWidget, *, key: str, workshop: Workshop,
                              names: tuple[str, ...], previous: Workshop | None = None,
                              theme_names: tuple[str, ...] = ()) -> bool:
    """For the report, given last time's workshop: its purpose, scope or "How we agreed to
    work and decide" still word for word last time's (a new cycle starts with them), so the
    cover may print last time's scope beside this time's people. Only advice, as the same
    words may be right again: anything but Cancel exports, and Export is the default."""
    if previous is None:
        return True

    from wtfc.export.same_as_last_time import same_as_last_time

    message = same_as_last_time(workshop, previous, key,
                                quote=_quote(workshop, names, previous, theme_names))
    return _advised(parent, "Words from last time's workshop", message, "the report")


def _quote(workshop: Workshop, names: tuple[str, ...], previous: Workshop | None,
           theme_names: tuple[str, ...]) -> Callable[[str], str]:
    """Quotes as the personal-detail question does: ``names`` anywhere, and ``theme_names``
    inside a theme's name, this time's or last time's ("Trips out in [name]", but "by June")."""
    from wtfc.importing.typed_details import quote_theme_names

    themes = [t.name for t in (*workshop.themes, *(previous.themes if previous else ()))]
    return lambda text: quote_theme_names(text, names, theme_names, themes)


def _advised(parent: QWidget, title: str, message: str | None, what: str) -> bool:
    """True when there is no advice, or the facilitator does not Cancel it: advice only, so
    Export (Yes) is the default, unlike _go_on_anyway's questions."""
    if not message:
        return True
    from PySide6.QtWidgets import QMessageBox

    # the user's words quoted as typed, not as HTML, and a long link left whole to copy
    from wtfc.ui.plain_tip import as_typed

    answer = QMessageBox.question(
        parent, title, as_typed(f"{message}\n\nExport {what} as it is?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer != QMessageBox.StandardButton.Cancel


def _go_on_anyway(parent: QWidget, title: str, message: str) -> bool:
    """True when there is nothing to say, or the facilitator chooses to export anyway (Cancel
    is the default: a slip of Enter writes nothing)."""
    from PySide6.QtWidgets import QMessageBox

    # the user's words quoted as typed, not as HTML, and a long link left whole to copy
    from wtfc.ui.plain_tip import as_typed

    if not message:
        return True
    answer = QMessageBox.question(
        parent,
        title,
        as_typed(f"{message}\n\nExport anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
