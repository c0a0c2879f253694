"""The Identify success board: four voices, optional Making It Real prompts, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.making_it_real import MAKING_IT_REAL
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success import ID_ROLE, SuccessBoard

OLDER, CARERS, STAFF = (Perspective.OLDER_PEOPLE, Perspective.FAMILY_CARERS,
                        Perspective.STAFF_AND_MANAGERS)


def _board(qtbot, doc, undo) -> SuccessBoard:
    board = SuccessBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1600, 800)
    board.show()
    return board


def _texts(board, perspective):
    column = board.columns[perspective].list
    return [column.item(i).text() for i in range(column.count())]


def test_columns_show_the_themes_statements_by_perspective(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert _texts(board, OLDER) == ["I have time to talk with the people who help me"]
    assert _texts(board, CARERS) == []
    assert _texts(board, STAFF) == ["We plan visits around the person, not the clock"]
    board.selector.select_theme("who")
    assert all(_texts(board, p) == [] for p in Perspective)


def test_type_and_enter_adds_then_undo_redo(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    entry = board.columns[CARERS].entry
    qtbot.keyClicks(entry, "I can take a break knowing Mum is listened to")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _texts(board, CARERS) == ["I can take a break knowing Mum is listened to"]
    assert entry.text() == ""
    undo.stack.undo()
    assert _texts(board, CARERS) == []
    undo.stack.redo()
    assert len(_texts(board, CARERS)) == 1


def test_edit_in_place_delete_and_move_between_columns(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    column = board.columns[OLDER].list
    column.item(0).setText("I have time to talk")  # what the in-place editor does on commit
    assert doc.get("success", "s-op").text == "I have time to talk"
    undo.stack.undo()
    assert doc.get("success", "s-op").text.startswith("I have time to talk with")

    column.setCurrentRow(0)
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert doc.get("success", "s-op").perspective == CARERS
    undo.stack.undo()
    assert doc.get("success", "s-op").perspective == OLDER

    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Delete)
    assert doc.get("success", "s-op") is None
    assert doc.get("actions", "x1").success_id == "s-co"  # other links untouched
    undo.stack.undo()
    assert doc.get("success", "s-op") is not None


def test_alt_up_and_down_put_a_statement_in_order_in_its_column(qtbot, doc, undo):
    """Posters and the room view print a column in the order typed, with no way to change
    it. Alt+Up / Alt+Down move the chosen statement; the choice follows it; undo, redo."""
    board = _board(qtbot, doc, undo)
    entry = board.columns[OLDER].entry
    entry.setText("I am asked how I want things done")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    column = board.columns[OLDER].list
    column.setCurrentRow(1)
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = ["I am asked how I want things done", "I have time to talk with the people who help me"]
    assert _texts(board, OLDER) == moved
    assert column.currentItem().text() == moved[0]  # still chosen, for another press
    assert undo.stack.undoText() == ("Move 'I am asked how I want things done' up in what older "
                                     "people would say")
    count = undo.stack.count()
    qtbot.keyClick(column, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert undo.stack.count() == count and board.notice.isHidden()
    undo.stack.undo()
    assert _texts(board, OLDER) == moved[::-1]
    undo.stack.redo()
    assert _texts(board, OLDER) == moved
    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(board, OLDER) == moved[::-1]
    assert [s.text for s in doc.workshop.success if s.theme_id == "package"
            and s.perspective == OLDER] == moved[::-1]  # what the posters read


def test_alt_up_works_in_the_window_and_f1_lists_it(demo_window, qtbot):
    """No window-wide key takes Alt+Up first, and Help → Keyboard shortcuts names it."""
    from wtfc.model.workshop import Stage

    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = demo_window.findChild(SuccessBoard)
    qtbot.waitUntil(board.isVisible)
    column = board.columns[OLDER].list
    before = _texts(board, OLDER)
    column.setFocus()
    column.setCurrentRow(1)
    qtbot.keyClick(column, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(board, OLDER) == [before[1], before[0], *before[2:]]
    menu = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    rows = demo_window.shortcuts_dialog.visible_rows()
    assert any(keys == "Alt+Up or Alt+Down" and "up or down its column" in what
               for page, keys, what in rows if page == "On the Identify success page")


def test_undo_of_a_delete_chooses_the_statement_that_comes_back(qtbot, doc, undo):
    """As on Plan and the why-tree: the delete left the choice on another statement, and the
    one that came back was not chosen."""
    board = _board(qtbot, doc, undo)
    board.columns[STAFF].list.setCurrentRow(0)
    column = board.columns[OLDER].list
    column.setCurrentRow(0)
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Delete)
    board.columns[STAFF].list.setCurrentRow(0)  # the facilitator moved on
    undo.stack.undo()
    assert column.currentItem().data(Qt.ItemDataRole.UserRole) == "s-op"


def test_a_statement_that_may_name_someone_is_said_as_it_is_typed(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    doc.names_to_watch = ("Winifred Okafor",)  # pasted on Collect after the board was made
    entry = board.columns[OLDER].entry
    qtbot.keyClicks(entry, "Winifred Okafor knows her carers")
    assert board.detail_hint.isVisible()
    assert "“Older people would say”: “[name] knows her carers”" in board.detail_hint.text()
    entry.clear()
    assert board.detail_hint.isHidden()
    qtbot.keyClicks(entry, "Winifred Okafor knows her carers")
    board.hide()  # another page on screen: the words are changed meanwhile (an undo, a paste)
    entry.setText("We know our carers")
    board.show()
    assert board.detail_hint.isHidden()  # no stale warning when the page comes back


def _in_place_editor(column):
    from PySide6.QtWidgets import QLineEdit

    editors = [e for e in column.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_a_statement_changed_in_place_is_said_as_it_is_typed(qtbot, doc, undo):
    """F2 opens an editor in the list: its words go on the projector as typed too."""
    board = _board(qtbot, doc, undo)
    column = board.columns[OLDER].list
    column.setCurrentRow(0)
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_F2)
    editor = _in_place_editor(column)
    assert board.detail_hint.isHidden()
    editor.selectAll()
    qtbot.keyClicks(editor, "Mrs Patel said so")
    assert board.detail_hint.isVisible()
    assert "“Older people would say (changed in place)”: “[name] said so”" in \
        board.detail_hint.text()
    assert "Patel" not in board.detail_hint.text()
    save_render(board, "success_detail_hint_in_place")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert board.detail_hint.isHidden()  # the editor has gone
    assert _texts(board, OLDER) == ["I have time to talk with the people who help me"]

    qtbot.keyClick(column, Qt.Key.Key_F2)
    editor = _in_place_editor(column)
    editor.selectAll()
    qtbot.keyClicks(editor, "I know my carers")
    assert board.detail_hint.isHidden()  # plain words
    qtbot.keyClicks(editor, " and Mrs Patel")
    assert board.detail_hint.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # never blocked: the facilitator decides
    qtbot.waitUntil(lambda: _texts(board, OLDER) == ["I know my carers and Mrs Patel"])
    assert board.detail_hint.isHidden()


def test_empty_statement_is_refused_and_the_old_words_come_back(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.columns[OLDER].list.item(0).setText("   ")
    assert "needs some words" in board.notice.text()
    assert _texts(board, OLDER) == ["I have time to talk with the people who help me"]


def test_making_it_real_prompts_are_offered_never_forced(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    items = [board.prompts.item(i) for i in range(board.prompts.count())]
    headings = [i for i in items if i.data(ID_ROLE) is None]
    assert len(headings) == len(MAKING_IT_REAL)
    we_item = next(i for i in items if i.data(ID_ROLE) == "We")
    board._last_column = STAFF  # what focusing the column records when a screen exists
    board.use_prompt(we_item)  # copied to be adapted, not filed
    assert board.columns[STAFF].entry.text() == we_item.text()
    assert undo.stack.count() == 0
    board.use_prompt(headings[0])  # a heading is not a statement: nothing happens
    i_item = next(i for i in items if i.data(ID_ROLE) == "I")
    board._last_column = CARERS  # what focusing the column records when a screen exists
    board.use_prompt(i_item)
    assert board.columns[CARERS].entry.text() == i_item.text()


def test_a_we_prompt_goes_to_the_column_last_used(qtbot, doc, undo):
    """A "We" prompt went to the staff column whenever the facilitator was in the older
    people's or family carers' box (a family says "We …" too)."""
    board = _board(qtbot, doc, undo)
    rows = [board.prompts.item(i) for i in range(board.prompts.count())]
    we_item = next(i for i in rows if i.data(ID_ROLE) == "We")
    carers = board.columns[CARERS].entry
    carers.setFocus()
    qtbot.waitUntil(carers.hasFocus)
    board.use_prompt(we_item)
    assert carers.text() == we_item.text()
    assert board.columns[STAFF].entry.text() == ""


def test_the_staff_column_asks_for_i_as_well_as_we_statements(qtbot, doc, undo):
    """Seed 003's staff said "I get good training and support."; the column asked for "We …"
    only. The room view heads the column the same way."""
    from PySide6.QtWidgets import QLabel

    board = _board(qtbot, doc, undo)
    staff = board.columns[STAFF]
    def shown(column):  # a no-break space keeps "I" and "…" on one line
        return [label.text().replace("\u00a0", " ") for label in column.findChildren(QLabel)]

    assert "Statements starting “I …” or “We …”" in shown(staff)
    assert staff.entry.placeholderText().replace("\u00a0", " ") == "Add… I … or We …"
    assert "Statements starting “We …”" in shown(board.columns[Perspective.COMMISSIONERS])


def test_every_prompt_is_an_i_or_we_statement():
    for theme in MAKING_IT_REAL:
        assert all(s.startswith(("I ", "My ", "When I"))
                   for s in (*theme.i_statements, *theme.earlier))
        assert all(s.startswith("We ") for s in theme.we_statements)


def test_prompts_say_where_they_come_from_and_label_the_2012_wording(qtbot, doc, undo):
    """The list said it was the 2018 revision, yet offered two 2012 statements unlabelled (one
    right under its 2018 near-twin) and subtitles the research note marks as not verified;
    nothing on screen said whose words the prompts were."""
    board = _board(qtbot, doc, undo)
    credit = board.prompts_panel.credit
    assert credit.isVisible()
    assert credit.text() == "Prompts from Making It Real (Think Local Act Personal, 2018)"
    rows = [board.prompts.item(i) for i in range(board.prompts.count())]
    shown = [r.text() for r in rows]
    assert not any(t.startswith("My support is coordinated") for t in shown)
    speak = next(r for r in rows if r.text().startswith("I can speak to people"))
    assert speak.text().endswith("make things happen. (2012)")
    board.use_prompt(speak)  # copied as the words, without the label
    assert board.columns[OLDER].entry.text().endswith("make things happen.")
    headings = [r.text() for r in rows if r.data(ID_ROLE) is None]
    assert headings == ["Wellbeing and independence", "Information and advice",
                        "Active and supportive communities: Keeping family, friends and "
                        "connections", "Flexible and integrated care and support",
                        "When things need to change: Staying in control"]


def test_render(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    settle()
    save_render(board, "success_board")
    # what the picture shows: the four groups side by side, each with its statements, and
    # the Making It Real prompts beside them
    lefts = [board.columns[p].list.mapTo(board, board.columns[p].list.rect().topLeft()).x()
             for p in Perspective]
    assert lefts == sorted(lefts) and len(set(lefts)) == 4
    assert _texts(board, Perspective.OLDER_PEOPLE) == [
        "I have time to talk with the people who help me"]
    assert _texts(board, Perspective.COMMISSIONERS) == ["We buy outcomes, not minutes"]
    assert board.prompts_panel.isVisible()


def _rows_cut_short(widget) -> list[str]:
    """Rows whose words need more height than the row has, at the width they are painted at
    (QListView paints a top-to-bottom list's rows across the viewport less the spacing, and the
    style keeps text margins inside that): those lose their last line on screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    style = widget.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    short = []
    for i in range(widget.count()):
        item = widget.item(i)
        option = QStyleOptionViewItem()
        widget.itemDelegate().initStyleOption(option, widget.indexFromItem(item))
        option.rect = widget.visualItemRect(item)
        option.rect.setWidth(widget.viewport().width() - 2 * widget.spacing())
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        needed = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, text.width() - 2 * margin, 10**6), Qt.TextFlag.TextWordWrap,
            item.text()).height()
        if needed > option.rect.height():
            short.append(item.text())
    return short


