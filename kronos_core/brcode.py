"""PIX BR Code: the copy-and-paste code (and what its QR carries) for a static PIX charge,
made on the desk without a network, as the Central Bank's BR Code manual and its checklist for
generating QR codes say.

The code is EMV MPM: fields ``ID`` (2 digits) + ``length`` (2 digits) + ``value``, in order:

- ``00`` payload format indicator, ``01``;
- ``26`` merchant account information: ``00`` the GUI ``br.gov.bcb.pix``, ``01`` the PIX key
  (as :mod:`kronos_core.pix_keys` normalises it), optionally ``02`` a description;
- ``52`` merchant category code ``0000``; ``53`` currency ``986`` (BRL);
- ``54`` the amount as ``123.45`` (left out when the payer types it);
- ``58`` country ``BR``; ``59`` merchant name (at most 25); ``60`` merchant city (at most 15);
- ``62`` additional data: ``05`` the reference label (at most 25 letters and digits, ``***``
  when there is none);
- ``63`` the CRC16-CCITT (polynomial 0x1021, initial 0xFFFF, no reflection: "CCITT-FALSE") in
  four upper-case hex digits, computed over the whole payload including ``6304`` itself.

Lengths are counted in bytes of UTF-8. The name and the city are folded first (accents dropped,
upper case, only ``A-Z``, ``0-9`` and single spaces), so they are ASCII and bytes are characters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Final

GUI: Final = "br.gov.bcb.pix"
MERCHANT_NAME_MAX: Final = 25
MERCHANT_CITY_MAX: Final = 15
REFERENCE_MAX: Final = 25
NO_REFERENCE: Final = "***"
KEY_MAX: Final = 77  # an e-mail key's limit; every other kind is shorter
AMOUNT_MAX: Final = 10**12 - 1  # "9999999999.99": the field holds at most 13 characters
FIELD_MAX: Final = 99  # a length has two digits

_NOT_KEPT = re.compile(r"[^A-Z0-9 ]")
_APOSTROPHES = re.compile(r"['’`´]")
_SPACES = re.compile(r" {2,}")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
_AMOUNT = re.compile(r"^[0-9]+(\.[0-9]{1,2})?$")


class BrCodeError(ValueError):
    """A BR Code that cannot be made or read. ``code``: ``pix_key`` (no key, or not one a code
    carries), ``pix_merchant_name`` / ``pix_merchant_city`` (nothing left after folding),
    ``pix_amount`` (not above zero, or too large), ``pix_description`` (no room for it),
    ``brcode_shape`` (not a BR Code), ``brcode_crc`` (its CRC does not match)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    return tuple(table)


_TABLE: Final = _crc_table()


def crc16_ccitt(data: bytes) -> int:
    """CRC16-CCITT-FALSE of ``data`` (poly 0x1021, init 0xFFFF): ``b"123456789"`` → 0x29B1."""
    crc = 0xFFFF
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _TABLE[(crc >> 8) ^ byte]
    return crc


