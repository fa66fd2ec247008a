"""Words and numbers as people read them: translated labels of stored codes, and dates, times,
money and phone numbers in the interface language."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kronos_core.contact import mask_cpf
from kronos_core.money import format_money
from kronos_desktop import i18n

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "consultation": translate("Labels", "Consultation"),
        "session": translate("Labels", "Session"),
        "touch_up": translate("Labels", "Touch-up"),
        "walk_in": translate("Labels", "Walk-in"),
        "block": translate("Labels", "Time off"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "booked": translate("Labels", "Booked"),
        "confirmed": translate("Labels", "Confirmed"),
        "checked_in": translate("Labels", "Checked in"),
        "in_progress": translate("Labels", "In progress"),
        "completed": translate("Labels", "Completed"),
        "cancelled": translate("Labels", "Cancelled", "appointment"),
        "no_show": translate("Labels", "No-show"),
    }
    return labels.get(status, status)


def sale_status_label(status: str) -> str:
    labels = {
        "open": translate("Labels", "Open", "sale"),
        "closed": translate("Labels", "Closed", "sale"),
        "void": translate("Labels", "Void", "sale"),
    }
    return labels.get(status, status)


def method_label(method: str) -> str:
    labels = {
        "cash": translate("Labels", "Cash"),
        "credit": translate("Labels", "Credit card"),
        "debit": translate("Labels", "Debit card"),
        "pix": translate("Labels", "Pix"),
        "transfer": translate("Labels", "Bank transfer"),
        "voucher": translate("Labels", "Voucher"),
    }
    return labels.get(method, method)


def role_label(role: str) -> str:
    labels = {
        "owner": translate("Labels", "Owner"),
        "manager": translate("Labels", "Manager"),
        "receptionist": translate("Labels", "Receptionist"),
        "artist": translate("Labels", "Artist"),
    }
    return labels.get(role, role)


def document_type_label(document_type: str) -> str:
    labels = {
        "cpf": translate("Labels", "CPF"),
        "rg": translate("Labels", "RG"),
        "passport": translate("Labels", "Passport"),
        "other": translate("Labels", "Other document"),
    }
    return labels.get(document_type.lower(), document_type)


# -- dates, times, money ----------------------------------------------------------------------
def locale() -> QLocale:
    return QLocale(i18n.current_language())


def local_time(instant: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The wall-clock time at the studio (its time zone, not the PC's)."""
    return instant.astimezone(zone)


def time_text(instant: dt.datetime, zone: zoneinfo.ZoneInfo) -> str:
    wall = local_time(instant, zone)
    return locale().toString(QTime(wall.hour, wall.minute), QLocale.FormatType.ShortFormat)


def time_range_text(starts_at: dt.datetime, ends_at: dt.datetime, zone: zoneinfo.ZoneInfo) -> str:
    start, end = local_time(starts_at, zone), local_time(ends_at, zone)
    text = f"{time_text(starts_at, zone)} – {time_text(ends_at, zone)}"
    if end.date() != start.date():
        text += " (+1)"
    return text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date, *, long: bool = False, capital: bool = True) -> str:
    """29/11/2026, or "Domingo, 29 de novembro de 2026" (``capital``: as a sentence starts)."""
    if not long:
        return locale().toString(qdate(day), date_input_format())
    text = locale().toString(qdate(day), QLocale.FormatType.LongFormat)
    return text[:1].upper() + text[1:] if capital else text


def date_input_format() -> str:
    """The locale's short date format with a four-digit year (dd/MM/yyyy in Brazil)."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def parse_date(text: str) -> dt.date | None:
    """A date typed in the locale's short format; None when it is not one."""
    parsed = QLocale(locale()).toDate(text.strip(), date_input_format())
    return pydate(parsed) if parsed.isValid() else None


def money_text(amount: int, currency: str = "BRL") -> str:
    return format_money(amount, i18n.current_language(), currency)


def count_text(value: int) -> str:
    return locale().toString(value)


# -- contact details ---------------------------------------------------------------------------
def phone_text(phone: str | None) -> str:
    """+5511987654321 → +55 (11) 98765-4321; other countries as stored."""
    if not phone:
        return ""
    m = re.fullmatch(r"\+55(\d{2})(\d{4,5})(\d{4})", phone)
    if m:
        return f"+55 ({m[1]}) {m[2]}-{m[3]}"
    return phone


def document_text(document_type: str | None, number: str | None, *, masked: bool = False) -> str:
    """A document as people read it ("CPF 123.456.789-09"); ``masked`` for lists, where a glance
    over the counter must not read it: a CPF as ``***.456.789-**``, any other only its last three."""
    if not number:
        return ""
    digits = re.sub(r"\D", "", number)
    is_cpf = (document_type or "").lower() == "cpf"
    if masked:
        number = mask_cpf(number) if is_cpf else "•" * max(0, len(number) - 3) + number[-3:]
    elif is_cpf and len(digits) == 11:
        number = f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"
    return f"{document_type_label(document_type)} {number}" if document_type else number


def percent_text(bps: int) -> str:
    """Basis points as a percentage: 5000 → "50 %", 4550 → "45,5 %" (the locale's decimal mark)."""
    return locale().toString(bps / 100, "f", 2).rstrip("0").rstrip(",.") + " %"
