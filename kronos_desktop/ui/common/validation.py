"""Checking what a person typed before it becomes a mutation's arguments (Qt-free helpers). The
studio's rules (a CPF's check digits, ages) are in :mod:`kronos_core.people`, shared with the
mutations."""

from __future__ import annotations

from kronos_core import contact


def normalize_phone(text: str) -> str | None:
    """What a Brazilian receptionist types, in international form, by the one phone rule
    (:func:`kronos_core.contact.normalize_phone`, Google's libphonenumber): ``(11) 98765-4321`` and
    ``011 98765-4321`` → ``+5511987654321``; ``+1 415 555 0100`` keeps its country. Anything that
    is not a valid number is returned as typed, for the mutation's check to refuse at the field.
    """
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return contact.normalize_phone(stripped)
    except contact.ContactProblem:
        return stripped
