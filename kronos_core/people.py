"""Rules about people, once for the desk, the server and the demo: CPF check digits and ages.

A CPF (the Brazilian taxpayer id) is nine digits and two check digits, each a weighted sum
modulo 11 (the Receita Federal's rule); eleven equal digits pass that sum but are not issued,
so they are invalid. The studio stores the eleven digits only; people see ``123.456.789-09``.

An age is the number of birthdays a person has had by a day (someone born on 29 February has
theirs on 1 March in other years). The age of majority, ``ADULT_AGE``, says who is a minor (a
studio setting in a later issue); the studio's ``min_client_age`` says who may be booked for
more than a consultation (kronos_core/mutations/appointments.py).
"""

from __future__ import annotations

import datetime as dt
import re

from kronos_core import pix_keys

ADULT_AGE = 18
# The kinds of booking a client younger than the studio's ``min_client_age`` may have (a
# time-off block has no client).
BOOKABLE_BELOW_MIN_AGE = frozenset({"consultation"})

_NOT_DIGITS = re.compile(r"[^0-9]")


def normalise_cpf(text: str) -> str:
    """The digits of a CPF as typed: ``529.982.247-25`` → ``52998224725`` (everything but the
    digits 0-9 dropped; whether they make a valid CPF is :func:`cpf_is_valid`'s question)."""
    return _NOT_DIGITS.sub("", text)


def _check_digit(digits: list[int]) -> int:
    weight = len(digits) + 1
    total = sum(d * (weight - i) for i, d in enumerate(digits))
    return total * 10 % 11 % 10


def cpf_with_check_digits(base: str) -> str:
    """The full eleven-digit CPF of a nine-digit base."""
    if len(base) != 9 or not base.isdigit():
        raise ValueError("a CPF base is nine digits")
    digits = [int(c) for c in base]
    digits.append(_check_digit(digits))
    digits.append(_check_digit(digits))
    return "".join(map(str, digits))


def cpf_is_valid(text: str) -> bool:
    """Whether ``text`` (digits, with or without the usual dots and dash) is a valid CPF: eleven
    digits, not all the same, whose last two are the check digits of the first nine."""
    return pix_keys.cpf_is_valid(normalise_cpf(text))  # the one check of a CPF's digits


def format_cpf(digits: str) -> str:
    """``12345678909`` → ``123.456.789-09``."""
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """How many birthdays someone born on ``birth_date`` has had by ``day`` (0 before the first)."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def is_minor(birth_date: dt.date | None, day: dt.date, adult_age: int = ADULT_AGE) -> bool:
    """Whether someone is younger than the age of majority on ``day`` (unknown birth date: no)."""
    return birth_date is not None and age_on(birth_date, day) < adult_age


def below_min_age(birth_date: dt.date | None, day: dt.date, min_age: int) -> int | None:
    """The age of a client younger than ``min_age`` on ``day``; None when old enough.

    A client whose birth date the studio does not know is not held back: the rule stops what the
    studio's own records show to be under age, it cannot ask for a birth date that was never
    given (the desk shows the missing date; asking for it is the artist's duty at the session).
    """
    if birth_date is None:
        return None
    age = age_on(birth_date, day)
    return age if age < min_age else None


_CPF_LIKE = re.compile(r"\s*\d{3}\.?\d{3}\.?\d{3}-?\d{2}\s*")


def looks_like_cpf(text: str) -> bool:
    """Whether ``text`` is written as a CPF would be: eleven digits, with or without dots and dash."""
    return _CPF_LIKE.fullmatch(text) is not None
