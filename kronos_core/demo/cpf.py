"""CPF numbers (Brazilian taxpayer ids): check digits, validation and the usual formatting.

A CPF is nine digits and two check digits, each a weighted sum modulo 11. The demo stores
the eleven digits only; people see ``123.456.789-09``.
"""

from __future__ import annotations


def _check_digit(digits: list[int]) -> int:
    weight = len(digits) + 1
    total = sum(d * (weight - i) for i, d in enumerate(digits))
    rest = total * 10 % 11
    return 0 if rest == 10 else rest


def cpf_with_check_digits(base: str) -> str:
    """The full eleven-digit CPF of a nine-digit base."""
    if len(base) != 9 or not base.isdigit():
        raise ValueError("a CPF base is nine digits")
    digits = [int(c) for c in base]
    digits.append(_check_digit(digits))
    digits.append(_check_digit(digits))
    return "".join(map(str, digits))


def is_valid_cpf(value: str) -> bool:
    """Whether ``value`` (digits, with or without the usual dots and dash) is a valid CPF."""
    digits = value.replace(".", "").replace("-", "").strip()
    if len(digits) != 11 or not digits.isdigit() or digits == digits[0] * 11:
        return False
    return cpf_with_check_digits(digits[:9]) == digits


def format_cpf(value: str) -> str:
    """``12345678909`` → ``123.456.789-09``."""
    return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"