def test_long_statements_and_prompts_show_every_word(qtbot, doc, undo):
    """A statement that only just fits in its lines once lost its last word ("… support")."""
    board = _board(qtbot, doc, undo)
    entry = board.columns[STAFF].entry
    for text in ("I have all the information I need - we have written information about what "
                 "matters to the person and how best to support them.",
                 "It is easier to respect others when you are respected yourself.",
                 "We listen, we write down what matters, and we come back when we said."):
        entry.setText(text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    for width in (1600, 1100, 1900):
        board.resize(width, 800)
        settle()
        for column in board.columns.values():
            assert _rows_cut_short(column.list) == []
        assert _rows_cut_short(board.prompts) == []


def test_editing_to_the_same_words_with_extra_spaces_shows_the_words_as_kept(qtbot, doc, undo):
    board = SuccessBoard(doc, undo)
    qtbot.addWidget(board)
    statement = next(s for s in doc.workshop.success if s.theme_id == board.theme_id())
    column = board.columns[statement.perspective].list
    item = next(column.item(r) for r in range(column.count())
                if column.item(r).data(ID_ROLE) == statement.id)
    item.setText(f"  {statement.text.replace(' ', '   ')}  ")  # what the in-place editor does
    shown = [column.item(r).text() for r in range(column.count())]
    assert statement.text in shown and undo.stack.count() == 0


def test_no_priority_yet_names_the_tab_where_priorities_are_chosen(qtbot):
    from wtfc.model.document import Document
    from wtfc.ui.undo import UndoAdapter

    doc = Document()
    board = _board(qtbot, doc, UndoAdapter(doc))
    assert not board.add_statement(Perspective.OLDER_PEOPLE)
    said = board.notice.text()
    assert "Prioritise" not in said
    assert "“1. Choose priorities”" in said and "4 Understand" in said and "Ctrl+4" in said


def test_half_typed_words_stay_with_their_theme_when_another_is_chosen(qtbot, doc, undo):
    """Words left in an "Add…" box followed the theme switch, and Enter then added them to
    the other theme. They stay with the theme they were typed for, and come back with it."""
    COMMISSIONERS = Perspective.COMMISSIONERS
    board = _board(qtbot, doc, undo)
    entry = board.columns[COMMISSIONERS].entry
    entry.setFocus()
    qtbot.keyClicks(entry, "We pay for time")
    board.selector.select_theme("who")
    assert entry.text() == ""
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _texts(board, COMMISSIONERS) == []  # nothing added to the other theme
    assert not any(s.theme_id == "who" for s in doc.workshop.success)
    qtbot.keyClicks(entry, "We fund a named team")  # this theme's own words, kept with it
    board.selector.select_theme("package")
    assert entry.text() == "We pay for time"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _texts(board, COMMISSIONERS) == ["We buy outcomes, not minutes", "We pay for time"]
    board.selector.select_theme("who")
    assert entry.text() == "We fund a named team"


def test_half_typed_words_go_when_another_workshop_is_opened(qtbot, doc, undo):
    from tests.ui.boards.board_workshops import sample_workshop

    board = _board(qtbot, doc, undo)
    qtbot.keyClicks(board.columns[OLDER].entry, "I get to")
    board.selector.select_theme("who")
    doc.replace_workshop(sample_workshop())
    board.selector.select_theme("package")
    assert board.columns[OLDER].entry.text() == ""


def test_at_150_percent_on_a_laptop_the_columns_keep_their_words_whole(demo_window, qtbot):
    """A 1366×768 laptop at 150% is 911×512 logical pixels: the four columns were ~100 px
    wide, their words cut mid-word ("carer", "liste"), "Commissioners would say" clipped and
    the title read "What would success look lik". The prompts fold away behind a button."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wtfc.model.workshop import Stage

    demo_window.resize(911, 512)
    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = demo_window.findChild(SuccessBoard)
    qtbot.waitUntil(board.isVisible)
    settle()
    assert demo_window.width() == 911

    def words_whole():
        for column in board.columns.values():
            statements, option = column.list, QStyleOptionViewItem()
            option.font = statements.font()
            row = statements.viewport().width() - 2 * statements.spacing()
            assert column.delegate.text_width(option, row) >= \
                QFontMetrics(statements.font()).horizontalAdvance("information"), column.title
            heading = QFontMetrics(column.title.font())
            assert column.title.contentsRect().width() >= max(
                heading.horizontalAdvance(word) for word in column.title.text().split())
            assert column.title.height() >= column.title.heightForWidth(column.title.width())

    words_whole()
    title = board.title
    assert title.wordWrap() and title.height() >= title.heightForWidth(title.width())
    # on one line above the button and the Theme box (HeadingRow), or beside them
    assert not title.geometry().intersects(board.prompts_button.geometry())
    assert board.prompts_panel.isHidden() and board.prompts_button.isVisible()
    assert board.prompts_button.text() == "Show prompts"
    qtbot.keyClick(board.focus_target(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert board.prompts_panel.isVisible() and board.prompts.hasFocus()
    settle()
    words_whole()  # the columns scroll sideways beside the prompts
    save_render(board, "success_at_150_percent_prompts_shown")
    demo_window.resize(1400, 900)  # room for both: the prompts beside, no button
    settle()
    assert board.prompts_panel.isVisible() and board.prompts_button.isHidden()
    words_whole()


def test_on_a_narrow_screen_the_box_typed_in_comes_into_sight(demo_window, qtbot):
    """With the prompts shown at 150% the columns scroll sideways: Alt+4 put the keyboard in
    the Commissioners box off screen, and Tab from the theme box stopped on the scroll area
    itself (no name, no focus mark)."""
    from wtfc.model.workshop import Perspective, Stage

    demo_window.resize(911, 512)
    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = demo_window.findChild(SuccessBoard)
    qtbot.waitUntil(board.isVisible)
    qtbot.keyClick(board.focus_target(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle()
    last = list(board.columns.values())[-1]
    qtbot.keyClick(board.prompts, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(last.entry.hasFocus)
    area = board.columns_area.viewport()

    def in_sight() -> bool:
        left = last.entry.mapTo(area, last.entry.rect().topLeft()).x()
        return left >= 0 and left + last.entry.width() <= area.width()

    qtbot.waitUntil(in_sight)
    # the theme box is Tab's last stop on the board now (review 29 R2 #8): back from the
    # first column, Shift+Tab passes the scroll area by
    older = board.columns[Perspective.OLDER_PEOPLE].list
    older.setFocus()
    qtbot.keyClick(older, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert not board.columns_area.hasFocus() and not older.hasFocus()
