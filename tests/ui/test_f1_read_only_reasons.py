"""F1 on a workshop open read-only says why each greyed letter does nothing.

Collect's Alt+I, X, A, P, Prepare's fields (Alt+T, D, V, A, P, C, Y, K) and Understand's Alt+W read
"(not now: greyed out)" right beside Edit's "(not now: this workshop is open read-only)"
(code review 23 G2 F2).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage


def _page_rows(window) -> dict[str, str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    dialog = window.shortcuts_dialog
    dialog.find_box.setText("")
    return {keys: what for group, keys, what in dialog.visible_rows() if group.startswith("On the")}


def _open_read_only(window) -> None:
    window.undo.read_only = True
    window.doc.replace_workshop(window.doc.workshop)  # as a kept version opens


def test_collect_s_greyed_letters_say_the_workshop_is_open_read_only(demo_window):
    window = demo_window
    window.go_to_stage(Stage.COLLECT)
    _open_read_only(window)
    rows = _page_rows(window)
    for keys in ("Alt+I", "Alt+X", "Alt+A", "Alt+P", "Alt+T", "Alt+D", "Alt+M"):
        assert rows[keys].endswith("(not now: this workshop is open read-only)"), keys
    window.shortcuts_dialog.find_box.setText("read-only")
    save_render(window.shortcuts_dialog, "f1_collect_read_only_reasons")


def test_prepare_s_and_understand_s_letters_say_so_too(demo_window):
    window = demo_window
    _open_read_only(window)
    window.go_to_stage(Stage.PREPARE)
    rows = _page_rows(window)
    for keys in ("Alt+T", "Alt+D", "Alt+V", "Alt+A", "Alt+P", "Alt+C", "Alt+Y", "Alt+K"):
        assert rows[keys].endswith("(not now: this workshop is open read-only)"), keys
    window.go_to_stage(Stage.UNDERSTAND)
    assert _page_rows(window)["Alt+W"].endswith("(not now: this workshop is open read-only)")


def test_no_page_or_tab_says_only_greyed_out_when_read_only(demo_window):
    window = demo_window
    _open_read_only(window)
    bare = []
    for stage in Stage:
        window.go_to_stage(stage)
        page = window.page(stage)
        tab_widgets = [t for t in ([page] if isinstance(page, QTabWidget) else [])
                       + page.findChildren(QTabWidget) if t.isVisible()]
        for tabs in tab_widgets or [None]:
            for i in range(tabs.count()) if tabs is not None else [None]:
                if i is not None:
                    tabs.setCurrentIndex(i)
                bare += [(stage, i, k, w) for k, w in _page_rows(window).items()
                         if "greyed out" in w]
    assert bare == []


def test_editable_again_the_rows_lose_the_reason(demo_window):
    window = demo_window
    window.go_to_stage(Stage.COLLECT)
    _open_read_only(window)
    window.undo.read_only = False
    window.doc.replace_workshop(window.doc.workshop)
    rows = _page_rows(window)
    assert rows["Alt+I"] == "Import statements…"
    assert rows["Alt+A"] == "Add card…"
