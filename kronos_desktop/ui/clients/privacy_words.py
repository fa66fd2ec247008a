"""The words of a client's privacy rights at the desk: who may export or erase, the export's
read-me, and what the law keeps after an erase (kronos_desktop/ui/clients/privacy.py shows them).

Made on the GUI thread or the writer thread (``QCoreApplication.translate`` is thread-safe)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QCoreApplication

from kronos_core.roles import MANAGEMENT, Role
from kronos_desktop.store.queries.client_export import ClientExport, Kept
from kronos_desktop.ui.common.fmt import date_text

translate = QCoreApplication.translate


def may_handle_privacy(role: Role | None) -> bool:
    """Whether the person at the desk exports and erases clients' data: owners and managers
    (the studio answers a data subject's request through them)."""
    return role in MANAGEMENT


def privacy_refusal() -> str:
    """Why the export and erase actions are off for a receptionist or an artist."""
    return translate("Privacy", "Only an owner or a manager exports or erases a client's data (LGPD): ask one of them.")


def export_file_name(full_name: str, day: dt.date) -> str:
    """ "Zélia Côrtes", 3 Dec 2026 → "cliente-zelia-cortes-2026-12-03.zip"."""
    plain = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode().casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "cliente"
    return f"cliente-{slug[:60]}-{day.isoformat()}.zip"


def section_label(name: str) -> str:
    """What each file of the export holds, in words."""
    labels = {
        "client": translate("Privacy", "the client's record (and any record merged into it)"),
        "appointments": translate("Privacy", "bookings"),
        "projects": translate("Privacy", "projects"),
        "sales": translate("Privacy", "sales (tickets) and their lines"),
        "payments": translate("Privacy", "payments"),
        "audit": translate("Privacy", "the audit trail's events about the client"),
        "retention": translate("Privacy", "what the studio keeps by law after an erase, and until when"),
    }
    return labels.get(name, name.replace("_", " "))


def kept_label(item: Kept) -> str:
    """One line of the retention list: what is kept, why, and until when."""
    labels = {
        "sale": translate("Privacy", "Sales (tickets) and their lines, with the fiscal data they need"),
        "payment": translate("Privacy", "Payments"),
        "audit_event": translate("Privacy", "The audit trail (who did what, when; no personal data)"),
        "consent_form": translate("Privacy", "Signed consent and health forms"),
        "session_record": translate("Privacy", "Session records (products and lots used)"),
    }
    what = labels.get(item.table, item.table.replace("_", " "))
    if item.until is None:
        return translate("Privacy", "{what}: {why}").format(what=what, why=item.why)
    return translate("Privacy", "{what}: {why}; kept until {day}").format(
        what=what, why=item.why, day=date_text(item.until)
    )


def readme(export: ClientExport) -> tuple[str, str]:
    """The export's read-me: its file name and text (in the desk's language)."""
    lines = [
        translate("Privacy", "Data held by the studio on a client (LGPD, art. 18)"),
        "",
        translate("Privacy", "Files in this export (JSON, UTF-8; instants in UTC; amounts in centavos):"),
    ]
    lines += [f"- {name}.json: {section_label(name)}" for name in export.sections]
    lines += ["", translate("Privacy", "What the law keeps after an erase (LGPD, art. 16, I):")]
    if export.kept:
        lines += [f"- {kept_label(item)}" for item in export.kept]
    else:
        lines.append("- " + translate("Privacy", "nothing of this client's"))
    lines += ["", translate("Privacy", "The studio keeps these records for {years} years.").format(years=export.years)]
    return translate("Privacy", "README.txt"), "\n".join(lines) + "\n"
