"""A client's privacy rights at the desk (LGPD): export everything the studio holds on them, and
erase their personal data on request. Owners and managers alone (the studio answers a data
subject's request through them); for anyone else both actions say why they are not theirs.

The client record calls :func:`export_client` and :func:`erase_client`; it disables its buttons
with :func:`may_handle_privacy` and gives :func:`privacy_refusal` as the reason.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import Connection, select

from kronos_core.instants import utcnow
from kronos_core.schema import client
from kronos_desktop.ops.client_export import export_client as export_op
from kronos_desktop.ops.clients import erase_client as erase_op
from kronos_desktop.store import Applied
from kronos_desktop.store.queries.client_export import ClientExport, client_export
from kronos_desktop.ui.clients.erase_dialog import EraseDialog
from kronos_desktop.ui.clients.form_pdf import export_documents
from kronos_desktop.ui.clients.privacy_words import (
    export_file_name,
    may_handle_privacy,
    privacy_refusal,
    readme,
)
from kronos_desktop.ui.common import errors
from kronos_desktop.ui.context import DeskContext

__all__ = ["erase_client", "export_client", "may_handle_privacy", "privacy_refusal"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def _tell(parent: QWidget, name: str, title: str, text: str, icon: QMessageBox.Icon) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.exec()


def _refused(parent: QWidget, ctx: DeskContext) -> bool:
    if may_handle_privacy(ctx.who.role):
        return False
    _tell(
        parent,
        "privacyRefused",
        translate("Privacy", "Not yours to do"),
        privacy_refusal(),
        QMessageBox.Icon.Information,
    )
    return True


def _name(conn: Connection, client_id: uuid.UUID) -> tuple[str, bool] | None:
    row = conn.execute(select(client.c.full_name, client.c.erased_at).where(client.c.id == client_id)).first()
    return None if row is None else (row.full_name, row.erased_at is not None)


# -- export ---------------------------------------------------------------------------------
def export_client(parent: QWidget, ctx: DeskContext, client_id: uuid.UUID) -> None:
    """Ask where to save, then export the client's data to a zip (see ops/client_export.py)."""
    if _refused(parent, ctx):
        return
    ctx.reads.ask(parent, "privacyExport", lambda conn: _name(conn, client_id), lambda found: _ask_path(found))

    def _ask_path(found: tuple[str, bool] | None) -> None:
        if found is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / export_file_name(found[0], ctx.today()))
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("Privacy", "Export the client's data"),
            suggested,
            translate("Privacy", "Zip files (*.zip)"),
        )
        if path:
            export_to(parent, ctx, client_id, Path(path))


def export_to(parent: QWidget, ctx: DeskContext, client_id: uuid.UUID, path: Path) -> None:
    """Export the client's data to ``path`` (".zip" added when missing) and say where it is."""
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")

    def done(_applied: Applied) -> None:
        _tell(
            parent,
            "clientExported",
            translate("Privacy", "Data exported"),
            translate("Privacy", "The client's data is in {path}. Hand it to the client only.").format(path=path),
            QMessageBox.Icon.Information,
        )

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, OSError):
            errors.show_failure(parent, exc)  # a refusal, in the desk's one way
            return
        log.warning("a client's export could not be written to %s: %s", path, exc.strerror)
        _tell(
            parent,
            "clientExportFailed",
            translate("Privacy", "Not exported"),
            translate("Privacy", "The file could not be written to {path}: choose another folder.").format(path=path),
            QMessageBox.Icon.Warning,
        )

    op = export_op(client_id, path, readme, parent=parent, documents=export_documents)
    ctx.runner.run(op.success(done).failure(failed))


# -- erase ----------------------------------------------------------------------------------
def erase_client(parent: QWidget, ctx: DeskContext, client_id: uuid.UUID) -> None:
    """Show what an erase removes and what the law keeps; erase once the name is typed."""
    if _refused(parent, ctx):
        return
    ctx.reads.ask(parent, "privacyErase", lambda conn: client_export(conn, client_id), lambda e: _confirm(e))

    def _confirm(export: ClientExport | None) -> None:
        if export is None:
            return
        if export.erased:
            _tell(
                parent,
                "clientAlreadyErased",
                translate("Privacy", "Already erased"),
                translate("Privacy", "This client's data was erased already (LGPD)."),
                QMessageBox.Icon.Information,
            )
            return
        dialog = EraseDialog(export, parent)
        dialog.finished.connect(lambda result: _erase(result, dialog))
        dialog.open()

    def _erase(result: int, dialog: EraseDialog) -> None:
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            return
        desk = ctx.desk()
        erased_at = desk.now() if desk is not None else utcnow()  # the desk's corrected clock
        ctx.runner.run(erase_op(client_id, erased_at, parent=parent).success(lambda _a: _erased()))

    def _erased() -> None:
        _tell(
            parent,
            "clientErased",
            translate("Privacy", "Client erased (LGPD)"),
            translate("Privacy", "The client's personal data was erased; what the law keeps stays, without it."),
            QMessageBox.Icon.Information,
        )
