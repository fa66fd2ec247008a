"""A client's contact details, checked and written in one form: phone, CPF, email, birth date.

Plain functions with no Qt and no database, shared by the client dialog (a message at the
field), the client mutations and the server (the same rule on every side).

Every ``normalize_*`` / ``parse_*`` function returns the stored form or raises
:class:`ContactProblem`, whose ``code`` is stable (the UI picks its sentence by it) and whose
``params`` fill that sentence. No other exception escapes them, whatever the text typed.

- phone: E.164 (``+5511987654321``) by ``phonenumbers``; a number without a country code is read
  as Brazilian (``default_region``), a foreign one is accepted with its code (``+1 650 253 0000``);
- CPF: 11 digits with both check digits right (a run of one digit, ``111.111.111-11``, is not one);
- email: trimmed, the domain in lower case, a simple strict syntax rule (no network);
- birth date: a day that exists, not in the future, not more than 130 years back;
- Instagram handle: without "@" and spaces, in lower case, letters, digits, "." and "_", at most 30.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # imported when a phone is first read: libphonenumber's 0.1 s stays off the desk's start
    import phonenumbers

from kronos_core.people import age_on  # one rule for an age, re-exported for the client's forms
from kronos_core.pix_keys import cpf_is_valid

# The codes, each with the params its sentence uses.
PHONE_EMPTY: Final = "phone_empty"  # {}
PHONE_NOT_A_NUMBER: Final = "phone_not_a_number"  # {}: letters or nothing to dial
PHONE_COUNTRY_UNKNOWN: Final = "phone_country_unknown"  # {}: "+" and no country code known
PHONE_TOO_SHORT: Final = "phone_too_short"  # {}
PHONE_TOO_LONG: Final = "phone_too_long"  # {}
PHONE_INVALID: Final = "phone_invalid"  # {}: a possible length but no such number (wrong DDD...)
CPF_EMPTY: Final = "cpf_empty"  # {}
CPF_LENGTH: Final = "cpf_length"  # {"digits": how many digits were typed}
CPF_INVALID: Final = "cpf_invalid"  # {}: 11 digits whose check digits are wrong
EMAIL_EMPTY: Final = "email_empty"  # {}
EMAIL_INVALID: Final = "email_invalid"  # {}
EMAIL_TOO_LONG: Final = "email_too_long"  # {"max": MAX_EMAIL}
DATE_NOT_EXIST: Final = "date_not_exist"  # {"day", "month", "year"}: 31/02/1990
BIRTH_IN_FUTURE: Final = "birth_in_future"  # {}
BIRTH_TOO_OLD: Final = "birth_too_old"  # {"year": the year typed, "max_age": MAX_AGE}
INSTAGRAM_EMPTY: Final = "instagram_empty"  # {}
INSTAGRAM_INVALID: Final = "instagram_invalid"  # {}: a character a handle cannot have
INSTAGRAM_TOO_LONG: Final = "instagram_too_long"  # {"max": MAX_INSTAGRAM}

CODES: Final[tuple[str, ...]] = (
    PHONE_EMPTY,
    PHONE_NOT_A_NUMBER,
    PHONE_COUNTRY_UNKNOWN,
    PHONE_TOO_SHORT,
    PHONE_TOO_LONG,
    PHONE_INVALID,
    CPF_EMPTY,
    CPF_LENGTH,
    CPF_INVALID,
    EMAIL_EMPTY,
    EMAIL_INVALID,
    EMAIL_TOO_LONG,
    DATE_NOT_EXIST,
    BIRTH_IN_FUTURE,
    BIRTH_TOO_OLD,
    INSTAGRAM_EMPTY,
    INSTAGRAM_INVALID,
    INSTAGRAM_TOO_LONG,
)

MAX_PHONE_TEXT: Final = 40  # characters typed; the longest E.164 number is 15 digits
MAX_EMAIL: Final = 254  # RFC 5321's path limit less its brackets
MAX_EMAIL_LOCAL: Final = 64
MAX_AGE: Final = 130
MAX_INSTAGRAM: Final = 30  # Instagram's own limit for a username

_NON_DIGIT: Final = re.compile(r"[^0-9]")
_CPF_TYPED: Final = re.compile(r"[0-9.\-\s/]*")
_EMAIL_LOCAL: Final = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD: Final = re.compile(r"[a-z]{2,63}")
_INSTAGRAM: Final = re.compile(r"[a-z0-9._]+")


class ContactProblem(ValueError):
    """A contact detail that cannot be stored: ``code`` (one of :data:`CODES`) and the
    ``params`` its sentence needs. The message never holds the text typed (it is personal data
    and may end up in a log)."""

    def __init__(self, code: str, params: Mapping[str, int] | None = None) -> None:
        self.code = code
        self.params: dict[str, int] = dict(params or {})
        super().__init__(code if not self.params else f"{code} {self.params}")


# -- Phone ---------------------------------------------------------------------------------------


@functools.cache
def _phone_codes() -> tuple[dict[int, str], dict[int, str]]:
    """libphonenumber's reasons as our codes: why a number could not be parsed, and why it is
    not a possible one."""
    from phonenumbers import NumberParseException, ValidationResult

    parse = {
        NumberParseException.INVALID_COUNTRY_CODE: PHONE_COUNTRY_UNKNOWN,
        NumberParseException.NOT_A_NUMBER: PHONE_NOT_A_NUMBER,
        NumberParseException.TOO_SHORT_AFTER_IDD: PHONE_TOO_SHORT,
        NumberParseException.TOO_SHORT_NSN: PHONE_TOO_SHORT,
        NumberParseException.TOO_LONG: PHONE_TOO_LONG,
    }
    possible = {
        ValidationResult.INVALID_COUNTRY_CODE: PHONE_COUNTRY_UNKNOWN,
        ValidationResult.TOO_SHORT: PHONE_TOO_SHORT,
        ValidationResult.TOO_LONG: PHONE_TOO_LONG,
        ValidationResult.INVALID_LENGTH: PHONE_INVALID,
    }
    return parse, possible


def _parse_phone(text: str, default_region: str) -> phonenumbers.PhoneNumber:
    import phonenumbers
    from phonenumbers import NumberParseException, ValidationResult

    parse_codes, possible_codes = _phone_codes()
    stripped = text.strip()
    if not stripped:
        raise ContactProblem(PHONE_EMPTY)
    if len(stripped) > MAX_PHONE_TEXT:
        raise ContactProblem(PHONE_TOO_LONG)
    try:
        number = phonenumbers.parse(stripped, default_region)
    except NumberParseException as e:
        raise ContactProblem(parse_codes.get(e.error_type, PHONE_INVALID)) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        raise ContactProblem(possible_codes.get(reason, PHONE_INVALID))
    if not phonenumbers.is_valid_number(number):
        raise ContactProblem(PHONE_INVALID)
    return number


def normalize_phone(text: str, default_region: str = "BR") -> str:
    """The number typed in E.164: ``"(11) 98765-4321"`` → ``"+5511987654321"``; a number with
    ``+`` and a country code is that country's. Raises :class:`ContactProblem` (``phone_*``)."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    number = _parse_phone(text, default_region)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def phone_digits(text: str) -> str:
    """Only the digits 0-9 of ``text`` (what the search indexes and matches)."""
    return _NON_DIGIT.sub("", text)


