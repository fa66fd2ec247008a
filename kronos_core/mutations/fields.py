"""Argument field types shared by the mutations (validated the same way on both sides)."""

from __future__ import annotations

import re
import zoneinfo
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StrictInt

from kronos_core.brazil import STATES
from kronos_core.hours import parse_exceptions, parse_week

Centavos = Annotated[StrictInt, Field(ge=0, le=10**12)]
# Its own type: `Centavos = Field(ge=1)` keeps the alias's ge=0, which pydantic applies last.
PositiveCentavos = Annotated[StrictInt, Field(ge=1, le=10**12)]
SignedCentavos = Annotated[StrictInt, Field(ge=-(10**12), le=10**12)]


def _name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


Name = Annotated[str, Field(max_length=200), AfterValidator(_name)]
ShortText = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=10_000)]

_E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def _phone(value: str) -> str:
    digits = re.sub(r"[\s().-]", "", value)
    if not _E164.match(digits):
        raise ValueError("phone must be in international form, like +5511987654321")
    return digits


Phone = Annotated[str, AfterValidator(_phone)]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValueError("not an e-mail address")
    return value.lower()


Email = Annotated[str, Field(max_length=254), AfterValidator(_email)]

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _color(value: str) -> str:
    if not _COLOR.match(value):
        raise ValueError("colour must look like #1a2b3c")
    return value.lower()


Color = Annotated[str, AfterValidator(_color)]


def _timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


TimeZoneName = Annotated[str, AfterValidator(_timezone)]
Bps = Annotated[StrictInt, Field(ge=0, le=10_000)]


def _week(value: dict[str, Any]) -> dict[str, list[list[str]]]:
    return parse_week(value).json()  # a HoursProblem is a ValueError: pydantic names the field


def _exceptions(value: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [day.json() for day in parse_exceptions(value)]


def _state(value: str) -> str:
    value = value.strip().upper()
    if value not in STATES:
        raise ValueError(f"{value!r} is not a Brazilian state (UF)")
    return value


# A week of hours (kronos_core.hours), stored in its checked, sorted JSON form.
WeekHours = Annotated[dict[str, Any], AfterValidator(_week)]
DayExceptions = Annotated[list[dict[str, Any]], AfterValidator(_exceptions)]
StateCode = Annotated[str, AfterValidator(_state)]
