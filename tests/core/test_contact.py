"""A client's contact rules (kronos_core.contact): what the dialog, the mutations and the server
accept as a phone, a CPF, an email and a birth date, and the reason they give when they do not."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.contact import (
    CODES,
    ContactProblem,
    age_on,
    cpf_valid,
    format_cpf,
    format_phone,
    mask_cpf,
    normalize_cpf,
    normalize_email,
    normalize_phone,
    parse_birth_date,
    phone_digits,
)

TODAY = dt.date(2026, 12, 3)
# Brazil's area codes (DDD) in use.
DDDS = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38]
DDDS += [41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69]
DDDS += [71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99]


def problem(call: object, *args: object, **kwargs: object) -> ContactProblem:
    assert callable(call)
    with pytest.raises(ContactProblem) as caught:
        call(*args, **kwargs)
    assert caught.value.code in CODES
    return caught.value


# -- Phone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["(11) 98765-4321", "11987654321", "11 98765 4321", "+55 11 98765-4321", "055 11 98765-4321", " 11.98765.4321 "],
)
def test_a_brazilian_mobile_however_typed_is_stored_in_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+5511987654321"
    assert format_phone("+5511987654321") == "(11) 98765-4321"


def test_a_landline_and_a_foreign_number_with_its_country_code() -> None:
    assert normalize_phone("(11) 3333-4444") == "+551133334444"
    assert format_phone("+551133334444") == "(11) 3333-4444"
    assert normalize_phone("+1 650 253 0000") == "+16502530000"
    assert format_phone("+16502530000") == "+1 650-253-0000"
    assert normalize_phone("+351 912 345 678") == "+351912345678"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone_empty"),
        ("   ", "phone_empty"),
        ("abc", "phone_not_a_number"),
        ("123", "phone_too_short"),
        ("1198765432112345", "phone_too_long"),
        ("1" * 200, "phone_too_long"),
        ("+999 1234 5678", "phone_country_unknown"),
        ("11 8765-4321", "phone_invalid"),  # a mobile without its ninth digit
        ("(20) 98765-4321", "phone_invalid"),  # no such DDD
        ("1 650 253 0000", "phone_invalid"),  # a US number without "+": read as Brazilian
    ],
)
def test_what_is_not_a_phone_number_says_why(typed: str, code: str) -> None:
    assert problem(normalize_phone, typed).code == code


def test_phone_digits_keep_only_the_digits_for_the_search() -> None:
    assert phone_digits("+55 (11) 98765-4321") == "5511987654321"
    assert phone_digits("") == ""
    assert phone_digits("٣٤") == ""  # other scripts' digits are not 0-9


def test_an_old_record_that_is_not_a_number_shows_as_it_was_typed() -> None:
    assert format_phone("ask at the desk") == "ask at the desk"


BR_MOBILES = st.builds(
    lambda ddd, second, rest: f"+55{ddd}9{second}{rest:07d}",
    st.sampled_from(DDDS),
    st.integers(1, 9),
    st.integers(0, 9_999_999),
)


@given(BR_MOBILES)
def test_a_brazilian_mobile_survives_display_and_typing_back(e164: str) -> None:
    shown = format_phone(e164)
    assert not shown.startswith("+")
    assert normalize_phone(shown) == e164
    assert normalize_phone(e164) == e164


# -- CPF -----------------------------------------------------------------------------------------


def check_digits(nine: str) -> str:
    """The CPF's two check digits, computed here as the Receita Federal describes them."""
    digits = [int(c) for c in nine]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append((total * 10) % 11 % 10)
    return "".join(str(d) for d in digits[9:])


CPFS = (
    st.text(alphabet="0123456789", min_size=9, max_size=9)
    .filter(lambda nine: len(set(nine)) > 1)
    .map(lambda nine: nine + check_digits(nine))
)


def is_cpf(digits: str) -> bool:
    return len(set(digits)) > 1 and check_digits(digits[:9]) == digits[9:]


@given(CPFS, st.integers(0, 10), st.integers(1, 9))
def test_every_cpf_passes_and_a_one_digit_change_is_caught(cpf: str, position: int, shift: int) -> None:
    assert cpf_valid(cpf)
    assert cpf_valid(format_cpf(cpf))
    assert normalize_cpf(format_cpf(cpf)) == cpf
    changed = cpf[:position] + str((int(cpf[position]) + shift) % 10) + cpf[position + 1 :]
    # A check digit of 0 stands for a remainder of 0 or 1, so a few one-digit changes in the
    # first nine make another CPF (704.670.510-03 and 604.670.510-03 both are): the rule agrees
    # with the independent computation, and a changed check digit is always caught.
    assert cpf_valid(changed) == is_cpf(changed)
    if position >= 9:
        assert not cpf_valid(changed)
        assert problem(normalize_cpf, changed).code == "cpf_invalid"


def test_a_one_digit_change_to_a_cpf_is_nearly_always_caught() -> None:
    cpf = "52998224725"  # a first check digit other than 0: every one-digit change shows
    changes = [cpf[:p] + d + cpf[p + 1 :] for p in range(11) for d in "0123456789" if d != cpf[p]]
    assert not any(cpf_valid(changed) for changed in changes)
    assert cpf_valid("70467051003")
    assert cpf_valid("60467051003")  # the one-digit change the check digits cannot see
    assert cpf_valid("12345678909")
    assert cpf_valid("22345678909")  # another


