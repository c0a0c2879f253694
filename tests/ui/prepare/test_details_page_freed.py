"""A Prepare page freed (a test, a future second window) hears no more of its workshop: a
title, the room's counts or the day's plan changed, or another workshop opened, reach nothing
freed. Before, the page and its parts stayed connected to the document and were called after
Qt had freed them ("Internal C++ object already deleted")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent

from wtfc.model.operations.details import edit_details
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage


def test_a_freed_page_hears_no_more_of_the_document(doc, undo, qtbot):
    page = DetailsPage(doc, undo)
    page.show()
    qtbot.waitExposed(page)
    freed = []
    page.destroyed.connect(lambda *_: freed.append(True))
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert freed
    # what the window's other pages, or undo, go on doing to the same workshop
    with qtbot.captureExceptions() as raised:
        undo.push(edit_details(doc, title="Autumn reviews", date=dt.date(2027, 4, 20)))
        undo.push(edit_details(doc, agreements="One voice at a time"))
        undo.stack.undo()
        doc.replace_workshop(Workshop(title="Another one"))
    assert [str(error) for _, error, _ in raised] == []
    assert doc.workshop.title == "Another one"
