"""The op that exports a client's data to a zip file and records the export in the audit trail.

On the writer thread: the client's data is read (kronos_desktop/store/queries/client_export.py),
with the documents that go out beside it (each signed form's PDF, ``forms/*.pdf``, rendered by the
view's :data:`Documents` function in the same read), written to ``<file>.part`` beside the
chosen file (readable by the user alone), the export is
recorded (``client.export_recorded``: refused for roles that may not export), and only then is
the file put in place. A refusal or a failure to write leaves neither the file nor the record;
an existing file of that name is replaced only by a complete export.
"""

from __future__ import annotations

import json
import os
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection

from kronos_core.mutations import NotFound
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.queries.client_export import ClientExport, client_export

# The person's words about the export (the read-me's file name and text), made in the desk's
# language by the view (kronos_desktop/ui/clients/privacy_words.py).
ReadMe = Callable[[ClientExport], tuple[str, str]]
# The documents that go out beside the sections, by file name in the zip (the signed forms'
# PDFs: kronos_desktop/ui/clients/form_pdf.py:export_documents), rendered from the same read
# connection; made by the view because ops never import the ui.
Documents = Callable[[Connection, ClientExport], dict[str, bytes]]


def zip_entries(export: ClientExport, readme: ReadMe, documents: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """The zip's files: ``<section>.json`` for each section, the documents, and the read-me."""
    entries = {f"{name}.json": _json(data) for name, data in export.sections.items()}
    entries.update(documents or {})
    name, text = readme(export)
    entries[name] = text.encode("utf-8")
    return entries


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def write_zip(path: Path, entries: dict[str, bytes]) -> None:
    """Write ``entries`` to a new zip at ``path``, readable by the user alone (on POSIX)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries.items():
                archive.writestr(name, data)
        raw.flush()  # the zip's directory is written as it closes
        os.fsync(raw.fileno())


def export_client(
    client_id: uuid.UUID,
    path: Path,
    readme: ReadMe,
    *,
    documents: Documents | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Export everything the studio holds on ``client_id`` to the zip file ``path`` (with the
    ``documents`` rendered for it), and record the export in the trail (owners and managers)."""

    def write(store: LocalStore) -> Applied:
        with store.read_engine.connect() as conn:
            export = client_export(conn, client_id)
            if export is None:
                raise NotFound(f"client {client_id} does not exist in this studio", params={"what": "client"})
            rendered = documents(conn, export) if documents is not None else {}
        entries = zip_entries(export, readme, rendered)
        part = path.with_name(path.name + ".part")
        try:
            write_zip(part, entries)
            recorded = {"client_id": export.client_id, "sections": export.counts()}  # the record kept
            applied = store.apply("client.export_recorded", recorded)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return applied

    return MutationOp("client.export_recorded", parent=parent, write=write)
