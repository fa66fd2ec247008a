"""Checking what a person typed before it becomes a mutation's arguments (Qt-free helpers). The
studio's rules (a CPF's check digits, ages) are in :mod:`kronos_core.people`, shared with the
mutations."""

from __future__ import annotations

import re


def normalize_phone(text: str) -> str | None:
    """What a Brazilian receptionist types, in international form.

    ``(11) 98765-4321`` and ``011 98765-4321`` → ``+5511987654321``; ``+1 415 555 0100`` keeps its
    country. Anything else is returned as typed, for the mutation's check to refuse.
    """
    stripped = text.strip()
    if not stripped:
        return None
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("+"):
        return "+" + digits
    if stripped.startswith("00") and len(digits) > 4:
        return "+" + digits[2:]
    if digits.startswith("0") and len(digits) in (11, 12):
        digits = digits[1:]  # trunk prefix: 0 + area code + number
    if len(digits) in (10, 11):
        return "+55" + digits
    if len(digits) in (12, 13) and digits.startswith("55"):
        return "+" + digits
    return stripped
