"""The import dialog's pages, one per stage it can be at: paste, reading (a moving bar while a
file is read or cards are made), confirm, mapping, report, failed and an empty start page.

``ImportStack`` builds them and shows one by its stage's name; the dialog wires their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedWidget, QWidget

from wtfc.ui.import_mapping import MappingStep
from wtfc.ui.import_pages import ConfirmPage, FailedPage, ReportPage, column_page, page_heading
from wtfc.ui.import_paste import PastePage
from wtfc.ui.style import ui_font


class ImportStack(QStackedWidget):
    """The pages by stage (``show_stage``); ``busy_label`` says what the reading page waits for."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self._index: dict[str, int] = {}
        self.paste = PastePage(page_heading("Paste statements from Excel"))
        self._add("paste", self.paste)
        self.busy_label = QLabel()
        self.busy_label.setTextFormat(Qt.TextFormat.PlainText)  # "Making cards from <b>.xlsx…"
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setFont(ui_font(14))
        busy = QProgressBar()
        busy.setAccessibleName("Working")
        busy.setToolTip("Busy: the window stays usable")
        busy.setRange(0, 0)  # a moving bar: how long is not known in advance
        busy.setMaximumWidth(420)
        self._add("reading", column_page(None, self.busy_label, busy, centred=True))
        self.confirm = ConfirmPage()
        self._add("confirm", self.confirm)
        self.mapping_step = MappingStep(names)
        self._add("mapping", column_page(
            page_heading("Check which column holds what"), self.mapping_step))
        self.report = ReportPage()
        self._add("report", self.report)
        self.failed = FailedPage()
        self._add("failed", self.failed)
        self._add("start", QWidget())

    def _add(self, stage: str, page: QWidget) -> None:
        self._index[stage] = self.addWidget(page)

    def show_stage(self, stage: str) -> None:
        self.setCurrentIndex(self._index[stage])
