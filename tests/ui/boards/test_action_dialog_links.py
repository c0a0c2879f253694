"""The action dialog's root cause and success links when the Theme box changes: kept for the
theme they belong to, and a Save that would drop one says so first."""

from __future__ import annotations

from tests.ui.boards.conftest import TODAY, save_render
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
