"""A Collect page (or its People view) freed while a person's tag is still being typed, as a
test or a second window would free one: nothing crashes, the unfinished tag is not recorded
(as Escape leaves it), and a later change to the people reaches nothing freed. Before, Qt's
teardown handed the editor's words in as an edit, which reached the half-freed table and
crashed (a segmentation fault), so the steps run in a process of their own."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.child_env import child_env

ROOT = Path(__file__).resolve().parents[3]

_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, "tests/ui")
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from collect_fixtures import collect_document
    from wtfc.model.operations.people import set_person_tag
    from wtfc.ui.cards_page import CardsPage
    from wtfc.ui.people_table import Column
    from wtfc.ui.undo import UndoAdapter

    app = QApplication(sys.argv)
    doc = collect_document()
    undo = UndoAdapter(doc)
    page = CardsPage(doc, undo)
    page.resize(1366, 720)
    page.show()
    page.people_button.click()
    people = page.people_dialog
    people.activateWindow()  # the keyboard in the dialog, as the facilitator has it
    print("active", QTest.qWaitForWindowActive(people), flush=True)
    people.table.setCurrentIndex(people.model.index(0, Column.SERVICE_TYPE))
    QTest.keyClick(people.table, Qt.Key.Key_F2)
    QTest.keyClicks(people.table.focusWidget(), "Home care")
    print("typing", people.table.state() == people.table.State.EditingState, flush=True)
    freed = page if sys.argv[1] == "page" else people
    freed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    service = [p.service_type for p in doc.workshop.people]
    print("recorded nothing", undo.stack.count() == 0 and not any(service), flush=True)
    # the document goes on (the window's other pages): the freed view hears none of it
    undo.push(set_person_tag(doc, codes=["P02"], tag="locality", value="North"))
    print("later edit", doc.get("people", "P02").locality, flush=True)
""")


@pytest.mark.parametrize("freed", ["page", "people view"])
def test_freed_with_a_tag_half_typed(freed):
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", _SCRIPT, freed.split()[0]],
        cwd=ROOT,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "already deleted" not in done.stderr, done.stderr
    assert done.stdout.splitlines() == [
        "active True", "typing True", "recorded nothing True", "later edit North"
    ]