def format_phone(e164: str, home_region: str = "BR") -> str:
    """A stored number as people read it: the national form for one of ``home_region``
    (``"(11) 98765-4321"``), the international form for others (``"+1 650-253-0000"``). Text that
    is not a number (an old record) comes back as it is."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(e164, home_region)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


# -- CPF -----------------------------------------------------------------------------------------


def _cpf_digits(text: str) -> str | None:
    """The digits of a CPF as typed (dots, dash, spaces allowed), or None for other characters."""
    if not _CPF_TYPED.fullmatch(text):
        return None
    return phone_digits(text)


def cpf_valid(text: str) -> bool:
    """Whether ``text`` is a CPF: 11 digits (dots, dash and spaces allowed) whose two check
    digits are right and which are not all one digit."""
    digits = _cpf_digits(text)
    return digits is not None and cpf_is_valid(digits)


def normalize_cpf(text: str) -> str:
    """The 11 digits of a valid CPF (``"123.456.789-09"`` → ``"12345678909"``). Raises
    :class:`ContactProblem`: ``cpf_empty``, ``cpf_length`` (``digits``) or ``cpf_invalid``."""
    if not text.strip():
        raise ContactProblem(CPF_EMPTY)
    digits = _cpf_digits(text)
    if digits is None:
        raise ContactProblem(CPF_INVALID)
    if len(digits) != 11:
        raise ContactProblem(CPF_LENGTH, {"digits": len(digits)})
    if not cpf_is_valid(digits):
        raise ContactProblem(CPF_INVALID)
    return digits


def format_cpf(text: str) -> str:
    """A CPF written ``123.456.789-09``; text that is not 11 digits comes back as it is."""
    digits = _cpf_digits(text)
    if digits is None or len(digits) != 11:
        return text
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"


def mask_cpf(text: str) -> str:
    """A CPF for lists: only the middle six digits show (``***.456.789-**``). Text that is not a
    CPF's 11 digits shows nothing of itself (``***.***.***-**``); empty text stays empty."""
    if not text.strip():
        return ""
    digits = _cpf_digits(text)
    if digits is None or len(digits) != 11:
        return "***.***.***-**"
    return f"***.{digits[3:6]}.{digits[6:9]}-**"


