"""A ticket being rung up (issue 15): the draft a desk keeps as JSON until it closes (its lines,
discounts, deposits applied, tips and payments), and :class:`TicketError`, the error of the
ticket's money rules. Plain data; the rules are :mod:`kronos_core.ticket`'s (which re-exports
everything here).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

LineKind = Literal["service", "product"]
PaymentMethod = Literal["cash", "credit", "debit", "pix", "transfer", "voucher"]


class TicketError(ValueError):
    """A ticket that breaks a money rule. ``code`` names it (``discount_above_line``,
    ``discount_above_total``, ``deposit_above_total``, ``deposit_twice``, ``deposit_unknown``,
    ``quantity``, ``negative``, ``percent``, ``instalments``, ``draft_json``)."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True)
class DraftLine:
    line_id: uuid.UUID
    kind: LineKind
    description: str
    artist_id: uuid.UUID | None
    product_id: uuid.UUID | None
    quantity: int
    unit_price: int
    discount_amount: int = 0  # typed as an amount (centavos)…
    discount_bps: int | None = None  # …or as a percent (bps); when set, wins over discount_amount
    discount_reason: str = ""


@dataclass(frozen=True)
class DraftPayment:
    payment_id: uuid.UUID
    method: PaymentMethod
    amount: int  # what goes to the ticket (never the change)
    tip: int = 0  # part of what was paid that is tip (tips are assigned in DraftTip)
    card_brand: str | None = None
    instalments: int | None = None
    auth_code: str = ""
    card_fee: int = 0
    pix_e2e_id: str = ""
    cash_tendered: int | None = None
    voucher_id: uuid.UUID | None = None  # the gift voucher a "voucher" payment redeems (issue 16)


@dataclass(frozen=True)
class DraftTip:
    tip_id: uuid.UUID
    artist_id: uuid.UUID
    amount: int


_UUID_FIELDS = frozenset({"line_id", "artist_id", "product_id", "payment_id", "tip_id", "voucher_id"})


def _uuid(value: Any) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _jsonable(obj: Any) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in asdict(obj).items()}


def _revived(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (_uuid(v) if k in _UUID_FIELDS else v) for k, v in data.items()}


@dataclass
class TicketDraft:
    """An open ticket on its desk (``ticket_draft``), kept as JSON until it closes."""

    ticket_id: uuid.UUID
    client_id: uuid.UUID | None
    appointment_id: uuid.UUID | None
    lines: list[DraftLine]
    ticket_discount_amount: int = 0
    ticket_discount_bps: int | None = None
    ticket_discount_reason: str = ""
    deposit_ids: list[uuid.UUID] = field(default_factory=list)  # the deposits applied
    tips: list[DraftTip] = field(default_factory=list)
    payments: list[DraftPayment] = field(default_factory=list)
    fiscal_document: str = ""
    fiscal_name: str = ""
    fiscal_address: str = ""
    service_description: str = ""

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types only (UUIDs as strings); :meth:`from_json` reads it back equal."""
        return {
            "ticket_id": str(self.ticket_id),
            "client_id": None if self.client_id is None else str(self.client_id),
            "appointment_id": None if self.appointment_id is None else str(self.appointment_id),
            "lines": [_jsonable(ln) for ln in self.lines],
            "ticket_discount_amount": self.ticket_discount_amount,
            "ticket_discount_bps": self.ticket_discount_bps,
            "ticket_discount_reason": self.ticket_discount_reason,
            "deposit_ids": [str(d) for d in self.deposit_ids],
            "tips": [_jsonable(t) for t in self.tips],
            "payments": [_jsonable(p) for p in self.payments],
            "fiscal_document": self.fiscal_document,
            "fiscal_name": self.fiscal_name,
            "fiscal_address": self.fiscal_address,
            "service_description": self.service_description,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TicketDraft:
        """The draft :meth:`to_json` wrote; ``TicketError("draft_json")`` for anything else."""
        try:
            return cls._from_json(data)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise TicketError("draft_json", f"not a ticket draft: {error}") from error

    @classmethod
    def _from_json(cls, data: Mapping[str, Any]) -> TicketDraft:
        return cls(
            ticket_id=uuid.UUID(str(data["ticket_id"])),
            client_id=_uuid(data.get("client_id")),
            appointment_id=_uuid(data.get("appointment_id")),
            lines=[DraftLine(**_revived(ln)) for ln in data.get("lines", [])],
            ticket_discount_amount=int(data.get("ticket_discount_amount", 0)),
            ticket_discount_bps=data.get("ticket_discount_bps"),
            ticket_discount_reason=str(data.get("ticket_discount_reason", "")),
            deposit_ids=[uuid.UUID(str(d)) for d in data.get("deposit_ids", [])],
            tips=[DraftTip(**_revived(t)) for t in data.get("tips", [])],
            payments=[DraftPayment(**_revived(p)) for p in data.get("payments", [])],
            fiscal_document=str(data.get("fiscal_document", "")),
            fiscal_name=str(data.get("fiscal_name", "")),
            fiscal_address=str(data.get("fiscal_address", "")),
            service_description=str(data.get("service_description", "")),
        )