def fold(text: str, limit: int) -> str:
    """``text`` as a BR Code's name or city carries it: accents folded (``São Paulo`` → ``SAO
    PAULO``), upper case, only letters A-Z, digits and single spaces (apostrophes dropped, other
    signs made spaces), at most ``limit`` characters (then bytes: it is ASCII), no space at
    either end."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    upper = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", bare).upper())
    kept = _SPACES.sub(" ", _NOT_KEPT.sub(" ", upper)).strip()
    return kept[:limit].rstrip()


def reference_label(reference: str | None) -> str:
    """The reference label (``62``/``05``): its letters and digits, at most 25; ``***`` when
    none are left."""
    kept = _NOT_ALNUM.sub("", reference or "")[:REFERENCE_MAX]
    return kept or NO_REFERENCE


def amount_text(amount: int) -> str:
    """Centavos as the amount field carries them: 12345 → ``123.45``."""
    units, cents = divmod(amount, 100)
    return f"{units}.{cents:02d}"


def _field(tag: str, value: str) -> str:
    size = len(value.encode("utf-8"))
    if size > FIELD_MAX:
        raise BrCodeError("brcode_shape", f"field {tag} is {size} bytes long; at most {FIELD_MAX} fit")
    return f"{tag}{size:02d}{value}"


def _key(key: str) -> str:
    value = key.strip()
    if not value:
        raise BrCodeError("pix_key", "the studio has no PIX key")
    if not value.isascii() or not value.isprintable() or len(value) > KEY_MAX:
        raise BrCodeError("pix_key", f"a PIX key is at most {KEY_MAX} characters of plain text")
    return value


def pix_payload(
    *,
    key: str,
    merchant_name: str,
    merchant_city: str,
    amount: int | None,
    reference: str | None,
    description: str | None = None,
) -> str:
    """The copy-and-paste code of a static PIX charge (what the QR carries). ``amount`` in
    centavos (None: the payer types it); ``reference``: the ticket's number (its letters and
    digits are kept); ``description``: an optional note the payer's bank may show (folded like
    the name; whatever fits beside the key)."""
    name = fold(merchant_name, MERCHANT_NAME_MAX)
    if not name:
        raise BrCodeError("pix_merchant_name", "the merchant name has no letters or digits")
    city = fold(merchant_city, MERCHANT_CITY_MAX)
    if not city:
        raise BrCodeError("pix_merchant_city", "the merchant city has no letters or digits")
    account = _field("00", GUI) + _field("01", _key(key))
    if description:
        room = FIELD_MAX - len(account) - 4
        note = fold(description, room) if room > 0 else ""
        if not note:
            raise BrCodeError("pix_description", "no room for a description beside this key")
        account += _field("02", note)
    parts = [_field("00", "01"), _field("26", account), _field("52", "0000"), _field("53", "986")]
    if amount is not None:
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError(f"money must be integer centavos, got {type(amount).__name__}")
        if not 0 < amount <= AMOUNT_MAX:
            raise BrCodeError("pix_amount", "a PIX amount is above zero and at most 9999999999.99")
        parts.append(_field("54", amount_text(amount)))
    parts += [
        _field("58", "BR"),
        _field("59", name),
        _field("60", city),
        _field("62", _field("05", reference_label(reference))),
        "6304",
    ]
    body = "".join(parts)
    return body + f"{crc16_ccitt(body.encode('utf-8')):04X}"


def _fields(data: bytes) -> list[tuple[str, bytes]]:
    """The TLV fields of ``data`` in order (lengths in bytes)."""
    found: list[tuple[str, bytes]] = []
    at = 0
    while at < len(data):
        head = data[at : at + 4]
        if len(head) < 4 or not head.isdigit():
            raise BrCodeError("brcode_shape", f"no field at byte {at}")
        size = int(head[2:])
        value = data[at + 4 : at + 4 + size]
        if len(value) != size:
            raise BrCodeError("brcode_shape", f"field {head[:2].decode()} runs past the end")
        found.append((head[:2].decode(), value))
        at += 4 + size
    return found


def _text(value: bytes) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BrCodeError("brcode_shape", "a field is not UTF-8") from exc


def parse_payload(code: str) -> dict[str, Any]:
    """A BR Code read back, its CRC checked: ``payload_format``, ``point_of_initiation`` (None
    when absent), ``gui``, ``key``, ``description`` (None), ``merchant_category``, ``currency``,
    ``amount`` (centavos, or None), ``country``, ``merchant_name``, ``merchant_city``,
    ``reference`` (the label, ``***`` included), ``crc`` (4 hex digits) and ``fields`` (every
    top-level tag → its text). Raises :class:`BrCodeError` when it is not one."""
    data = code.encode("utf-8")
    if len(data) < 8 or data[-8:-4] != b"6304":
        raise BrCodeError("brcode_shape", "a BR Code ends with its CRC field (6304…)")
    crc = _text(data[-4:])
    expected = f"{crc16_ccitt(data[:-4]):04X}"
    if crc != expected:
        raise BrCodeError("brcode_crc", f"the CRC is {crc}, the code's content gives {expected}")
    fields = _fields(data)
    tags = [tag for tag, _ in fields]
    if not tags or tags[0] != "00" or tags[-1] != "63" or len(set(tags)) != len(tags):
        raise BrCodeError("brcode_shape", "a BR Code starts with 00, ends with 63, each field once")
    top = {tag: _text(value) for tag, value in fields}
    account = {tag: _text(value) for tag, value in _fields(top.get("26", "").encode("utf-8"))}
    extra = {tag: _text(value) for tag, value in _fields(top.get("62", "").encode("utf-8"))}
    for tag in ("26", "52", "53", "58", "59", "60"):
        if tag not in top:
            raise BrCodeError("brcode_shape", f"field {tag} is missing")
    if account.get("00", "").lower() != GUI or not account.get("01"):
        raise BrCodeError("brcode_shape", "not a PIX account (26: br.gov.bcb.pix and a key)")
    amount: int | None = None
    if "54" in top:
        if _AMOUNT.match(top["54"]) is None:
            raise BrCodeError("brcode_shape", f"not an amount: {top['54']!r}")
        units, _, cents = top["54"].partition(".")
        amount = int(units) * 100 + int(cents.ljust(2, "0") or "0")
    return {
        "payload_format": top["00"],
        "point_of_initiation": top.get("01"),
        "gui": account["00"],
        "key": account["01"],
        "description": account.get("02"),
        "merchant_category": top["52"],
        "currency": top["53"],
        "amount": amount,
        "country": top["58"],
        "merchant_name": top["59"],
        "merchant_city": top["60"],
        "reference": extra.get("05"),
        "crc": crc,
        "fields": top,
    }
