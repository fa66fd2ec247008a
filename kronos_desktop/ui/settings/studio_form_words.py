"""The Settings form's words that are not fields: the time zones offered, the kinds of PIX key
and what a key of each kind must be (studio_form.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# America/Sao_Paulo first (most studios), then Brazil's other zones, then a few abroad.
TIME_ZONES = (
    "America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Belem",
    "America/Maceio", "America/Araguaina", "America/Manaus", "America/Cuiaba", "America/Campo_Grande",
    "America/Porto_Velho", "America/Boa_Vista", "America/Rio_Branco", "America/Noronha",
    "Europe/Lisbon", "America/New_York", "UTC",
)  # fmt: skip


def pix_kind_text(kind: str) -> str:
    names = {
        "cpf": "CPF",
        "cnpj": "CNPJ",
        "email": translate("StudioForm", "E-mail"),
        "phone": translate("StudioForm", "Phone (+55)"),
        "random": translate("StudioForm", "Random key"),
    }
    return names.get(kind, kind)


def pix_problem_text(kind: str) -> str:
    """What a key of ``kind`` must be, as the person reads it at the field."""
    texts = {
        "cpf": translate("StudioForm", "A CPF key is 11 digits with valid check digits."),
        "cnpj": translate("StudioForm", "A CNPJ key is 14 digits with valid check digits."),
        "email": translate("StudioForm", "An e-mail key is an address (name@example.com) of at most 77 characters."),
        "phone": translate(
            "StudioForm", "A phone key is a Brazilian number: area code and number, e.g. (11) 98765-4321."
        ),
        "random": translate(
            "StudioForm", "A random key is the 36-character code the bank gave (like 123e4567-e89b-…)."
        ),
    }
    return texts.get(kind, translate("StudioForm", "Choose what kind of PIX key this is."))
