"""PIX BR Code (kronos_core.brcode): the Central Bank's own example payloads, the CRC checked by
Python's own CRC-CCITT (binascii.crc_hqx) rather than ours, and, for any key, name, city, amount
and reference, a code whose fields a separate byte-level reader finds where the manual puts them."""

from __future__ import annotations

import binascii
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.brcode import BrCodeError, crc16_ccitt, fold, parse_payload, pix_payload

# The BR Code manual's static example (a random key, no amount, no reference): CRC 1D3D.
MANUAL_STATIC = (
    "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
    "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D"
)
# The "Manual de Padrões para Iniciação do Pix" examples, as printed (their CRC values 170E, EEAB).
MANUAL_PHONE = (
    "00020126360014BR.GOV.BCB.PIX0114+5511943214321520400005303986540566.665802BR5907EMPRESA"
    "6008BRASILIA62080503***6304170E"
)
MANUAL_DYNAMIC = (
    "00020101021226770014BR.GOV.BCB.PIX2555pix.example.com/qr/93598be0-1bd0-4997-8318-81776a1d8a99"
    "5204000053039865802BR5907EMPRESA6009SAO PAULO62070503***6304EEAB"
)


def python_crc(data: bytes) -> str:
    """CRC16-CCITT-FALSE by the standard library (poly 0x1021, initial 0xFFFF)."""
    return f"{binascii.crc_hqx(data, 0xFFFF):04X}"


def tlv(data: bytes) -> list[tuple[str, bytes]]:
    """A BR Code's fields read byte by byte, lengths in bytes (independent of the module)."""
    out = []
    while data:
        tag, size = data[:2].decode(), int(data[2:4])
        out.append((tag, data[4 : 4 + size]))
        assert len(data[4 : 4 + size]) == size
        data = data[4 + size :]
    return out


def test_crc16_check_value() -> None:
    assert crc16_ccitt(b"123456789") == 0x29B1
    assert crc16_ccitt(b"") == 0xFFFF


@pytest.mark.parametrize("code", [MANUAL_STATIC, MANUAL_PHONE, MANUAL_DYNAMIC])
def test_the_manuals_examples_have_the_crc_we_compute(code: str) -> None:
    body = code[:-4].encode()
    assert f"{crc16_ccitt(body):04X}" == code[-4:] == python_crc(body)


def test_the_manuals_static_example_reads_back() -> None:
    got = parse_payload(MANUAL_STATIC)
    assert got["key"] == "123e4567-e12b-12d1-a456-426655440000"
    assert got["merchant_name"] == "Fulano de Tal"
    assert got["merchant_city"] == "BRASILIA"
    assert got["amount"] is None
    assert got["reference"] == "***"
    assert (got["currency"], got["country"], got["merchant_category"]) == ("986", "BR", "0000")


def test_the_same_charge_made_here_is_the_manuals_with_the_name_folded() -> None:
    made = pix_payload(
        key="123e4567-e12b-12d1-a456-426655440000",
        merchant_name="Fulano de Tal",
        merchant_city="Brasília",
        amount=None,
        reference=None,
    )
    body = MANUAL_STATIC[:-4].replace("Fulano de Tal", "FULANO DE TAL")
    assert made == body + python_crc(body.encode())


def test_a_charge_with_amount_and_reference_field_by_field() -> None:
    code = pix_payload(
        key="+5511943214321",
        merchant_name="Estúdio Agulha de Ouro Tatuagens e Piercing",
        merchant_city="São José dos Campos",
        amount=123_45,
        reference="A-000123",
    )
    fields = dict(tlv(code.encode()))
    assert fields["00"] == b"01"
    assert dict(tlv(fields["26"])) == {"00": b"br.gov.bcb.pix", "01": b"+5511943214321"}
    assert fields["54"] == b"123.45"
    assert fields["59"] == b"ESTUDIO AGULHA DE OURO TA"
    assert fields["60"] == b"SAO JOSE DOS CA"
    assert dict(tlv(fields["62"])) == {"05": b"A000123"}
    assert fields["63"].decode() == python_crc(code[:-4].encode())
    assert code.isascii()


def test_amounts_are_written_with_two_decimals() -> None:
    def amount(centavos: int) -> bytes:
        code = pix_payload(key="a@b.com", merchant_name="X", merchant_city="Y", amount=centavos, reference="r")
        return dict(tlv(code.encode()))["54"]

    assert amount(1) == b"0.01"
    assert amount(10_00) == b"10.00"
    assert amount(1_234_567_89) == b"1234567.89"


