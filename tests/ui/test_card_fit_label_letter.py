"""R1b (review 33): c24adb24 moved "Themes it fits best:" from Alt+T to Alt+M (the tab
"Suggested &themes" is on screen with it), but the label is set again for every answer, in
three wordings; only the first one shown was checked. Each answer's label keeps a letter no
other thing on the wall (the tabs) or the menu bar has. Put in tests/ui/."""

from __future__ import annotations

import pytest
from test_shortcut_clashes import _built, _letters, _mnemonic, window  # noqa: F401

from wtfc.model.workshop import Stage
from wtfc.ui.wall.card_fit import FitAnswer


@pytest.mark.parametrize(("matched", "known"), [(True, True), (False, True), (False, False)])
def test_every_answers_themes_label_keeps_its_own_letter(window, matched, known):  # noqa: F811
    page = _built(window, Stage.THEME)
    panel = page.suggestions
    card = window.doc.workshop.cards[0]
    panel.fit_page.show_answer(FitAnswer(card.id, [], [], matched=matched, known=known))
    label = panel.fit_page.themes_label.text()
    letter = _mnemonic(label)
    assert letter is not None, label
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
    others = [text for found, text in _letters(page) if found == letter and text != label]
    assert letter not in menus and others == [], (label, others)
