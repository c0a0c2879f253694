"""File → Export → the posters on A4 sheets (to tape together), for an office with no A3 or A1
printer: in the menu beside each poster, asking the same questions as the poster (a possible
personal detail is asked about first), and "Export saved" says how to print and join them."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Action, Card, Cause, Kind, Priority, Role, Theme, Workshop
from wtfc.ui.export_actions import ExportController


def _typed_controller(qtbot) -> ExportController:
    ws = Workshop(title="Spring workshop",
                  cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are always late")],
                  themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                card_ids=["c1"], priority=Priority(chosen=True, rank=1))],
                  causes=[Cause(id="k1", theme_id="t1", text="Mrs Patel's round is too long",
                                agreed=True)],
                  actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, cause_id="k1",
                                  what="Ring 01632 960418 to rebook")])
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportController(Document(ws), parent)


def test_the_export_menu_offers_each_poster_on_a4_sheets(demo_window):
    (menu,) = [m for m in demo_window.findChildren(QMenu) if m.title() == "&Export"]
    texts = [a.text().replace("&", "") for a in menu.actions()]
    posters = texts.index("Theme posters (PDF: print on A3 paper at actual size)…")
    assert texts[posters + 2] == "Theme posters on A4 sheets (PDF, to tape together)…"
    assert texts[posters + 3] == ("Commissioner action poster on A4 sheets (PDF, to tape "
                                  "together)…")


def test_the_personal_detail_question_is_still_asked(qtbot, tmp_path, monkeypatch):
    asked: list[tuple[str, str]] = []

    def question(_parent, title, text, *args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    for key in ("posters", "action-poster"):
        out = tmp_path / f"{key}.pdf"
        assert _typed_controller(qtbot).export(key, out, tiles=True) is None
        assert not out.exists()
    assert [title for title, _ in asked] == ["Possible personal details in the export"] * 2
    assert "Patel" not in asked[0][1] and "01632" not in asked[1][1]


def test_from_the_menu_a4_sheets_are_saved_and_said_how_to_join(
        qtbot, demo_window, tmp_path, monkeypatch, message_boxes):
    out = tmp_path / "posters on A4.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    demo_window.findChild(QAction, "export_posters_a4_tiles").trigger()
    task = demo_window.exports.task
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: any(m[0] == "information" for m in message_boxes), timeout=5000)
    pdf = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(pdf.pages) == 9  # the demo's 3 posters, 3 sheets each
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in pdf.pages} == {(595, 842)}
    (saved,) = [text for kind, text in message_boxes if kind == "information"]
    # steps, not one sentence on two colons and a semicolon (review R6 #5)
    assert saved.startswith(f"Export saved: Saved:\n{out}\n\n9 A4 sheets to print: each poster "
                            "at actual size, to trim and tape together.\n1. Print at 100% (not "
                            "“fit to page”), one side only.\n2. Trim each sheet on its dashed "
                            "lines.\n3. Tape each sheet over the ones to its left and above: its "
                            "label says where it goes.")
    assert "No A3 printer?" not in saved
