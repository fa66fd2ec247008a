"""PIX keys (kronos_core.pix_keys): each kind's shape, CPF and CNPJ check digits computed here
the way the Receita Federal does, and the one form a BR Code carries."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kronos_core.pix_keys import PIX_KEY_KINDS, PixKeyProblem, cnpj_is_valid, cpf_is_valid, normalize_pix_key


def check_digit(digits: str, weights: list[int]) -> str:
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return "0" if rest < 2 else str(11 - rest)


def make_cpf(base: str) -> str:
    first = check_digit(base, list(range(10, 1, -1)))
    return base + first + check_digit(base + first, list(range(11, 1, -1)))


def make_cnpj(base: str) -> str:
    first = check_digit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return base + first + check_digit(base + first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])


cpf_bases = st.text("0123456789", min_size=9, max_size=9).filter(lambda b: len(set(b)) > 1)
cnpj_bases = st.text("0123456789", min_size=12, max_size=12).filter(lambda b: len(set(b)) > 1)


@given(cpf_bases)
def test_a_cpf_with_its_check_digits_is_a_key_typed_with_or_without_dots(base: str) -> None:
    cpf = make_cpf(base)
    assert cpf_is_valid(cpf)
    typed = f"{cpf[:3]}.{cpf[3:6]}.{cpf[6:9]}-{cpf[9:]}"
    assert normalize_pix_key("cpf", typed) == cpf
    assert normalize_pix_key("cpf", f" {cpf} ") == cpf


@given(cpf_bases, st.integers(9, 10), st.integers(1, 9))
def test_a_cpf_with_a_check_digit_changed_is_refused(base: str, where: int, by: int) -> None:
    cpf = make_cpf(base)
    changed = cpf[:where] + str((int(cpf[where]) + by) % 10) + cpf[where + 1 :]
    assert not cpf_is_valid(changed)
    with pytest.raises(PixKeyProblem, match="a CPF key is 11 digits with valid check digits") as refused:
        normalize_pix_key("cpf", changed)
    assert (refused.value.code, refused.value.kind) == ("pix_key_shape", "cpf")


@given(cpf_bases, st.integers(0, 8), st.integers(1, 9))
def test_a_cpf_with_another_digit_changed_passes_only_when_its_check_digits_still_hold(
    base: str, where: int, by: int
) -> None:
    # Check digits catch almost every one-digit change; the rare one they cannot (a remainder of
    # 0 or 1 both give 0) is a CPF in its own right, and kept as one.
    changed = base[:where] + str((int(base[where]) + by) % 10) + base[where + 1 :]
    assume(len(set(changed)) > 1)
    typo = changed + make_cpf(base)[9:]
    assert cpf_is_valid(typo) == (make_cpf(changed) == typo)


def test_a_cpf_typo_is_refused() -> None:
    assert cpf_is_valid("52998224725")
    for typo in ("52998224726", "52998224735", "62998224725", "52998234725"):
        assert not cpf_is_valid(typo), typo


@given(cnpj_bases, st.integers(12, 13), st.integers(1, 9))
def test_a_cnpj_with_its_check_digits_passes_and_one_changed_fails(base: str, where: int, by: int) -> None:
    cnpj = make_cnpj(base)
    assert normalize_pix_key("cnpj", f"{cnpj[:2]}.{cnpj[2:5]}.{cnpj[5:8]}/{cnpj[8:12]}-{cnpj[12:]}") == cnpj
    changed = cnpj[:where] + str((int(cnpj[where]) + by) % 10) + cnpj[where + 1 :]
    assert not cnpj_is_valid(changed)


@pytest.mark.parametrize("repeated", ["00000000000", "11111111111", "99999999999"])
def test_a_cpf_of_one_repeated_digit_is_refused(repeated: str) -> None:
    assert not cpf_is_valid(repeated)  # their check digits hold, yet no one has them
    with pytest.raises(PixKeyProblem):
        normalize_pix_key("cpf", repeated)


@pytest.mark.parametrize(
    ("kind", "typed", "kept"),
    [
        ("email", " Financeiro@AgulhaDeOuro.com.br ", "financeiro@agulhadeouro.com.br"),
        ("phone", "(11) 98765-4321", "+5511987654321"),
        ("phone", "+55 21 3456-7890", "+552134567890"),
        ("random", "123E4567-E89B-12D3-A456-426614174000", "123e4567-e89b-12d3-a456-426614174000"),
    ],
)
def test_keys_are_kept_in_the_form_a_br_code_carries(kind: str, typed: str, kept: str) -> None:
    assert normalize_pix_key(kind, typed) == kept


@pytest.mark.parametrize(
    ("kind", "typed"),
    [
        ("email", "financeiro@"),
        ("email", "a" * 70 + "@b.com.br"),  # over 77 characters
        ("phone", "+1 415 555 0100"),  # not Brazilian
        ("phone", "98765-4321"),  # no area code
        ("random", "123e4567e89b12d3a456426614174000"),  # no hyphens
        ("cnpj", "11.222.333/0001-00"),
        ("cpf", "529.982.247"),  # too short
    ],
)
def test_a_key_of_the_wrong_shape_for_its_kind_is_refused(kind: str, typed: str) -> None:
    with pytest.raises(PixKeyProblem) as refused:
        normalize_pix_key(kind, typed)
    assert (refused.value.code, refused.value.kind) == ("pix_key_shape", kind)


def test_an_unknown_kind_is_its_own_refusal() -> None:
    assert "iban" not in PIX_KEY_KINDS
    with pytest.raises(PixKeyProblem) as refused:
        normalize_pix_key("iban", "DE89370400440532013000")
    assert refused.value.code == "pix_key_kind"


def test_a_cpf_is_not_a_cnpj_key() -> None:
    with pytest.raises(PixKeyProblem):
        normalize_pix_key("cnpj", "529.982.247-25")
    assert normalize_pix_key("cpf", "529.982.247-25") == "52998224725"