def test_what_cannot_be_a_pix_charge_says_why() -> None:
    good: dict[str, Any] = {
        "key": "a@b.com",
        "merchant_name": "Ana",
        "merchant_city": "Rio",
        "amount": 100,
        "reference": "x",
    }
    changes: list[tuple[dict[str, Any], str]] = [
        ({"key": "  "}, "pix_key"),
        ({"key": "x" * 78}, "pix_key"),
        ({"merchant_name": "!!! ---"}, "pix_merchant_name"),
        ({"merchant_city": "日本"}, "pix_merchant_city"),
        ({"amount": 0}, "pix_amount"),
        ({"amount": -5}, "pix_amount"),
        ({"amount": 10**12}, "pix_amount"),
    ]
    for change, code in changes:
        with pytest.raises(BrCodeError) as caught:
            pix_payload(**{**good, **change})
        assert caught.value.code == code


def test_a_changed_code_fails_its_crc() -> None:
    code = pix_payload(key="a@b.com", merchant_name="Ana", merchant_city="Rio", amount=5000, reference="A1")
    tampered = code.replace("50.00", "05.00")
    with pytest.raises(BrCodeError) as caught:
        parse_payload(tampered)
    assert caught.value.code == "brcode_crc"
    with pytest.raises(BrCodeError) as caught:
        parse_payload("hello")
    assert caught.value.code == "brcode_shape"


def test_fold() -> None:
    assert fold("São Paulo", 15) == "SAO PAULO"
    assert fold("  Tattoo  D'Ávila — Çaçapava  ", 25) == "TATTOO DAVILA CACAPAVA"
    assert fold("Ana Maria Bragança Albuquerque", 25) == "ANA MARIA BRAGANCA ALBUQU"
    assert fold("Ana Maria Bragança", 10) == "ANA MARIA"  # never a space at the end


def test_a_description_goes_in_the_account_field_when_it_fits() -> None:
    code = pix_payload(
        key="a@b.com", merchant_name="Ana", merchant_city="Rio", amount=100, reference="A1", description="Sessão 2"
    )
    got = parse_payload(code)
    assert got["description"] == "SESSAO 2"
    with pytest.raises(BrCodeError) as caught:
        pix_payload(
            key="a" * 71 + "@b.com", merchant_name="A", merchant_city="R", amount=1, reference="", description="x"
        )
    assert caught.value.code == "pix_description"


# -- any charge ---------------------------------------------------------------------------------
def _cpf(base: str) -> str:
    def digit(digits: str, weights: range) -> str:
        rest = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return "0" if rest < 2 else str(11 - rest)

    first = digit(base, range(10, 1, -1))
    return base + first + digit(base + first, range(11, 1, -1))


keys = st.one_of(
    st.text("0123456789", min_size=9, max_size=9).map(_cpf),
    st.from_regex(r"\A\+55[1-9][0-9]9[0-9]{8}\Z"),
    st.from_regex(r"\A[a-z0-9._%+-]{1,60}@[a-z0-9]{1,8}\.com\.br\Z"),
    st.uuids().map(str),
    st.builds(uuid.uuid4).map(str),
)
latin = st.text(st.sampled_from("aáàãâbcçdeéêfghiíjklmnoóôõpqrstuúüvwxyzAÁÃÇÉÍÓÕÚZ0189 '-.&/ßæ"), max_size=60)
words = latin | st.text(st.characters(codec="utf-8"), max_size=60)


@given(
    key=keys,
    name=words,
    city=words,
    amount=st.none() | st.integers(1, 10**12 - 1),
    reference=st.none() | words,
)
def test_any_charge_reads_back_with_byte_lengths_and_a_valid_crc(
    key: str, name: str, city: str, amount: int | None, reference: str | None
) -> None:
    if not fold(name, 25) or not fold(city, 15):  # no letter or digit left: refused, saying which
        with pytest.raises(BrCodeError) as caught:
            pix_payload(key=key, merchant_name=name, merchant_city=city, amount=amount, reference=reference)
        assert caught.value.code == ("pix_merchant_name" if not fold(name, 25) else "pix_merchant_city")
        return
    code = pix_payload(key=key, merchant_name=name, merchant_city=city, amount=amount, reference=reference)
    data = code.encode("utf-8")
    fields = tlv(data)  # every length is a byte count, the fields tile the code exactly
    amount_tag = ["54"] if amount else []
    assert [tag for tag, _ in fields] == ["00", "26", "52", "53", *amount_tag, "58", "59", "60", "62", "63"]
    assert fields[-1][1].decode() == python_crc(data[:-4])
    got = parse_payload(code)
    assert got["key"] == key
    assert got["amount"] == amount
    assert got["merchant_name"] == fold(name, 25)
    assert got["merchant_city"] == fold(city, 15)
    assert 1 <= len(got["merchant_name"].encode()) <= 25
    assert 1 <= len(got["merchant_city"].encode()) <= 15
    kept = "".join(ch for ch in (reference or "") if ch.isascii() and ch.isalnum())[:25]
    assert got["reference"] == (kept or "***")
    assert code.isascii()  # the keys are ASCII; everything else was folded
