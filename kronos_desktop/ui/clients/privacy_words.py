"""The words of a client's privacy rights at the desk: who may export or erase, the export's
read-me, and what the law keeps after an erase (kronos_desktop/ui/clients/privacy.py shows them).

Made on the GUI thread or the writer thread (``QCoreApplication.translate`` is thread-safe)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QCoreApplication

from kronos_core.roles import MANAGEMENT, Role
from kronos_desktop.store.queries.client_export import ClientExport, KeptRows
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
        "vouchers": translate(
            "Privacy", "gift vouchers (vale-presente), the money that bought them and what was spent of them"
        ),
        "payments": translate("Privacy", "payments"),
        "deposits": translate("Privacy", "deposits (sinal) and their ledger"),
        "audit": translate("Privacy", "the audit trail's events about the client"),
        "retention": translate("Privacy", "what the studio keeps by law after an erase, and until when"),
        "consent_forms": translate("Privacy", "Signed consent and health forms"),
        "session_records": translate("Privacy", "Session records (products and lots used)"),
    }
    return labels.get(name, name.replace("_", " "))


def kept_label(item: KeptRows) -> str:
    """One line of the retention list: what is kept, how many of the client's rows, until when."""
    labels = {
        "sale": translate(
            "Privacy",
            "Sales (tickets) with their number, totals and date, and the fiscal data for the NFS-e "
            "(CPF or CNPJ, name and address as on the receipt, service description)",
        ),
        "sale_line": translate("Privacy", "The lines of those sales (service or product, price, commission)"),
        "payment": translate("Privacy", "Payments and refunds (method, amount, card or PIX reference)"),
        "sale_tip": translate("Privacy", "Tips on those sales, with each artist's share"),
        "voucher": translate("Privacy", "Gift vouchers: code, value, dates (the buyer's and recipient's names erased)"),
        "deposit": translate("Privacy", "Deposits (sinal): amount, dates, what became of each, the policy accepted"),
        "deposit_entry": translate("Privacy", "The deposits' ledger: taken, applied, forfeited, refunded, moved"),
        "audit_event": translate("Privacy", "The audit trail: who did what and when, with no personal data"),
        "consent_form": translate("Privacy", "Signed consent and health forms"),
        "session_record": translate("Privacy", "Session records (products and lots used)"),
    }
    what = labels.get(item.table, item.what)
    if item.until is None:
        return translate("Privacy", "{what}: none of this client's").format(what=what)
    return translate("Privacy", "{what}: {rows}, kept until {day}").format(
        what=what, rows=item.rows, day=date_text(item.until)
    )


def readme(export: ClientExport) -> tuple[str, str]:
    """The export's read-me: its file name and text (in the desk's language)."""
    lines = [
        translate("Privacy", "Data held by the studio on a client (LGPD, art. 18)"),
        "",
        translate("Privacy", "Files in this export (JSON, UTF-8; instants in UTC; amounts in centavos):"),
    ]
    lines += [f"- {name}.json: {section_label(name)}" for name in export.sections]
    if export.sections.get("consent_forms"):
        lines.append("- forms/*.pdf: " + translate("Privacy", "Each signed form as PDF, with its SHA-256"))
    if export.erased:
        heading = translate("Privacy", "Erased on {day}. What the law keeps (LGPD, art. 16, I), for {years} years:")
    else:
        heading = translate(
            "Privacy", "What the law keeps after an erase (LGPD, art. 16, I), for {years} years, if erased on {day}:"
        )
    lines += ["", heading.format(day=date_text(export.erased_on), years=export.years)]
    for item in export.kept:
        lines.append(f"- {kept_label(item)}")
        lines.append(f"  ({item.why})")
    return translate("Privacy", "README.txt"), "\n".join(lines) + "\n"