def test_cpf_plain_cases() -> None:
    assert cpf_valid("123.456.789-09")
    assert normalize_cpf(" 123.456.789-09 ") == "12345678909"
    assert format_cpf("12345678909") == "123.456.789-09"
    assert not cpf_valid("111.111.111-11")  # right check digits, but one digit repeated
    assert problem(normalize_cpf, "000.000.000-00").code == "cpf_invalid"
    assert problem(normalize_cpf, "123.456.789-0x").code == "cpf_invalid"
    short = problem(normalize_cpf, "123.456.789")
    assert (short.code, short.params) == ("cpf_length", {"digits": 9})
    assert problem(normalize_cpf, "").code == "cpf_empty"


def test_the_list_shows_a_cpf_masked_as_the_issue_does() -> None:
    assert mask_cpf("123.456.789-09") == "***.456.789-**"
    assert mask_cpf("12345678909") == "***.456.789-**"
    assert mask_cpf("12345") == "***.***.***-**"  # nothing of a malformed one shows
    assert mask_cpf("") == ""


# -- Email ---------------------------------------------------------------------------------------


def test_an_email_is_trimmed_and_its_domain_lower_cased() -> None:
    assert normalize_email("  Ana.Souza+tattoo@Example.COM.br ") == "Ana.Souza+tattoo@example.com.br"
    assert normalize_email("o'neil@mail.co") == "o'neil@mail.co"


@pytest.mark.parametrize(
    "typed",
    [
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "ana@exa mple.com",
        ".ana@example.com",
        "ana.@example.com",
        "an..a@example.com",
        "ana@-example.com",
        "ana@example.c0m",
        "ana@example..com",
        "joão@example.com",
        "ana@example.com.",
        "a" * 65 + "@example.com",
    ],
)
def test_what_is_not_an_email_is_refused(typed: str) -> None:
    assert problem(normalize_email, typed).code == "email_invalid"


def test_email_empty_and_too_long() -> None:
    assert problem(normalize_email, "  ").code == "email_empty"
    too_long = problem(normalize_email, "a@" + "b" * 60 + "." + ("c" * 60 + ".") * 4 + "com")
    assert (too_long.code, too_long.params) == ("email_too_long", {"max": 254})


# -- Birth date ----------------------------------------------------------------------------------


def test_a_birth_date_that_does_not_exist_says_so() -> None:
    caught = problem(parse_birth_date, 31, 2, 1990, TODAY)
    assert (caught.code, caught.params) == ("date_not_exist", {"day": 31, "month": 2, "year": 1990})
    assert problem(parse_birth_date, 29, 2, 1991, TODAY).code == "date_not_exist"
    assert problem(parse_birth_date, 1, 13, 1990, TODAY).code == "date_not_exist"
    assert problem(parse_birth_date, 1, 1, 0, TODAY).code == "date_not_exist"
    assert parse_birth_date(29, 2, 2000, TODAY) == dt.date(2000, 2, 29)


def test_a_birth_date_in_the_future_or_too_long_ago_is_refused() -> None:
    assert parse_birth_date(3, 12, 2026, TODAY) == TODAY  # born today
    assert problem(parse_birth_date, 4, 12, 2026, TODAY).code == "birth_in_future"
    old = problem(parse_birth_date, 1, 1, 1850, TODAY)
    assert (old.code, old.params) == ("birth_too_old", {"year": 1850, "max_age": 130})


def test_age_turns_on_the_birthday() -> None:
    assert age_on(dt.date(2008, 12, 3), TODAY) == 18
    assert age_on(dt.date(2008, 12, 4), TODAY) == 17
    assert age_on(dt.date(2000, 2, 29), dt.date(2025, 2, 28)) == 24
    assert age_on(dt.date(2000, 2, 29), dt.date(2025, 3, 1)) == 25


# -- Hostile input -------------------------------------------------------------------------------

HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet="+0123456789()-. #*x,;ext@\u0660\u0661\uff11\u200b"),
    st.from_regex(r"\+?[0-9 ]{0,40}", fullmatch=True),
)


@given(HOSTILE)
def test_any_text_gives_a_result_or_a_contact_problem(text: str) -> None:
    for check in (normalize_phone, normalize_cpf, normalize_email):
        try:
            check(text)
        except ContactProblem as e:
            code = e.code
            assert code in CODES
    cpf_valid(text)
    mask_cpf(text)
    format_cpf(text)
    format_phone(text)
    phone_digits(text)


@given(st.integers(-(10**6), 10**6), st.integers(-100, 100), st.integers(-(10**6), 10**6))
def test_any_numbers_give_a_date_or_a_contact_problem(day: int, month: int, year: int) -> None:
    try:
        born = parse_birth_date(day, month, year, TODAY)
    except ContactProblem as e:
        code = e.code
        assert code in CODES
    else:
        assert born <= TODAY
