"""PIX keys (chaves PIX): the five kinds the Central Bank's DICT holds, checked and written in
the one form a BR Code carries.

- ``cpf``: 11 digits with both check digits right (dots and dash allowed as typed);
- ``cnpj``: 14 digits with both check digits right;
- ``email``: an address, at most 77 characters, kept in lower case;
- ``phone``: a Brazilian mobile or landline in E.164, ``+55`` and 10 or 11 digits (DDD first);
- ``random``: the bank's random key (EVP), a UUID in lower case with its hyphens.
"""

from __future__ import annotations

import re
import uuid
from typing import Final, Literal

PixKeyKind = Literal["cpf", "cnpj", "email", "phone", "random"]
PIX_KEY_KINDS: Final[tuple[PixKeyKind, ...]] = ("cpf", "cnpj", "email", "phone", "random")
MAX_EMAIL: Final = 77
_EMAIL = re.compile(
    r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"
)
_RANDOM = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class PixKeyProblem(ValueError):
    """A key that is not of its kind. ``code``: ``pix_key_kind`` (unknown kind) or
    ``pix_key_shape``; ``kind``: the kind it was checked as."""

    def __init__(self, kind: str, message: str, code: str = "pix_key_shape") -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code


def _digits(value: str) -> str:
    return re.sub(r"[\s./-]", "", value)


def _check_digit(digits: str, weights: list[int]) -> int:
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    rest = total % 11
    return 0 if rest < 2 else 11 - rest


def cpf_is_valid(digits: str) -> bool:
    if not re.fullmatch(r"[0-9]{11}", digits) or digits == digits[0] * 11:
        return False
    first = _check_digit(digits[:9], list(range(10, 1, -1)))
    second = _check_digit(digits[:10], list(range(11, 1, -1)))
    return digits[9:] == f"{first}{second}"


def cnpj_is_valid(digits: str) -> bool:
    if not re.fullmatch(r"[0-9]{14}", digits) or digits == digits[0] * 14:
        return False
    first = _check_digit(digits[:12], [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    second = _check_digit(digits[:13], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return digits[12:] == f"{first}{second}"


def normalize_pix_key(kind: str, key: str) -> str:
    """The key as a BR Code carries it, or :class:`PixKeyProblem` when it is not of ``kind``."""
    value = key.strip()
    if kind == "cpf":
        digits = _digits(value)
        if not cpf_is_valid(digits):
            raise PixKeyProblem(kind, "a CPF key is 11 digits with valid check digits")
        return digits
    if kind == "cnpj":
        digits = _digits(value)
        if not cnpj_is_valid(digits):
            raise PixKeyProblem(kind, "a CNPJ key is 14 digits with valid check digits")
        return digits
    if kind == "email":
        lowered = value.lower()
        if len(lowered) > MAX_EMAIL or _EMAIL.fullmatch(lowered) is None:
            raise PixKeyProblem(kind, f"an e-mail key is an address of at most {MAX_EMAIL} characters")
        return lowered
    if kind == "phone":
        digits = re.sub(r"[\s().-]", "", value)
        if digits.startswith("+"):
            digits = digits[1:]
            if not digits.startswith("55"):
                raise PixKeyProblem(kind, "a phone key is a Brazilian number (+55)")
            digits = digits[2:]
        if not re.fullmatch(r"[1-9][0-9](9\d{8}|[2-8]\d{7})", digits):
            raise PixKeyProblem(kind, "a phone key is +55, the area code (DDD) and the number")
        return f"+55{digits}"
    if kind == "random":
        lowered = value.lower()
        if _RANDOM.fullmatch(lowered) is None:
            raise PixKeyProblem(kind, "a random key is the 36-character code the bank gave (a UUID)")
        return str(uuid.UUID(lowered))
    raise PixKeyProblem(kind, f"{kind!r} is not a kind of PIX key", code="pix_key_kind")
