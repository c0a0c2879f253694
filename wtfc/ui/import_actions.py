"""File-menu actions for bringing statements in, for the main window to add to its File menu:
Import statements… (Ctrl+I), Paste statements from Excel…, Export collection template…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from wtfc.model.control_characters import name_shown  # as the title shows a file's name
from wtfc.model.workshop import Stage
from wtfc.ui.chosen_path import chosen_path

TEMPLATE_FILTERS = "Excel workbook (*.xlsx);;CSV file (*.csv)"


def file_menu_actions(window) -> list[QAction]:
    """The three actions, parented to ``window`` (a MainWindow: ``doc``, ``undo``, ``page``)."""
    import_action = QAction(window, text="&Import statements…")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.setStatusTip(
        "Bring statements in from a spreadsheet (.xlsx, .ods or .xls) or a .csv file"
    )
    import_action.triggered.connect(lambda *_: _then_collect(window, "open_import"))
    paste_action = QAction(window, text="&Paste statements from Excel…")
    paste_action.setStatusTip("Bring in cells copied from Excel")
    paste_action.triggered.connect(lambda *_: _then_collect(window, "open_paste"))
    template_action = QAction(window, text="Export collection &template…")
    template_action.setStatusTip("A spreadsheet for care managers to fill in; it imports back "
                                 "with no questions")
    template_action.triggered.connect(lambda *_: export_template(window))
    return [import_action, paste_action, template_action]


def _cards_page(window):
    """The Collect page: it keeps the names to watch for, which the import checks cards with.
    Built if it is not there yet, without moving the workshop to another stage."""
    return window.page(Stage.COLLECT)


def _then_collect(window, how: str) -> None:
    """Open the import dialog (``how``: the Collect page's ``open_import`` or ``open_paste``);
    when it is closed after cards came in, the window goes on to Collect (``after_import``)."""
    page = _cards_page(window)
    before = getattr(page, "import_dialog", None)
    getattr(page, how)()
    dialog = getattr(page, "import_dialog", None)
    if dialog is not None and dialog is not before:  # None: the file choice was cancelled
        dialog.finished.connect(lambda *_: after_import(window, dialog))


def after_import(window, dialog) -> None:
    """Ctrl+I on Prepare imported and left her on Prepare, while the report's last line named
    Collect's "Only cards held back" (review 34 W2 M1): after a report, the window moves to
    Collect from Prepare, and from a later stage when cards were held back for her to check
    there. A move with no undo step (as ``stage_move.go_to``'s with steps to redo): Ctrl+Z
    next takes the import away, as the report says, not the look at Collect."""
    from wtfc.model.operations.details import move_stage
    from wtfc.ui.stage_move import SavedStage

    plan = getattr(dialog, "plan", None)
    if getattr(dialog, "stage", "") != "report" or plan is None or window.undo.read_only:
        return
    order, shown = list(Stage), window.shown_stage()
    later = order.index(shown) > order.index(Stage.COLLECT)
    if shown == Stage.COLLECT or (later and not plan.report.cards_flagged):
        return
    if not window.commit_pending_edits():  # a Prepare field refused: said there, she stays
        return
    SavedStage.watch(window.undo)  # the stage saved is known, as after go_to's move
    window.undo.stack.resetClean()  # the stage is saved: the file has changed
    move_stage(window.doc, stage=Stage.COLLECT)
    window.focus_page()


def export_template(parent) -> Path | None:
    """Ask where, then write the template as .xlsx or .csv by the chosen name's suffix: whole
    or not at all, as an export is, so a full USB stick leaves no empty template to send out."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from wtfc.export.errors import ExportError  # not at start-up
    from wtfc.export.output import write_file
    from wtfc.importing.template import template_bytes
    from wtfc.ui.plain_tip import as_typed  # the file's name as typed, never as HTML

    name, chosen = QFileDialog.getSaveFileName(parent, "Export collection template",
                                               str(_template_start(parent)), TEMPLATE_FILTERS)
    ending = ".csv" if chosen.startswith("CSV") else ".xlsx"
    typed = Path(name).suffix.lower() in (".xlsx", ".csv")
    path = chosen_path(parent, name, ending, any_ending=typed) if name else None
    if path is None:
        return None
    try:
        write_file(template_bytes(path.suffix), path)
    except ExportError as exc:  # the disk full, the folder read-only, the file open in Excel…
        _warn(parent, str(exc))
        return None
    QMessageBox.information(parent, "Collection template", as_typed(
        f"The template was saved as {name_shown(path.name)}. Send it to the care managers; "
        "when it comes back, import it with File → Import statements."))
    return path


def _template_start(parent) -> Path:
    """Beside the workshop's file, else in Documents: a bare name would open the dialog in the
    process's working folder (a Start-menu shortcut's "Start in", often .venv\\Scripts). Never
    a temporary folder (an e-mail attachment's), as the exports' own start."""
    from wtfc.ui.export_folder import export_start_folder

    here = getattr(getattr(parent, "files", None), "path", None)  # the main window's file
    folder = export_start_folder(Path(here) if here is not None else None, None)
    return folder / "statements-template.xlsx"


def _warn(parent, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.plain_tip import as_typed

    QMessageBox.warning(parent, "Template not saved", as_typed(text))
