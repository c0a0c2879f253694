"""The action dialog's root cause and success links when the Theme box changes: kept for the
theme they belong to, and a Save that would drop one says so first."""

from __future__ import annotations

from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from wtfc.ui.boards.action_dialog import ActionDialog


def _dialog(qtbot, doc, **kwargs) -> ActionDialog:
    dialog = ActionDialog(doc, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose_theme(dialog, theme_id) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme_id))  # as a mouse wheel does


def test_links_come_back_with_their_theme_after_the_box_changed_and_back(qtbot, doc):
    """A wheel over the Theme box and back cleared both links: a Save then dropped them."""
    dialog = _dialog(qtbot, doc, action=doc.get("actions", "x1"))
    assert (dialog.cause.currentData(), dialog.success.currentData()) == ("b", "s-co")
    _choose_theme(dialog, "who")
    assert dialog.cause.currentData() is None
    _choose_theme(dialog, "package")
    assert (dialog.cause.currentData(), dialog.success.currentData()) == ("b", "s-co")
    assert dialog.links.warning.isHidden()
    values = dialog.values()
    assert (values["cause_id"], values["success_id"]) == ("b", "s-co")


def test_a_link_chosen_under_another_theme_is_kept_for_that_theme(qtbot, doc):
    dialog = _dialog(qtbot, doc, action=doc.get("actions", "x1"))
    _choose_theme(dialog, "who")
    dialog.cause.setCurrentIndex(dialog.cause.findData("s1"))
    _choose_theme(dialog, "package")
    _choose_theme(dialog, "who")
    assert dialog.cause.currentData() == "s1"


def test_a_save_that_would_drop_the_links_says_so_before(qtbot, doc):
    dialog = _dialog(qtbot, doc, action=doc.get("actions", "x1"))
    _choose_theme(dialog, "who")
    warning = dialog.links.warning
    assert warning.isVisible()
    assert warning.text() == (
        "⚠ Saved now, this action loses its link to the root cause 'Contracts pay by the "
        "minute, not by outcome' and the success statement 'We buy outcomes, not minutes', "
        "which belong to the theme 'I feel like a package, not a person': choose that theme "
        "again to keep them."
    )
    assert warning.height() >= warning.heightForWidth(warning.width())  # all its lines show
    save_render(dialog, "action_dialog_links_left_out")
    _choose_theme(dialog, "package")
    assert warning.isHidden()
    dialog.success.setCurrentIndex(0)  # (none), chosen by hand: said too
    assert warning.isVisible()
    assert warning.text() == (
        "⚠ Saved now, this action loses its link to the success "
        "statement 'We buy outcomes, not minutes'."
    )
    dialog.success.setCurrentIndex(dialog.success.findData("s-op"))  # another one: no loss
    assert warning.isHidden()


def test_a_new_action_says_nothing_about_links(qtbot, doc):
    dialog = _dialog(qtbot, doc, theme_id="package")
    _choose_theme(dialog, "who")
    assert dialog.links.warning.isHidden()


def test_the_warning_grows_the_dialog_only_to_the_screens_foot_and_save_stays_on_it(
    qtbot, doc, monkeypatch
):
    """At 150% on a 1366×768 laptop the warning made the dialog 488 pixels tall: past the
    foot of the screen, with Save and Cancel under it. It grows to the foot (moving up
    first), and the fields scroll for the rest."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

    from wtfc.ui import screen_fit

    dialog = _dialog(qtbot, doc, action=doc.get("actions", "x1"))
    opened = dialog.height()
    fields = dialog.findChild(QScrollArea)
    assert fields.verticalScrollBar().maximum() == 0  # where there is room: every field shows
    short = QRect(0, 0, 800, dialog.frameGeometry().height() + 30)  # less than the warning
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window, **_where: short)
    _choose_theme(dialog, "who")
    assert dialog.links.warning.isVisible()
    assert dialog.height() > opened and dialog.frameGeometry().bottom() <= short.bottom()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.mapToGlobal(save.rect().bottomLeft()).y() <= short.bottom()
    qtbot.waitUntil(lambda: fields.verticalScrollBar().maximum() > 0)  # the rest: a scroll away
    warning = dialog.links.warning
    assert warning.height() >= warning.heightForWidth(warning.width())  # all its lines show
    save_render(dialog, "action_dialog_links_left_out_short_screen")


def test_the_theme_box_marks_a_priority_as_every_screen_does(qtbot, doc):
    """The Theme box said "★1 I feel like a package…": beside a Future theme the star read as
    its kind; then "#1 …" beside the Plan board's "Priority 1: …". It says "Priority 1: …" as
    the Plan board's Answers column, the room view and the exports do."""
    dialog = _dialog(qtbot, doc)
    texts = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
    assert texts[dialog.theme.findData("package")] == \
        "Priority 1: I feel like a package, not a person"
    assert not [t for t in texts if t.startswith(("★", "#"))]
