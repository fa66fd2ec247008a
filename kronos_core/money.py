"""Money is an integer number of centavos: never a float.

Formatting here is for places without Qt (logs, receipts, the server's pages); the desktop
formats through the same function so the counter and the receipt agree.
"""

from __future__ import annotations

from typing import NewType

Centavos = NewType("Centavos", int)

_SYMBOLS = {"BRL": "R$", "USD": "US$", "EUR": "€"}


def format_money(amount: int, locale: str = "pt_BR", currency: str = "BRL") -> str:
    """Format centavos for people: ``R$ 1.234,56`` (pt-BR) or ``R$1,234.56`` (English)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"money must be integer centavos, got {type(amount).__name__}")
    symbol = _SYMBOLS.get(currency, currency)
    sign = "-" if amount < 0 else ""
    units, cents = divmod(abs(amount), 100)
    grouped = f"{units:,}"
    if locale.replace("-", "_").lower().startswith("pt"):
        grouped = grouped.replace(",", ".")
        return f"{sign}{symbol}\u00a0{grouped},{cents:02d}"
    return f"{sign}{symbol}{grouped}.{cents:02d}"


class MoneyError(ValueError):
    """What a person typed is not an amount. ``code``: ``empty``, ``negative``, ``not_amount``
    or ``too_large`` (the desk words its own message from it)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# The most a person may type: under ten trillion reais (centavos fit a BIGINT many times over).
MAX_WHOLE_DIGITS = 13
_DIGITS = frozenset("0123456789")
_MINUS = ("-", "\u2212", "\u2013")
_SPACES = ("\u00a0", "\u202f", "\t")


def _digits(text: str) -> bool:
    return bool(text) and set(text) <= _DIGITS


def _grouped(text: str, separator: str) -> bool:
    """``1.234.567`` (pt_BR) or ``1,234,567`` (English): 1-3 digits, not starting with 0, then
    groups of exactly three."""
    head, *groups = text.split(separator)
    return (
        _digits(head)
        and len(head) <= 3
        and head[0] != "0"
        and bool(groups)
        and all(len(g) == 3 and _digits(g) for g in groups)
    )


def parse_money(text: str, locale: str = "pt_BR") -> int:
    """Parse an amount as a person types it into centavos (never negative).

    pt_BR (``,`` is the decimal comma, ``.`` groups thousands)::

        1.234,56 → 1234,56    1234,56 → 1234,56    1234.56 → 1234,56    12,5 → 12,50
        12.50 → 12,50         1.234 → 1234,00      R$ 90 → 90,00        ,5 → 0,50
        refused: 12,3,4  1.23.4  1,234 (three decimals)  1.234.56  -5  abc  1e3  (empty)

    A dot followed by one or two digits can only be a decimal point, so it is read as one; dots
    between groups of three digits group thousands. English is the mirror (``.`` decimal, ``,``
    thousands): ``1,234.56``, ``1234.56``, ``1234,56`` → 1234.56; ``12.5`` and ``12,50`` → 12.50;
    ``1,234`` → 1234.00; ``12.345`` (three decimals) refused. A currency symbol (``R$``,
    ``US$``, ``€``) may lead, with or without a space. Digits are ASCII only.

    Raises :class:`MoneyError` (a ValueError) with a message a person understands; any text
    raises nothing else.
    """
    if not isinstance(text, str):
        raise MoneyError("not_amount", f"not an amount: {text!r}")
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, " ")
    cleaned = cleaned.strip()
    if cleaned.startswith(_MINUS):
        raise MoneyError("negative", f"an amount cannot be negative: {text!r}")
    for symbol in _SYMBOLS.values():
        if cleaned.startswith(symbol):
            cleaned = cleaned[len(symbol) :].strip()
            break
    if cleaned.startswith(_MINUS):
        raise MoneyError("negative", f"an amount cannot be negative: {text!r}")
    if not cleaned:
        raise MoneyError("empty", "no amount was typed")
    pt = locale.replace("-", "_").lower().startswith("pt")
    thousands, decimal = (".", ",") if pt else (",", ".")
    whole, frac = _split(cleaned, thousands, decimal)
    if whole is None:
        raise MoneyError("not_amount", f"not an amount: {text!r}")
    whole = whole.lstrip("0") or "0"
    if len(whole) > MAX_WHOLE_DIGITS:
        raise MoneyError("too_large", f"the amount is too large: {text!r}")
    return int(whole) * 100 + int(frac.ljust(2, "0"))


def _split(cleaned: str, thousands: str, decimal: str) -> tuple[str | None, str]:
    """(whole digits, 0-2 decimal digits), or (None, "") when ``cleaned`` is not an amount."""
    if not set(cleaned) <= _DIGITS | {thousands, decimal}:
        return None, ""
    if decimal in cleaned:
        whole, _, frac = cleaned.partition(decimal)
        if not 1 <= len(frac) <= 2 or not _digits(frac):
            return None, ""
        if whole == "" or _digits(whole):
            return whole or "0", frac
        if _grouped(whole, thousands):
            return whole.replace(thousands, ""), frac
        return None, ""
    if _digits(cleaned):
        return cleaned, "00"
    if _grouped(cleaned, thousands):
        return cleaned.replace(thousands, ""), "00"
    # The other language's decimal point: one separator followed by one or two digits.
    whole, _, frac = cleaned.partition(thousands)
    if thousands not in frac and 1 <= len(frac) <= 2 and _digits(frac) and (whole == "" or _digits(whole)):
        return whole or "0", frac
    return None, ""
