"""The suggestions panel says plainly what it could and could not do: cards that say
different things are not dressed up as a theme, and cards in words wtfc does not know (another
language) are neither grouped silently nor counted as grouped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import GROUPED_TEXTS, finish

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.card_fit import fit_card, fit_question
from wtfc.ui.wall.suggestion_messages import fitted

NW = Kind.NOT_WORKING
UNRELATED = [
    "It's all bingo and quizzes. I was an engineer for forty years, I'd like something to get "
    "my teeth into.",
    "I'm on my own with it at night. I haven't had a full night's sleep in two years.",
    "The paperwork for the direct payment is a nightmare. I dread the brown envelopes.",
    "I'm frightened of falling at night and nobody knowing.",
    "Dad's hearing aids keep going missing at the day centre and no one takes responsibility.",
]
GROUPS = GROUPED_TEXTS[:6]  # two clear groups: the bus and loneliness
URDU = ["ہر روز نیا کیئرر آتا ہے", "بس بند ہو گئی ہے، میں بازار نہیں جا سکتا"]


pytestmark = pytest.mark.usefixtures("word_table")


def wall_of(show, texts):
    doc = Document(
        Workshop(title="t", cards=[Card(id=f"c{i}", kind=NW, text=t) for i, t in enumerate(texts)])
    )
    return show(WallPanel(doc, UndoAdapter(doc)), 1500, 900)


def suggest(qtbot, wall):
    finish(qtbot, wall.suggestions.suggest(NW))
    return wall.suggestions


def test_cards_that_say_different_things_are_not_offered_as_a_theme(qtbot, show):
    panel = suggest(qtbot, wall_of(show, UNRELATED))
    assert panel.themes_page.shown == []
    assert panel.message.text().startswith(
        "These 5 ✗ Not working cards not yet in a theme don't say similar things: sort them by "
        "hand"
    )
    panel.detach()


def test_cards_in_unknown_words_are_named_and_not_counted(qtbot, show):
    panel = suggest(qtbot, wall_of(show, [*GROUPS, *URDU]))
    text = panel.message.text()
    assert "for 6 ✗ Not working cards not yet in a theme" in text  # the 6 grouped, not 8
    assert "can't match the words of 2 cards" in text and "sort them by hand" in text
    assert not {"c6", "c7"} & {c for s in panel.themes_page.shown for c in s.suggestion.member_ids}
    panel.detach()


def wall_with_themes(show):
    """Two themes of lonely and bus cards; unsorted: a card in Urdu, one lonely card and
    the five unrelated ones."""
    cards = [Card(id=f"c{i}", kind=NW, text=t) for i, t in enumerate(GROUPS)]
    cards += [
        Card(id="urdu", kind=NW, text=URDU[0]),
        Card(id="lonely", kind=NW, text="Nobody comes to see me, I am so lonely"),
        Card(id="hospital", kind=NW, text="The bus to the hospital was cancelled"),
        *(Card(id=f"x{i}", kind=NW, text=t) for i, t in enumerate(UNRELATED)),
    ]
    themes = [
        Theme(id="bus", kind=NW, name="I can't get about", card_ids=["c0", "c1", "c2"]),
        Theme(id="alone", kind=NW, name="I feel lonely", card_ids=["c3", "c4"]),
    ]
    doc = Document(Workshop(title="t", cards=cards, themes=themes))
    undo = UndoAdapter(doc)
    return show(WallPanel(doc, undo), 1500, 900), undo


def fit(qtbot, wall, card_id, like=False):
    wall.view.focus_card(wall.scene.cards[(card_id, None)])
    finish(qtbot, wall.suggestions.ask_fit(like=like))
    return wall.suggestions.fit_page


def test_a_card_in_unknown_words_is_not_put_in_theme_one(qtbot, show):
    wall, undo = wall_with_themes(show)
    page = fit(qtbot, wall, "urdu")
    assert "wtfc can't match these words — sort this card by hand" in (
        wall.suggestions.message.text()
    )
    assert page.themes.selectedItems() == [] and not page.put_button.isEnabled()
    assert not page.themes.item(0).text().startswith("1.")  # no ranking it does not have
    assert page.themes_label.text() == "The&mes of its kind (not ranked: choose one):"
    page.themes.setFocus()
    qtbot.keyClick(page.themes, Qt.Key.Key_Return)
    assert undo.stack.count() == 0 and "urdu" in {c.id for c in wall.doc.unsorted_cards()}
    page.themes.setCurrentRow(1)  # the facilitator chooses: then it goes there
    assert page.put_button.isEnabled() and page.put_in_current()
    assert "urdu" in wall.doc.theme("alone").card_ids
    wall.suggestions.detach()


def test_a_card_it_can_match_still_has_its_best_theme_ready(qtbot, show):
    wall, _undo = wall_with_themes(show)
    page = fit(qtbot, wall, "lonely")
    assert page.themes.currentItem().text().startswith("1. I feel lonely")
    wall.suggestions.detach()


def test_only_cards_really_like_it_are_ticked(qtbot, show):
    wall, _undo = wall_with_themes(show)
    page = fit(qtbot, wall, "lonely", like=True)  # "Nobody comes to see me, I am so lonely"
    assert page.ticked_like() == ["c5"]  # "Nobody visits me and I am lonely"
    assert wall.scene.highlighted == {"c5"}
    assert page.like.count() > 1  # the others are listed, unticked, for the room to judge
    assert ("1 card not yet in a theme, most like this one, is ringed on the wall"
            in wall.suggestions.message.text())
    wall.suggestions.detach()


def test_no_ring_is_promised_when_no_card_is_close(qtbot, show):
    wall, _undo = wall_with_themes(show)
    page = fit(qtbot, wall, "hospital")  # it fits the bus theme; no unsorted card is like it
    assert page.themes.currentItem().text().startswith("1. I can't get about")
    assert wall.scene.highlighted == set()
    assert "ringed" not in wall.suggestions.message.text()
    wall.suggestions.detach()


def test_an_english_card_that_fits_weakly_is_ranked_not_called_unreadable(qtbot, show):
    wall, undo = wall_with_themes(show)
    page = fit(qtbot, wall, "x3")  # "I'm frightened of falling at night and nobody knowing."
    text = wall.suggestions.message.text()
    assert "No theme fits this card closely: choose one, or sort it by hand." in text
    assert "can't match" not in text
    assert [page.themes.item(r).text().split("\n")[0] for r in range(page.themes.count())] == [
        "1. I feel lonely",
        "2. I can't get about",
    ]
    assert page.themes_label.text() == "The&mes closest first (none fits well: choose one):"
    assert page.themes.selectedItems() == [] and not page.put_button.isEnabled()
    page.themes.setFocus()
    qtbot.keyClick(page.themes, Qt.Key.Key_Return)  # weak: Enter waits for the room's choice
    assert undo.stack.count() == 0
    wall.suggestions.detach()


def test_the_demo_s_plain_english_cards_are_never_called_unreadable():
    doc = Document(load_workshop(demo_path()).workshop)
    for card in doc.unsorted_cards():
        if card.held_back:
            continue
        answer = fit_card(fit_question(doc, card))
        assert "can't match" not in fitted(answer, like=False), card.text
        assert "can't match" not in fitted(answer, like=True), card.text


SAY_NOTHING = ["ok", "see above", "N/A"]


def test_cards_that_say_nothing_on_their_own_are_counted_apart(qtbot, show):
    """'ok', 'see above' were suggested as a theme of their own, or mixed into real ones."""
    panel = suggest(qtbot, wall_of(show, [*GROUPS, *SAY_NOTHING]))
    grouped = {c for s in panel.themes_page.shown for c in s.suggestion.member_ids}
    assert grouped and not grouped & {"c6", "c7", "c8"}
    text = panel.message.text()
    assert (" 3 cards say nothing on their own (“ok”, “see above”): read them with the person's "
            "other cards.") in text
    assert "fit no group" not in text  # the six grouped; the three are said apart
    panel.detach()


def test_a_wall_of_only_filler_says_so_and_nothing_else(qtbot, show):
    panel = suggest(qtbot, wall_of(show, SAY_NOTHING))
    assert panel.themes_page.shown == []
    assert panel.message.text().startswith("3 cards say nothing on their own")
    assert "similar things" not in panel.message.text()
    panel.detach()


def test_a_name_held_back_on_one_card_is_never_quoted_from_another(qtbot, show):
    """The guard held back "My PA Gwenllian…"; three other cards name her unflagged. The first
    suggestion was named "I love it when Gwenllian comes…", its reason quoting “gwenllian”."""
    from wtfc.model.workshop import PersonalDetail

    texts = ["I love it when Gwenllian comes, she makes me laugh",
             "Gwenllian takes me out shopping on Fridays",
             "Gwenllian is the best carer I have had", *GROUPS]
    cards = [Card(id=f"c{i}", kind=NW, text=t) for i, t in enumerate(texts)]
    cards.append(Card(id="held", kind=Kind.WORKING, text="My PA Gwenllian is wonderful",
                      personal_details=[PersonalDetail(start=6, end=15, category="name",
                                                       text="Gwenllian")]))
    doc = Document(Workshop(title="t", cards=cards))
    wall = show(WallPanel(doc, UndoAdapter(doc)), 1500, 900)
    panel = suggest(qtbot, wall)
    assert panel.themes_page.shown
    for row in range(panel.themes_page.list.count()):
        panel.themes_page.list.setCurrentRow(row)
        seen = [panel.themes_page.list.item(row).text(), panel.themes_page.name.text(),
                panel.themes_page.reason.text()]
        assert not any("gwenllian" in words.lower() for words in seen)
    panel.detach()


def test_the_panel_says_not_yet_in_a_theme_as_the_wall_does(qtbot, show):
    """The wall's block reads "Not yet in a theme · 14 cards" (so do the Review board and the
    report); the panel beside it said "14 unsorted ★ Future cards"."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QWidget

    wall = wall_of(show, GROUPS)
    panel = suggest(qtbot, wall)
    assert "for 6 ✗ Not working cards not yet in a theme:" in panel.message.text()
    said = [panel.message.text(), panel.fit_page.card_label.text(), panel.tabs.tabToolTip(0)]
    said += [w.toolTip() for w in panel.findChildren(QWidget)]
    said += [w.accessibleName() for w in panel.findChildren(QWidget)]
    said += [label.text() for label in panel.findChildren(QLabel)]
    said += [a.toolTip() for a in wall.findChildren(QAction)]
    assert any("not yet in a theme" in words for words in said[3:])
    assert not [words for words in said if "unsorted" in words.lower()]
    panel.detach()