# -- Email ---------------------------------------------------------------------------------------


def normalize_email(text: str) -> str:
    """An email address trimmed, its domain in lower case (the local part kept as typed).

    The rule, strict and simple (no network): ASCII only; one ``@``; a local part of at most 64
    of the characters RFC 5322 allows unquoted, dots only between them; a domain of two or more
    labels (letters, digits, inner hyphens, at most 63 each) ending in a letters-only top level.
    Raises :class:`ContactProblem`: ``email_empty``, ``email_too_long`` (``max``), ``email_invalid``.
    """
    address = text.strip()
    if not address:
        raise ContactProblem(EMAIL_EMPTY)
    if len(address) > MAX_EMAIL:
        raise ContactProblem(EMAIL_TOO_LONG, {"max": MAX_EMAIL})
    if not address.isascii() or address.count("@") != 1:
        raise ContactProblem(EMAIL_INVALID)
    local, domain = address.split("@")
    domain = domain.lower()
    labels = domain.split(".")
    if (
        len(local) > MAX_EMAIL_LOCAL
        or not _EMAIL_LOCAL.fullmatch(local)
        or len(labels) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        or not _TLD.fullmatch(labels[-1])
    ):
        raise ContactProblem(EMAIL_INVALID)
    return f"{local}@{domain}"


# -- Instagram ---------------------------------------------------------------------------------


def normalize_instagram(text: str) -> str:
    """An Instagram handle as stored: spaces and a leading ``@`` dropped, lower case
    (``" @Ana.Tattoo "`` → ``"ana.tattoo"``). Raises :class:`ContactProblem`: ``instagram_empty``,
    ``instagram_too_long`` (``max``), ``instagram_invalid`` (a character other than ASCII
    letters, digits, ``.`` and ``_``)."""
    handle = "".join(text.split()).removeprefix("@").lower()
    if not handle:
        raise ContactProblem(INSTAGRAM_EMPTY)
    if not _INSTAGRAM.fullmatch(handle):
        raise ContactProblem(INSTAGRAM_INVALID)
    if len(handle) > MAX_INSTAGRAM:
        raise ContactProblem(INSTAGRAM_TOO_LONG, {"max": MAX_INSTAGRAM})
    return handle


# -- Birth date ----------------------------------------------------------------------------------


def parse_birth_date(day: int, month: int, year: int, today: dt.date) -> dt.date:
    """The birth date of ``day``/``month``/``year`` as typed, checked against ``today`` (the
    studio's date). Raises :class:`ContactProblem`: ``date_not_exist`` (``day``, ``month``,
    ``year``: 31/02 is no day), ``birth_in_future``, ``birth_too_old`` (``year``, ``max_age``)."""
    try:
        born = dt.date(year, month, day)
    except (ValueError, OverflowError, TypeError):
        raise ContactProblem(DATE_NOT_EXIST, {"day": day, "month": month, "year": year}) from None
    if born > today:
        raise ContactProblem(BIRTH_IN_FUTURE)
    if age_on(born, today) > MAX_AGE:
        raise ContactProblem(BIRTH_TOO_OLD, {"year": year, "max_age": MAX_AGE})
    return born
