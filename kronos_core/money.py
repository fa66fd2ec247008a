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


def parse_money(text: str, locale: str = "pt_BR") -> int:
    """Parse what a person typed (``1.234,56``, ``R$ 50``, ``12,5``) into centavos.

    Raises ValueError with a message a person understands.
    """
    cleaned = text.strip()
    for symbol in (*_SYMBOLS.values(), "\u00a0", " "):
        cleaned = cleaned.replace(symbol, "")
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    if not cleaned:
        raise ValueError("empty amount")
    pt = locale.replace("-", "_").lower().startswith("pt")
    thousands, decimal = (".", ",") if pt else (",", ".")
    if cleaned.count(decimal) > 1:
        raise ValueError(f"not an amount: {text!r}")
    whole, _, frac = cleaned.partition(decimal)
    whole = whole.replace(thousands, "")
    if not whole:
        whole = "0"
    if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
        raise ValueError(f"not an amount: {text!r}")
    value = int(whole) * 100 + int(frac.ljust(2, "0") or "0")
    return -value if negative else value
